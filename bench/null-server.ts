// For the protocol benchmark: a language server that checks nothing. It keeps the document in sync as
// the real one does (incremental), waits the same two turns of the event loop, and answers each edit
// with `nianbao/checked` and empty diagnostics, and each inlay-hint request with none — so its latency is the floor that the pipe, the protocol
// library and the benchmark's own client set on this machine, which no checking can go below.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckedNotification, type CheckedParams } from '../shared/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, inlayHintProvider: true } }));
// Inlay hints: none, at once (the floor of the inlay-hint benchmark).
connection.languages.inlayHint.on(() => []);
documents.onDidChangeContent(({ document }) => {
  const { uri, version } = document;
  setImmediate(() =>
    setImmediate(() => {
      const checked: CheckedParams = { uri, version, format: 'unknown', counts: { error: 0, warning: 0, information: 0, hint: 0 }, durationMs: 0, truncated: false };
      void connection.sendNotification(CheckedNotification, checked);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    }),
  );
});
documents.listen(connection);
connection.listen();
