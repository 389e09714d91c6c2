// The tables as printed grids (the table preview): merged headers and row labels, every value cell in
// its place; the old 统计表 with its unit column; 表二 of the 2021 format one grid per block.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../server/src/core';
import { sampleReport } from '../../server/src/core/examples';
import { tableGrids, type Grid } from '../../server/src/core/grid';
import { readSeed } from '../helpers';

const shape = (g: Grid) => g.rows.map((r) => r.map((c) => `${c.kind[0]}:${c.text.slice(0, 8)}${c.rowSpan ? `↓${c.rowSpan}` : ''}${c.colSpan ? `→${c.colSpan}` : ''}`).join(' | '));
/** Each row's width in columns, counting the cells spanning down into it from above. */
function widths(g: Grid): number[] {
  const below: number[] = [];
  return g.rows.map((row, i) => {
    const w = row.reduce((n, c) => n + (c.colSpan ?? 1), 0) + (below[i] ?? 0);
    for (const c of row) for (let k = 1; k < (c.rowSpan ?? 1); k++) below[i + k] = (below[i + k] ?? 0) + (c.colSpan ?? 1);
    return w;
  });
}

test('seed 004: the old 统计表 with its unit column; every row as wide as the header', () => {
  const stats = parseReport(readSeed('004')).tables.find((t) => t.kind === 'stats')!;
  const [g] = tableGrids(stats);
  assert.deepEqual(shape(g!).slice(0, 1), ['c:统计指标 | h:单位 | h:统计数']);
  assert.deepEqual(shape({ rows: [g!.rows[2]!] }), ['l:（一）主动公开政 | t:条 | v:1038']);
  assert.ok(widths(g!).every((w) => w === 3), JSON.stringify(widths(g!)));
});

test('every grid of the seeds and of a 2021 sample is rectangular, and every value cell of a table is in it once', () => {
  for (const text of [...['000', '001', '002', '003', '004'].map(readSeed), sampleReport()]) {
    for (const table of parseReport(text).tables) {
      const grids = tableGrids(table);
      for (const g of grids) {
        const w = widths(g);
        assert.ok(w.every((x) => x === w[0]), `${table.name}: ${JSON.stringify(w)}`);
      }
      const placed = grids.flatMap((g) => g.rows.flat()).filter((c) => c.kind === 'value').map((c) => `${c.row},${c.col}`);
      assert.equal(new Set(placed).size, placed.length, table.name);
      const cells = table.rows.flatMap((r, ri) => r.cells.map((c, ci) => (c ? `${ri},${ci}` : undefined)).filter((x) => x !== undefined));
      for (const c of cells) assert.ok(placed.includes(c!), `${table.name}: cell ${c} not placed`);
    }
  }
});

test('表四: 行政复议 over five columns, 行政诉讼 over ten, its two groups over five each; no label column', () => {
  const t4 = parseReport(readSeed('000')).tables.find((t) => t.kind === 'table4')!;
  const [g] = tableGrids(t4);
  assert.deepEqual(shape(g!).slice(0, 1), ['h:行政复议→5 | h:行政诉讼→10']);
  assert.equal(g!.rows[1]!.filter((c) => c.colSpan === 5).map((c) => c.text).join(','), '未经复议直接起诉,复议后起诉');
});
