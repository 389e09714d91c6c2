// The language server: checks every open report and publishes diagnostics, outline, folding
// ranges, quick fixes and hovers. Transport (--stdio, --node-ipc, --socket) is chosen from the
// command line by the library.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, foldingRanges, outline, type CheckResult } from '../core/index';
import { codeActionKinds, codeActions } from './actions';
import { ResultCache } from './cache';
import { toDiagnostics, toDocumentSymbol, toFoldingRange } from './convert';
import { hover } from './hover';
import { registerWorkspaceRequests } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let locale = 'zh-cn';

// Each distinct error and each failing rule is logged once, not on every keystroke.
const logged = new Set<string>();
function logOnce(key: string, log: () => void): void {
  if (logged.has(key)) return;
  logged.add(key);
  log();
}

/** Runs a handler; an exception is logged and `fallback` returned, so no handler can kill the server. */
function guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      // Keyed on the message, not the stack: the same failure is reached through different paths.
      const message = e instanceof Error ? e.message : String(e);
      const detail = e instanceof Error ? (e.stack ?? message) : message;
      logOnce(`${where}: ${message}`, () => connection.console.error(`nianbao: ${where} failed: ${detail}`));
      return fallback;
    }
  };
}

const results = new ResultCache<CheckResult>((text) => {
  const result = checkReport(text);
  for (const f of result.failures) {
    logOnce(`rule ${f.rule}`, () => connection.console.warn(`nianbao: rule ${f.rule} failed: ${f.error}`));
  }
  return result;
});

connection.onInitialize((params): InitializeResult => {
  if (params.locale) locale = params.locale;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds, resolveProvider: false },
      hoverProvider: true,
    },
    serverInfo: { name: 'nianbao' },
  };
});

// Fires on open and on every change.
documents.onDidChangeContent(
  guard('check', undefined, ({ document }) => {
    const { findings } = results.get(document);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: toDiagnostics(findings, document.uri, locale),
    });
  }),
);

documents.onDidClose(
  guard('close', undefined, ({ document }) => {
    results.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', null, ({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? outline(results.get(doc).model).map(toDocumentSymbol) : null;
  }),
);

connection.onFoldingRanges(
  guard('foldingRange', null, ({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? foldingRanges(results.get(doc).model).map(toFoldingRange) : null;
  }),
);

// `documents` always holds the latest version and the cache checks each version once, so a request
// made against an older version is answered from (and versioned with) the current text.
connection.onCodeAction(
  guard('codeAction', null, ({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    return codeActions(
      results.get(doc),
      { uri: doc.uri, version: doc.version, range, diagnostics: context.diagnostics, only: context.only, text: doc.getText() },
      locale,
    );
  }),
);

connection.onHover(
  guard('hover', null, ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? hover(results.get(doc).model, position, locale) : null;
  }),
);

registerWorkspaceRequests(connection, {
  diagnose: (uri, text) => toDiagnostics(checkReport(text).findings, uri, locale),
  isOpen: (uri) => documents.get(uri) !== undefined,
  report: (uri) => {
    const doc = documents.get(uri);
    return doc && { model: results.get(doc).model, text: doc.getText() };
  },
});

documents.listen(connection);
connection.listen();
