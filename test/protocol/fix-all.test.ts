// Fix all and the structure quick fixes over stdio, on seed 004 (a hybrid with 一基本情况, plans dated
// 2020, 一以/二加强): source.fixAll.nianbao returns one WorkspaceEdit versioned with the document's
// version — what `editor.codeActionsOnSave: {"source.fixAll.nianbao": "explicit"}` applies — equal to
// the core's fix-all; after it, the server reports nothing fixable; the light bulb on a heading offers
// its repair first, then the directives that silence the rule.
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  TextDocumentEdit,
  type CodeAction,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, checkReport, fixAllEdits } from '../../server/src/core/index';
import { readSeed, seedPath } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('fix all and structure quick fixes over stdio (seed 004)', () => {
  let server: Server;
  const text = readSeed('004');
  const uri = pathToFileURL(seedPath('004')).href;
  const actions = async (r: Range, only?: string[]): Promise<CodeAction[]> =>
    ((await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: r, context: only ? { diagnostics: [], only } : { diagnostics: [] } })) ?? []) as CodeAction[];
  const editsOf = (a: CodeAction, version: number): TextEdit[] => {
    const changes = a.edit?.documentChanges ?? [];
    assert.equal(changes.length, 1);
    const change = changes[0]!;
    assert.ok(TextDocumentEdit.is(change));
    assert.equal(change.textDocument.uri, uri);
    assert.equal(change.textDocument.version, version);
    return change.edits as TextEdit[];
  };

  before(async () => {
    server = await startServer();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 3, text } });
    await server.diagnosticsFor(uri, 3);
  });
  after(() => server?.dispose());

  test('the light bulb on 一基本情况: 改为“一、” (preferred), then ignore it beside the report, then disable for the line and for the file', TIMEOUT, async () => {
    const found = await actions(range(4, 0, 4, 0));
    const mine = found.filter((a) => a.diagnostics?.some((d) => d.code === 'heading-style'));
    assert.deepEqual(mine.map((a) => [a.title, a.isPreferred]), [
      ['改为“一、”', true],
      ['忽略此问题（记入 .nianbao-suppressions.json，不改动报告）', false],
      ['在此行停用规则 heading-style', false],
      ['在本文件停用规则 heading-style', false],
    ]);
    assert.deepEqual(editsOf(mine[0]!, 3), [{ range: range(4, 0, 4, 1), newText: '一、' }]);
    assert.deepEqual(editsOf(mine[2]!, 3), [{ range: range(4, 5, 4, 5), newText: ' [nianbao-disable heading-style]' }]);
  });

  test('source.fixAll.nianbao: one edit versioned 3, equal to the core fix-all; afterwards nothing fixable is reported', TIMEOUT, async () => {
    const all = await actions(range(0, 0, 0, 0), ['source.fixAll.nianbao']);
    assert.deepEqual(all.map((a) => a.kind), ['source.fixAll.nianbao']);
    const edits = editsOf(all[0]!, 3);
    assert.deepEqual(edits, fixAllEdits(checkReport(text).findings));
    const fixed = applyEdits(text, edits);
    assert.deepEqual(fixed.split('\n').slice(541, 546).map((l) => l.slice(0, 6)), ['2021年，', '', '一是以群众需', '', '二是加强培训']);
    // The client applies the edit as one change and saves: version 4.
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 4 }, contentChanges: [{ text: fixed }] });
    const published = await server.diagnosticsFor(uri, 4);
    const rules = published.diagnostics.map((d) => d.code);
    assert.deepEqual(rules, ['report-format', 'title-incomplete', 'amount-unit', 'section-missing']);
    assert.deepEqual(await actions(range(0, 0, 0, 0), ['source.fixAll.nianbao']), []);
  });
});
