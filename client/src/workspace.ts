// "Check all reports in the workspace": find the .txt files (and the files of `nianbao.detect.patterns`),
// send their URIs to the server in batches (`nianbao/checkFiles`): the server reads and decodes them as
// the CLI does (GBK included), checks the reports and publishes their findings to the Problems panel,
// and answers with a summary per report. Files of other schemes (a virtual workspace) are read here.
// The findings stay until the files change: a changed file is checked again, a deleted one withdrawn.
// Across a reload, the checked files are remembered in the workspace state and checked again on
// activation (quietly): fresh findings rather than a stored copy that may have gone stale.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isReportText } from '../../shared/report';
import { CheckFilesProgress, CheckFilesRequest, type CheckFilesParams, type CheckFilesResult, type ReportSummary } from '../../shared/protocol';
import { summaryCsv, totals } from '../../shared/summary';
import { t } from './text';

/** Files of other schemes (read here) per request. */
const BATCH = 50;
let progressTokens = 0;
const REPORT_NAME = /年报|年度报告/;
const STATE_KEY = 'nianbao.workspaceCheck';

/** What the last check found. */
export interface WorkspaceSummary {
  reports: ReportSummary[];
  skipped: number;
  unreadable: { uri: string; reason: string }[];
  /** Milliseconds, end to end (finding the files included). */
  ms: number;
  /** Of which: finding the files, and the server's own time (reading, checking, publishing). */
  findMs?: number;
  serverMs?: number;
}

interface Remembered {
  /** Every file sent, and whether it was named as a report. */
  files: { uri: string; named: boolean }[];
}

const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** Files a user named as reports (`nianbao.detect.patterns`), by uri. */
async function patternFiles(): Promise<Set<string>> {
  const patterns = vscode.workspace.getConfiguration('nianbao').get<string[]>('detect.patterns', []);
  const found = await Promise.all(patterns.map((p) => vscode.workspace.findFiles(p)));
  return new Set(found.flat().map((u) => u.toString()));
}

