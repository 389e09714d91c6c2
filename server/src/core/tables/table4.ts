// 表四 政府信息公开行政复议、行政诉讼情况: three groups of five columns, one data row of 15 numbers.
// Header layouts vary (the five 复议 labels on the second or the third header row, merged cells as
// empty cells, `结果⏎⏎维持`, `其他结 果`), so the header is read as the sequence of its labels and the
// data row is every cell after the last header label.
import type { Table } from '../model';
import type { TableCells } from './split';
import { ProblemSink, columns, emptyRow, shell, withoutUnit } from './common';
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_RESULTS } from '../national';
import { slipOf } from '../label-slips';

const WIDTH = TABLE4_COLUMNS.length;
/** The columns every 表四 has (shared: the model is read-only). */
const COLUMNS = columns(TABLE4_COLUMNS.map((c) => [c.key, c.label] as const));
const RESULT_LABELS: readonly string[] = TABLE4_RESULTS.map((r) => r.label);
const GROUP_HEADERS: readonly string[] = TABLE4_GROUPS.map((g) => g.header);
export const HEADER_LABELS = new Set<string>([...RESULT_LABELS, ...GROUP_HEADERS, '行政诉讼']);
const HEADER_LIST = [...HEADER_LABELS];
/** A header label as read: 合计 for 总计, a unit dropped, a slip of a label (`结果纠王`) as the label (table-label reports it). */
export const headerLabel = (label: string): string => {
  const l = label === '合计' ? '总计' : withoutUnit(label);
  if (HEADER_LABELS.has(l) || !l || /\d/.test(l)) return l;
  return slipOf(l, HEADER_LIST)?.standard ?? l;
};

export function parseTable4(tc: TableCells, sink: ProblemSink): Table {
  const table = shell('table4', tc.cells);
  table.columns = COLUMNS;
  const cells = tc.cells;
  let lastHeader = -1;
  cells.forEach((c, i) => {
    if (HEADER_LABELS.has(headerLabel(c.label))) lastHeader = i;
  });
  table.header = cells.slice(0, lastHeader + 1);
  const labels = table.header.map((c) => headerLabel(c.label));
  // Each group's five result labels must be there, three times, and the three group labels.
  const missing = [
    ...GROUP_HEADERS.filter((g) => !labels.includes(g)),
    ...RESULT_LABELS.filter((l) => labels.filter((h) => h === l).length < GROUP_HEADERS.length),
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
