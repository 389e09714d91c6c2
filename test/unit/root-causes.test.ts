// What real reports still got past the checker, class by class, and one finding per root cause: each
// defect of test/gen/defects.ts, in both formats and several wordings, gives exactly its expected findings
// (rule, severity, range, message, fix) and nothing else; the same report without it gives nothing; and
// fix all repairs what it prefers to fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, fixAllEdits, renderMessage, type Finding } from '../../server/src/core';
import { defects, type Defect, type Expected } from '../gen/defects';

/** The rules a class is about: a report without the defect gives none of theirs. */
const CLASS_RULES: Record<Defect['cls'], readonly string[]> = {
  'table-label': ['table-label', 'table-shape'],
  'missing-row': ['table-label', 'table-shape'],
  'text-arithmetic': ['text-arithmetic'],
  years: ['year-mismatch', 'text-table-mismatch'],
  residue: ['conversion-artifact'],
  enumerations: ['enumeration-sequence'],
  'one-finding': ['table-row-total', 'table-column-total', 'table-cell-empty', 'table-culprit-cell', 'text-table-mismatch', 'table-balance'],
  'prose-figures': ['text-table-mismatch'],
  severity: ['heading-title'],
};

function matches(f: Finding, e: Expected): boolean {
  return (
    f.rule === e.rule &&
    f.range.start.line === e.line &&
    f.range.start.character === e.start &&
    f.range.end.line === (e.endLine ?? e.line) &&
    f.range.end.character === e.end
  );
}

function check(d: Defect): void {
  const label = `${d.format} ${d.cls}: ${d.name}`;
  const bad = checkReport(d.bad);
  assert.deepEqual(bad.failures, [], label);
  const rules = new Set([...CLASS_RULES[d.cls], ...d.expect.map((e) => e.rule)]);
  // Exactly the expected findings (a report that expects none: none of its class's rules).
  const found = d.expect.length ? bad.findings : bad.findings.filter((f) => rules.has(f.rule));
  assert.deepEqual(found.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.character}`), d.expect.map((e) => `${e.rule} ${e.line}:${e.start}`), label);
  d.expect.forEach((e, i) => {
    const f = found[i]!;
    assert.ok(matches(f, e), `${label}: range ${JSON.stringify(f.range)}`);
    if (e.severity) assert.equal(f.severity, e.severity, label);
    if (e.message) assert.equal(renderMessage(f.message), e.message, label);
    if (e.fix) {
      assert.deepEqual(f.fixes![0]!.edits.map((x) => x.newText), e.fix, label);
      assert.equal(f.fixes![0]!.preferred === true, e.preferred === true, `${label}: preferred`);
    }
  });
  // No fix writes 是 over a 1. 2. item.
  for (const f of bad.findings) for (const x of f.fixes ?? []) for (const e of x.edits) assert.ok(!(e.newText.endsWith('是') && /^\d/.test(d.bad.split('\n')[e.range.start.line]!.slice(e.range.start.character))), label);
  // The same report without the defect: nothing of the class.
  assert.deepEqual(checkReport(d.good).findings.filter((f) => rules.has(f.rule)).map((f) => f.rule), [], `${label}: without the defect`);
  // What fix all prefers to fix is fixed: none of the expected findings with a preferred fix is left.
  const preferred = d.expect.filter((e) => e.preferred);
  if (preferred.length) {
    const fixed = applyEdits(d.bad, fixAllEdits(bad.findings));
    const left = checkReport(fixed).findings.filter((f) => preferred.some((e) => e.rule === f.rule));
    assert.deepEqual(left.map((f) => `${f.rule} ${f.range.start.line}`), [], `${label}: after fix all`);
  }
}

for (const format of ['2019', '2021'] as const) {
  const all = defects(format);
  for (const cls of [...new Set(all.map((d) => d.cls))]) {
    test(`${format} ${cls}: each wording gives exactly its findings, and nothing without the defect`, () => {
      for (const d of all.filter((x) => x.cls === cls)) check(d);
    });
  }
}

test('real/001 (Shanghai 2019): one finding per table for its zeros and totals left blank, and 258 against 予以公开 + 部分公开', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { repoRoot } = await import('../helpers');
  const text = readFileSync(join(repoRoot(), 'test', 'fixtures', 'corpus', 'real', '001_shanghai_govoffice_2019.txt'), 'utf8');
  const fs = checkReport(text).findings;
  assert.deepEqual(fs.filter((f) => f.rule.startsWith('table-')).map((f) => [f.rule, renderMessage(f.message)]), [
    ['table-cell-empty', '表三有 126 个单元格未填写：把 0 留空了（115 格），各行的总计也没有填（11 格）；按 0 计算、补上总计后各项合计均相符'],
    ['table-cell-empty', '表四有 9 个单元格未填写；按 0 计算各项合计均相符，应是把 0 留空了'],
  ]);
  const fill = fs.find((f) => f.rule === 'table-cell-empty')!.fixes![0]!;
  assert.equal(renderMessage(fill.title), '填入 0 和总计');
  // 予以公开 272 (its total written as the sum of its row) + 部分公开 3.
  assert.ok(fill.edits.some((e) => e.newText === '272'));
  assert.deepEqual(fs.filter((f) => f.rule === 'text-table-mismatch').map((f) => renderMessage(f.message)), [
    '正文称“予以公开及部分公开258件”，但按表中各项之和，表三 · （一）予以公开 · 总计 + 表三 · （二）部分公开 · 总计为 275',
  ]);
});
