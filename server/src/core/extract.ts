// Every table of a report as data: one row per value cell, with the report's agency, year and
// format, the table, row and column labels, the value and whether the cell was left blank. Used by
// `nianbao extract` and by the editor's export command. Pure: model in, rows out; never throws.
import type { ReportModel, Row, Table } from './model';
import { columnTitle, rowTitle, tableTitle } from './labels';
import { statisticsPeriods } from './standard';
import { BOOKMARK, splitLines } from './text';
import { tableLines } from './layouts';

/** What a report says about itself: the agency and the year it reports on. */
export interface ReportMeta {
  agency?: string;
  year?: number;
}

/**
 * The agency (from the title) and the year: the title's, else that of the first statistics period whose
 * two years agree (or that states one).
 */
export function reportMeta(model: ReportModel, text: string): ReportMeta {
  const meta: ReportMeta = {};
  const agency = model.title?.agency?.replace(/\s+/g, '');
  if (agency) meta.agency = agency;
  const year = model.title?.year ?? periodsOf(text).find((p) => !p.to || p.to.year === p.from.year)?.from.year;
  if (year !== undefined) meta.year = year;
  return meta;
}

const periodsOf = (text: string) => {
  const lines = splitLines(text);
  return statisticsPeriods(lines, tableLines(lines));
};

export interface TableCellRow {
  agency: string;
  year: number | null;
  format: string;
  /** `表二`, `表三`, `表四`, `统计表`. */
  table: string;
  /** `（七）总计`, `（三）不予公开·3.危及“三安全一稳定”`; for 表二 the item first: `第二十条第（一）项·规章`. */
  row: string;
  column: string;
  /** The number the cell holds, or null (blank or not a number). */
  value: number | null;
  /** The cell as written, whitespace and Word bookmarks trimmed. */
  text: string;
  blank: boolean;
  /** 1-based line of the cell, as an editor shows it. */
  line: number;
}

function rowLabel(table: Table, row: Row): string {
  const title = rowTitle(table, row);
  if (table.kind !== 'table2' || !row.group) return title;
  const caption = table.blocks?.find((b) => b.key === row.group)?.caption;
  return caption ? `${caption}·${title}` : title;
}

/** One row per value cell of every recognised table, in document order (tables, rows, columns). */
export function extractTables(model: ReportModel, meta: ReportMeta): TableCellRow[] {
  const out: TableCellRow[] = [];
  for (const table of model.tables) {
    if (table.kind === 'unknown') continue;
    for (const row of table.rows) {
      if (row.isGroup) continue;
      row.cells.forEach((cell, col) => {
        if (!cell) return;
        out.push({
          agency: meta.agency ?? '',
          year: meta.year ?? null,
          format: model.format,
          table: tableTitle(table),
          row: rowLabel(table, row),
          column: columnTitle(table, col),
          value: cell.number ? cell.number.value : null,
          text: cell.blank ? '' : cell.text.replace(BOOKMARK, '').replace(/\s+/g, ' ').trim(),
          blank: cell.blank,
          line: cell.firstLine + 1,
        });
      });
    }
  }
  return out;
}

/** The columns of the CSV and the keys of the JSON rows, in order (`file` first when given). */
export const EXTRACT_COLUMNS = ['file', 'agency', 'year', 'format', 'table', 'row', 'column', 'value', 'text', 'blank', 'line'] as const;

export type ExtractedRow = TableCellRow & { file?: string };

/** The columns of these rows: `file` only when a row has one. */
function columnsOf(rows: readonly ExtractedRow[]): (typeof EXTRACT_COLUMNS)[number][] {
  return EXTRACT_COLUMNS.filter((c) => c !== 'file' || rows.some((r) => r.file !== undefined));
}

/** What a spreadsheet may read as the start of a formula (OWASP, CSV injection): `= + - @`, TAB, CR, LF. */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** A plain number (`-7`, `+3`, `12.5`): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * One CSV field. A field that a spreadsheet could take for a formula — an agency from a title, a cell's
 * text, a file name starting with `=`, `+`, `-`, `@`, TAB or a line break — gets a `'` before it, as OWASP
 * recommends, so that it shows as text. A plain number (表二's signed 本年增/减 `-7`, as value or as text)
 * keeps its sign and stays a number: nothing in it can run.
 */
function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV (RFC 4180: CRLF, quoted where needed), with a header row, starting with a BOM so
 * that spreadsheet programs read it as UTF-8; a field that could start a formula is neutralised (`csvField`). The `file` column is there when any row has a file.
 */
export function tablesToCsv(rows: readonly ExtractedRow[]): string {
  const cols = columnsOf(rows);
  const lines = [cols.join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvField(r[c])).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** The rows as a JSON array, keys in the order of `EXTRACT_COLUMNS`. */
export function tablesToJson(rows: readonly ExtractedRow[]): string {
  const cols = columnsOf(rows);
  const ordered = rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] ?? null])));
  return JSON.stringify(ordered, null, 1) + '\n';
}
