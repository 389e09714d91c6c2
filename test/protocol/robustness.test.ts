// The server under stress, over stdio: a rule that throws (NIANBAO_TEST_THROWING_RULE=1), bursts of
// random incremental edits (findings equal a fresh check of the final text; versions published in
// order; a slow document is checked once per burst), hostile documents (50 MB, binary).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, checkText, hoverAt, reportStarts, textModel } from '../../server/src/core/index';
import { splitLines } from '../../server/src/core/text';
import { checkDocument } from '../../server/src/lsp/checker';
import { toDiagnostics } from '../../server/src/lsp/convert';
import { ruleDocUri } from '../../server/src/node/rule-docs';
import { hover } from '../../server/src/lsp/hover';
import { defaultSettings } from '../../server/src/lsp/settings';
import { rng } from '../gen/report';
import { oneLongReport, readSeed } from '../helpers';
import { randomEdit } from '../edits';
import { startServer, TIMEOUT, type Server } from './harness';

const SEEDS = ['000', '001', '002', '003', '004'].map(readSeed);
const LONG = { timeout: 120000 };

describe('a rule that throws takes nothing else down', () => {
  let server: Server;
  const uri = 'file:///throwing/000.txt';

  before(async () => {
    server = await startServer({ env: { NIANBAO_TEST_THROWING_RULE: '1' } });
  });
  after(() => server?.dispose());

  test('the other rules are published, the failure is logged once with the rule id', TIMEOUT, async () => {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: SEEDS[0]! },
    });
    const p = await server.diagnosticsFor(uri, 1);
    assert.deepEqual(p.diagnostics, toDiagnostics(checkReport(SEEDS[0]!).findings, uri, 'zh-cn', ruleDocUri));
    const codes = p.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('table-swapped-cells'));
    for (let v = 2; v <= 5; v++) {
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
      // An x before the title changes no finding.
      assert.deepEqual((await server.diagnosticsFor(uri, v)).diagnostics.map((d) => d.code), codes);
    }
    const failures = server.logs.filter((l) => l.message.includes('test-throwing-rule'));
    assert.equal(failures.length, 1, JSON.stringify(server.logs));
    assert.match(failures[0]!.message, /rule test-throwing-rule failed: this rule always throws/);
    assert.equal(await server.shutdown(), 0);
  });
});

describe('bursts of edits', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.dispose());

  /** Sends `n` random edits without waiting; returns the client's copy of the final document. */
  async function burst(uri: string, text: string, n: number, seed: number): Promise<TextDocument> {
    const doc = TextDocument.create(uri, 'nianbao', 1, text);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text },
    });
    const r = rng(seed);
    for (let k = 0; k < n; k++) {
      const changes: TextDocumentContentChangeEvent[] = [randomEdit(doc, r)];
      if (r() < 0.2) changes.push(randomEdit(doc, r));
      // Several changes in one notification apply in order, each to the result of the previous.
      const version = doc.version + 1;
      TextDocument.update(doc, changes, version);
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    }
    return doc;
  }

  const versionsOf = (uri: string) => server.published.filter((p) => p.uri === uri).map((p) => p.version!);

  test('2,000 random edits: the last diagnostics are a fresh check of the final text; versions in order', LONG, async () => {
    const uri = 'file:///burst/002.txt';
    const doc = await burst(uri, SEEDS[2]!, 2000, 11);
    const p = await server.diagnosticsFor(uri, doc.version);
    assert.deepEqual(p.diagnostics, toDiagnostics(checkText(doc.getText()).findings, uri, 'zh-cn', ruleDocUri));
    const versions = versionsOf(uri);
    assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]!), 'a version published after a newer one');
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  test('a slow document (400 KB) is checked once for a burst of 30 edits, at its latest version', LONG, async () => {
    const uri = 'file:///burst/big.txt';
    // One long report, so that every check is slow.
    const big = oneLongReport(SEEDS, 400_000);
    assert.deepEqual(reportStarts(splitLines(big)), [0]);
    const doc = await burst(uri, big, 30, 12);
    const p = await server.diagnosticsFor(uri, doc.version);
    assert.deepEqual(p.diagnostics, toDiagnostics(checkText(doc.getText()).findings, uri, 'zh-cn', ruleDocUri));
    const versions = versionsOf(uri);
    assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]!), `versions out of order: ${versions}`);
    // Open (version 1) and the latest version; a burst that arrived in pieces may add a few more.
    assert.ok(versions.length < 10, `checked ${versions.length} times: ${versions}`);
    assert.equal(versions[versions.length - 1], doc.version);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });
});

describe('hostile documents', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.dispose());

  test('a 50 MB document: the first 2 MB are checked, the server says so and still answers', LONG, async () => {
    const uri = 'file:///hostile/50mb.txt';
    let text = '';
    for (let i = 0; text.length < 50 * 1024 * 1024 / 3; i++) text += SEEDS[i % 5]! + '\n\n';
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    const p = await server.diagnosticsFor(uri, 1);
    assert.match(String(p.diagnostics[0]!.message), /超过 nianbao\.maxFileSize 设置的 2048 KB/);
    assert.equal(p.diagnostics.filter((d) => String(d.message).includes('maxFileSize')).length, 1);
    const c = await server.checkedFor(uri, 1);
    assert.equal(c.truncated, true);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    // An edit beyond the checked prefix is taken in, and still answered with the notice.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 400000, character: 0 }, end: { line: 400000, character: 0 } }, text: '\u0000' }],
    });
    assert.equal((await server.checkedFor(uri, 2)).truncated, true);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  test('binary content, NUL bytes and lone surrogates: diagnostics, outline and hover answer as the core does', LONG, async () => {
    const r = rng(5);
    const binary = Array.from({ length: 300_000 }, () => String.fromCharCode(Math.floor(r() * 0x10000))).join('');
    const docs = {
      binary,
      nul: '\u0000'.repeat(100_000) + SEEDS[0]! + '\u0000\n\u0000',
      surrogates: SEEDS[1]!.replace(/一/g, '\ud800').replace(/二/g, '\udfff'),
    };
    for (const [name, text] of Object.entries(docs)) {
      const uri = `file:///hostile/${name}.txt`;
      // What the server computes for the text with default settings, in the locale the harness asks for.
      const expected = checkDocument(text, 1, defaultSettings());
      assert.equal(expected.truncated, false, name);
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
      assert.deepEqual((await server.diagnosticsFor(uri, 1)).diagnostics, toDiagnostics(expected.result.findings, uri, 'zh-cn', ruleDocUri), name);
      assert.ok(Array.isArray(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })), name);
      // Hover on the first table cell that takes part in a relation (the seeds' tables survive the
      // inserted characters); nowhere for the binary document, which has no table.
      const model = textModel(expected.result);
      const cell = model.tables.flatMap((t) => t.rows.flatMap((row) => row.cells)).find((c) => c && (hoverAt(model, c.range.start)?.lines.length ?? 0) > 1);
      const position = cell?.range.start ?? { line: 3, character: 2 };
      const answer = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      assert.deepEqual(answer, hover(model, position, 'zh-cn'), name);
      assert.equal(answer !== null, name !== 'binary', `${name}: ${JSON.stringify(answer)}`);
    }
    assert.deepEqual(server.errors, []);
    assert.equal(await server.shutdown(), 0);
  });
});
