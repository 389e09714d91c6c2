// 表二 主动公开政府信息情况: blocks by 条例第二十条 item, each a caption row, a header row
// (`信息内容` and its columns), then data rows (a label and one value per column).
//   2019: （一）本年新制作数量 · 本年新公开数量 · 对外公开总数量; （五）（六）上一年项目数量 · 本年增/减 ·
//         处理决定数量; （八）上一年项目数量 · 本年增/减; （九）采购项目数量 · 采购总金额
//   2021: （一）本年制发件数 · 本年废止件数 · 现行有效件数; （五）（六）本年处理决定数量; （八）本年收费金额
import type { Cell, Row, Table, TableBlock } from '../model';
import { chineseNumeral } from '../text';
import { slipOf } from '../label-slips';
import type { TableCells } from './split';
import { ProblemSink, emptyRow, isValueCell, shell } from './common';
import { TABLE2_COLUMNS, TABLE2_FORMAT_COLUMNS, TABLE2_ROWS, type Table2ColumnKey } from '../national';

/** Header labels and row labels (normalised) with their keys, longest first so that a label matched by
 * prefix finds its own key (units may follow a header label). */
const byLength = (entries: [string, string][]) => entries.sort((x, y) => y[0].length - x[0].length);
export const COLUMN_KEYS = byLength(Object.entries(TABLE2_COLUMNS).flatMap(([key, c]) => [c.label, ...('also' in c ? c.also : [])].map((l): [string, string] => [l, key])));
export const ROW_KEYS = byLength(Object.entries(TABLE2_ROWS).flatMap(([key, r]) => [r.label, ...('also' in r ? r.also : [])].map((l): [string, string] => [l, key])));

/** The key of a label: the standard label it starts with, else the one it is a slip of (`现形有效件数`). */
export const keyOf = (table: readonly (readonly [string, string])[], label: string): string | undefined => {
  const key = table.find(([l]) => label.startsWith(l))?.[1];
  if (key !== undefined || !label) return key;
  const slip = slipOf(label, table.map(([l]) => l));
  return slip && table.find(([l]) => l === slip.standard)?.[1];
};

/** The row fragments of the table: runs of cells between blank lines. */
function fragments(tc: TableCells): Cell[][] {
  const out: Cell[][] = [];
  tc.cells.forEach((c, i) => {
    if (i === 0 || tc.fragment[i] !== tc.fragment[i - 1]) out.push([]);
    out[out.length - 1]!.push(c);
  });
  return out;
}

/** A block's caption, `第二十条第（一）项` (normalised), with its item's numeral. */
export const TABLE2_CAPTION = /^第二十条第（([一二三四五六七八九十]+)）项/;
const CAPTION = TABLE2_CAPTION;

export function parseTable2(tc: TableCells, sink: ProblemSink): Table {
  const table = shell('table2', tc.cells);
  const blocks: TableBlock[] = [];
  let block: TableBlock | undefined;
  const frags = fragments(tc);
  for (let f = 0; f < frags.length; f++) {
    let frag = frags[f]!;
    const first = frag[0]!;
    const cap = CAPTION.exec(first.label);
    if (cap) {
      block = { key: `item${chineseNumeral(cap[1]!) ?? cap[1]}`, caption: first.label, captionCell: first, columns: [], rows: [] };
      blocks.push(block);
      table.header.push(first);
      frag = frag.slice(1);
      // The caption's merged cell across the row: empty cells after it, no data row.
      if (frag.every((c) => c.blank)) {
        table.header.push(...frag);
        continue;
      }
    }
    if (frag[0]!.label === '信息内容') {
      table.header.push(...frag);
      if (!block) {
        block = { key: 'item', caption: '', columns: [], rows: [] };
        blocks.push(block);
      }
      block.columns = frag.slice(1).map((c) => columnIndex(table, c));
      continue;
    }
    // A data row; a blank line inside a cell may have cut it in two: join the next fragment while the
    // row is short and the next fragment has no label of its own.
    const width = (block?.columns.length ?? 0) + 1;
    while (frag.length < width && f + 1 < frags.length && isValuesOnly(frags[f + 1]!) && frag.length + frags[f + 1]!.length <= width) {
      frag = frag.concat(frags[++f]!);
    }
    const label = frag[0]!;
    const row: Row = emptyRow(keyOf(ROW_KEYS, label.label) ?? label.label, label.label, 0, label);
    if (block) row.group = block.key;
    const values = frag.slice(1);
    const cols = block?.columns ?? [];
    values.slice(0, cols.length).forEach((v, k) => (row.cells[cols[k]!] = v));
    if (!block || values.length !== cols.length) {
      sink.add('table-row-unaligned', label.range, { row: label.label, found: values.length, expected: cols.length });
      row.misaligned = true;
    }
    if (block) block.rows.push(table.rows.length);
    table.rows.push(row);
  }
  // Rows were filled sparsely as columns appeared; give every row the full width.
  for (const r of table.rows) r.cells.length = table.columns.length;
  table.blocks = blocks;
  const keys = table.columns.map((c) => c.key as Table2ColumnKey);
  if (keys.some((k) => TABLE2_FORMAT_COLUMNS['2021'].has(k))) table.format = '2021';
  else if (keys.some((k) => TABLE2_FORMAT_COLUMNS['2019'].has(k))) table.format = '2019';
  return table;
}

function isValuesOnly(frag: readonly Cell[]): boolean {
  return frag.every(isValueCell);
}

/** The table-wide column for a header cell; blocks share columns with the same key. */
function columnIndex(table: Table, cell: Cell): number {
  const key = keyOf(COLUMN_KEYS, cell.label) ?? cell.label;
  const found = table.columns.findIndex((c) => c.key === key);
  if (found >= 0) return found;
  table.columns.push({ key, label: cell.label });
  return table.columns.length - 1;
}
