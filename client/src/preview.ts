// The table preview, like Markdown's "Open Preview to the Side": a webview beside a report showing each
// table as the grid it is printed as (the server's `nianbao/tables`), failing cells marked with their
// messages, blank cells marked. A click (or Enter) on a cell moves the editor to it; moving the cursor in
// the editor marks the cell; it follows the text as you type. The page is `preview-page.ts`.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TablesRequest, type TablesParams } from '../../shared/protocol';
import { previewHtml, type FromPage, type PreviewStrings, type ToPage } from './preview-page';
import { t } from './text';

/** What a preview's page shows now (its last `rendered` message). */
export type Rendered = Extract<FromPage, { type: 'rendered' }>;

/** How long the text must rest before the preview asks for the tables again. */
const TYPING_MS = 200;

const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

class Preview implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  rendered: Rendered | undefined;
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly doc: vscode.TextDocument,
    private readonly client: LanguageClient,
    private readonly onRendered: (uri: string) => void,
    column: vscode.ViewColumn,
  ) {
    const title = t('preview.title', { file: baseName(doc.uri) });
    this.panel = vscode.window.createWebviewPanel('nianbao.preview', title, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    const strings: PreviewStrings = {
      blank: t('preview.blank', {}),
      missing: t('preview.missing', {}),
      noTables: t('preview.noTables', {}),
      problems: t('preview.problems', {}),
      help: t('preview.help', {}),
    };
    this.panel.webview.html = previewHtml(randomBytes(16).toString('base64'), title, vscode.env.language, strings);
    this.subscriptions.push(this.panel.webview.onDidReceiveMessage((m: FromPage) => void this.received(m)));
  }

  private async received(m: FromPage): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      await this.refresh();
      this.cursor();
    } else if (m.type === 'rendered') {
      this.rendered = m;
      this.onRendered(this.doc.uri.toString());
    } else if (m.type === 'reveal') await this.reveal(new vscode.Position(m.line, m.character));
  }

  /** Asks the server for the tables of the document's current version and shows them. */
  async refresh(): Promise<void> {
    if (!this.ready) return;
    try {
      const data = await this.client.sendRequest(TablesRequest, { uri: this.doc.uri.toString() } satisfies TablesParams);
      await this.post({ type: 'tables', data });
    } catch {
      /* the server is restarting: the next change asks again */
    }
  }

  /** Asks again once the text rests. */
  changed(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), TYPING_MS);
  }

  /** Marks the cell under the cursor of the document's editor. */
  cursor(editor = vscode.window.visibleTextEditors.find((e) => e.document === this.doc)): void {
    if (editor && this.ready) void this.post({ type: 'cursor', line: editor.selection.active.line });
  }

  post(m: ToPage): Thenable<boolean> {
    return this.panel.webview.postMessage(m);
  }

  /** Moves the document's editor (opening it beside the preview if none shows it) to `at`. */
  private async reveal(at: vscode.Position): Promise<void> {
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.doc);
    const editor = await vscode.window.showTextDocument(this.doc, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection: new vscode.Range(at, at),
    });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
  }
}

export class TablePreviews implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<string>();
  /** Fires with a document's URI when its preview has shown new content. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      this.renderedEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.previews.get(e.document.uri.toString())?.changed()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.previews.get(e.textEditor.document.uri.toString())?.cursor(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument((d) => this.previews.get(d.uri.toString())?.dispose()),
    );
  }

  /** Opens (or shows) the preview of a report beside its editor; returns the report's URI. */
  async show(target?: vscode.Uri): Promise<string | undefined> {
    const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'nianbao') {
      void vscode.window.showWarningMessage(t('client.openReportFirst', {}));
      return undefined;
    }
    const key = doc.uri.toString();
    const known = this.previews.get(key);
    if (known) {
      known.panel.reveal(undefined, true);
      return key;
    }
    const preview = new Preview(doc, this.client, (uri) => this.renderedEmitter.fire(uri), vscode.ViewColumn.Beside);
    this.previews.set(key, preview);
    preview.panel.onDidDispose(() => {
      this.previews.delete(key);
      preview.dispose();
    });
    return key;
  }

  /** What the preview of `uri` shows now. */
  rendered(uri: string): Rendered | undefined {
    return this.previews.get(uri)?.rendered;
  }

  /** Clicks the named cell in the page (as a user would; for the end-to-end tests). */
  async click(uri: string, name: string): Promise<void> {
    await this.previews.get(uri)?.post({ type: 'click', name });
  }

  dispose(): void {
    for (const p of this.previews.values()) p.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
