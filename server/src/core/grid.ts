// A table of the model as the grid it is printed as: merged column headers (表三's 申请人情况 over
// 自然人, 法人或其他组织 over five columns, 总计; 表四's 行政复议 and 行政诉讼 over their groups), merged
// row labels (三、本年度办理结果 over the result rows, （三）不予公开 over its sub-rows), and the value
// cells by row and column. 表二 is one grid per block (第二十条第（一）项 …). Used by the editor's table
// preview; plain data, like an HTML table: each row lists only the cells that start in it.
import type { Row, Table } from './model';
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
const ORGANISATIONS = TABLE3_HEADER_ROWS[0]![2]!;

/** A column's header path, outermost first. */
function columnPath(table: Table, col: number): string[] {
  const column = table.columns[col]!;
  if (table.kind === 'table3') {
    const applicants = TABLE3_CAPTION_ROW[1]!;
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

const corners: Partial<Record<Table['kind'], string>> = {
  table2: '信息内容',
  table3: TABLE3_CAPTION_ROW[0],
  stats: '统计指标',
};

/** One grid of some of the table's rows and columns. */
function grid(table: Table, rows: readonly number[], cols: readonly number[], caption?: string): Grid {
  const colPaths = cols.map((c) => columnPath(table, c));
  const rowPaths = rows.map((r) => rowPath(table, table.rows[r]!));
  const depth = Math.max(1, ...colPaths.map((p) => p.length));
  const labels = Math.max(0, ...rowPaths.map((p) => p.length));
  const units = table.kind === 'stats';
  const out: GridCell[][] = [];
  // The header: the corner over the labels (and 单位), then each level of the column paths.
  for (let h = 0; h < depth; h++) {
    const line: GridCell[] = [];
    if (h === 0 && labels > 0) line.push(span({ kind: 'corner', text: corners[table.kind] ?? '' }, depth, labels));
    if (h === 0 && units) line.push(span({ kind: 'header', text: '单位' }, depth, 1));
    for (let i = 0; i < cols.length; i++) {
      const p = colPaths[i]!;
      if (h >= p.length) continue; // under a leaf that spans down
      if (h < p.length - 1) {
        // A group over the following columns that share its path so far: written once, across them.
        if (i > 0 && sameGroup(colPaths[i - 1]!, p, h)) continue;
        let n = 1;
        while (i + n < cols.length && sameGroup(colPaths[i + n]!, p, h)) n++;
        line.push(span({ kind: 'header', text: p[h]! }, 1, n));
      } else line.push(span({ kind: 'header', text: p[h]! }, depth - h, 1));
    }
    out.push(line);
  }
  // The body: each row's labels (merged down where rows share a label, across where a row's path is short), then its cells.
  rows.forEach((r, k) => {
    const row = table.rows[r]!;
    const p = rowPaths[k]!;
    const line: GridCell[] = [];
    for (let l = 0; l < p.length; l++) {
      if (l < p.length - 1) {
        if (k > 0 && sameGroup(rowPaths[k - 1]!, p, l)) continue;
        let n = 1;
        while (k + n < rows.length && sameGroup(rowPaths[k + n]!, p, l)) n++;
        line.push(span({ kind: 'label', text: p[l]! }, n, 1));
      } else line.push(span({ kind: 'label', text: p[l]! }, 1, labels - l));
    }
    if (p.length === 0 && labels > 0) line.push(span({ kind: 'label', text: '' }, 1, labels));
    if (units) line.push({ kind: 'text', text: row.unitCell?.text.trim() ?? '' });
    for (const c of cols) line.push({ kind: 'value', text: row.cells[c]?.text.trim() ?? '', row: r, col: c });
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
