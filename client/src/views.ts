// Read-only views of Word documents and web pages as report text: the client reads the file's bytes,
// the server converts them (`nianbao/convertFile`) and checks the view as any `nianbao` document
// (diagnostics, outline, hover). "Save as .txt" writes the view's text beside the source file.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConvertFileRequest, VIEW_SCHEME, viewSource, type ConvertFileParams } from '../../shared/protocol';
import { t } from './text';

/** The files a view is made of. */
export const CONVERTIBLE = /\.(docx|html?)$/i;

/** The view of a source file: its path with `.txt` added (the editor's tab), the source's URI as the query. */
export function viewUri(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: VIEW_SCHEME, path: source.path + '.txt', query: source.toString() });
}

const sourceOf = (view: vscode.Uri): vscode.Uri | undefined => {
  const s = viewSource(view.toString());
  return s === undefined ? undefined : vscode.Uri.parse(s);
};

const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

export class ReportViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** A watcher per source shown, so that a view follows its file. */
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme !== VIEW_SCHEME) return;
        this.watchers.get(doc.uri.toString())?.dispose();
        this.watchers.delete(doc.uri.toString());
      }),
    );
  }

  /** The report text of a source file, converted by the server; notes shown once. */
  private async convert(source: vscode.Uri, showNotes: boolean): Promise<string> {
    const bytes = await vscode.workspace.fs.readFile(source);
    const result = await this.client.sendRequest(ConvertFileRequest, {
      name: source.path,
      data: Buffer.from(bytes).toString('base64'),
    } satisfies ConvertFileParams);
    if (showNotes && result.notes.length > 0) {
      void vscode.window.showInformationMessage(t('view.read', { file: baseName(source), notes: result.notes.join('; ') }));
    }
    return result.text;
  }

  /** The view's text; a file that cannot be read fails the opening (`open` says why), rather than show an empty report. */
  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const source = sourceOf(view);
    if (!source) throw new Error(view.toString());
    this.watch(view, source);
    return this.convert(source, true);
  }

  private watch(view: vscode.Uri, source: vscode.Uri): void {
    const key = view.toString();
    if (this.watchers.has(key)) return;
    const dir = vscode.Uri.joinPath(source, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, baseName(source)));
    const fire = () => this.changed.fire(view);
    watcher.onDidChange(fire);
    watcher.onDidCreate(fire);
    this.watchers.set(key, watcher);
  }

  /** Opens the view of a .docx or web page (the one given, the active editor's, or one the user picks). */
  async open(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    let source = target ?? (active && (sourceOf(active) ?? active));
    if (source?.scheme === VIEW_SCHEME) source = sourceOf(source);
    if (!source || !CONVERTIBLE.test(source.path)) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [t('view.filter', {})]: ['docx', 'html', 'htm'] },
      });
      source = picked?.[0];
    }
    if (!source) return undefined;
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(viewUri(source));
    } catch (e) {
      void vscode.window.showErrorMessage(t('view.unreadable', { file: baseName(source), error: e instanceof Error ? e.message : String(e) }));
      return undefined;
    }
    if (doc.languageId !== 'nianbao') doc = await vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  }

  /** Writes the report text of a .docx or page (a view's source, or the file given) beside it as `<name>.txt`;
   * asks before replacing a file unless `overwrite`. */
  async saveText(target?: vscode.Uri, overwrite = false): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const source = target?.scheme === VIEW_SCHEME ? sourceOf(target) : (target ?? (active ? sourceOf(active.uri) : undefined));
    if (!source || !CONVERTIBLE.test(source.path)) {
      void vscode.window.showWarningMessage(t('view.openFirst', {}));
      return undefined;
    }
    const view = vscode.workspace.textDocuments.find((d) => d.uri.toString() === viewUri(source).toString());
    let text: string;
    try {
      text = view ? view.getText() : await this.convert(source, false);
    } catch (e) {
      void vscode.window.showErrorMessage(t('view.unreadable', { file: baseName(source), error: e instanceof Error ? e.message : String(e) }));
      return undefined;
    }
    const txt = source.with({ path: source.path.replace(CONVERTIBLE, '.txt') });
    const exists = await vscode.workspace.fs.stat(txt).then(
      () => true,
      () => false,
    );
    if (exists && !overwrite) {
      const overwrite = t('view.overwrite', {});
      const answer = await vscode.window.showWarningMessage(t('view.exists', { file: baseName(txt) }), { modal: true }, overwrite);
      if (answer !== overwrite) return undefined;
    }
    await vscode.workspace.fs.writeFile(txt, new TextEncoder().encode(text));
    const open = t('view.open', {});
    void vscode.window.showInformationMessage(t('view.saved', { file: baseName(txt) }), open).then(async (a) => {
      if (a === open) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(txt));
    });
    return txt;
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
