// A .txt report opened with the wrong encoding. Word and Notepad on Chinese Windows save text as GBK; VS
// Code reads a file as UTF-8 unless told otherwise, and shows GBK bytes as replacement characters (�) —
// or as Latin letters, where `files.encoding` names a one-byte encoding. Saving such a document would
// write the replacement characters over the report. So a .txt whose text looks misread is read again from
// its bytes: where they are what the CLI reads as GBK or GB18030 (gb18030.ts: not UTF-8, not UTF-16, every
// sequence valid GB18030, GBK's superset), and the text they give is clearly a report (it reads like one,
// or its name or `nianbao.detect.patterns` says so), the document is reopened with GB18030 at once and the
// user told so: nothing is lost (the file is unchanged, and it now saves in its own encoding), and a
// report is what the user opened it to read.
//
// Reopening with an encoding is `workspace.openTextDocument(uri, { encoding })`, in VS Code 1.100 and
// later; the engine this extension declares (1.91) has no API for it. There, and for a document with
// unsaved changes (which VS Code will not reopen), a notification offers the one action "以 GB18030 重新
// 打开", which runs the command `nianbao.reopenWithGb18030`: it reopens the document where VS Code can,
// and otherwise opens VS Code's own "Reopen with Encoding" picker (`workbench.action.editor.changeEncoding`),
// where GB18030 is one choice.
import * as vscode from 'vscode';
import { isReportText } from '../../shared/report';
import { gb18030Text, misreadText } from './gb18030';
import { t } from './text';

const GB18030 = 'gb18030';
const REPORT_NAME = /年报|年度报告/;

/** The encoding VS Code read a document with (VS Code 1.100 and later), else undefined. */
const encodingOf = (doc: vscode.TextDocument): string | undefined => {
  const e = (doc as { encoding?: unknown }).encoding;
  return typeof e === 'string' ? e : undefined;
};

/** `workspace.openTextDocument(uri, { encoding })`, which VS Code before 1.100 does not have (it ignores the option). */
const workspace = vscode.workspace as unknown as { openTextDocument(uri: vscode.Uri, options: { encoding: string }): Thenable<vscode.TextDocument> };

/** The document's text looks misread (gb18030.ts). */
const misread = (doc: vscode.TextDocument): boolean =>
  misreadText(doc.getText(), encodingOf(doc) ?? vscode.workspace.getConfiguration('files', doc.uri).get<string>('encoding', 'utf8'));

/** A .txt file that is, or may be, a report (what the client switches to `nianbao`, and named reports). */
const isTxt = (doc: vscode.TextDocument): boolean =>
  (doc.languageId === 'plaintext' || doc.languageId === 'nianbao') && doc.uri.scheme !== 'untitled' && doc.fileName.toLowerCase().endsWith('.txt');

/**
 * The file's bytes are GB18030 (gb18030.ts) and hold a report: the text reads like one, or the file is named
 * or matched as one.
 */
async function isGb18030Report(doc: vscode.TextDocument): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(doc.uri);
  } catch {
    return false;
  }
  const text = gb18030Text(bytes);
  if (text === undefined) return false;
  const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  const patterns = vscode.workspace.getConfiguration('nianbao', doc.uri).get<string[]>('detect.patterns', []);
  return REPORT_NAME.test(name) || patterns.some((pattern) => vscode.languages.match({ pattern }, doc) > 0) || isReportText(text);
}

/**
 * Reads misread .txt reports again with GB18030 as they open (and those open already), and registers
 * `nianbao.reopenWithGb18030`; `opened` is told of each document reopened (the client detects reports).
 */
export function watchEncodings(context: vscode.ExtensionContext, opened: (doc: vscode.TextDocument) => void): void {
  const seen = new Set<string>();
  const check = async (doc: vscode.TextDocument): Promise<void> => {
    if (!isTxt(doc) || !misread(doc) || seen.has(doc.uri.toString())) return;
    seen.add(doc.uri.toString());
    if (!(await isGb18030Report(doc))) return;
    const file = vscode.workspace.asRelativePath(doc.uri);
    if (encodingOf(doc) !== undefined && !doc.isDirty) {
      const reopened = await reopen(doc.uri);
      if (reopened) {
        opened(reopened);
        void vscode.window.showInformationMessage(t('encoding.reopened', { file }));
        return;
      }
    }
    const action = t('encoding.reopen', {});
    if ((await vscode.window.showWarningMessage(t('encoding.misread', { file }), action)) === action) {
      await vscode.commands.executeCommand('nianbao.reopenWithGb18030', doc.uri);
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void check(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => seen.delete(doc.uri.toString())),
    vscode.commands.registerCommand('nianbao.reopenWithGb18030', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return undefined;
      const doc = await vscode.workspace.openTextDocument(target);
      if (encodingOf(doc) === undefined) {
        // VS Code before 1.100: its own picker, on the document in the active editor.
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
        return undefined;
      }
      if (doc.isDirty) {
        void vscode.window.showWarningMessage(t('encoding.dirty', { file: vscode.workspace.asRelativePath(doc.uri) }));
        return undefined;
      }
      const reopened = await reopen(target);
      if (reopened) opened(reopened);
      return reopened?.uri.toString();
    }),
  );
  vscode.workspace.textDocuments.forEach((doc) => void check(doc));
}

/** The document of `uri` reopened with GB18030, or undefined where VS Code would not. */
async function reopen(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    const doc = await workspace.openTextDocument(uri, { encoding: GB18030 });
    return encodingOf(doc) === GB18030 ? doc : undefined;
  } catch {
    return undefined;
  }
}
