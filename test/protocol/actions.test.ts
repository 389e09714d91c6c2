// Quick fixes, fix all and hover over stdio (test/protocol/harness.ts), on seed 000 whose 表三
// （七）总计 has 法律服务机构 and 其他 swapped.
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  MarkupContent,
  TextDocumentEdit,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyFixes, checkReport } from '../../server/src/core/index';
import { readSeed, seedPath } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});
const SWAPPED = range(336, 1, 337, 2);

/** The single TextDocumentEdit of an action, asserted to be versioned for this document. */
function documentEdit(action: CodeAction, uri: string): TextDocumentEdit {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `one document change expected: ${JSON.stringify(action.edit)}`);
  const change = changes[0]!;
  assert.ok(TextDocumentEdit.is(change), 'a TextDocumentEdit expected');
  assert.equal(change.textDocument.uri, uri);
  return change;
}

const byStart = (a: TextEdit, b: TextEdit): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

const actionsOnly = (result: (Command | CodeAction)[] | null): CodeAction[] =>
  (result ?? []).map((a) => {
    assert.ok('title' in a && !('command' in a && typeof a.command === 'string'), 'a CodeAction, not a Command');
    return a as CodeAction;
  });

describe('code actions and hover over stdio', () => {
  let server: Server;
  const text = readSeed('000');
  const uri = pathToFileURL(seedPath('000')).href;
  let swapped: Diagnostic | undefined;

  const codeActions = async (r: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> =>
    actionsOnly(
      await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: r,
        context: only ? { diagnostics, only } : { diagnostics },
      }),
    );

  before(async () => {
    server = await startServer();
    assert.deepEqual(server.init.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.nianbao'],
      resolveProvider: false,
    });
    assert.equal(server.init.capabilities.hoverProvider, true);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text },
    });
  });

  after(() => server?.dispose());

  test('seed 000 has one table-swapped-cells diagnostic over the two cells', TIMEOUT, async () => {
    const p = await server.diagnosticsFor(uri, 1);
    const found = p.diagnostics.filter((d) => d.code === 'table-swapped-cells');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0]!.range, SWAPPED);
    swapped = found[0];
  });

  test('the quick fix swaps the cells back, versioned, preferred; the fixed text checks clean', TIMEOUT, async () => {
    assert.ok(swapped, 'no table-swapped-cells diagnostic');
    const actions = await codeActions(SWAPPED, [swapped]);
    const fixes = actions.filter(
      (a) => a.kind === 'quickfix' && a.diagnostics?.some((d) => d.code === 'table-swapped-cells'),
    );
    // Besides the repair: ignoring the problem beside the report (a command, no edit), then the two
    // that silence the rule by a directive on the line or in the file — in that order.
    const silencing = fixes.filter((a) => JSON.stringify(a.edit ?? null).includes('[nianbao-disable'));
    assert.equal(silencing.length, 2);
    const ignore = fixes.filter((a) => a.command?.command === 'nianbao.suppressFinding');
    assert.equal(ignore.length, 1);
    assert.equal(ignore[0]!.edit, undefined);
    assert.equal(ignore[0]!.title, '忽略此问题（记入 .nianbao-suppressions.json，不改动报告）');
    assert.deepEqual(fixes.map((a) => (silencing.includes(a) ? 'directive' : ignore.includes(a) ? 'ignore' : 'fix')), ['fix', 'ignore', 'directive', 'directive']);
    fixes.splice(0, fixes.length, ...fixes.filter((a) => !silencing.includes(a) && !ignore.includes(a)));
    assert.equal(fixes.length, 1, JSON.stringify(actions, null, 1));
    const fix = fixes[0]!;
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [swapped]);
    const change = documentEdit(fix, uri);
    assert.equal(change.textDocument.version, 1);
    const edits = change.edits
      .map((e): TextEdit => {
        assert.ok('newText' in e && !('annotationId' in e), `a plain TextEdit expected: ${JSON.stringify(e)}`);
        return e;
      })
      .sort(byStart);
    assert.deepEqual(edits, [
      { range: range(336, 1, 336, 2), newText: '0' },
      { range: range(337, 1, 337, 2), newText: '1' },
    ]);

    const fixed = applyFixes(text, [{ title: { id: 'fix', args: {} }, edits }]);
    assert.deepEqual([fixed.applied, fixed.skipped], [1, 0]);
    const left = checkReport(fixed.text).findings.filter((f) =>
      ['table-swapped-cells', 'table-column-total', 'table-balance'].includes(f.rule),
    );
    assert.deepEqual(left, []);
  });

  test('fix all (source.fixAll.nianbao) is one action, versioned 1', TIMEOUT, async () => {
    const actions = await codeActions(range(0, 0, 0, 0), [], ['source.fixAll.nianbao']);
    assert.equal(actions.length, 1, JSON.stringify(actions, null, 1));
    const action = actions[0]!;
    assert.equal(action.kind, 'source.fixAll.nianbao');
    assert.equal(action.title, '修复所有可自动修复的问题');
    const change = documentEdit(action, uri);
    assert.equal(change.textDocument.version, 1);
    assert.ok(change.edits.length >= 2);
  });

  test('hover on a cell names its table, row and column', TIMEOUT, async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: 336, character: 1 },
    });
    assert.ok(hover, 'no hover');
    assert.ok(MarkupContent.is(hover.contents) && hover.contents.kind === 'markdown', JSON.stringify(hover.contents));
    const first = hover.contents.value.split('\n')[0]!;
    assert.ok(first.includes('表三 · （七）总计 · 法律服务机构'), first);
  });

  test('after a change, code actions are versioned with the new version', TIMEOUT, async () => {
    // An edit far from the table: a character at the end of the first line.
    const end = text.split(/\r\n|\r|\n/)[0]!.length;
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: range(0, end, 0, end), text: ' ' }],
    });
    // Asked at once, before waiting for the new diagnostics: the server must answer for version 2.
    const actions = [
      ...(await codeActions(SWAPPED, [])),
      ...(await codeActions(range(0, 0, 0, 0), [], ['source.fixAll.nianbao'])),
    ];
    assert.ok(actions.length >= 2, JSON.stringify(actions, null, 1));
    // Every edit is versioned 2 (ignoring the problem is a command: it edits nothing).
    for (const a of actions.filter((x) => x.edit)) assert.equal(documentEdit(a, uri).textDocument.version, 2);
    await server.diagnosticsFor(uri, 2);
  });

  test('logs no errors, then shuts down and exits with code 0', TIMEOUT, async () => {
    assert.deepEqual(server.errors, []);
    assert.equal(await server.shutdown(), 0, `server stderr:\n${server.stderr()}`);
  });
});