/** The text of a file of another scheme, or undefined if it cannot be read as UTF-8. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export class WorkspaceCheck implements vscode.Disposable {
  /** The last summary, by report. */
  private readonly byUri = new Map<string, ReportSummary>();
  private last: WorkspaceSummary | undefined;
  private files = new Map<string, boolean>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changedFiles = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly emitter = new vscode.EventEmitter<WorkspaceSummary>();
  /** Fires after each check (a whole one, or of changed files). */
  readonly onDidCheck = this.emitter.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly state: vscode.Memento,
  ) {
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const changed = (uri: vscode.Uri) => {
      if (!this.files.has(uri.toString())) return;
      this.changedFiles.add(uri.toString());
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.recheckChanged(), 300);
    };
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete(changed);
  }

  /** The last check's summary. */
  get summary(): WorkspaceSummary | undefined {
    return this.last;
  }

  /** Checks every report of the workspace, with a cancellable progress notification; ends with the summary. */
  async run(): Promise<WorkspaceSummary> {
    const t0 = Date.now();
    let findMs = 0;
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('workspace.checking', {}), cancellable: true },
      async (progress, token) => {
        const f0 = Date.now();
        const named = await patternFiles();
        const folders = vscode.workspace.workspaceFolders ?? [];
        // Folders on disk: the server walks them itself, as `nianbao check` does; others are searched here.
        const onDisk = folders.length > 0 && folders.every((f) => f.uri.scheme === 'file');
        const txt = onDisk ? [] : await vscode.workspace.findFiles('**/*.txt', undefined, undefined, token);
        findMs = Date.now() - f0;
        const candidates = [...new Map([...txt, ...[...named].map((u) => vscode.Uri.parse(u))].map((u) => [u.toString(), u])).values()];
        const files = candidates.map((u) => ({ uri: u, named: named.has(u.toString()) || REPORT_NAME.test(baseName(u)) }));
        let shown = 0;
        return this.check(files, onDisk ? folders.map((f) => f.uri) : [], token, (done, total) => {
          progress.report({ message: `${done} / ${total}`, increment: (100 * (done - shown)) / Math.max(1, total) });
          shown = done;
        });
      },
    );
    summary.ms = Date.now() - t0;
    summary.findMs = findMs;
    this.show(summary);
    return summary;
  }

  /** Checks the files remembered from the last session (quietly): their findings come back after a reload. */
  async restore(): Promise<void> {
    const remembered = this.state.get<Remembered>(STATE_KEY);
    if (!remembered?.files.length) return;
    const t0 = Date.now();
    const summary = await this.check(remembered.files.map((f) => ({ uri: vscode.Uri.parse(f.uri), named: f.named })), []);
    summary.ms = Date.now() - t0;
  }

  /** Sends the files (those on disk in one request, which the server reads and reports progress on;
   * those of other schemes read here, in batches); keeps, remembers and announces the summary. */
  private async check(
    files: { uri: vscode.Uri; named: boolean }[],
    folders: vscode.Uri[],
    token?: vscode.CancellationToken,
    step?: (done: number, total: number) => void,
  ): Promise<WorkspaceSummary> {
    const summary: WorkspaceSummary = { reports: [], skipped: 0, unreadable: [], ms: 0 };
    const detect = vscode.workspace.getConfiguration('nianbao').get<boolean>('detect.enabled', true);
    this.byUri.clear();
    const onDisk = files.filter((f) => f.uri.scheme === 'file');
    const elsewhere = files.filter((f) => f.uri.scheme !== 'file');
    let total = files.length;
    if (onDisk.length || folders.length) {
      const progress = `nianbao-check-${++progressTokens}`;
      const listening = this.client.onProgress(CheckFilesProgress, progress, (p) => {
        total = p.total + elsewhere.length;
        step?.(p.done, total);
      });
      try {
        const params: CheckFilesParams = { paths: onDisk.map((f) => ({ uri: f.uri.toString(), named: f.named })), detect, progress };
        if (folders.length) params.folders = folders.map((f) => f.toString());
        this.add(summary, await this.client.sendRequest(CheckFilesRequest, params, token));
      } finally {
        listening.dispose();
      }
    }
    for (let i = 0; i < elsewhere.length && !token?.isCancellationRequested; i += BATCH) {
      // Another scheme: the server cannot read it; read here, as UTF-8.
      const params: CheckFilesParams = { files: [], detect };
      for (const f of elsewhere.slice(i, i + BATCH)) {
        const text = await readText(f.uri);
        if (text !== undefined && (f.named || (detect && isReportText(text)))) params.files!.push({ uri: f.uri.toString(), text });
      }
      this.add(summary, await this.client.sendRequest(CheckFilesRequest, params, token));
      step?.(total - elsewhere.length + Math.min(i + BATCH, elsewhere.length), total);
    }
    for (const r of summary.reports) this.byUri.set(r.uri, r);
    this.last = summary;
    // The reports (and the files that could not be read) are what is checked again when they change, and after a reload.
    const named = new Map(files.map((f) => [f.uri.toString(), f.named]));
    const kept = [...summary.reports.map((r) => r.uri), ...summary.unreadable.map((u) => u.uri)];
    this.files = new Map(kept.map((uri) => [uri, named.get(uri) ?? REPORT_NAME.test(baseName(vscode.Uri.parse(uri)))]));
    await this.state.update(STATE_KEY, { files: [...this.files].map(([uri, isNamed]) => ({ uri, named: isNamed })) } satisfies Remembered);
    this.emitter.fire(summary);
    return summary;
  }

  private add(summary: WorkspaceSummary, result: CheckFilesResult): void {
    summary.serverMs = (summary.serverMs ?? 0) + (result.ms ?? 0);
    summary.reports.push(...(result.reports ?? []));
    summary.skipped += result.skipped ?? 0;
    summary.unreadable.push(...(result.unreadable ?? []));
  }

  /** Files that changed on disk since they were checked: checked again (a deleted one's findings withdrawn). */
  private async recheckChanged(): Promise<void> {
    const uris = [...this.changedFiles];
    this.changedFiles.clear();
    if (!uris.length || !this.last) return;
    const params: CheckFilesParams = { paths: uris.filter((u) => u.startsWith('file:')).map((uri) => ({ uri, named: this.files.get(uri) === true })) };
    let result: CheckFilesResult;
    try {
      result = await this.client.sendRequest(CheckFilesRequest, params);
    } catch {
      return;
    }
    for (const u of uris) this.byUri.delete(u);
    for (const r of result.reports ?? []) this.byUri.set(r.uri, r);
    this.last = {
      ...this.last,
      reports: [...this.byUri.values()],
      unreadable: [...this.last.unreadable.filter((u) => !uris.includes(u.uri)), ...(result.unreadable ?? [])],
    };
    this.emitter.fire(this.last);
  }

  /** The summary in a notification: reports, reports with errors, the most frequent rules; export and Problems. */
  private show(summary: WorkspaceSummary): void {
    const sum = totals(summary.reports);
    const top = sum.rules.slice(0, 3).map(([rule, n]) => `${rule} ${n}`).join(' · ');
    const seconds = (summary.ms / 1000).toFixed(1);
    let message = t('workspace.summary', { reports: sum.reports, withErrors: sum.withErrors, findings: sum.findings, seconds });
    if (top) message += ' ' + t('workspace.topRules', { rules: top });
    if (summary.unreadable.length) message += ' ' + t('workspace.unreadable', { count: summary.unreadable.length });
    const exportCsv = t('workspace.exportCsv', {});
    const problems = t('workspace.showProblems', {});
    void vscode.window.showInformationMessage(message, exportCsv, problems).then(async (a) => {
      if (a === exportCsv) await this.exportCsv();
      if (a === problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  /** Writes the last summary as CSV (asks where unless given), and says where. */
  async exportCsv(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.last) {
      void vscode.window.showWarningMessage(t('workspace.notChecked', {}));
      return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target ??= await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'nianbao-summary.csv') } : {}),
      filters: { CSV: ['csv'] },
    });
    if (!target) return undefined;
    const name = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(summaryCsv(this.last.reports, vscode.env.language, name)));
    confirmWritten(target);
    return target;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher.dispose();
    this.emitter.dispose();
  }
}

/** "Wrote …", with Open and Show in Explorer. */
export function confirmWritten(target: vscode.Uri): void {
  const open = t('export.open', {});
  const reveal = t('export.reveal', {});
  void vscode.window.showInformationMessage(t('export.written', { file: vscode.workspace.asRelativePath(target, false) }), open, reveal).then(async (a) => {
    if (a === open) await vscode.commands.executeCommand('vscode.open', target);
    if (a === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
  });
}
