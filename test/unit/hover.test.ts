// Hover on a table cell: a relation that cannot be evaluated (a cell that is not a number) is named
// as such, never shown with NaN sums.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, parseReport, renderMessage } from '../../server/src/core';
import { sampleReport } from '../../server/src/core/examples';

test('hover: a row with a cell that is not a number says it cannot be checked, in both languages, with no NaN', () => {
  const sample = sampleReport();
  const table3 = parseReport(sample).tables.find((t) => t.kind === 'table3')!;
  const open = table3.rows.find((r) => r.key === 'open')!;
  const first = open.cells[0]!.number!.range;
  const lines = sample.split('\n');
  const line = lines[first.start.line]!;
  lines[first.start.line] = line.slice(0, first.start.character) + '无' + line.slice(first.end.character);
  const model = parseReport(lines.join('\n'));
  const row = model.tables.find((t) => t.kind === 'table3')!.rows.find((r) => r.key === 'open')!;
  // The row's 总计 cell: on the row's relation (with the 无) and on its column's.
  const total = row.cells[row.cells.length - 1]!.number!.range.start;
  const hover = hoverAt(model, total)!;
  const zh = hover.lines.map((l) => renderMessage(l, 'zh-cn'));
  const en = hover.lines.map((l) => renderMessage(l, 'en'));
  assert.ok(!zh.concat(en).some((l) => l.includes('NaN')), zh.join('\n'));
  assert.equal(zh.filter((l) => l.endsWith('行：有单元格不是数字，无法核对')).length, 1, zh.join('\n'));
  assert.match(zh.find((l) => l.endsWith('无法核对'))!, /^「（一）予以公开」行：/);
  assert.equal(en.filter((l) => l.endsWith(': a cell is not a number, so it cannot be checked')).length, 1, en.join('\n'));
});
