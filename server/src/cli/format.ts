// The CLI's output formats. Pure: findings in, a string out.
import { renderMessage, type Finding, type Range, type Severity } from '../core';

export interface FileResult {
  /** The path as given on the command line, or joined from the folder given. */
  file: string;
  findings: Finding[];
}

// ---------------------------------------------------------------- JSON (see docs/rules.md)

const range = (r: Range) => ({
  start: { line: r.start.line, character: r.start.character },
  end: { line: r.end.line, character: r.end.character },
});

function diagnostic(f: Finding, locale: string) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: renderMessage(f.message, locale),
    range: range(f.range),
    fixes: (f.fixes ?? []).map((fix) => ({
      title: renderMessage(fix.title, locale),
      edits: fix.edits.map((e) => ({ range: range(e.range), newText: e.newText })),
    })),
    ...(f.related?.length
      ? { related: f.related.map((r) => ({ range: range(r.range), message: renderMessage(r.message, locale) })) }
      : {}),
  };
}

/** One JSON array, one entry per checked file (with or without diagnostics), and a final newline. */
export function formatJson(results: readonly FileResult[], locale: string): string {
  const out = results.map((r) => ({ file: r.file, diagnostics: r.findings.map((f) => diagnostic(f, locale)) }));
  return JSON.stringify(out) + '\n';
}

// ---------------------------------------------------------------- text

const COLOURS: Record<Severity, string> = {
  error: '\x1b[31m', // red
  warning: '\x1b[33m', // yellow
  information: '\x1b[36m', // cyan
  hint: '\x1b[2m', // dim
};
const RESET = '\x1b[0m';

export interface TextOptions {
  locale: string;
  /** Colour the severity with ANSI escapes. */
  color: boolean;
}

export interface Counts {
  files: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const c: Counts = { files: results.length, error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  return c;
}

/** `检查了 5 个文件：0 个错误，3 个警告，1 个提示` / `Checked 5 files: 0 errors, 3 warnings, 1 information`. */
export function summaryLine(c: Counts, locale: string): string {
  if (/^zh/i.test(locale)) {
    const hints = c.hint ? `，${c.hint} 个建议` : '';
    return `检查了 ${c.files} 个文件：${c.error} 个错误，${c.warning} 个警告，${c.information} 个提示${hints}`;
  }
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const hints = c.hint ? `, ${n(c.hint, 'hint')}` : '';
  return `Checked ${n(c.files, 'file')}: ${n(c.error, 'error')}, ${n(c.warning, 'warning')}, ${c.information} information${hints}`;
}

/** One line per finding, `file:line:col  severity  rule  message` (1-based; col = UTF-16 unit + 1), then the summary. */
export function formatText(results: readonly FileResult[], options: TextOptions): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const where = `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const severity = options.color ? `${COLOURS[f.severity]}${f.severity}${RESET}` : f.severity;
      const message = renderMessage(f.message, options.locale).replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(`${where}  ${severity}  ${f.rule}  ${message}`);
    }
  }
  lines.push(summaryLine(countFindings(results), options.locale));
  return lines.join('\n') + '\n';
}
