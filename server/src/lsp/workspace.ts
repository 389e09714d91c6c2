// The client's workspace requests: `nianbao/checkFiles` (the client's "check all reports in the
// workspace": the server reads and decodes the files itself, as the CLI does — GBK included — checks
// each with its own settings, publishes its diagnostics and answers with a summary per report) and
// `nianbao/exportTables` (an open report's tables as CSV or JSON, from the core's extraction).
// main.ts registers them with the check it uses for open documents.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, ErrorCodes, ResponseError, type Connection, type Diagnostic } from 'vscode-languageserver';
import { extractText } from '../core/document';
import { tablesToCsv, tablesToJson } from '../core/extract';
import type { FileOutcome } from './file-check';
import {
  CheckFilesProgress,
  CheckFilesRequest,
  ExportTablesRequest,
  type CheckFilesParams,
  type CheckFilesResult,
  type ExportTablesParams,
  type ExportTablesResult,
  type ReportSummary,
} from '../../../shared/protocol';

export interface WorkspaceDeps {
  /** The diagnostics of a file's text, with the settings for its uri. */
  diagnose(uri: string, text: string): Diagnostic[] | Promise<Diagnostic[]>;
  /** Checks files that are not open, read from disk (`named`: whatever they read like; else only
   * reports, with `detect`); calls back with each file's index and outcome as it comes, in any order. */
  checkPaths(
    paths: readonly { uri: string; named: boolean }[],
    detect: boolean,
    onOutcome: (index: number, outcome: FileOutcome) => Promise<void>,
    cancelled: () => boolean,
  ): Promise<void>;
  /** Tells the user once of something that could not be used (a suppressions file). */
  warn?(message: string): void;
  /** Fetches the settings of these files at once (one workspace/configuration round trip), before they are diagnosed. */
  prefetch?(uris: readonly string[]): Promise<void>;
  /** Whether the editor has the file open (its diagnostics then follow the document). */
  isOpen(uri: string): boolean;
  /** The diagnostics of an open document's current version (for the summary). */
  openDiagnostics?(uri: string): Promise<Diagnostic[]>;
  /** Subscribes to the editor opening a document. */
  onDidOpen(listener: (uri: string) => void): void;
  /** Whether the client pulls the diagnostics of open documents (they then live apart from the
   * pushed ones, so that a file's pushed findings must be withdrawn when it is opened). */
  pullMode(): boolean;
  /** The text of an open document (undefined: not open). */
  textOf(uri: string): string | undefined;
  /** The client's language (for the reasons a file could not be read). */
  locale?(): string;
  /** Logs a line at the trace level `messages` (`verbose`: also one per file). */
  trace?(level: 'messages' | 'verbose', line: () => string): void;
}

/** The tables of a report (of each report, in a text of several) as CSV or JSON, each row naming the file. */
export function exportTables(text: string, uri: string, format: 'csv' | 'json'): string {
  const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const rows = extractText(text).map((row) => ({ ...row, file }));
  return format === 'csv' ? tablesToCsv(rows) : tablesToJson(rows);
}

const SEVERITY: Record<DiagnosticSeverity, keyof ReportSummary['counts']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** A report's findings counted by severity and by rule (the notice of a cut file counts as information, with no rule). */
export function summarize(uri: string, diagnostics: readonly Diagnostic[]): ReportSummary {
  const summary: ReportSummary = { uri, counts: { error: 0, warning: 0, information: 0, hint: 0 }, rules: {} };
  for (const d of diagnostics) {
    summary.counts[SEVERITY[d.severity ?? DiagnosticSeverity.Error]]++;
    if (typeof d.code === 'string') summary.rules[d.code] = (summary.rules[d.code] ?? 0) + 1;
  }
  return summary;
}

const REPORT_NAME = /年报|年度报告/;
const SKIPPED_DIRS = new Set(['node_modules']);

/** The `.txt` files below a folder, in sorted order, as `nianbao check` walks one (no `node_modules`, no dot-folders). */
async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && !SKIPPED_DIRS.has(e.name)) await walk(path, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) out.push(path);
  }
}

/** The files of a request: its paths, then the `.txt` files of its folders not already among them. */
async function pathsOf(params: CheckFilesParams): Promise<{ uri: string; named?: boolean }[]> {
  const paths = [...(params.paths ?? [])];
  const seen = new Set(paths.map((p) => p.uri));
  for (const folder of params.folders ?? []) {
    if (!folder.startsWith('file:')) continue;
    const found: string[] = [];
    await walk(fileURLToPath(folder), found);
    for (const path of found) {
      const uri = pathToFileURL(path).href;
      if (seen.has(uri)) continue;
      seen.add(uri);
      paths.push({ uri, named: REPORT_NAME.test(path.slice(path.lastIndexOf('/') + 1)) });
    }
  }
  return paths;
}

