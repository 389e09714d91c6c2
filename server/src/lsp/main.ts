// The language server: checks every open report and publishes diagnostics (pushed, or pulled where
// the client supports textDocument/diagnostic), outline, folding ranges, quick fixes and hovers.
// Transport (--stdio, --node-ipc, --socket) is chosen from the command line by the library.
//
// Scheduling (see `schedule`): a change is checked as soon as the messages already received have been
// handled, so a burst of edits costs one check of the latest version. A check always reads the
// current text, so diagnostics of an older version are never published after a newer one's.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type FoldingRange,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, newReportCache, outline, textModel, type CheckerConfig, type Finding, type ReportCache, type ReportModel } from '../core/index';
import { findConfigFile, isIgnored, loadConfigFile } from '../node/config-file';
import { codeActionKinds, codeActions } from './actions';
import { ResultCache, type Versioned } from './cache';
import { checkDocument, countBySeverity, ruleSet, type Checked } from './checker';
import { toDiagnostic, toDocumentSymbol, toFoldingRange, toTruncationDiagnostic } from './convert';
import { ruleDocUri } from '../node/rule-docs';
import { hover } from './hover';
import { lspMessages, say } from './messages';
import { CheckedNotification, viewSource, type CheckedParams } from '../../../shared/protocol';
import { registerInputRequests } from './inputs';
import { readSettings, type ServerSettings } from './settings';
import { registerWorkspaceRequests } from './workspace';
import { registerInlayHints } from './inlay';
import { registerTablesRequest } from './tables';
import { ServerTrace, traceLevelOf } from './trace';
import { CheckPool } from './check-pool';
import { checkFile, diagnoseText, readUri, type FileJob, type FileOutcome } from './file-check';
import { reportPathOf, ServerSuppressions, SUPPRESS_COMMAND } from './suppress';
import { SUPPRESSIONS_FILE } from '../core/index';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let locale = 'zh-cn';
const ruleList = ruleSet(process.env);
/** Findings silenced outside the report, in `.nianbao-suppressions.json` beside it. */
const suppressions = new ServerSuppressions(connection, () => locale);
/** What the server logs of its work (`nianbao.trace.server`). */
const trace = new ServerTrace(connection);

// Client capabilities, read at initialize.
let canPullConfiguration = false;
let canRegisterConfiguration = false;
let canWatchFiles = false;
let pullDiagnostics = false;
let canRefreshDiagnostics = false;
let canRefreshInlayHints = false;

// Each distinct error and each failing rule is logged once, not on every keystroke.
const logged = new Set<string>();
function logOnce(key: string, log: () => void): void {
  if (logged.has(key)) return;
  logged.add(key);
  log();
}

function logFailure(where: string, e: unknown): void {
  // Keyed on the message, not the stack: the same failure is reached through different paths.
  const message = e instanceof Error ? e.message : String(e);
  const detail = e instanceof Error ? (e.stack ?? message) : message;
  logOnce(`${where}: ${message}`, () => connection.console.error(`nianbao: ${where} failed: ${detail}`));
}

/** Runs a handler; an exception is logged and `fallback` returned, so no handler can kill the server. */
function guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      logFailure(where, e);
      return fallback;
    }
  };
}

// ---- Settings: the editor's `nianbao` section for the document, over the nearest .nianbao.json ----

/** Settings by document uri; cleared when the configuration changes. */
const settingsByUri = new Map<string, ServerSettings>();
const settingsPending = new Map<string, Promise<ServerSettings>>();
/** Bumped on every configuration change, so that a fetch started before it is not kept. */
let generation = 0;
/** The section pushed with didChangeConfiguration, for clients that cannot be asked. */
let pushedSection: unknown;

/** The nearest .nianbao.json's configuration, and whether its `ignores` match the document; `byDir`
 * keeps what was read per folder, for many files at once. */
