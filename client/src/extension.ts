// The VS Code client: starts the language server and switches plain-text reports to `nianbao`.
// All report logic lives in the server; the client only asks the core's detector.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { isReportText } from '../../server/src/core/detect';

let client: LanguageClient | undefined;

/** A plain-text .txt document that reads like a report becomes a `nianbao` document. */
function detect(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext' || !doc.fileName.toLowerCase().endsWith('.txt')) return;
  if (!vscode.workspace.getConfiguration('nianbao', doc.uri).get<boolean>('detect.enabled', true)) return;
  if (isReportText(doc.getText())) void vscode.languages.setTextDocumentLanguage(doc, 'nianbao');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Changing the language reopens the document as `nianbao`, so this does not loop.
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(detect));
  vscode.workspace.textDocuments.forEach(detect);

  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The client sends VS Code's display language as InitializeParams.locale.
  const clientOptions: LanguageClientOptions = { documentSelector: [{ language: 'nianbao' }] };
  client = new LanguageClient('nianbao', 'nianbao', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
