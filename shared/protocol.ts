// The custom messages between the VS Code client and the server (docs/lsp-extensions.md), as typed
// request and notification types that both sides use: a wrong parameter or result does not compile.
import { NotificationType, ProgressType, RequestType } from 'vscode-languageserver-protocol';

export type CheckedFormat = '2019' | '2021' | 'hybrid' | 'pre-2019' | 'unknown';

/** Server → client after each check of a document. */
export interface CheckedParams {
  uri: string;
  version: number;
  format: CheckedFormat;
  counts: { error: number; warning: number; information: number; hint: number };
  durationMs: number;
  /** Only the first part of a file above `nianbao.maxFileSize` was checked. */
  truncated: boolean;
  /** The file matches the `ignores` of its `.nianbao.json`: no rule ran (counts are zero). */
  ignored?: boolean;
}
export const CheckedNotification = new NotificationType<CheckedParams>('nianbao/checked');

/**
 * Client → server: check these files and publish their diagnostics. `paths` (`file:` URIs) are read and
 * decoded by the server, as the CLI reads them; `files` were read by the client (other schemes). Entries
 * of the wrong shape are left out; params that hold none are answered with nothing
 * checked (`checked: 0`, no reports).
 */
export interface CheckFilesParams {
  files?: { uri: string; text: string }[];
  /** `named`: a report by its name or a pattern, checked whatever it reads like; otherwise the server
   * checks it only when it reads like a report (`detect`, default true). */
  paths?: { uri: string; named?: boolean }[];
  /** `file:` URIs of folders: the server finds their `.txt` files itself, as `nianbao check` walks a
   * folder (skipping `node_modules` and folders whose name starts with a dot); a file whose name holds
   * 年报 or 年度报告 is named. */
  folders?: string[];
  detect?: boolean;
  /** A progress token: the server reports `CheckFilesProgress` on it (`$/progress`) as the files are done. */
  progress?: string;
}
/** How far a checkFiles request has come. */
export interface CheckFilesProgressValue {
  done: number;
  total: number;
}
export const CheckFilesProgress = new ProgressType<CheckFilesProgressValue>();
export interface CheckFilesResult {
  /** Files handled before the request ended or was cancelled (reports, open ones, and those skipped). */
  checked: number;
  /** Each report checked (open ones with the findings of their current version). */
  reports?: ReportSummary[];
  /** Files read that are not reports. */
  skipped?: number;
  /** Files that could not be read or decoded, and why (in the client's language). */
  unreadable?: { uri: string; reason: string }[];
  /** How long the server took, in milliseconds. */
  ms?: number;
}
/** The findings of one report: how many of each severity, and how many of each rule. */
export interface ReportSummary {
  uri: string;
  counts: { error: number; warning: number; information: number; hint: number };
  rules: Record<string, number>;
}
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('nianbao/checkFiles');

/**
 * Client → server: this report's tables as CSV or JSON (CSV unless `json`). A report that is not open is
 * an InvalidParams error; params without a string `uri` are answered `{ content: '' }`.
 */
export interface ExportTablesParams {
  uri: string;
  format: 'csv' | 'json';
}
export interface ExportTablesResult {
  content: string;
}
export const ExportTablesRequest = new RequestType<ExportTablesParams, ExportTablesResult, void>('nianbao/exportTables');

/** Client → server: a Word document or web page (its bytes, read by the client) as the report text the
 * server checks (Tika's layout; `server/src/inputs`). `name` tells the kind (`.docx`, `.html`, `.htm`). */
export interface ConvertFileParams {
  name: string;
  /** The file's bytes, base64. */
  data: string;
}
export interface ConvertFileResult {
  text: string;
  /** How the file was read (tracked changes accepted, footnotes left out …), in the client's language. */
  notes: string[];
}
export const ConvertFileRequest = new RequestType<ConvertFileParams, ConvertFileResult, void>('nianbao/convertFile');

/** The scheme of the read-only views of converted reports. A view's query is its source file's URI. */
export const VIEW_SCHEME = 'nianbao-view';

/** The URI of the file a view shows, or undefined when `uri` is not a view. */
export function viewSource(uri: string): string | undefined {
  if (!uri.startsWith(VIEW_SCHEME + ':')) return undefined;
  const q = uri.indexOf('?');
  if (q < 0) return undefined;
  const end = uri.indexOf('#', q);
  try {
    return decodeURIComponent(uri.slice(q + 1, end < 0 ? undefined : end));
  } catch {
    return undefined;
  }
}

/** Client → server: the tables of an open report as the grids they are printed as, for the table preview. */
export interface TablesParams {
  uri: string;
}
export interface TablesResult {
  uri: string;
  /** The document version the tables and their problems are of. */
  version: number;
  tables: TableView[];
}
export interface TableView {
  /** `表三 收到和处理政府信息公开申请情况`. */
  name: string;
  /** The table's range in the document. */
  range: ViewRange;
  /** One grid, or one per block (表二's 第二十条第（一）项 …). */
  grids: GridView[];
  /** Findings about the table that are not about one or two of its cells (a blank row, a label …). */
  problems: ProblemView[];
}
export interface GridView {
  caption?: string;
  /** Like an HTML table: each row lists the cells that start in it. */
  rows: GridCellView[][];
}
export interface GridCellView {
  kind: 'corner' | 'header' | 'label' | 'text' | 'value';
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** For a value cell: where it is, what it is, what is wrong with it. */
  value?: ValueView;
}
export interface ValueView {
  /** `表三 · （七）总计 · 法律服务机构`. */
  name: string;
  /** The cell's text in the document (after its TAB); a missing cell: where it would go (its row). */
  range: ViewRange;
  /** Nothing written in the cell. */
  blank: boolean;
  /** The row has no such cell. */
  missing?: boolean;
  /** The gravest severity of its findings. */
  severity?: ProblemView['severity'];
  /** Its findings' messages, in the client's language. */
  messages: string[];
}
export interface ProblemView {
  range: ViewRange;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}
export interface ViewRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export const TablesRequest = new RequestType<TablesParams, TablesResult, void>('nianbao/tables');