function configFileFor(uri: string, byDir?: Map<string, string | undefined>): { config: CheckerConfig; ignored: boolean } | undefined {
  // A converted report's view is configured as the file it shows.
  uri = viewSource(uri) ?? uri;
  if (!uri.startsWith('file:')) return undefined;
  const file = fileURLToPath(uri);
  const dir = dirname(file);
  const path = byDir?.has(dir) ? byDir.get(dir) : findConfigFile(dir);
  byDir?.set(dir, path);
  if (!path) return undefined;
  const loaded = loadedConfigs?.get(path) ?? loadConfigFile(path);
  if (byDir) (loadedConfigs ??= new Map()).set(path, loaded);
  for (const p of loaded.problems) {
    const text = `nianbao: ${path}${p.path ? ` ${p.path}` : ''}: ${say(p.message, locale)}`;
    logOnce(text, () => {
      connection.console.warn(text);
      // The whole file refused (unreadable, too large, too deep): said where the user sees it, once.
      if (!p.path) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    });
  }
  return { config: loaded.config, ignored: isIgnored(loaded, file) };
}

async function fetchSettings(uri: string): Promise<ServerSettings> {
  const gen = generation;
  let section = pushedSection;
  if (canPullConfiguration) {
    try {
      section = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' });
    } catch (e) {
      logFailure('workspace/configuration', e);
    }
  }
  let file: ReturnType<typeof configFileFor>;
  try {
    file = configFileFor(uri);
  } catch (e) {
    logFailure('.nianbao.json', e);
  }
  let settings: ServerSettings;
  try {
    settings = readSettings(section, file?.config);
  } catch (e) {
    // Never reached with readConfig's limits; should it be, the document is still checked, with the defaults.
    logFailure('settings', e);
    settings = readSettings(undefined);
  }
  settings.ignored = file?.ignored === true;
  for (const p of settings.problems) {
    const text = `nianbao: ${p.path}: ${say(p.message, locale)}`;
    logOnce(text, () => connection.console.warn(text));
  }
  // Kept for open documents only: a hover or a workspace check of a file that is not open, or a document
  // closed before its settings came, must leave nothing behind.
  if (gen === generation && documents.get(uri)) settingsByUri.set(uri, settings);
  return settings;
}

/** The .nianbao.json files read for a workspace check (dropped when it ends). */
let loadedConfigs: Map<string, ReturnType<typeof loadConfigFile>> | undefined;
/** Settings of files a workspace check reads (not open): fetched for many at once; cleared on a settings change. */
const fileSettings = new Map<string, ServerSettings>();

/** Fetches the settings of files that are not open: one workspace/configuration request for them all,
 * each folder's .nianbao.json read once. */
async function prefetchSettings(uris: readonly string[]): Promise<void> {
  const missing = uris.filter((u) => !fileSettings.has(u));
  if (!missing.length) return;
  const gen = generation;
  let sections: unknown[] = missing.map(() => pushedSection);
  if (canPullConfiguration) {
    try {
      sections = await connection.workspace.getConfiguration(missing.map((scopeUri) => ({ scopeUri, section: 'nianbao' })));
    } catch (e) {
      logFailure('workspace/configuration', e);
    }
  }
  const byDir = new Map<string, string | undefined>();
  loadedConfigs = new Map();
  try {
    missing.forEach((uri, i) => {
      let file: ReturnType<typeof configFileFor>;
      try {
        file = configFileFor(uri, byDir);
      } catch (e) {
        logFailure('.nianbao.json', e);
      }
      const settings = readSettings(sections[i], file?.config);
      settings.ignored = file?.ignored === true;
      for (const p of settings.problems) {
        const text = `nianbao: ${p.path}: ${say(p.message, locale)}`;
        logOnce(text, () => connection.console.warn(text));
      }
      if (gen === generation) fileSettings.set(uri, settings);
    });
  } finally {
    loadedConfigs = undefined;
  }
}

/** Reads `nianbao.trace.server` (the window's setting, not a document's). */
async function readTraceLevel(): Promise<void> {
  let section = pushedSection;
  if (canPullConfiguration) {
    try {
      section = await connection.workspace.getConfiguration('nianbao');
    } catch (e) {
      logFailure('workspace/configuration', e);
    }
  }
  trace.level = traceLevelOf(section) ?? 'off';
}

