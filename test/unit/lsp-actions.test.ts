// Code actions and hover as LSP data, from hand-made findings: which findings a request selects,
// one action per fix, "fix all of this rule", source.fixAll.nianbao, versioned edits, Markdown escaping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { parseReport, type CheckResult, type Finding, type Range, type TextEdit } from '../../server/src/core/index';
import { finding, fix, range } from '../builders';
import { codeActions, type ActionRequest } from '../../server/src/lsp/actions';
import { escapeMarkdown, toDiagnostic, toHover } from '../../server/src/lsp/convert';

const edit = (line: number, c1: number, c2: number, newText: string): TextEdit => ({ range: range(line, c1, line, c2), newText });

const uri = 'file:///r.txt';
const TEXT = 'a\nb\nc\nd\ne\nf\n';
const result = (findings: Finding[]): CheckResult => ({ model: parseReport(''), findings, failures: [], directives: [] });
const request = (r: Range, more: Partial<ActionRequest> = {}): ActionRequest => ({ uri, version: 7, range: r, diagnostics: [], text: TEXT, ...more });
const versions = (a: CodeAction): (number | null)[] =>
  (a.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.version : -1));
const editsOf = (a: CodeAction): unknown[] =>
  (a.edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : []));

const A1 = finding('rule-a', range(1, 0, 1, 2), [fix([edit(1, 0, 2, 'X')], true), fix([edit(1, 0, 2, 'Y')])]);
const A2 = finding('rule-a', range(5, 0, 5, 2), [fix([edit(5, 0, 2, 'Z')], true)]);
const B1 = finding('rule-b', range(1, 1, 1, 3), [fix([edit(1, 3, 3, '!')])]);
const C1 = finding('rule-c', range(1, 0, 1, 1));

test('one quick fix per fix of each finding under the cursor, versioned, preferred as marked', () => {
  const actions = codeActions(result([A1, B1, C1, A2]), request(range(1, 1, 1, 1)), 'zh-cn');
  assert.deepEqual(
    actions.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics?.map((d) => d.code)]),
    [
      ['规则 r 检查时出错：e', 'quickfix', true, ['rule-a']],
      ['规则 r 检查时出错：e', 'quickfix', false, ['rule-a']],
      ['规则 r 检查时出错：e', 'quickfix', false, ['rule-b']],
      ['修复本文档中所有「rule-a」问题', 'quickfix', false, ['rule-a']],
      ['在此行停用规则 rule-a', 'quickfix', false, ['rule-a']],
      ['在本文件停用规则 rule-a', 'quickfix', false, ['rule-a']],
      ['在此行停用规则 rule-b', 'quickfix', false, ['rule-b']],
      ['在本文件停用规则 rule-b', 'quickfix', false, ['rule-b']],
      ['在此行停用规则 rule-c', 'quickfix', false, ['rule-c']],
      ['在本文件停用规则 rule-c', 'quickfix', false, ['rule-c']],
    ],
  );
  // The directive goes at the end of the finding's line; the file directive after the last line.
  assert.deepEqual(editsOf(actions[4]!), [edit(1, 1, 1, ' [nianbao-disable rule-a]')]);
  assert.deepEqual(editsOf(actions[5]!), [edit(6, 0, 0, '[nianbao-disable-file rule-a]\n')]);
  assert.deepEqual(actions[0]!.diagnostics, [toDiagnostic(A1, uri, 'zh-cn')]);
  for (const a of actions) assert.deepEqual(versions(a), [7]);
  assert.deepEqual(editsOf(actions[0]!), [edit(1, 0, 2, 'X')]);
  // Fix all of rule-a: its preferred fixes only, in document order.
  assert.deepEqual(editsOf(actions[3]!), [edit(1, 0, 2, 'X'), edit(5, 0, 2, 'Z')]);
});

test('a finding named by the context diagnostics is selected by code and range, with the client diagnostic', () => {
  const named: Diagnostic = { range: A2.range, code: 'rule-a', message: 'as the client shows it' };
  const actions = codeActions(result([A1, B1, A2]), request(range(9, 0, 9, 0), { diagnostics: [named] }), 'en');
  assert.deepEqual(
    actions.map((a) => [a.title, a.diagnostics]),
    [
      ['Rule r failed: e', [named]],
      ['Fix all "rule-a" problems in this document', [named]],
      ['Disable rule-a for this line', [named]],
      ['Disable rule-a for this file', [named]],
    ],
  );
  // Same range, other code: nothing.
  const other: Diagnostic = { ...named, code: 'rule-b' };
  assert.deepEqual(codeActions(result([A1, A2]), request(range(9, 0, 9, 0), { diagnostics: [other] })), []);
});

test('no "fix all of this rule" for a rule with a single preferred fix', () => {
  const actions = codeActions(result([A1, B1]), request(range(1, 0, 1, 0)), 'en');
  assert.equal(actions.filter((a) => a.title.startsWith('Fix all')).length, 0);
});

test('source.fixAll.nianbao only when asked for; nothing when there is nothing to fix', () => {
  const r = result([A1, B1, C1, A2]);
  const all = codeActions(r, request(range(0, 0, 0, 0), { only: ['source.fixAll.nianbao'] }), 'zh-cn');
  assert.equal(all.length, 1);
  assert.equal(all[0]!.kind, 'source.fixAll.nianbao');
  assert.equal(all[0]!.title, '修复所有可自动修复的问题');
  assert.equal(all[0]!.diagnostics, undefined);
  assert.deepEqual(versions(all[0]!), [7]);
  assert.deepEqual(editsOf(all[0]!), [edit(1, 0, 2, 'X'), edit(5, 0, 2, 'Z')]);
  // `source.fixAll` and `source` include it (kinds are hierarchical); `quickfix` does not.
  assert.equal(codeActions(r, request(range(0, 0, 0, 0), { only: ['source.fixAll'] }))[0]?.kind, 'source.fixAll.nianbao');
  assert.equal(codeActions(r, request(range(0, 0, 0, 0), { only: ['source'] }))[0]?.kind, 'source.fixAll.nianbao');
  assert.ok(codeActions(r, request(range(1, 0, 1, 0), { only: ['quickfix'] })).every((a) => a.kind === 'quickfix'));
  // Without `only` (the light bulb): quick fixes only.
  assert.ok(codeActions(r, request(range(1, 0, 1, 0))).every((a) => a.kind === 'quickfix'));
  // Nothing preferred: no fix-all action at all.
  assert.deepEqual(codeActions(result([B1, C1]), request(range(0, 0, 0, 0), { only: ['source.fixAll.nianbao'] })), []);
});

test('hover: rendered lines as escaped Markdown paragraphs', () => {
  assert.equal(escapeMarkdown('a*b_c`d[e]f<g>h#i|j\\k'), 'a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\#i\\|j\\\\k');
  const h = toHover(
    {
      range: range(3, 1, 3, 2),
      lines: [
        { id: 'rule-failed', args: { rule: '表三 · *总计*', error: '<1>' } },
        { id: 'no-such-message', args: {} },
      ],
    },
    'zh-cn',
  );
  assert.deepEqual(h, {
    contents: { kind: 'markdown', value: '规则 表三 · \\*总计\\* 检查时出错：\\<1\\>\n\nno-such-message' },
    range: range(3, 1, 3, 2),
  });
});
