// The custom messages between the VS Code client and the server: their names and parameter types,
// shared by both sides (the client imports only these names and types).

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
export const CHECKED = 'nianbao/checked';

/**
 * Client → server: check these files (read by the client) and publish their diagnostics. Answered with
 * how many were checked; an entry that is not `{ uri: string, text: string }` is left out, and params
 * that hold no such array are answered `{ checked: 0 }`.
 */
export interface CheckFilesParams {
  files: { uri: string; text: string }[];
}
export interface CheckFilesResult {
  checked: number;
}
export const CHECK_FILES = 'nianbao/checkFiles';

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
export const EXPORT_TABLES = 'nianbao/exportTables';