/** The document's settings, fetched once per configuration generation. */
function settingsFor(uri: string): Promise<ServerSettings> {
  const known = settingsByUri.get(uri);
  if (known) return Promise.resolve(known);
  let pending = settingsPending.get(uri);
  if (!pending) {
    const gen = generation;
    pending = fetchSettings(uri).finally(() => {
      if (gen === generation) settingsPending.delete(uri);
    });
    settingsPending.set(uri, pending);
  }
  return pending;
}

// ---- Checking ----

/** A check and what is derived from it, built once per version when first asked for. */
interface Entry extends Checked {
  diagnostics?: Diagnostic[];
  symbols?: DocumentSymbol[];
  folds?: FoldingRange[];
  /** The text's model (for a text of several reports it is put together when first asked for). */
  model?: ReportModel;
}

const modelOf = (entry: Entry): ReportModel => (entry.model ??= textModel(entry.result));

/** Per open document: its reports' checks, so that an edit re-checks only the report it changed. */
const reportCaches = new Map<string, ReportCache>();

const results = new ResultCache<Entry>((doc: Versioned) => {
  // Handlers only reach the cache once the document's settings are known (see `ready`).
  const settings = settingsByUri.get(doc.uri) ?? readSettings(undefined);
  let reports = reportCaches.get(doc.uri);
  if (!reports) reportCaches.set(doc.uri, (reports = newReportCache()));
  const checked = checkDocument(doc.getText(), doc.version, settings, ruleList, reports);
  checked.result = suppressions.filter(doc.uri, checked.result, doc.getText());
  trace.log('verbose', () => {
    const c = countBySeverity(checked.result.findings.map((f) => f.severity));
    return `check ${doc.uri} v${doc.version}: ${checked.durationMs.toFixed(2)} ms, ${c.error} errors, ${c.warning} warnings, ${c.information} information, ${c.hint} hints`;
  });
  if (settings.ignored) {
    logOnce(`ignored ${doc.uri}`, () => connection.console.info(`nianbao: ${doc.uri}: matches the ignores of .nianbao.json; not checked`));
  }
  for (const f of checked.result.failures) {
    logOnce(`rule ${f.rule}`, () => connection.console.warn(`nianbao: rule ${f.rule} failed: ${f.error}`));
  }
  const entry: Entry = checked;
  if (checked.truncated) {
    logOnce(`truncated ${doc.uri}`, () =>
      connection.console.info(`nianbao: ${doc.uri}: ${Math.round(checked.bytes / 1024)} KB > maxFileSize ${Math.round(checked.maxBytes / 1024)} KB; checked ${checked.lines} lines`),
    );
  }
  const params: CheckedParams = {
    uri: doc.uri,
    version: doc.version,
    format: checked.result.reports[0]!.result.model.format,
    counts: countBySeverity([
      ...checked.result.findings.map((f) => f.severity),
      ...(checked.truncated ? (['information'] as const) : []),
    ]),
    durationMs: Math.round(checked.durationMs * 1000) / 1000,
    truncated: checked.truncated,
    ...(settings.ignored ? { ignored: true } : {}),
  };
  void connection.sendNotification(CheckedNotification, params);
  return entry;
});

/** Diagnostics by finding: a document of several reports keeps the findings of the reports an edit did not touch. */
const converted = new WeakMap<Finding, Diagnostic>();

function diagnosticsOf(entry: Entry, uri: string): Diagnostic[] {
  if (entry.diagnostics) return entry.diagnostics;
  const diagnostics = entry.result.findings.map((f) => {
    let d = converted.get(f);
    if (!d) converted.set(f, (d = toDiagnostic(f, uri, locale, ruleDocUri)));
    return d;
  });
  if (entry.truncated) {
    const message = lspMessages.render(
      'file.truncated',
      { size: Math.round(entry.bytes / 1024), max: Math.round(entry.maxBytes / 1024), lines: entry.lines },
      locale,
    );
    diagnostics.unshift(toTruncationDiagnostic(message));
  }
  return (entry.diagnostics = diagnostics);
}

const pending = new Map<string, NodeJS.Immediate>();

/** Checks the document's current version and pushes its diagnostics (push mode only). */
function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc || pullDiagnostics) return;
  const entry = results.get(doc);
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(entry, uri) });
}

