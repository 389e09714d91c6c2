// Suppressions that leave the report untouched, over stdio: "ignore this problem" runs the server's
// command, which writes `.nianbao-suppressions.json` beside the report; the finding is gone from the
// next diagnostics, the report's bytes are unchanged, and a second server (a reload) reads the file
// too. An invalid file is warned about and the findings stay.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  type FullDocumentDiagnosticReport,
  FileChangeType,
  MessageType,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { readSeed } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

describe('suppressions beside the report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-suppress-'));
  const servers: Server[] = [];
  after(() => {
    servers.forEach((s) => s.dispose());
    rmSync(dir, { recursive: true, force: true });
  });
  const report = join(dir, '000.txt');
  const text = readSeed('000');
  writeFileSync(report, text);
  const uri = pathToFileURL(report).href;
  const sidecar = join(dir, '.nianbao-suppressions.json');

  const swapOf = (d: Diagnostic[]) => d.find((x) => x.code === 'table-swapped-cells');

  test('the quick fix records the finding beside the report; the report is unchanged; the finding is gone', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    assert.deepEqual(server.init.capabilities.executeCommandProvider, { commands: ['nianbao.suppressFinding'] });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    const swap = swapOf((await server.diagnosticsFor(uri, 1)).diagnostics)!;
    assert.ok(swap);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: swap.range, context: { diagnostics: [swap] } })) as CodeAction[];
    const ignore = actions.find((a) => a.command?.command === 'nianbao.suppressFinding')!;
    assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(ignore.diagnostics, [swap]);
    const next = server.nextDiagnostics(uri);
    await server.connection.sendRequest(ExecuteCommandRequest.type, { command: ignore.command!.command, arguments: ignore.command!.arguments });
    const after = await next;
    assert.equal(swapOf(after.diagnostics), undefined, 'the swap is silenced');
    assert.equal(after.diagnostics.length, (await server.diagnosticsFor(uri, 1)).diagnostics.length - 1, 'only the swap');
    assert.equal(readFileSync(report, 'utf8'), text, 'the report is byte-identical');
    const written = JSON.parse(readFileSync(sidecar, 'utf8'));
    assert.equal(written.suppressions.length, 1);
    assert.deepEqual(Object.keys(written.suppressions[0]), ['file', 'rule', 'fingerprint', 'text']);
    assert.equal(written.suppressions[0].file, '000.txt');
    assert.equal(written.suppressions[0].rule, 'table-swapped-cells');
    assert.match(written.suppressions[0].text, /疑似填反/);
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });

  test('a client that pulls diagnostics is asked to refresh, and is not told they are unchanged', TIMEOUT, async () => {
    rmSync(sidecar, { force: true });
    const server = await startServer({ capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } } });
    servers.push(server);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    const first = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    const swap = swapOf(first.items)!;
    assert.ok(swap);
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: swap.range, context: { diagnostics: [swap] } })) as CodeAction[];
    const ignore = actions.find((a) => a.command?.command === 'nianbao.suppressFinding')!;
    await server.connection.sendRequest(ExecuteCommandRequest.type, { command: ignore.command!.command, arguments: ignore.command!.arguments });
    assert.ok(server.requests.refresh >= 1);
    const again = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: first.resultId })) as FullDocumentDiagnosticReport;
    assert.equal(again.kind, 'full');
    assert.equal(swapOf(again.items), undefined);
    assert.equal(readFileSync(report, 'utf8'), text);
  });

  test('a new server (a reload) honours the file, also after edits elsewhere', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    const edited = '\n' + text;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 3, text: edited } });
    const d = (await server.diagnosticsFor(uri, 3)).diagnostics;
    assert.ok(d.length > 0);
    assert.equal(swapOf(d), undefined);
  });

  test('an invalid file: a warning, and the findings are reported as if it were not there', TIMEOUT, async () => {
    const server = await startServer({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    servers.push(server);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    assert.equal(swapOf((await server.diagnosticsFor(uri, 1)).diagnostics), undefined);
    writeFileSync(sidecar, '{ "suppressions": [ ');
    const next = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(sidecar).href, type: FileChangeType.Changed }] });
    assert.ok(swapOf((await next).diagnostics), 'the swap is reported again');
    const warning = server.logs.find((l) => l.type === MessageType.Warning && l.message.includes('.nianbao-suppressions.json'));
    assert.ok(warning, JSON.stringify(server.logs));
    assert.match(warning.message, /不是有效的 JSON.*未采用/);
  });
});
