// The language status item of a `nianbao` editor: the format the server detected, the number of
// findings, how long the last check took (a warning when it was slow or the file was cut), and
// whether the server runs. Fed by the server's `nianbao/checked` notification.
import * as vscode from 'vscode';
import type { CheckedFormat, CheckedParams } from '../../server/src/lsp/protocol';

/** A check slower than this is worth telling: the user may prefer `nianbao.run: onSave`. */
export const SLOW_CHECK_MS = 500;

export type ServerState = 'starting' | 'running' | 'stopped';

function formatLabel(format: CheckedFormat): string {
  switch (format) {
    case '2019':
      return vscode.l10n.t('2019 format');
    case '2021':
      return vscode.l10n.t('2021 format');
    case 'hybrid':
      return vscode.l10n.t('mixed format');
    case 'pre-2019':
      return vscode.l10n.t('pre-2019 format');
    default:
      return vscode.l10n.t('format not recognised');
  }
}

export class ReportStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly checked = new Map<string, CheckedParams>();
  private state: ServerState = 'starting';
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the item changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('nianbao.status', { language: 'nianbao' });
    this.item.name = vscode.l10n.t('Report checker');
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
      item.text = vscode.l10n.t('$(error) Checker stopped');
      item.detail = vscode.l10n.t('The report checker server has stopped.');
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.command = { command: 'nianbao.restartServer', title: vscode.l10n.t('Restart') };
      return;
    }
    item.command = { command: 'nianbao.showOutput', title: vscode.l10n.t('Show output') };
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const p = uri ? this.checked.get(uri) : undefined;
    if (!p) {
      item.text = this.state === 'starting' ? vscode.l10n.t('Starting the checker…') : vscode.l10n.t('Report checker');
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    if (p.ignored) {
      item.text = vscode.l10n.t('Not checked (ignores)');
      item.detail = vscode.l10n.t('This file matches the "ignores" of its .nianbao.json');
      item.severity = vscode.LanguageStatusSeverity.Information;
      return;
    }
    const n = p.counts.error + p.counts.warning + p.counts.information + p.counts.hint;
    item.text = `${formatLabel(p.format)} · ${n === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', n)}`;
    const ms = Math.round(p.durationMs);
    const details = [vscode.l10n.t('checked in {0} ms', ms)];
    const slow = p.durationMs > SLOW_CHECK_MS;
    if (slow) details.push(vscode.l10n.t('slow: consider "nianbao.run": "onSave"'));
    if (p.truncated) details.push(vscode.l10n.t('only the first part checked (nianbao.maxFileSize)'));
    item.detail = details.join('; ');
    item.severity = slow || p.truncated ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    this.item.dispose();
    this.changed.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
