// A table of the model as the grid it is printed as: merged column headers (表三's 申请人情况 over
// 自然人, 法人或其他组织 over five columns, 总计; 表四's 行政复议 and 行政诉讼 over their groups), merged
// row labels (三、本年度办理结果 over the result rows, （三）不予公开 over its sub-rows), and the value
// cells by row and column. 表二 is one grid per block (第二十条第（一）项 …). Used by the editor's table
// preview; plain data, like an HTML table: each row lists only the cells that start in it.
import type { Column, Row, Table } from './model';
import { TABLE3_APPLICANTS, TABLE3_CAPTION_ROW, TABLE3_HEADER_ROWS, TABLE3_RESULTS_LABEL, TABLE_NAMES, type Table3ColumnKey } from './national';
import { groupTitle } from './labels';

export interface GridCell {
  /** `corner`: the cell over the row labels; `text`: a cell that is neither a label nor a value (统计表's unit). */
  kind: 'corner' | 'header' | 'label' | 'text' | 'value';
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** A value cell's place: indices into `Table.rows` and `Table.columns` (the cell may be missing from the row). */
  row?: number;
  col?: number;
}

export interface Grid {
  /** 表二's block caption (`第二十条第（一）项`). */
  caption?: string;
  rows: GridCell[][];
}

/** 表三's second header level: the five organisations under 法人或其他组织. */
const ORGANISATIONS = TABLE3_HEADER_ROWS[0][2];

/** A column's header path, outermost first. */
function columnPath(table: Table, column: Column): string[] {
  if (table.kind === 'table3') {
    const applicants = TABLE3_CAPTION_ROW[1];
    const key = column.key as Table3ColumnKey;
    if (key === 'natural' || key === 'total') return [applicants, column.label];
    if (TABLE3_APPLICANTS.includes(key)) return [applicants, ORGANISATIONS, column.label];
    return [column.label];
  }
  return column.label.split('·');
}

/** A row's label path, outermost first (empty: a row without a label, 表四's). */
function rowPath(table: Table, row: Row): string[] {
  if (!row.label) return [];
  if (table.kind !== 'table3' || ['new', 'carried', 'carryOver'].includes(row.key)) return [row.label];
  const group = groupTitle(row.group) ?? (row.subtotal ? groupTitle(row.key) : undefined);
  if (row.subtotal && group) return [TABLE3_RESULTS_LABEL, group];
  if (group) return [TABLE3_RESULTS_LABEL, group, row.label];
  return [TABLE3_RESULTS_LABEL, row.label];
}

/** `a` and `b` are both under the same group at level `n`: their paths agree up to it and go on below it. */
const sameGroup = (a: readonly string[], b: readonly string[], n: number): boolean => {
  if (a.length <= n + 1 || b.length <= n + 1) return false;
  for (let i = 0; i <= n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** How many paths from `i` on (`p`, path `i`, then those after it) are under the group of `p` at level `n` (1: `p` alone). */
function groupRun(paths: readonly (readonly string[])[], i: number, p: readonly string[], n: number): number {
  let run = 1;
  for (const next of paths.slice(i + 1)) {
    if (!sameGroup(next, p, n)) break;
    run++;
  }
  return run;
}

const corners: Partial<Record<Table['kind'], string>> = {
  table2: '信息内容',
  table3: TABLE3_CAPTION_ROW[0],
  stats: '统计指标',
};

/** One grid of some of the table's rows and columns (by their indices in the table). */
function grid(table: Table, rowIndices: readonly number[], colIndices: readonly number[], caption?: string): Grid {
  const cols = colIndices.flatMap((index) => {
    const column = table.columns[index];
    return column ? [{ index, path: columnPath(table, column) }] : [];
  });
  const rows = rowIndices.flatMap((index) => {
    const row = table.rows[index];
    return row ? [{ index, row, path: rowPath(table, row) }] : [];
  });
  const colPaths = cols.map((c) => c.path);
  const rowPaths = rows.map((r) => r.path);
  const depth = Math.max(1, ...colPaths.map((p) => p.length));
  const labels = Math.max(0, ...rowPaths.map((p) => p.length));
  const units = table.kind === 'stats';
  const out: GridCell[][] = [];
  // The header: the corner over the labels (and 单位), then each level of the column paths.
  for (let h = 0; h < depth; h++) {
    const line: GridCell[] = [];
    if (h === 0 && labels > 0) line.push(span({ kind: 'corner', text: corners[table.kind] ?? '' }, depth, labels));
    if (h === 0 && units) line.push(span({ kind: 'header', text: '单位' }, depth, 1));
    for (const [i, p] of colPaths.entries()) {
      const text = p[h];
      if (text === undefined) continue; // under a leaf that spans down
      if (h < p.length - 1) {
        // A group over the following columns that share its path so far: written once, across them.
        const before = colPaths[i - 1];
        if (before && sameGroup(before, p, h)) continue;
        line.push(span({ kind: 'header', text }, 1, groupRun(colPaths, i, p, h)));
      } else line.push(span({ kind: 'header', text }, depth - h, 1));
    }
    out.push(line);
  }
  // The body: each row's labels (merged down where rows share a label, across where a row's path is short), then its cells.
  rows.forEach(({ index, row, path: p }, k) => {
    const line: GridCell[] = [];
    for (const [l, text] of p.entries()) {
      if (l < p.length - 1) {
        const above = rowPaths[k - 1];
        if (above && sameGroup(above, p, l)) continue;
        line.push(span({ kind: 'label', text }, groupRun(rowPaths, k, p, l), 1));
      } else line.push(span({ kind: 'label', text }, 1, labels - l));
    }
    if (p.length === 0 && labels > 0) line.push(span({ kind: 'label', text: '' }, 1, labels));
    if (units) line.push({ kind: 'text', text: row.unitCell?.text.trim() ?? '' });
    for (const c of cols) line.push({ kind: 'value', text: row.cells[c.index]?.text.trim() ?? '', row: index, col: c.index });
    out.push(line);
  });
  return caption === undefined ? { rows: out } : { caption, rows: out };
}

function span(cell: GridCell, rowSpan: number, colSpan: number): GridCell {
  if (rowSpan > 1) cell.rowSpan = rowSpan;
  if (colSpan > 1) cell.colSpan = colSpan;
  return cell;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** The table as printed: one grid, or one per block of 表二. A table of unknown kind has none. */
export function tableGrids(table: Table): Grid[] {
  if (table.kind === 'unknown' || table.columns.length === 0) return [];
  if (table.blocks?.length) return table.blocks.map((b) => grid(table, b.rows, b.columns, b.caption));
  return [grid(table, range(table.rows.length), range(table.columns.length))];
}

/** The table's printed name (`表三 收到和处理政府信息公开申请情况`). */
export const tableName = (table: Table): string => table.name || TABLE_NAMES[table.kind];
