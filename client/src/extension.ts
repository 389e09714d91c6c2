// The VS Code client: starts the language server, switches plain-text reports to `nianbao`, shows the
// language status, and registers the commands. All report logic lives in the server; the client
// asks the core only for `isReportText` (detection) and `reportSkeleton` (a new report).
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { isReportText, reportSkeleton } from '../../shared/report';
import { CheckedNotification, ExportTablesRequest, VIEW_SCHEME, type CheckedParams, type ExportTablesParams } from '../../shared/protocol';
import { RestartPolicy } from './restarts';
import { ReportStatus } from './status';
import { confirmWritten, WorkspaceCheck, type WorkspaceSummary } from './workspace';
import { watchEncodings } from './encoding';
import { ReportViews } from './views';
import { TablePreviews, type Rendered } from './preview';
import { t } from './text';

let client: LanguageClient | undefined;

/** A plain-text .txt document that reads like a report, or that a `nianbao.detect.patterns` glob
 * names, becomes a `nianbao` document. */
function detect(doc: vscode.TextDocument): void {
  if (doc.languageId === 'nianbao') return;
  const config = vscode.workspace.getConfiguration('nianbao', doc.uri);
  const patterns = config.get<string[]>('detect.patterns', []);
  const named = patterns.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
  const detected =
    doc.languageId === 'plaintext' &&
    doc.fileName.toLowerCase().endsWith('.txt') &&
    config.get<boolean>('detect.enabled', true) &&
    isReportText(doc.getText());
  if (named || detected) void vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
}

