// The client's workspace requests: `nianbao/checkFiles` (the client's "check all reports in the
// workspace": it reads the files, the server checks each and publishes its diagnostics) and
// `nianbao/exportTables` (an open report's tables as CSV or JSON, from the core's extraction).
// main.ts registers them with the check it uses for open documents.
import { ErrorCodes, ResponseError, type Connection, type Diagnostic } from 'vscode-languageserver';
import { extractText } from '../core/document';
import { tablesToCsv, tablesToJson } from '../core/extract';
import {
  CheckFilesRequest,
  ExportTablesRequest,
  type CheckFilesParams,
  type CheckFilesResult,
  type ExportTablesParams,
  type ExportTablesResult,
} from '../../../shared/protocol';

export interface WorkspaceDeps {
  /** The diagnostics of a file's text, with the settings for its uri. */
  diagnose(uri: string, text: string): Diagnostic[] | Promise<Diagnostic[]>;
  /** Whether the editor has the file open (its diagnostics then follow the document). */
  isOpen(uri: string): boolean;
  /** Subscribes to the editor opening a document. */
  onDidOpen(listener: (uri: string) => void): void;
  /** Whether the client pulls the diagnostics of open documents (they then live apart from the
   * pushed ones, so that a file's pushed findings must be withdrawn when it is opened). */
  pullMode(): boolean;
  /** The text of an open document (undefined: not open). */
  textOf(uri: string): string | undefined;
}

/** The tables of a report (of each report, in a text of several) as CSV or JSON, each row naming the file. */
export function exportTables(text: string, uri: string, format: 'csv' | 'json'): string {
  const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const rows = extractText(text).map((row) => ({ ...row, file }));
  return format === 'csv' ? tablesToCsv(rows) : tablesToJson(rows);
}

/** The files of `nianbao/checkFiles` params as sent, leaving out all that is not `{ uri: string, text: string }`. */
function filesOf(params: unknown): { uri: string; text: string }[] {
  const files = (params as Partial<CheckFilesParams> | null | undefined)?.files;
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is { uri: string; text: string } => typeof f?.uri === 'string' && typeof f?.text === 'string');
}

export function registerWorkspaceRequests(connection: Connection, deps: WorkspaceDeps): void {
  /** Files whose findings were pushed by checkFiles. */
  const pushed = new Set<string>();
  deps.onDidOpen((uri) => {
    if (pushed.delete(uri) && deps.pullMode()) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  // Params arrive as any JSON: typed by the request, read as unknown.
  connection.onRequest(CheckFilesRequest, async (params: unknown, token): Promise<CheckFilesResult> => {
    let checked = 0;
    for (const { uri, text } of filesOf(params)) {
      if (token.isCancellationRequested) break;
      checked++;
      if (deps.isOpen(uri)) continue;
      try {
        const diagnostics = await deps.diagnose(uri, text);
        await connection.sendDiagnostics({ uri, diagnostics });
        pushed.add(uri);
      } catch (e) {
        connection.console.error(`nianbao: checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    return { checked };
  });

  connection.onRequest(ExportTablesRequest, (raw: unknown): ExportTablesResult => {
    const params = raw as Partial<ExportTablesParams> | null | undefined;
    if (typeof params?.uri !== 'string') return { content: '' };
    const text = deps.textOf(params.uri);
    if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `nianbao: ${params.uri} is not open`);
    return { content: exportTables(text, params.uri, params.format === 'json' ? 'json' : 'csv') };
  });
}
