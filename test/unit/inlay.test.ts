// Inlay hints: every value cell of a table named where it stands, the row named on its first cell
// only; a failing total, a culprit cell and a swapped pair followed by the value they should have.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeModel, checkReport, inlayHints, parseReport, renderMessage } from '../../server/src/core';
import { sampleReport } from '../../server/src/core/examples';
import { readSeed } from '../helpers';

const render = (h: ReturnType<typeof inlayHints>[number], locale = 'zh-cn') => renderMessage(h.label, locale);

test("seed 000: the （七）总计 row's cells are named, and its swapped cells say what they should be", () => {
  const text = readSeed('000');
  const model = parseReport(text);
  const lines = text.split('\n');
  const hints = inlayHints(model, 'expected', analyzeModel(model));
  // （七）总计 (lines 333–339, 1-based): its first cell names the row, the others their column only.
  const row = hints.filter((h) => h.position.line >= 332 && h.position.line <= 338);
  assert.deepEqual(row.filter((h) => h.kind === 'label').map((h) => render(h)), [
    '表三 · （七）总计 · 自然人',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
    '总计',
  ]);
  // Each hint stands right after its number.
  for (const h of row) assert.equal(h.position.character, lines[h.position.line]!.replace(/\s+$/, '').length);
  assert.deepEqual(row.filter((h) => h.kind === 'expected').map((h) => [h.position.line + 1, render(h), render(h, 'en')]), [
    [337, '应为 0', 'should be 0'],
    [338, '应为 1', 'should be 1'],
  ]);
  // `labels` leaves the expected values out; `off` gives none.
  assert.equal(inlayHints(model, 'labels', analyzeModel(model)).filter((h) => h.kind === 'expected').length, 0);
  assert.deepEqual(inlayHints(model, 'off', analyzeModel(model)), []);
});

test('a culprit cell and an unexplained total say what they should be; only the hints in the range are given', () => {
  const culprit = parseReport(sampleReport({ table3: { open: [5, 1, 0, 0, 0, 0, 5] } }));
  const found = checkReport(sampleReport({ table3: { open: [5, 1, 0, 0, 0, 0, 5] } })).findings.find((f) => f.rule === 'table-culprit-cell')!;
  const hints = inlayHints(culprit, 'expected', analyzeModel(culprit));
  assert.deepEqual(hints.filter((h) => h.kind === 'expected').map((h) => [h.position, render(h)]), [[found.range.end, '应为 4']]);
  const four = parseReport(sampleReport({ table4: { data: [1, 0, 0, 0, 2, ...new Array<number>(10).fill(0)] } }));
  assert.deepEqual(inlayHints(four, 'expected', analyzeModel(four)).filter((h) => h.kind === 'expected').map((h) => render(h)), ['应为 1']);
  const line = found.range.start.line;
  const inRange = inlayHints(culprit, 'labels', [], { start: { line, character: 0 }, end: { line, character: 99 } });
  assert.deepEqual(inRange.map((h) => [h.position.line, render(h)]), [[line, '表三 · （一）予以公开 · 自然人']]);
});