/**
 * Checks the document once the messages already received have been handled, with no delay beyond
 * that: the protocol library handles one message per turn of the event loop, and the check waits
 * two turns, each change starting the wait again. So a burst of edits that arrived while a (slow)
 * check ran costs one check, of the latest version; a single edit is checked at once.
 */
function schedule(uri: string): void {
  if (pullDiagnostics) return;
  if (!settingsByUri.has(uri)) {
    // The first check waits for the settings; edits meanwhile need no check of their own.
    void settingsFor(uri).then(
      () => {
        if (documents.get(uri)) schedule(uri);
      },
      (e: unknown) => logFailure('settings', e),
    );
    return;
  }
  const waiting = pending.get(uri);
  if (waiting !== undefined) clearImmediate(waiting);
  pending.set(
    uri,
    setImmediate(() =>
      pending.set(
        uri,
        setImmediate(() => {
          pending.delete(uri);
          guard('check', undefined, publish)(uri);
        }),
      ),
    ),
  );
}

function rescheduleAll(): void {
  for (const doc of documents.all()) schedule(doc.uri);
}

/** The check of the document's current version, once its settings are known. */
async function ready(uri: string): Promise<{ doc: TextDocument; entry: Entry } | undefined> {
  if (!settingsByUri.has(uri)) await settingsFor(uri);
  const doc = documents.get(uri);
  return doc ? { doc, entry: results.get(doc) } : undefined;
}

/** An async handler whose exception is logged and answered with `fallback`. */
function guardAsync<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (e) {
      logFailure(where, e);
      return fallback;
    }
  };
}

connection.onInitialize((params): InitializeResult => {
  if (params.locale) locale = params.locale;
  const caps = params.capabilities;
  canPullConfiguration = caps.workspace?.configuration === true;
  canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canWatchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
  canRefreshDiagnostics = caps.workspace?.diagnostics?.refreshSupport === true;
  canRefreshInlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds, resolveProvider: false },
      hoverProvider: true,
      inlayHintProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [SUPPRESS_COMMAND] },
      ...(pullDiagnostics
        ? { diagnosticProvider: { identifier: 'nianbao', interFileDependencies: false, workspaceDiagnostics: false } }
        : {}),
    },
    serverInfo: { name: 'nianbao' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'nianbao' });
  void readTraceLevel();
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.nianbao.json' }, { globPattern: `**/${SUPPRESSIONS_FILE}` }],
    });
  }
});

/** Settings changed (the editor's or a .nianbao.json): read them again and check every open document. */
function settingsChanged(): void {
  generation++;
  void readTraceLevel().then(() => trace.log('messages', () => 'settings changed: every open document is checked again'));
  fileSettings.clear();
  settingsByUri.clear();
  settingsPending.clear();
  results.clear();
  if (pullDiagnostics) {
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  } else rescheduleAll();
  // `nianbao.inlayHints` may have changed.
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
}

connection.onDidChangeConfiguration(
  guard('configuration', undefined, (params) => {
    const settings = params.settings as Record<string, unknown> | null | undefined;
    if (settings && typeof settings === 'object' && 'nianbao' in settings) pushedSection = settings['nianbao'];
    settingsChanged();
  }),
);

connection.onDidChangeWatchedFiles(
  guard('watched files', undefined, ({ changes }) => {
    if (changes.some((c) => c.uri.endsWith('/.nianbao.json'))) settingsChanged();
    for (const c of changes) {
      const path = c.uri.endsWith(`/${SUPPRESSIONS_FILE}`) ? reportPathOf(c.uri) : undefined;
      if (path) recheckFolder(dirname(path));
    }
  }),
);

/** Bumped when documents are checked again at the same version (their suppressions changed), so that a
 * client pulling diagnostics is not told they are unchanged. */
let rechecks = 0;

/** The suppressions of a folder changed: its open documents are checked again (the same version too). */
function recheckFolder(dir: string): void {
  rechecks++;
  const docs = documents.all().filter((d) => {
    const path = reportPathOf(d.uri);
    return path !== undefined && dirname(path) === dir;
  });
  for (const d of docs) results.delete(d.uri);
  if (pullDiagnostics) {
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  } else docs.forEach((d) => schedule(d.uri));
}

