// The CLI's output formats. Pure: findings in, a string out.
import { createTwoFilesPatch } from 'diff';
import { everyRule, languageOf, renderMessage, type Finding, type Range, type Severity } from '../core';
import { VERSION } from './version';
import { cliMessages } from './messages';

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

/** One file's entry of the JSON array. */
export const jsonEntry = (r: FileResult, locale: string): string =>
  JSON.stringify({ file: r.file, diagnostics: r.findings.map((f) => diagnostic(f, locale)) });

/** The JSON array of entries made one by one (the same text as one JSON.stringify of them all), and a final newline. */
export const jsonArray = (entries: readonly string[]): string => `[${entries.join(',')}]\n`;

/** One JSON array, one entry per checked file (with or without diagnostics), and a final newline. */
export function formatJson(results: readonly FileResult[], locale: string): string {
  return jsonArray(results.map((r) => jsonEntry(r, locale)));
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
  const args = { files: c.files, errors: c.error, warnings: c.warning, information: c.information };
  return c.hint ? cliMessages.render('output.summaryHints', { ...args, hints: c.hint }, locale) : cliMessages.render('output.summary', args, locale);
}

/**
 * Control characters that would act on a terminal rather than show: C0 (but TAB), DEL, C1, the
 * line and paragraph separators and the bidirectional overrides and isolates (which reorder what a
 * line shows). Line breaks are among them: in a name they would split a line of the output.
 */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeControl = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** A file name for a line of text output: every control character (TAB and line breaks too) written as `\xHH` / `\uHHHH`. */
export const terminalName = (name: string): string => name.replace(/\t/g, escapeControl).replace(CONTROL, escapeControl);

/**
 * A message for one line of text output: a run of whitespace holding a line break becomes one space
 * (a message quoting two lines of a report), any other control character is written as `\xHH` (a
 * report's title holding terminal escape codes is shown, not obeyed).
 */
export const oneLine = (message: string): string =>
  message.replace(/\s+/g, (ws) => (/[\r\n\u2028\u2029]/.test(ws) ? ' ' : ws)).replace(CONTROL, escapeControl);

