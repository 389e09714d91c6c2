// One file of a workspace check, from its bytes to its diagnostics: decoded as the CLI decodes it, left
// out when it does not read like a report (unless named), checked with its settings, its suppressed
// findings dropped, its findings made diagnostics in the client's language. The same in the server's
// thread and in its worker threads (check-pool.ts).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { isReportText } from '../core/detect';
import { lspMessages, say } from './messages';
import { nodeMessages } from '../node/messages';
import { type MessageRef, type Rule } from '../core/index';
import { reportText } from '../node/report-bytes';
import { SuppressionsCache } from '../node/suppressions-file';
import { checkDocument, type Checked } from './checker';
import { toDiagnostic, toTruncationDiagnostic } from './convert';
import { ruleDocUri } from '../node/rule-docs';
import type { ServerSettings } from './settings';
import { filterSuppressed } from './suppress-filter';

export interface FileJob {
  uri: string;
  /** A report by its name or a pattern: checked whatever it reads like. */
  named: boolean;
  /** Unnamed files must read like a report. */
  detect: boolean;
  settings: ServerSettings;
  locale: string;
}

export type FileOutcome =
  | { kind: 'report'; diagnostics: Diagnostic[]; warnings: string[] }
  | { kind: 'skipped' }
  | { kind: 'unreadable'; reason: string };

/** A check's diagnostics: its findings, and the notice of a file checked in part first. */
export function checkedDiagnostics(checked: Checked, uri: string, locale: string, convert = (f: Checked['result']['findings'][number]) => toDiagnostic(f, uri, locale, ruleDocUri)): Diagnostic[] {
  const diagnostics = checked.result.findings.map(convert);
  if (checked.truncated) {
    const size = Math.round(checked.bytes / 1024);
    const message = lspMessages.render('file.truncated', { size, max: Math.round(checked.maxBytes / 1024), lines: checked.lines }, locale);
    diagnostics.unshift(toTruncationDiagnostic(message));
  }
  return diagnostics;
}

/** The diagnostics of a report's text with its settings, its folder's suppressions applied. */
export function diagnoseText(uri: string, text: string, settings: ServerSettings, rules: readonly Rule[], locale: string, cache: SuppressionsCache): { diagnostics: Diagnostic[]; warnings: string[] } {
  const checked = checkDocument(text, 0, settings, rules);
  const filtered = filterSuppressed(cache, uri, checked.result, text, locale);
  checked.result = filtered.result;
  return { diagnostics: checkedDiagnostics(checked, uri, locale), warnings: filtered.warnings };
}

/** A file of a workspace check, from its bytes (or why they could not be read). */
export function checkFile(job: FileJob, read: Read, rules: readonly Rule[], cache: SuppressionsCache): FileOutcome {
  const decoded = read.ok ? reportText(job.uri, read.bytes) : read;
  if (!decoded.ok) return { kind: 'unreadable', reason: say(decoded.message, job.locale) };
  if (!job.named && job.detect && !isReportText(decoded.text)) return { kind: 'skipped' };
  return { kind: 'report', ...diagnoseText(job.uri, decoded.text, job.settings, rules, job.locale, cache) };
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; message: MessageRef };

function readError(e: unknown): Read {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, message: nodeMessages.ref('file.missing', {}) };
  return { ok: false, message: nodeMessages.ref('file.unreadable', { detail: e instanceof Error ? e.message : String(e) }) };
}

/** A `file:` URI's bytes, or why they cannot be read. */
export async function readUri(uri: string): Promise<Read> {
  try {
    return { ok: true, bytes: await readFile(fileURLToPath(uri)) };
  } catch (e) {
    return readError(e);
  }
}

/** The same, in a worker thread (which does nothing else meanwhile). */
export function readUriSync(uri: string): Read {
  try {
    return { ok: true, bytes: readFileSync(fileURLToPath(uri)) };
  } catch (e) {
    return readError(e);
  }
}