// "Ignore this problem": the quick fix's command records the suppression beside the report.
connection.onExecuteCommand(
  guard('executeCommand', undefined, ({ command, arguments: args }) => {
    if (command !== SUPPRESS_COMMAND) return;
    const dir = suppressions.execute(args?.[0]);
    trace.log('messages', () => `suppressFinding ${JSON.stringify(args?.[0] ?? null)}: ${dir === undefined ? 'failed' : 'recorded'}`);
    if (dir !== undefined) recheckFolder(dir);
  }),
);

// Open, change and save. With `run: onSave` only opening and saving check.
const opened = new Set<string>();
documents.onDidChangeContent(
  guard('change', undefined, ({ document }) => {
    const first = !opened.has(document.uri);
    opened.add(document.uri);
    if (first) trace.log('messages', () => `opened ${document.uri} v${document.version}`);
    if (!first && settingsByUri.get(document.uri)?.run === 'onSave') return;
    schedule(document.uri);
  }),
);

documents.onDidSave(
  guard('save', undefined, ({ document }) => {
    if (settingsByUri.get(document.uri)?.run !== 'onSave') return;
    if (pullDiagnostics) {
      results.get(document);
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    } else schedule(document.uri);
  }),
);

documents.onDidClose(
  guard('close', undefined, ({ document }) => {
    const uri = document.uri;
    opened.delete(uri);
    trace.log('messages', () => `closed ${uri}`);
    results.delete(uri);
    reportCaches.delete(uri);
    settingsByUri.delete(uri);
    logged.delete(`ignored ${uri}`);
    logged.delete(`truncated ${uri}`);
    const waiting = pending.get(uri);
    if (waiting !== undefined) clearImmediate(waiting);
    pending.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }),
);