/** One file's lines of the text format: one per finding, `file:line:col  severity  rule  message` (1-based; col = UTF-16 unit + 1). */
export function textLines(r: FileResult, options: TextOptions): string[] {
  return r.findings.map((f) => {
    const where = `${terminalName(r.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const severity = options.color ? `${COLOURS[f.severity]}${f.severity}${RESET}` : f.severity;
    const message = oneLine(renderMessage(f.message, options.locale));
    return `${where}  ${severity}  ${f.rule}  ${message}`;
  });
}

/** The text format's lines made one by one, then the summary. */
export const textReport = (lines: readonly string[], counts: Counts, locale: string): string =>
  lines.map((l) => l + '\n').join('') + summaryLine(counts, locale) + '\n';

/** One line per finding (see `textLines`), then the summary. */
export function formatText(results: readonly FileResult[], options: TextOptions): string {
  return textReport(results.flatMap((r) => textLines(r, options)), countFindings(results), options.locale);
}

// ---------------------------------------------------------------- SARIF 2.1.0

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A path as a SARIF artifact URI: relative paths stay relative (forward slashes), absolute ones are file URIs. */
export function artifactUri(path: string): string {
  const posix = path.replace(/\\/g, '/');
  const encoded = encodeURI(posix).replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (/^[a-z]:\//i.test(posix)) return `file:///${encoded}`;
  return posix.startsWith('/') ? `file://${encoded}` : encoded;
}

/** 1-based SARIF region, columns in UTF-16 code units (the run's `columnKind`). */
const region = (r: Range) => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/**
 * One SARIF 2.1.0 log with one run: the tool's every rule with its Chinese and English description,
 * default level, whether it is fixable and its page (`helpUri`, from `ruleDoc`); one result per
 * finding, with its fixes.
 */
export function formatSarif(results: readonly FileResult[], locale: string, ruleDoc?: (rule: string) => string | undefined): string {
  const all = everyRule;
  const index = new Map(all.map((r, i) => [r.id, i]));
  const zhFirst = languageOf(locale) === 'zh';
  const driverRules = all.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: zhFirst ? r.docs.summary.zh : r.docs.summary.en },
    fullDescription: { text: `${r.docs.summary.zh} / ${r.docs.summary.en}` },
    help: {
      text: `${r.docs.summary.zh}\n${r.docs.summary.en}`,
      markdown: `**${r.id}**\n\n${r.docs.summary.zh}\n\n${r.docs.summary.en}`,
    },
    ...(ruleDoc?.(r.id) ? { helpUri: ruleDoc(r.id) } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
    properties: { severity: r.severity, fixable: r.fix !== 'none', fix: r.fix },
  }));
  const sarifResults = results.flatMap((res) =>
    res.findings.map((f) => {
      const uri = artifactUri(res.file);
      const ruleIndex = index.get(f.rule);
      return {
        ruleId: f.rule,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: SARIF_LEVEL[f.severity],
        message: { text: renderMessage(f.message, locale) },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f.range) } }],
        ...(f.related?.length
          ? {
              relatedLocations: f.related.map((rel, id) => ({
                id,
                message: { text: renderMessage(rel.message, locale) },
                physicalLocation: { artifactLocation: { uri }, region: region(rel.range) },
              })),
            }
          : {}),
        ...(f.fixes?.length
          ? {
              fixes: f.fixes.map((fix) => ({
                description: { text: renderMessage(fix.title, locale) },
                artifactChanges: [
                  {
                    artifactLocation: { uri },
                    replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                  },
                ],
              })),
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nianbao',
            fullName: 'nianbao 年报校对',
            version: VERSION,
            semanticVersion: VERSION,
            rules: driverRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((r) => ({ location: { uri: artifactUri(r.file) } })),
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

// ---------------------------------------------------------------- fix

/**
 * The unified diff of a file's bytes before and after fixing, in the file's own encoding: `patch -p0`
 * applies it to the original bytes whatever their encoding (UTF-8 with or without BOM, UTF-16 LE/BE, GBK,
 * GB18030) and line breaks (LF, CRLF, CR only). `patch` reads lines as bytes up to each 0x0A, so the diff is
 * made of those very byte lines (each byte read as one Latin-1 character, for jsdiff), and the content of
 * every `-`, `+` and context line is the file's own bytes; the two header lines name the file in UTF-8
 * (control characters escaped, so that a name cannot add lines to the diff).
 */
export function unifiedDiffBytes(file: string | Uint8Array, before: Uint8Array, after: Uint8Array): Buffer {
  const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  // A name that is not UTF-8 stays its bytes, so that patch finds the file.
  const name =
    typeof file === 'string'
      ? Buffer.from(terminalName(file.replace(/\\/g, '/')), 'utf8')
      : Buffer.from(latin1(file).replace(/[\x00-\x1f\x7f]/g, escapeControl), 'latin1');
  const patch = createTwoFilesPatch('a', 'b', latin1(before), latin1(after), undefined, undefined, { context: 3 });
  const body = patch.slice(patch.indexOf('\n@@') + 1);
  return Buffer.concat([Buffer.from('--- '), name, Buffer.from('\n+++ '), name, Buffer.from('\n'), Buffer.from(body, 'latin1')]);
}

/** `已修复 a.txt：3 处修改（2 轮）` / `Fixed a.txt: 3 edits (2 passes)`. */
export function fixedLine(file: string, edits: number, passes: number, dryRun: boolean, locale: string): string {
  return cliMessages.render(dryRun ? 'fix.wouldFix' : 'fix.fixed', { file: terminalName(file), edits, passes }, locale);
}

/** The progress line for stderr on a terminal: `检查中 120/1000 reports/a.txt`, cut to the width. */
export function progressLine(done: number, total: number, file: string, locale: string, width = 80): string {
  const head = cliMessages.render('output.progress', { done, total }, locale);
  file = terminalName(file);
  const room = Math.max(0, width - 1 - head.length * 2);
  const tail = file.length > room ? '…' + file.slice(file.length - room + 1) : file;
  return `\r${head}${tail}\x1b[K`;
}
