// Dropping the findings that a report's folder suppresses (`.nianbao-suppressions.json`), for the
// server's thread (suppress.ts) and its worker threads (file-check.ts): the check with those findings
// left out, and what could not be used of the file, as a message for the user.
import { fileURLToPath } from 'node:url';
import { unsuppressed, type TextResult } from '../core/index';
import { splitLines } from '../core/text';
import type { SuppressionsCache } from '../node/suppressions-file';
import { viewSource } from '../../../shared/protocol';
import { lspMessages, say } from './messages';

/** The report file a document's suppressions are kept beside, or undefined (an untitled document …). */
export function reportPathOf(uri: string): string | undefined {
  const source = viewSource(uri) ?? uri;
  if (!source.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(source);
  } catch {
    return undefined;
  }
}

export function filterSuppressed(cache: SuppressionsCache, uri: string, result: TextResult, text: string, locale: string): { result: TextResult; warnings: string[] } {
  const path = reportPathOf(uri);
  if (!path || !result.findings.length) return { result, warnings: [] };
  const { suppressions, folder } = cache.forFile(path);
  const warnings = folder.problems.length
    ? [lspMessages.render('suppress.unusable', { path: folder.path, reason: folder.problems.map((p) => say(p, locale)).join('; ') }, locale)]
    : [];
  if (!suppressions.length) return { result, warnings };
  const findings = unsuppressed(result.findings, splitLines(text), suppressions);
  return { result: findings.length === result.findings.length ? result : { ...result, findings }, warnings };
}
