// Settings over the protocol: workspace/configuration (section `nianbao`) merged over the nearest
// .nianbao.json (the editor wins per rule), re-pulled on didChangeConfiguration; `run: onSave`;
// `maxFileSize` (one information diagnostic at line 0, truncated in nianbao/checked); the
// `nianbao/checked` notification; pull diagnostics.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { checkReport } from '../../server/src/core/index';
import { toDiagnostics } from '../../server/src/lsp/convert';
import { ruleDocUri } from '../../server/src/node/rule-docs';
import { checkablePrefix } from '../../server/src/lsp/settings';
import { readSeed } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

const SEED = readSeed('000');
const SWAP = { start: { line: 336, character: 1 }, end: { line: 337, character: 2 } };
const configCaps = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

describe('settings from workspace/configuration and .nianbao.json', () => {
  let server: Server;
  let dir: string;
  let uri: string;
  const settings: Record<string, unknown> = { rules: { 'table-swapped-cells': 'warning' }, run: 'onType' };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-'));
    // The file turns two rules off; the editor's setting for one of them wins, the other stays off.
    writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'table-swapped-cells': 'off', 'heading-style': 'off' } }));
    writeFileSync(join(dir, '000.txt'), SEED);
    uri = pathToFileURL(join(dir, '000.txt')).href;
    server = await startServer({ capabilities: configCaps, settings });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: SEED },
    });
  });
  after(() => {
    server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the editor wins over the file per rule: the swap is a warning', TIMEOUT, async () => {
    const p = await server.diagnosticsFor(uri, 1);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity, d.range]), [['table-swapped-cells', DiagnosticSeverity.Warning, SWAP]]);
    assert.ok(server.requests.configuration >= 1);
  });

  test('nianbao/checked after the check: version, format, counts, duration, not truncated', TIMEOUT, async () => {
    const c = await server.checkedFor(uri, 1);
    assert.equal(c.format, checkReport(SEED).model.format);
    assert.deepEqual(c.counts, { error: 0, warning: 1, information: 0, hint: 0 });
    assert.equal(c.truncated, false);
    assert.ok(c.durationMs >= 0 && c.durationMs < 10000);
  });

  test('didChangeConfiguration pulls the settings again and checks again', TIMEOUT, async () => {
    settings['rules'] = {};
    const next = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    // Now only the file speaks: the swap is off.
    assert.deepEqual((await next).diagnostics, []);
    settings['rules'] = { 'table-swapped-cells': 'hint' };
    const again = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await again).diagnostics.map((d) => [d.code, d.severity]), [['table-swapped-cells', DiagnosticSeverity.Hint]]);
  });

  test('a changed .nianbao.json is read again', TIMEOUT, async () => {
    settings['rules'] = {};
    const next = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual((await next).diagnostics, []);
    writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'table-swapped-cells': 'information', 'heading-style': 'off' } }));
    const again = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(dir, '.nianbao.json')).href, type: FileChangeType.Changed }],
    });
    assert.deepEqual((await again).diagnostics.map((d) => [d.code, d.severity]), [['table-swapped-cells', DiagnosticSeverity.Information]]);
  });

  test('run: onSave checks on open and save, not on change', TIMEOUT, async () => {
    settings['run'] = 'onSave';
    const next = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await next;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    // With run: onType the change would have been checked two turns of the server's event loop after
    // it was handled (see `schedule`); a few more turns leave no doubt.
    await server.settle(4);
    const version2 = (c: { uri: string; version?: number | null }) => c.uri === uri && c.version === 2;
    assert.deepEqual(server.checked.filter(version2), [], 'a change was checked with run: onSave');
    assert.deepEqual(server.published.filter(version2), [], 'a change was published with run: onSave');
    await server.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const { counts } = await server.checkedFor(uri, 2);
    const saved = await server.diagnosticsFor(uri, 2);
    assert.equal(counts.error + counts.warning + counts.information + counts.hint, saved.diagnostics.length);
    // The inserted line moved the swap down by one line.
    assert.deepEqual(saved.diagnostics.map((d) => [d.code, d.range.start.line]), [['table-swapped-cells', 337]]);
  });

  test('unusable settings are logged once, naming the setting', TIMEOUT, async () => {
    settings['run'] = 'sometimes';
    settings['rules'] = { 'no-such-rule': 'off' };
    for (let k = 0; k < 2; k++) {
      const next = server.nextDiagnostics(uri);
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await next;
    }
    const warnings = server.logs.map((l) => l.message).filter((m) => m.includes('nianbao.run') || m.includes('nianbao.rules.no-such-rule'));
    assert.equal(warnings.length, 2, warnings.join('\n'));
  });
});

describe('ignores of .nianbao.json: a matching report is not checked', () => {
  let server: Server;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-'));
    writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ ignores: ['草稿/**'] }));
    mkdirSync(join(dir, '草稿'));
    server = await startServer({ capabilities: configCaps, settings: {} });
  });
  after(() => {
    server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('no diagnostics, nianbao/checked says ignored; the outline still works; a report beside it is checked', TIMEOUT, async () => {
    const ignored = pathToFileURL(join(dir, '草稿', '000.txt')).href;
    const checked = pathToFileURL(join(dir, '000.txt')).href;
    for (const uri of [ignored, checked]) {
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: SEED } });
    }
    assert.deepEqual((await server.diagnosticsFor(ignored, 1)).diagnostics, []);
    const c = await server.checkedFor(ignored, 1);
    assert.equal(c.ignored, true);
    assert.deepEqual(c.counts, { error: 0, warning: 0, information: 0, hint: 0 });
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: ignored } });
    assert.ok(symbols && symbols.length > 0, 'outline of an ignored report');
    assert.deepEqual((await server.diagnosticsFor(checked, 1)).diagnostics, toDiagnostics(checkReport(SEED).findings, checked, 'zh-cn', ruleDocUri));
    assert.equal((await server.checkedFor(checked, 1)).ignored, undefined);
    assert.equal(server.logs.filter((l) => l.message.includes('matches the ignores')).length, 1);
  });
});