// Pull diagnostics: the check of the current version (with `run: onSave`, of the last opened or saved
// one), answered `unchanged` when the client already has it.
const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
connection.languages.diagnostics.on(
  guardAsync('diagnostic', emptyReport, async ({ textDocument, previousResultId }) => {
    const uri = textDocument.uri;
    if (!settingsByUri.has(uri)) await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc) return emptyReport;
    const last = results.peek(uri);
    const entry = settingsByUri.get(uri)?.run === 'onSave' && last ? last : results.get(doc);
    const resultId = `${generation}:${rechecks}:${entry.version}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(entry, uri) };
  }),
);

connection.onDocumentSymbol(
  guardAsync('documentSymbol', null, async ({ textDocument }) => {
    const r = await ready(textDocument.uri);
    if (!r) return null;
    return (r.entry.symbols ??= outline(modelOf(r.entry)).map(toDocumentSymbol));
  }),
);

connection.onFoldingRanges(
  guardAsync('foldingRange', null, async ({ textDocument }) => {
    const r = await ready(textDocument.uri);
    if (!r) return null;
    return (r.entry.folds ??= foldingRanges(modelOf(r.entry)).map(toFoldingRange));
  }),
);

// `documents` always holds the latest version and the cache checks each version once, so a request
// made against an older version is answered from (and versioned with) the current text.
connection.onCodeAction(
  guardAsync('codeAction', null, async ({ textDocument, range, context }) => {
    const r = await ready(textDocument.uri);
    if (!r) return null;
    const { doc, entry } = r;
    return codeActions(
      entry.result,
      {
        uri: doc.uri,
        version: doc.version,
        range,
        diagnostics: context.diagnostics,
        only: context.only,
        text: doc.getText(),
        suppress: (finding, diagnostics, several) => suppressions.action(finding, doc.uri, doc.getText(), diagnostics, several),
      },
      locale,
    );
  }),
);

connection.onHover(
  guardAsync('hover', null, async ({ textDocument, position }) => {
    const r = await ready(textDocument.uri);
    return r ? hover(modelOf(r.entry), position, locale) : null;
  }),
);

// Inlay hints from the check of the current version (and the arithmetic its rules built).
registerInlayHints(
  connection,
  {
    checked: async (uri) => {
      const r = await ready(uri);
      if (!r) return undefined;
      const mode = settingsByUri.get(uri)?.inlayHints ?? 'off';
      return { result: r.entry.result, mode, memo: reportCaches.get(uri)?.lines?.tables };
    },
    locale: () => locale,
  },
  (where, fallback, fn) => guardAsync(where, fallback, fn)(),
);

// The table preview's grids, from the check of the current version.
registerTablesRequest(
  connection,
  {
    checked: async (uri) => {
      const r = await ready(uri);
      return r && { version: r.doc.version, model: modelOf(r.entry), findings: r.entry.result.findings };
    },
    locale: () => locale,
  },
  (where, fallback, fn) => guardAsync(where, fallback, fn)(),
);

/** Worker threads for a workspace check of many files (created when first needed). */
let pool: CheckPool | undefined;
/** A workspace check of at least this many files is spread over worker threads. */
const POOL_MIN_FILES = 16;

/** Files of a workspace check, not open: over worker threads when there are many, else in this thread. */
async function checkPaths(
  paths: readonly { uri: string; named: boolean }[],
  detect: boolean,
  onOutcome: (index: number, outcome: FileOutcome) => Promise<void>,
  cancelled: () => boolean,
): Promise<void> {
  const jobs: FileJob[] = [];
  for (const p of paths) jobs.push({ uri: p.uri, named: p.named, detect, settings: fileSettings.get(p.uri) ?? (await settingsFor(p.uri)), locale });
  const done = new Set<number>();
  const take = async (i: number, outcome: FileOutcome) => {
    done.add(i);
    await onOutcome(i, outcome);
  };
  if (jobs.length >= POOL_MIN_FILES) {
    try {
      pool ??= new CheckPool(__filename);
      await pool.run(
        jobs,
        async (i, o) => {
          if (o.kind !== 'error') return take(i, o);
          // A file whose check throws is logged and left out, as in this thread.
          done.add(i);
          logFailure(`checking ${jobs[i]!.uri}`, new Error(o.message));
        },
        cancelled,
      );
      return;
    } catch (e) {
      logFailure('worker threads', e);
      pool = undefined;
    }
  }
  // In this thread (few files, or the threads failed): what is left.
  for (let i = 0; i < jobs.length && !cancelled(); i++) {
    if (done.has(i)) continue;
    let outcome: FileOutcome;
    try {
      outcome = checkFile(jobs[i]!, await readUri(jobs[i]!.uri), ruleList, suppressions.files);
    } catch (e) {
      logFailure(`checking ${jobs[i]!.uri}`, e);
      continue;
    }
    await take(i, outcome);
  }
}

// The client's workspace requests: files that are not open are checked with their own settings.
registerWorkspaceRequests(connection, {
  diagnose: async (uri, text) => {
    const { diagnostics, warnings } = diagnoseText(uri, text, fileSettings.get(uri) ?? (await settingsFor(uri)), ruleList, locale, suppressions.files);
    warnings.forEach((w) => suppressions.warn(w));
    return diagnostics;
  },
  checkPaths: checkPaths,
  warn: (message) => suppressions.warn(message),
  prefetch: prefetchSettings,
  openDiagnostics: async (uri) => {
    const r = await ready(uri);
    return r ? diagnosticsOf(r.entry, uri) : [];
  },
  locale: () => locale,
  trace: (level, line) => trace.log(level, line),
  isOpen: (uri) => documents.get(uri) !== undefined,
  onDidOpen: (listener) => documents.onDidOpen(({ document }) => listener(document.uri)),
  pullMode: () => pullDiagnostics,
  // The export extracts the tables from the text itself: no check is needed for it.
  textOf: (uri) => documents.get(uri)?.getText(),
});

// Word documents and web pages, converted for the client's read-only views.
registerInputRequests(connection, () => locale);

/**
 * Test-only: with NIANBAO_TEST_HEAP=1 in the environment (and node started with --expose-gc) the server
 * answers `nianbao/test/heap` with its heap in use after a full collection, for the leak test. Never set
 * in normal use.
 */
if (process.env['NIANBAO_TEST_HEAP'] === '1') {
  connection.onRequest('nianbao/test/heap', () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  });
}

documents.listen(connection);
connection.listen();