/** The API the extension returns from `activate` (used by the end-to-end tests). */
export interface NianbaoApi {
  /** What the language status item shows now, and when it changes. */
  status(): ReportStatus['current'];
  onDidChangeStatus: vscode.Event<void>;
  /** When activation began and ended (ms since the epoch): activation time is measured from it. */
  activation: { start: number; end: number };
  /** The last workspace check (and the status popup's items), for the end-to-end tests. */
  workspace: { summary(): WorkspaceSummary | undefined; onDidCheck: vscode.Event<WorkspaceSummary>; statusItems(): { text: string; command: string | undefined }[] };
  /** The table previews: what each shows, when it changes, and a click on a cell. */
  preview: {
    rendered(uri: string): Rendered | undefined;
    onDidRender: vscode.Event<string>;
    click(uri: string, cell: string): Promise<void>;
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<NianbaoApi> {
  const start = Date.now();
  // Changing the language reopens the document as `nianbao`, so this does not loop.
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(detect));
  vscode.workspace.textDocuments.forEach(detect);
  // A GBK report opened as UTF-8 is reopened with GB18030 (encoding.ts), then detected again.
  watchEncodings(context, detect);

  const output = vscode.window.createOutputChannel(t('client.name', {}), { log: true });
  const status = new ReportStatus();
  context.subscriptions.push(output, status);

  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const restarts = new RestartPolicy();
  // The client sends VS Code's display language as InitializeParams.locale; the server renders its
  // messages in it. `nianbao.trace.server` is read by the library (client id `nianbao`).
  const clientOptions: LanguageClientOptions = {
    // Any scheme: files, untitled reports and the read-only views of Word documents and web pages (VIEW_SCHEME).
    documentSelector: [{ language: 'nianbao' }, { scheme: VIEW_SCHEME, language: 'nianbao' }],
    synchronize: { configurationSection: 'nianbao' },
    outputChannel: output,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        if (restarts.crashed(Date.now())) {
          output.appendLine(t('client.restarting', {}));
          return { action: CloseAction.Restart, handled: true };
        }
        status.setState('stopped');
        return {
          action: CloseAction.DoNotRestart,
          message: t('client.gaveUp', { count: restarts.max + 1 }),
        };
      },
    },
  };
  const c = new LanguageClient('nianbao', t('client.name', {}), serverOptions, clientOptions);
  client = c;
  const views = new ReportViews(c);
  const previews = new TablePreviews(c);
  const workspaceCheck = new WorkspaceCheck(c, context.workspaceState);
  let started = false;
  context.subscriptions.push(
    views,
    previews,
    workspaceCheck,
    workspaceCheck.onDidCheck((s) => {
      const errors = s.reports.filter((r) => r.counts.error > 0).length;
      status.setLastCheck(s.reports.length, errors);
      for (const u of s.unreadable) output.warn(`${u.uri}: ${u.reason}`);
    }),
    vscode.commands.registerCommand('nianbao.fixAll', () => fixAll()),
    vscode.commands.registerCommand('nianbao.exportWorkspaceSummary', (target?: vscode.Uri) =>
      workspaceCheck.exportCsv(target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand('nianbao.showPreview', (uri?: vscode.Uri) => previews.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('nianbao.openConverted', async (uri?: vscode.Uri) => (await views.open(uri))?.uri.toString()),
    vscode.commands.registerCommand('nianbao.saveConvertedText', async (uri?: vscode.Uri, overwrite?: boolean) =>
      (await views.saveText(uri, overwrite === true))?.toString(),
    ),
    c.onDidChangeState(({ newState }) => {
      status.setState(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped');
      // A restarted server has forgotten the workspace check's findings: they are checked again.
      if (newState === State.Running && started) void workspaceCheck.restore().catch(() => undefined);
    }),
    c.onNotification(CheckedNotification, (p: CheckedParams) => status.onChecked(p)),
    vscode.commands.registerCommand('nianbao.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('nianbao.restartServer', async () => {
      restarts.reset();
      await c.restart();
    }),
    vscode.commands.registerCommand('nianbao.checkWorkspace', async () => {
      const summary = await workspaceCheck.run();
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return summary.reports.length;
    }),
    // The report now due is last year's (reports are published by the end of January of the next year).
    vscode.commands.registerCommand('nianbao.newReport', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'nianbao', content: reportSkeleton('2021', '\n', new Date().getFullYear() - 1) });
      await vscode.window.showTextDocument(doc);
      return doc.uri.toString();
    }),
    vscode.commands.registerCommand('nianbao.exportTables', (format?: 'csv' | 'json', target?: vscode.Uri) =>
      exportTables(c, format, target),
    ),
  );
  // The server starts and shakes hands in the background: activation does not wait for it, and every
  // request the extension sends waits for the handshake (the client library's sendRequest does).
  void c.start().then(
    () => {
      started = true;
      // The last session's workspace check, checked again: its findings are back in the Problems panel.
      void workspaceCheck.restore().catch((e: unknown) => output.warn(`workspace check: ${e instanceof Error ? e.message : String(e)}`));
    },
    (e: unknown) => output.error(`${e instanceof Error ? e.message : String(e)}`),
  );
  const activation = { start, end: Date.now() };
  return {
    status: () => status.current,
    onDidChangeStatus: status.onDidChange,
    activation,
    workspace: { summary: () => workspaceCheck.summary, onDidCheck: workspaceCheck.onDidCheck, statusItems: () => status.items },
    preview: { rendered: (uri) => previews.rendered(uri), onDidRender: previews.onDidRender, click: (uri, cell) => previews.click(uri, cell) },
  };
}

/** Exports the active report's tables: asks for the format and the file unless given. */
async function exportTables(c: LanguageClient, format?: 'csv' | 'json', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'nianbao') {
    void vscode.window.showWarningMessage(t('client.openReportFirst', {}));
    return undefined;
  }
  format ??= (
    await vscode.window.showQuickPick(
      [
        { label: 'CSV', format: 'csv' as const, description: t('export.csv', {}) },
        { label: 'JSON', format: 'json' as const, description: t('export.json', {}) },
      ],
      { placeHolder: t('export.pick', {}) },
    )
  )?.format;
  if (!format) return undefined;
  const base = doc.uri.path.replace(/\.[^./]*$/, '');
  target ??= await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: `${base}.tables.${format}` }),
    filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
  });
  if (!target) return undefined;
  const { content } = await c.sendRequest(ExportTablesRequest, {
    uri: doc.uri.toString(),
    format,
  } satisfies ExportTablesParams);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  confirmWritten(target);
  return target;
}

/** Applies every automatic fix of the active report (`source.fixAll.nianbao`, the server's fix all). */
async function fixAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'nianbao') {
    void vscode.window.showWarningMessage(t('client.openReportFirst', {}));
    return false;
  }
  const doc = editor.document;
  const all = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.nianbao');
  const edit = actions?.find((a) => a.kind?.value === 'source.fixAll.nianbao')?.edit;
  if (!edit) {
    void vscode.window.showInformationMessage(t('status.nothingToFix', {}));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
