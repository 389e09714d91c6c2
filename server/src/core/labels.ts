// How tables, rows and columns are found by key and named in messages and hovers: `表三 · （七）总计 · 法律服务机构`.
import type { Cell, ReportModel, Row, Table } from './model';
import { TABLE_SHORT, TABLE3_GROUPS, type Table2ColumnKey, type Table2RowKey, type Table3ColumnKey, type Table3RowKey, type Table4ColumnKey } from './national';

/** A row of a national table by key (表四's one row is `data`). */
export type RowKey = Table2RowKey | Table3RowKey | 'data';
export type ColumnKey = Table2ColumnKey | Table3ColumnKey | Table4ColumnKey;

/** The printed label of a 表三 group (`（三）不予公开`), by its key. */
export function groupTitle(group: string | undefined): string | undefined {
  return group !== undefined && group in TABLE3_GROUPS ? TABLE3_GROUPS[group as keyof typeof TABLE3_GROUPS].label : undefined;
}

export function tableTitle(table: Table): string {
  return TABLE_SHORT[table.kind];
}

/** A row as a reader names it: `（七）总计`, `（三）不予公开·3.危及“三安全一稳定”`, `二、上年结转政府信息公开申请数量`. */
export function rowTitle(table: Table, row: Row): string {
  if (table.kind === 'table3') {
    if (row.key === 'partial') return '（二）部分公开';
    const group = groupTitle(row.group);
    if (group) return `${group}·${row.label}`;
  }
  return row.label;
}

export function columnTitle(table: Table, col: number): string {
  return table.columns[col]?.label ?? String(col + 1);
}

/** `表三 · （七）总计 · 法律服务机构`; for 表四 (one data row): `表四 · 行政复议 · 总计`. */
export function cellTitle(table: Table, row: Row, col: number): string {
  const parts = [tableTitle(table)];
  if (row.label) parts.push(rowTitle(table, row));
  parts.push(...columnTitle(table, col).split('·'));
  return parts.join(' · ');
}

/** The report's first table of a kind. */
export function firstTable(model: ReportModel, kind: Table['kind']): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

/** A cell by row key and column key, with its row and column; a misaligned row's cells are not in their columns. */
export function cellByKey(table: Table, rowKey: RowKey, colKey: ColumnKey): { cell: Cell; row: Row; col: number } | undefined {
  const col = table.columns.findIndex((c) => c.key === colKey);
  if (col < 0) return undefined;
  const row = table.rows.find((r) => r.key === rowKey && !r.misaligned);
  const cell = row?.cells[col];
  return cell && { cell, row, col };
}
