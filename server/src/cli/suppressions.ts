// `check` and `fix` honour the suppressions kept beside the reports (`.nianbao-suppressions.json`, written
// by the editor's quick fix): a suppressed finding is neither reported nor fixed. A file that cannot be
// used is a warning on stderr (once per file), and the findings are reported as if it were not there.
import { unsuppressed, type Finding } from '../core/index';
import { splitLines } from '../core/text';
import { SuppressionsCache } from '../node/suppressions-file';
import { cliMessages, say } from './messages';
import { terminalName } from './output';

// A run reads each folder's file once (and a thread of it once more).
let cache = new SuppressionsCache(true);

/** A new run: the folders' files are read again. */
export function readSuppressionsAgain(): void {
  cache = new SuppressionsCache(true);
}

export interface Suppressed {
  /** The findings of the report's text that no suppression names. */
  keep(findings: Finding[], text: string): Finding[];
  /** What could not be used of the folder's file, for stderr. */
  warnings: string[];
  /** The suppressions that apply, as text: part of a cached check's key. */
  id: string;
}

export function suppressionsOf(reportPath: string, locale: string): Suppressed {
  const { suppressions, folder } = cache.forFile(reportPath);
  const warnings = folder.problems.map((p) => `nianbao: ${terminalName(folder.path)}: ${say(cliMessages.ref('suppressions.unused', { problem: p }), locale)}`);
  return {
    keep: (findings, text) => (suppressions.length ? unsuppressed(findings, splitLines(text), suppressions) : findings),
    warnings,
    id: suppressions.length ? JSON.stringify(suppressions) : '',
  };
}

/** Writes each warning once per run. */
export function warnOnce(seen: Set<string>, warnings: readonly string[] | undefined, write: (line: string) => void): void {
  for (const w of warnings ?? []) {
    if (seen.has(w)) continue;
    seen.add(w);
    write(w + '\n');
  }
}
