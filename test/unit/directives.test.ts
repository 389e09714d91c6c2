// Directives and rule settings: `[nianbao-disable …]` silences a rule for its line or the file without
// changing how the report is read; settings turn a rule off or change its severity; both the editor and
// the CLI get them through checkReport.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, checkText, disableFixes, fixText, MAX_LINE_LENGTH, readConfig, readDirectives, renderMessage, type Finding } from '../../server/src/core/index';
import { english, readSeed } from '../helpers';

const rules = (fs: readonly Finding[]) => fs.map((f) => `${f.rule}@${f.range.start.line}`);

test('a directive is masked by spaces of its own length: every position and the model stay the same', () => {
  const text = '一、总体情况 [nianbao-disable heading-title, heading-style]\n\t12[nianbao-disable]\n[nianbao-disable-file table-missing]\n';
  const { directives, masked } = readDirectives(text);
  assert.equal(masked.length, text.length);
  const spaces = (d: string) => ' '.repeat(d.length);
  assert.equal(masked, `一、总体情况 ${spaces('[nianbao-disable heading-title, heading-style]')}\n\t12${spaces('[nianbao-disable]')}\n${spaces('[nianbao-disable-file table-missing]')}\n`);
  assert.deepEqual(
    directives.map((d) => [d.scope, d.rules, d.line, d.range.start.character, d.range.end.character]),
    [
      ['line', ['heading-title', 'heading-style'], 0, 7, 53],
      ['line', [], 1, 3, 20],
      ['file', ['table-missing'], 2, 0, 36],
    ],
  );
});

test('seed 000: a line directive silences the swap on its line, a file directive silences it anywhere, others stay', () => {
  const seed = readSeed('000');
  const base = checkReport(seed).findings;
  const swap = base.find((f) => f.rule === 'table-swapped-cells')!;
  assert.ok(swap);
  const [lineFix, fileFix] = disableFixes(swap, seed, []);
  for (const fix of [lineFix!, fileFix!]) {
    assert.equal(fix.preferred, false);
    const silenced = applyEdits(seed, fix.edits);
    const after = checkReport(silenced).findings;
    assert.deepEqual(rules(after), rules(base.filter((f) => f !== swap)), fix.title.id);
  }
  // The line directive goes at the end of the swap's first line; nothing else changes.
  assert.deepEqual(lineFix!.edits, [{ range: { start: { line: 336, character: 2 }, end: { line: 336, character: 2 } }, newText: ' [nianbao-disable table-swapped-cells]' }]);
  // A directive for another rule or another line silences nothing.
  const elsewhere = seed.split('\n').map((l, i) => (i === 335 ? l + ' [nianbao-disable table-swapped-cells]' : i === 336 ? l + ' [nianbao-disable heading-style]' : l)).join('\n');
  assert.deepEqual(rules(checkReport(elsewhere).findings), rules(base));
});

test('a second rule joins the directive already on the line', () => {
  const text = '\t12 [nianbao-disable table-cell-invalid]\n';
  const { directives } = readDirectives(text);
  const f: Finding = { rule: 'table-number-format', severity: 'hint', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, message: { id: 'x', args: {} } };
  const [lineFix] = disableFixes(f, text, directives);
  assert.equal(applyEdits(text, lineFix!.edits), '\t12 [nianbao-disable table-cell-invalid, table-number-format]\n');
});

test('settings: off removes a rule, a severity replaces the default; unknown ids and severities are named', () => {
  const seed = readSeed('004');
  const base = checkReport(seed).findings;
  assert.ok(base.some((f) => f.rule === 'amount-unit'));
  const off = checkReport(seed, { config: { rules: { 'amount-unit': 'off' } } }).findings;
  assert.deepEqual(rules(off), rules(base.filter((f) => f.rule !== 'amount-unit')));
  const raised = checkReport(seed, { config: { rules: { 'amount-unit': 'error' } } }).findings;
  assert.deepEqual(raised.filter((f) => f.rule === 'amount-unit').map((f) => f.severity), ['error']);

  const { config, problems } = readConfig({ rules: { 'amount-unit': 'off', 'amount-units': 'off', 'table-shape': 'fatal' } });
  assert.deepEqual(config, { rules: { 'amount-unit': 'off' } });
  assert.deepEqual(problems.map((p) => [p.path, english(p.message)]), [
    ['rules.amount-units', 'there is no rule amount-units'],
    ['rules.table-shape', 'table-shape must be one of error, warning, information, hint, off, not "fatal"'],
  ]);
  assert.deepEqual(readConfig([1]).problems.map((p) => english(p.message)), ['the configuration must be an object']);
  assert.deepEqual(readConfig(undefined), { config: {}, problems: [] });
});

