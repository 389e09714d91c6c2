// Suppressions that leave the report untouched: the quick fix "ignore this problem" records the finding
// in `.nianbao-suppressions.json` beside the report (server command `nianbao.suppressFinding`, the file
// written atomically), and every check of a document drops the findings its folder's file names. The
// file is keyed by the report's file name, the rule and the finding's fingerprint (core/suppressions.ts),
// so an entry survives edits elsewhere in the report. Only documents with a folder (`file:` URIs, the
// views of Word documents and pages, keyed as their source file) can have one.
import { dirname } from 'node:path';
import type { CodeAction, Connection, Diagnostic } from 'vscode-languageserver';
import { fingerprint, renderMessage, type Finding, type TextResult } from '../core/index';
import { splitLines } from '../core/text';
import { addSuppression, SuppressionsCache } from '../node/suppressions-file';
import { toCommandAction } from './convert';
import { lspMessages, say } from './messages';
import { filterSuppressed, reportPathOf } from './suppress-filter';

export { reportPathOf };

export const SUPPRESS_COMMAND = 'nianbao.suppressFinding';

/** The argument of `nianbao.suppressFinding`. */
export interface SuppressArgs {
  uri: string;
  rule: string;
  fingerprint: string;
  /** The finding's message, kept in the file for a person reading it. */
  text?: string;
}

export class ServerSuppressions {
  private readonly cache = new SuppressionsCache();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: () => string,
  ) {}

  /** The check with the findings the document's folder suppresses left out (`text`: the text checked). */
  filter(uri: string, result: TextResult, text: string): TextResult {
    const filtered = filterSuppressed(this.cache, uri, result, text, this.locale());
    filtered.warnings.forEach((w) => this.warn(w));
    return filtered.result;
  }

  /** The suppressions cache (a workspace check in this thread uses it too). */
  get files(): SuppressionsCache {
    return this.cache;
  }

  /** An unusable file is said once (until it changes): in the log, and to the user. */
  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(`nianbao: ${message}`);
    void this.connection.window.showWarningMessage(message);
  }

  /** "Ignore this problem": the code action for one finding of the document (`text`: its checked text). */
  action(finding: Finding, uri: string, text: string, diagnostics: Diagnostic[], several: boolean): CodeAction | undefined {
    if (!reportPathOf(uri)) return undefined;
    const args: SuppressArgs = {
      uri,
      rule: finding.rule,
      fingerprint: fingerprint(finding, splitLines(text)),
      text: renderMessage(finding.message, this.locale()),
    };
    const title = several
      ? lspMessages.render('action.suppressRule', { rule: finding.rule }, this.locale())
      : lspMessages.render('action.suppress', {}, this.locale());
    return toCommandAction(title, 'quickfix', SUPPRESS_COMMAND, [args], diagnostics);
  }

  /** Runs the command: records the suppression; returns the folder whose documents must be checked again. */
  execute(args: unknown): string | undefined {
    const a = (args ?? {}) as Partial<SuppressArgs>;
    const path = typeof a.uri === 'string' ? reportPathOf(a.uri) : undefined;
    if (!path || typeof a.rule !== 'string' || typeof a.fingerprint !== 'string') {
      this.fail('uri, rule and fingerprint are required');
      return undefined;
    }
    const entry = { rule: a.rule, fingerprint: a.fingerprint, ...(typeof a.text === 'string' ? { text: a.text } : {}) };
    const written = addSuppression(path, entry);
    if (!written.ok) {
      this.fail(say(written.message, this.locale()));
      return undefined;
    }
    this.cache.forget(path);
    this.connection.console.info(`nianbao: ${written.path}: ${a.rule} ${a.fingerprint} suppressed`);
    return dirname(path);
  }

  private fail(reason: string): void {
    const message = lspMessages.render('suppress.failed', { reason }, this.locale());
    this.connection.console.error(`nianbao: ${message}`);
    void this.connection.window.showErrorMessage(message);
  }
}
