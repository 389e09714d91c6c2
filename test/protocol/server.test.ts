// The language server over stdio (test/protocol/harness.ts): diagnostics, outline and folding of
// seed 004, an incremental change, a clean shutdown.
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeKind,
  FoldingRangeRequest,
  SymbolKind,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { readSeed, seedPath } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

/** An outline node as asserted: 1-based first and last line of its range. */
interface Outline {
  name: string;
  kind: 'section' | 'table';
  lines: [number, number];
  children: Outline[];
}
const section = (name: string, lines: [number, number], children: Outline[] = []): Outline => ({
  name,
  kind: 'section',
  lines,
  children,
});
const table = (name: string, lines: [number, number]): Outline => ({ name, kind: 'table', lines, children: [] });

const EXPECTED_004: Outline[] = [
  section('一基本情况', [5, 9], [
    section('（一）加强组织保障、健全工作机制', [7, 7]),
    section('（二）拓展公开渠道，扩大政务开放阵地', [9, 9]),
  ]),
  section('二、政府信息主动公开情况', [10, 81], [table('表二 主动公开政府信息情况', [12, 81])]),
  section('三、公开平台建设和信息发布情况', [84, 217], [table('政府信息公开情况统计表', [88, 217])]),
  section('四、政府信息公开的收费及减免情况', [220, 222]),
  section('五、依申请公开政府信息情况，举报、投诉、行政复议和行政诉讼的处理及应对情况', [224, 536], [
    section('（一）收到和处理政府信息公开申请情况', [228, 488], [
      table('表三 收到和处理政府信息公开申请情况', [230, 488]),
    ]),
    section('（二）政府信息公开行政复议、行政诉讼情况', [491, 536], [
      table('表四 政府信息公开行政复议、行政诉讼情况', [493, 536]),
    ]),
  ]),
  section('六、存在的问题及改进措施', [539, 550]),
];

function asOutline(symbols: DocumentSymbol[]): Outline[] {
  return symbols.map((s) => ({
    name: s.name,
    // An unexpected kind shows up in the diff as `kind N`.
    kind: s.kind === SymbolKind.Struct ? 'table' : s.kind === SymbolKind.String ? 'section' : (`kind ${s.kind}` as never),
    lines: [s.range.start.line + 1, s.range.end.line + 1],
    children: asOutline(s.children ?? []),
  }));
}

describe('language server over stdio', () => {
  let server: Server;
  const uri = pathToFileURL(seedPath('004')).href;

  before(async () => {
    server = await startServer();
    assert.equal(server.init.capabilities.documentSymbolProvider, true);
    assert.equal(server.init.capabilities.foldingRangeProvider, true);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: readSeed('004') },
    });
  });

  after(() => server?.dispose());

  test('publishes diagnostics for the opened version', TIMEOUT, async () => {
    const p = await server.diagnosticsFor(uri, 1);
    assert.ok(Array.isArray(p.diagnostics));
    assert.equal(p.version, 1);
  });

  test('outline of seed 004', TIMEOUT, async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as
      | DocumentSymbol[]
      | null;
    assert.ok(symbols, 'documentSymbol returned null');
    assert.deepEqual(asOutline(symbols), EXPECTED_004);
  });

  test('folding ranges include section 五 and 表三', TIMEOUT, async () => {
    const folds = (await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
    const has = (start: number, end: number): boolean =>
      folds.some((f) => f.startLine === start - 1 && f.endLine === end - 1 && f.kind === FoldingRangeKind.Region);
    assert.ok(has(224, 536), 'no fold for section 五 (lines 224–536)');
    assert.ok(has(230, 488), 'no fold for 表三 (lines 230–488)');
  });

  test('an incremental change is checked again with its version', TIMEOUT, async () => {
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'X' }],
    });
    const p = await server.diagnosticsFor(uri, 2);
    assert.ok(Array.isArray(p.diagnostics));
    assert.equal(p.version, 2);
  });

  test('logs no errors, then shuts down and exits with code 0', TIMEOUT, async () => {
    assert.deepEqual(server.errors, []);
    assert.equal(await server.shutdown(), 0, `server stderr:\n${server.stderr()}`);
  });
});