test('a second rule joins a directive written with a full-width space: its own text is kept', () => {
  const text = '\t12 [nianbao-disable\u3000table-cell-invalid]\n';
  const { directives } = readDirectives(text);
  const f: Finding = { rule: 'table-number-format', severity: 'hint', range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, message: { id: 'x', args: {} } };
  const [lineFix] = disableFixes(f, text, directives);
  assert.deepEqual(lineFix!.edits, [{ range: { start: { line: 0, character: 39 }, end: { line: 0, character: 39 } }, newText: ', table-number-format' }]);
  assert.equal(applyEdits(text, lineFix!.edits), '\t12 [nianbao-disable\u3000table-cell-invalid, table-number-format]\n');
});

test('an id in a directive that is no rule: a warning at the id, no fix; the known ids still silence', () => {
  const seed = readSeed('000');
  const lines = seed.split('\n');
  lines[336] += ' [nianbao-disable table-swaped-cells、table-swapped-cells]';
  lines.push('[nianbao-disable-file heading-titel]');
  const text = lines.join('\n');
  const found = checkText(text).findings.filter((f) => f.rule === 'directive-unknown-rule' || f.rule === 'table-swapped-cells');
  const at = lines[336]!.indexOf('table-swaped-cells');
  assert.deepEqual(found, [
    {
      rule: 'directive-unknown-rule',
      severity: 'warning',
      range: { start: { line: 336, character: at }, end: { line: 336, character: at + 'table-swaped-cells'.length } },
      message: { id: 'directive-unknown-rule', args: { rule: 'table-swaped-cells' } },
    },
    {
      rule: 'directive-unknown-rule',
      severity: 'warning',
      range: { start: { line: lines.length - 1, character: 22 }, end: { line: lines.length - 1, character: 35 } },
      message: { id: 'directive-unknown-rule', args: { rule: 'heading-titel' } },
    },
  ]);
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), '停用指令中的 table-swaped-cells 不是规则编号，它不停用任何规则');
  // Turned off like any rule.
  assert.deepEqual(checkText(text, { config: { rules: { 'directive-unknown-rule': 'off' } } }).findings.filter((f) => f.rule === 'directive-unknown-rule'), []);
});

test('a line longer than MAX_LINE_LENGTH: read that far, said once, and no fix on it', () => {
  const seed = readSeed('000');
  const lines = seed.split('\n');
  const long = '[bookmark: _GoBack]' + '年'.repeat(MAX_LINE_LENGTH + 10);
  lines.splice(3, 0, long, '[bookmark: _Toc1]' + '月'.repeat(MAX_LINE_LENGTH));
  const text = lines.join('\n');
  const findings = checkText(text).findings;
  const notice = findings.filter((f) => f.rule === 'line-too-long');
  assert.deepEqual(notice, [
    {
      rule: 'line-too-long',
      severity: 'information',
      range: { start: { line: 3, character: MAX_LINE_LENGTH }, end: { line: 3, character: long.length } },
      message: { id: 'line-too-long', args: { count: 2, max: MAX_LINE_LENGTH, line: 4, length: long.length } },
    },
  ]);
  // The bookmarks on the cut lines are found, without the fix that removes them; the seed's own findings keep theirs.
  const artifacts = findings.filter((f) => f.rule === 'conversion-artifact' && f.range.start.line <= 4);
  assert.deepEqual(artifacts.map((f) => [f.range.start.line, f.fixes]), [[3, []], [4, []]]);
  const swap = findings.find((f) => f.rule === 'table-swapped-cells')!;
  assert.equal(swap.range.start.line, 338);
  assert.ok(swap.fixes?.some((x) => x.preferred));
  // fix: the long lines come through whole.
  const fixed = fixText(text).text.split('\n');
  assert.deepEqual(fixed.slice(3, 5), lines.slice(3, 5));
});
