// The language status item of a `nianbao` editor: the format the server detected, the number of
// findings, how long the last check took (a warning when it was slow or the file was cut), and
// whether the server runs. Fed by the server's `nianbao/checked` notification. Beside it, two items of
// the same popup run "fix all" on the report and "check the workspace" (with the last check's result).
import * as vscode from 'vscode';
import type { CheckedFormat, CheckedParams } from '../../shared/protocol';
import { t } from './text';

/** A check slower than this is worth telling: the user may prefer `nianbao.run: onSave`. */
export const SLOW_CHECK_MS = 500;

export type ServerState = 'starting' | 'running' | 'stopped';

function formatLabel(format: CheckedFormat): string {
  switch (format) {
    case '2019':
    case '2021':
    case 'hybrid':
    case 'pre-2019':
      return t(`status.format.${format}`, {});
    default:
      return t('status.format.unknown', {});
  }
}

export class ReportStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly fixAll: vscode.LanguageStatusItem;
  private readonly workspace: vscode.LanguageStatusItem;
  private readonly checked = new Map<string, CheckedParams>();
  private state: ServerState = 'starting';
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the item changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('nianbao.status', { language: 'nianbao' });
    this.item.name = t('client.name', {});
    this.fixAll = vscode.languages.createLanguageStatusItem('nianbao.fixAll', { language: 'nianbao' });
    this.fixAll.name = t('status.fixAll', {});
    this.fixAll.text = t('status.fixAll', {});
    this.fixAll.detail = t('status.fixAllDetail', {});
    this.fixAll.command = { command: 'nianbao.fixAll', title: t('status.fixAll', {}) };
    this.workspace = vscode.languages.createLanguageStatusItem('nianbao.checkWorkspace', { language: 'nianbao' });
    this.workspace.name = t('status.checkWorkspace', {});
    this.workspace.text = t('status.checkWorkspace', {});
    this.workspace.detail = t('status.checkWorkspaceDetail', {});
    this.workspace.command = { command: 'nianbao.checkWorkspace', title: t('status.checkWorkspace', {}) };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.checked.delete(d.uri.toString())),
    );
    this.render();
  }

  setState(state: ServerState): void {
    this.state = state;
    this.render();
  }

  onChecked(p: CheckedParams): void {
    this.checked.set(p.uri, p);
    if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) this.render();
  }

  /** The last workspace check's result, shown beside its item. */
  setLastCheck(reports: number, withErrors: number): void {
    this.workspace.detail = t('workspace.last', { reports, withErrors });
  }

  /** The items of the popup: their texts and commands (for the end-to-end tests). */
  get items(): { text: string; command: string | undefined }[] {
    return [this.item, this.fixAll, this.workspace].map((i) => ({ text: i.text, command: i.command?.command }));
  }

  /** What the item shows now (the e2e suite reads it through the `nianbao.status` command's result). */
  get current(): { text: string; detail: string | undefined; severity: vscode.LanguageStatusSeverity } {
    return { text: this.item.text, detail: this.item.detail, severity: this.item.severity };
  }

  private render(): void {
    this.update();
    this.changed.fire();
  }

  private update(): void {
    const item = this.item;
    item.busy = this.state === 'starting';
    if (this.state === 'stopped') {
      item.text = t('status.stopped', {});
      item.detail = t('status.stoppedDetail', {});
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { command: 'nianbao.restartServer', title: t('status.restart', {}) };
      return;
    }
    item.command = { command: 'nianbao.showOutput', title: t('status.showOutput', {}) };
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const p = uri ? this.checked.get(uri) : undefined;
    if (!p) {
      item.text = this.state === 'starting' ? t('status.starting', {}) : t('client.name', {});
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    if (p.ignored) {
      item.text = t('status.ignored', {});
      item.detail = t('status.ignoredDetail', {});
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const n = p.counts.error + p.counts.warning + p.counts.information + p.counts.hint;
    item.text = `${formatLabel(p.format)} · ${n === 1 ? t('status.finding', {}) : t('status.findings', { count: n })}`;
    const ms = Math.round(p.durationMs);
    const details = [t('status.time', { ms })];
    const slow = p.durationMs > SLOW_CHECK_MS;
    if (slow) details.push(t('status.slow', {}));
    if (p.truncated) details.push(t('status.truncated', {}));
    item.detail = details.join('; ');
    item.severity = slow || p.truncated ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    this.fixAll.dispose();
    this.workspace.dispose();
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