describe('maxFileSize: a prefix is checked, and the server says so once', () => {
  let server: Server;
  const uri = 'file:///big/000.txt';

  before(async () => {
    server = await startServer({ capabilities: configCaps, settings: { maxFileSize: 4 } });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: SEED },
    });
  });
  after(() => server?.dispose());

  test('one information diagnostic at line 0, then the findings of the prefix', TIMEOUT, async () => {
    const p = await server.diagnosticsFor(uri, 1);
    const prefix = checkablePrefix(SEED, 4 * 1024);
    assert.equal(prefix.truncated, true);
    assert.ok(prefix.text.length < SEED.length && /\n$/.test(prefix.text), 'cut after a line break');
    const [notice, ...rest] = p.diagnostics;
    assert.deepEqual(notice!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(notice!.severity, DiagnosticSeverity.Information);
    assert.equal(
      notice!.message,
      `文件大小 ${Math.round(Buffer.byteLength(SEED) / 1024)} KB，超过 nianbao.maxFileSize 设置的 4 KB：只检查了前 ${prefix.lines} 行，其后的内容未检查。`,
    );
    assert.deepEqual(rest, toDiagnostics(checkReport(prefix.text).findings, uri, 'zh-cn', ruleDocUri));
    assert.equal(p.diagnostics.filter((d) => typeof d.message === 'string' && d.message.includes('maxFileSize')).length, 1);
    const c = await server.checkedFor(uri, 1);
    assert.equal(c.truncated, true);
    assert.equal(c.counts.information, 1 + rest.filter((d) => d.severity === DiagnosticSeverity.Information).length);
  });
});

describe('pull diagnostics where the client supports them', () => {
  let server: Server;
  const uri = 'file:///pull/000.txt';

  before(async () => {
    server = await startServer({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: SEED },
    });
  });
  after(() => server?.dispose());

  test('full report, then unchanged, then full again after an edit; nothing pushed', TIMEOUT, async () => {
    assert.ok(server.init.capabilities.diagnosticProvider, 'diagnosticProvider announced');
    const first = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.equal(first.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(first.items, toDiagnostics(checkReport(SEED).findings, uri, 'zh-cn', ruleDocUri));
    assert.deepEqual(first.items.filter((d) => d.code === 'table-swapped-cells').map((d) => d.range), [SWAP]);
    const same = await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId });
    assert.deepEqual(same, { kind: DocumentDiagnosticReportKind.Unchanged, resultId: first.resultId });
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: SWAP, text: '0\n\t1' }],
    });
    const fixed = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
    assert.equal(fixed.kind, DocumentDiagnosticReportKind.Full);
    assert.notEqual(fixed.resultId, first.resultId);
    const fixedText = SEED.split('\n').map((l, i) => (i === 336 ? '\t0' : i === 337 ? '\t1' : l)).join('\n');
    assert.deepEqual(fixed.items, toDiagnostics(checkReport(fixedText).findings, uri, 'zh-cn', ruleDocUri));
    assert.ok(!fixed.items.some((d) => d.code === 'table-swapped-cells'));
    assert.equal((await server.checkedFor(uri, 2)).counts.error, 0);
    assert.deepEqual(server.published, []);
  });
});

describe('configurations from strangers: the document is still checked, with the defaults', () => {
  let server: Server;
  let dir: string;
  // 4,000 deep: what the test's own JSON-RPC writer can still send.
  let deepValue: unknown = 'off';
  for (let i = 0; i < 4000; i++) deepValue = [deepValue];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-lsp-'));
    mkdirSync(join(dir, 'deep'));
    mkdirSync(join(dir, 'stars'));
    writeFileSync(join(dir, 'deep', '.nianbao.json'), `{"rules": {"amount-unit": ${'['.repeat(5_000)}"off"${']'.repeat(5_000)}}}`);
    // With picomatch, 8 stars took 30 s against a 64-character name; this is 12.
    writeFileSync(join(dir, 'stars', '.nianbao.json'), JSON.stringify({ ignores: ['a*'.repeat(12) + 'b.txt'] }));
    server = await startServer({ capabilities: configCaps, settings: { rules: { 'amount-unit': deepValue } } });
  });
  after(() => {
    server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('nianbao.rules nested 4,000 deep and a .nianbao.json 5,000 deep, ignores with 12 stars: each document checked as by default, the problems logged', TIMEOUT, async () => {
    const uris = [join(dir, 'deep', '000.txt'), join(dir, 'stars', 'a'.repeat(60) + '.txt')].map((p) => pathToFileURL(p).href);
    for (const uri of uris) {
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text: SEED } });
    }
    for (const uri of uris) assert.deepEqual((await server.diagnosticsFor(uri, 1)).diagnostics, toDiagnostics(checkReport(SEED).findings, uri, 'zh-cn', ruleDocUri));
    const warnings = server.logs.map((l) => l.message).filter((m) => m.includes('配置嵌套超过 16 层'));
    assert.equal(warnings.length, 2, server.logs.map((l) => l.message).join('\n'));
    assert.ok(warnings.some((m) => m.startsWith(`nianbao: ${join(dir, 'deep', '.nianbao.json')}: `)));
    assert.ok(warnings.some((m) => m.startsWith('nianbao: nianbao: ')));
  });
});