/** Params as they arrive (any JSON), with every entry not of the documented shape left out. */
function paramsOf(raw: unknown): CheckFilesParams {
  const p = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const files = list(p['files']).filter((f): f is { uri: string; text: string } => typeof (f as { uri?: unknown })?.uri === 'string' && typeof (f as { text?: unknown })?.text === 'string');
  const paths = list(p['paths']).filter((x): x is { uri: string; named?: boolean } => typeof (x as { uri?: unknown })?.uri === 'string');
  const folders = list(p['folders']).filter((x): x is string => typeof x === 'string');
  return {
    files,
    paths: paths.map((x) => ({ uri: x.uri, named: x.named === true })),
    folders,
    detect: p['detect'] !== false,
    ...(typeof p['progress'] === 'string' ? { progress: p['progress'] } : {}),
  };
}

export function registerWorkspaceRequests(connection: Connection, deps: WorkspaceDeps): void {
  /** Files whose findings were pushed by checkFiles. */
  const pushed = new Set<string>();
  deps.onDidOpen((uri) => {
    if (pushed.delete(uri) && deps.pullMode()) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  /** Withdraws what checkFiles published for a file that is gone or no longer a report. */
  const withdraw = async (uri: string) => {
    if (pushed.delete(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  /** Publishes a file's diagnostics; its summary. */
  const publish = async (uri: string, diagnostics: Diagnostic[]): Promise<ReportSummary> => {
    await connection.sendDiagnostics({ uri, diagnostics });
    pushed.add(uri);
    const summary = summarize(uri, diagnostics);
    deps.trace?.('verbose', () => `checkFiles ${uri}: ${summary.counts.error} errors, ${summary.counts.warning} warnings, ${summary.counts.information} information, ${summary.counts.hint} hints`);
    return summary;
  };

  // Params arrive as any JSON: typed by the request, read as unknown.
  connection.onRequest(CheckFilesRequest, async (raw: unknown, token): Promise<CheckFilesResult> => {
    const params = paramsOf(raw);
    const t0 = performance.now();
    const result: CheckFilesResult = { checked: 0, reports: [], skipped: 0, unreadable: [] };
    const files = params.files ?? [];
    const paths = await pathsOf(params);
    await deps.prefetch?.([...files.map((f) => f.uri), ...paths.map((p) => p.uri)].filter((u) => !deps.isOpen(u)));
    const settingsMs = performance.now() - t0;
    const report = async (uri: string, run: () => Promise<void>) => {
      try {
        if (deps.isOpen(uri)) {
          // Its diagnostics follow the document; the summary takes its current ones.
          if (deps.openDiagnostics) result.reports!.push(summarize(uri, await deps.openDiagnostics(uri)));
          return;
        }
        await run();
      } catch (e) {
        connection.console.error(`nianbao: checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    };
    for (const { uri, text } of files) {
      if (token.isCancellationRequested) break;
      result.checked++;
      await report(uri, async () => void result.reports!.push(await publish(uri, await deps.diagnose(uri, text))));
    }
    // The files the server reads: the open ones follow their documents; the others are checked (over
    // worker threads where there are many), each published as it comes, summed up in order.
    const open = paths.filter((p) => deps.isOpen(p.uri));
    for (const { uri } of open) await report(uri, async () => undefined);
    const todo = paths.filter((p) => !deps.isOpen(p.uri)).map((p) => ({ uri: p.uri, named: p.named === true }));
    const summaries: (ReportSummary | undefined)[] = new Array(todo.length);
    let done = 0;
    // Progress about twenty times in all, when the client gave a token.
    const step = Math.max(1, Math.floor(todo.length / 20));
    const progress = () => {
      if (params.progress !== undefined && (done % step === 0 || done === todo.length)) {
        void connection.sendProgress(CheckFilesProgress, params.progress, { done: open.length + done, total: paths.length });
      }
    };
    const c0 = performance.now();
    try {
      await deps.checkPaths(
        todo,
        params.detect !== false,
        async (i, outcome) => {
          const { uri } = todo[i]!;
          done++;
          progress();
          if (outcome.kind === 'unreadable') {
            result.unreadable!.push({ uri, reason: outcome.reason });
            await withdraw(uri);
          } else if (outcome.kind === 'skipped') {
            result.skipped!++;
            await withdraw(uri);
          } else {
            outcome.warnings.forEach((w) => deps.warn?.(w));
            summaries[i] = await publish(uri, outcome.diagnostics);
          }
        },
        () => token.isCancellationRequested,
      );
    } catch (e) {
      connection.console.error(`nianbao: the workspace check failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    const checkMs = performance.now() - c0;
    result.checked += open.length + done;
    for (const s of summaries) if (s) result.reports!.push(s);
    result.ms = Math.round((performance.now() - t0) * 10) / 10;
    deps.trace?.('messages', () => `checkFiles: ${result.checked} files (${result.reports!.length} reports, ${result.skipped} skipped, ${result.unreadable!.length} unreadable) in ${result.ms} ms (settings ${settingsMs.toFixed(0)} ms, files ${checkMs.toFixed(0)} ms)`);
    return result;
  });

  connection.onRequest(ExportTablesRequest, (raw: unknown): ExportTablesResult => {
    const params = raw as Partial<ExportTablesParams> | null | undefined;
    if (typeof params?.uri !== 'string') return { content: '' };
    const text = deps.textOf(params.uri);
    if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `nianbao: ${params.uri} is not open`);
    return { content: exportTables(text, params.uri, params.format === 'json' ? 'json' : 'csv') };
  });
}
