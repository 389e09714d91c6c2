// 表四 政府信息公开行政复议、行政诉讼情况: three groups of five columns, one data row of 15 numbers.
// Header layouts vary (the five 复议 labels on the second or the third header row, merged cells as
// empty cells, `结果⏎⏎维持`, `其他结 果`), so the header is read as the sequence of its labels and the
// data row is every cell after the last header label.
import type { Table } from '../model';
import type { TableCells } from './split';
import { ProblemSink, columns, emptyRow, shell } from './common';

const RESULTS = [
  ['kept', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const;
const GROUPS = [
  ['review', '行政复议'],
  ['suitDirect', '行政诉讼·未经复议直接起诉'],
  ['suitAfterReview', '行政诉讼·复议后起诉'],
] as const;

export const TABLE4_COLUMNS = columns(
  GROUPS.flatMap(([g, gl]) => RESULTS.map(([r, rl]) => [`${g}.${r}`, `${gl}·${rl}`] as const)),
);
const WIDTH = TABLE4_COLUMNS.length;
const HEADER_LABELS = new Set<string>([...RESULTS.map(([, l]) => l), '行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉']);
/** A unit after a header label: `行政复议（单位：件）`; 合计 is written for 总计 too. */
const UNIT = /[（(]单位[:：]?[^（()）]*[）)]$/;
const headerLabel = (label: string): string => (label === '合计' ? '总计' : label.includes('单位') ? label.replace(UNIT, '') : label);

export function parseTable4(tc: TableCells, sink: ProblemSink): Table {
  const table = shell('table4', tc.cells);
  table.columns = TABLE4_COLUMNS;
  const cells = tc.cells;
  let lastHeader = -1;
  cells.forEach((c, i) => {
    if (HEADER_LABELS.has(headerLabel(c.label))) lastHeader = i;
  });
  table.header = cells.slice(0, lastHeader + 1);
  const labels = table.header.map((c) => headerLabel(c.label));
  // Each group's five result labels must be there, three times, and the three group labels.
  const missing = [
    ...['行政复议', '未经复议直接起诉', '复议后起诉'].filter((g) => !labels.includes(g)),
    ...RESULTS.map(([, l]) => l).filter((l) => labels.filter((h) => h === l).length < GROUPS.length),
  ];
  if (missing.length) sink.add('table-header-unrecognised', (table.header[0] ?? cells[0]!).range, { missing: missing.join('、') });

  const data = cells.slice(lastHeader + 1);
  const row = emptyRow('data', '', WIDTH);
  data.slice(0, WIDTH).forEach((c, k) => (row.cells[k] = c));
  if (data.length !== WIDTH && data.length > 0) {
    sink.add('table-row-unaligned', data[0]!.range, { row: '数据行', found: data.length, expected: WIDTH });
    row.misaligned = true;
  }
  if (data.length > 0) table.rows = [row];
  return table;
}
