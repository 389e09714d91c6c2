// The custom messages between the VS Code client and the server (docs/lsp-extensions.md), as typed
// request and notification types that both sides use: a wrong parameter or result does not compile.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

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
