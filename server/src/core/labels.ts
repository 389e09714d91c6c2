// How tables, rows and columns are found by key and named in messages and hovers: `表三 · （七）总计 · 法律服务机构`.
import type { Cell, ReportModel, Row, Table } from './model';
import { TABLE_SHORT } from './tables/common';

/** 表三's groups of result rows as printed. */
export const GROUP_TITLES: Record<string, string> = {
  deny: '（三）不予公开',
  unable: '（四）无法提供',
  decline: '（五）不予处理',
  other: '（六）其他处理',
};

export function tableTitle(table: Table): string {
  return TABLE_SHORT[table.kind];
}

/** A row as a reader names it: `（七）总计`, `（三）不予公开·3.危及“三安全一稳定”`, `二、上年结转政府信息公开申请数量`. */
export function rowTitle(table: Table, row: Row): string {
  if (table.kind === 'table3') {
    if (row.key === 'partial') return '（二）部分公开';
    if (row.group && GROUP_TITLES[row.group]) return `${GROUP_TITLES[row.group]}·${row.label}`;
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
export function cellByKey(table: Table, rowKey: string, colKey: string): { cell: Cell; row: Row; col: number } | undefined {
  const col = table.columns.findIndex((c) => c.key === colKey);
  if (col < 0) return undefined;
  const row = table.rows.find((r) => r.key === rowKey && !r.misaligned);
  const cell = row?.cells[col];
  return cell && { cell, row, col };
}
