// A text may hold several reports one after another (a collection exported from a website, reports
// pasted into one file): each is checked as the report it is — its own title, outline, tables and
// year — and the results are put back together in the text's lines. A text with one report is
// checked exactly as `checkReport` checks it.
//
// Editors check a document on every keystroke: with a `ReportCache`, a report whose text has not
// changed is not checked again, so an edit in a file of a hundred reports costs the check of one.
import { newLineCache, type LineCache } from './line-cache';
import { byPosition, checkReport, settleFindings, type CheckOptions, type CheckResult, type RuleFailure } from './check';
import { KNOWN_RULE_IDS } from './config';
import { capLines, longLineNotice, unknownRuleFindings, withoutFixesOnCutLines } from './notices';
import { isSuppressed, readDirectives } from './directives';
import { extractTables, reportMeta, type TableCellRow } from './extract';
import { applyEdits, fixAllEdits } from './fixes';
import { readHeading } from './headings';
import { parseReport } from './parse';
import { standardOf } from './standard';
import type { Finding } from './findings';
import type { Range, ReportModel, ReportPart } from './model';
import { isBlank, splitLines } from './text';
import { tableLines } from './layouts';
import { isAgencyLine, isReportTitleLine } from './title';

/**
 * The first line of each report in the text (0 first). A report starts at a title line once the
 * report before it has a table — or at the agency line just above that title, when a blank line
 * sets the two apart from what precedes — and only if a table follows it too, with the report's first
 * section (`一、总体情况`) before that table: a title repeated as a page's running header (text taken
 * from a PDF) stands between tables without one.
 */
export function reportStarts(lines: readonly string[], cells: Uint8Array = tableLines(lines)): number[] {
  const starts = [0];
  let hasTable = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (cells[i] === 1) {
      hasTable = true;
      continue;
    }
    if (!hasTable || !isReportTitleLine(line) || !opensReport(lines, cells, i + 1)) continue;
    const above = i - 1;
    const withAgency = above > starts[starts.length - 1]! + 1 && isAgencyLine(lines[above]!) && isBlank(lines[above - 1]!);
    starts.push(withAgency ? above : i);
    hasTable = false;
  }
  // A title-like line after the last table (the title repeated above the signature) starts no report.
  if (starts.length > 1 && !hasTable) starts.pop();
  return starts;
}

/** A report's first section stands from `from` on, before the next table: a heading numbered 一 at the top
 * level, or titled as section 一 (`总体情况`, `1、 总体情况`, `一基本情况`). */
function opensReport(lines: readonly string[], cells: Uint8Array, from: number): boolean {
  for (let j = from; j < lines.length && cells[j] !== 1; j++) {
    const h = readHeading(lines[j]!, j);
    if (h && ((h.ordinal?.value === 1 && h.ordinal.styleLevel === 1) || standardOf(h.title)?.n === 1)) return true;
  }
  return false;
}

/** What a caller keeps between checks of one document (an editor: one per open document). */
export interface ReportCache {
  /** The options the entries were checked with: another config or rule list empties the cache. */
  options?: CheckOptions;
  entries: Map<string, CachedReport>;
  /** What the parse of the report parsed last read from its lines, taken over by the next parse where unchanged (see `LineCache`). */
  lines?: LineCache;
}

interface CachedReport {
  result: CheckResult;
  /** The findings moved to where the report stands, by its first line (the same report may stand twice). */
  findingsAt: Map<number, Finding[]>;
  /** The model moved to where the report stands, by `line,table`; made only when asked for (`textModel`),
   * after the check that made this entry. */
  modelsAt: Map<string, ReportModel>;
}

export const newReportCache = (): ReportCache => ({ entries: new Map() });

/** One report of a text: where it stands and its own check (in its own lines). */
export interface TextReport {
  /** Its first line in the text, and the number of tables before it. */
  line: number;
  tables: number;
  /** From its first line to the end of its last, in the text's lines. */
  range: Range;
  result: CheckResult;
  /** Its model moved to other places, kept with the cache entry (see `textModel`). */
  modelsAt: Map<string, ReportModel>;
}

/** The check of a text: the findings in the text's lines, and each report's own check. */
export interface TextResult extends Omit<CheckResult, 'model'> {
  lineCount: number;
  reports: TextReport[];
}

/**
 * Checks a text of one or more reports. With one report, `reports[0].result` is `checkReport`'s
 * result and the findings are its findings. With several, each report is checked on its own lines
 * and its findings are moved to the text's lines. Directives apply to the whole text. The text's
 * model is made on demand by `textModel`: an editor needs the findings on every keystroke, the
 * model only for the outline or a hover.
 */
export function checkText(text: string, options: CheckOptions = {}, cache?: ReportCache): TextResult {
  // Lines past MAX_LINE_LENGTH are read only that far: no position before a cut moves.
  const capped = capLines(text);
  const result = checkLines(capped.text, options, cache);
  const unknown = unknownRuleFindings(capped.text, result.directives, KNOWN);
  if (!unknown.length && !capped.long.length) return result;
  const notices = settleFindings([...longLineNotice(capped.long), ...unknown], result.directives, options.config?.rules);
  return { ...result, findings: [...withoutFixesOnCutLines(result.findings, capped.long), ...notices].sort(byPosition) };
}

const KNOWN = new Set(KNOWN_RULE_IDS);

function checkLines(text: string, options: CheckOptions, cache?: ReportCache): TextResult {
  const lines = splitLines(text);
  const cells = tableLines(lines);
  const spans = reportSpans(text, lines, cells);
  const rangeOf = (k: number): Range => {
    const last = (spans[k + 1]?.line ?? lines.length) - 1;
    return { start: { line: spans[k]!.line, character: 0 }, end: { line: last, character: lines[last]!.length } };
  };
  const parsed = cache && (cache.lines ??= newLineCache());
  if (spans.length === 1) {
    const result = checkReport(text, options, parsed, { lines, cells });
    const { findings, failures, directives } = result;
    return { findings, failures, directives, lineCount: lines.length, reports: [{ line: 0, tables: 0, range: rangeOf(0), result, modelsAt: new Map() }] };
  }

  const { directives, masked } = readDirectives(text);
  if (cache && (cache.options?.config !== options.config || cache.options?.rules !== options.rules)) {
    cache.options = options;
    cache.entries.clear();
  }
  // This check's entries: the cache keeps one version's reports, not every version's.
  const used = new Map<string, CachedReport>();
  let findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const reports: TextReport[] = [];
  let tables = 0;
  spans.forEach(({ line, from, to }, k) => {
    // Directives are masked by spaces of the same length: the masked text has the text's offsets.
    const part = masked.slice(from, to);
    const old = cache?.entries.get(part);
    let entry = used.get(part);
    if (!entry) {
      entry = { result: old?.result ?? checkReport(part, options, parsed), findingsAt: new Map(), modelsAt: new Map() };
      used.set(part, entry);
    }
    // Only this check's placements are kept (carried over from the last check's where they match).
    let placed = old?.findingsAt.get(line) ?? entry.findingsAt.get(line);
    if (!placed) placed = entry.result.findings.map((f) => moved(f, line));
    entry.findingsAt.set(line, placed);
    const where = `${line},${tables}`;
    const model = old?.modelsAt.get(where);
    if (model) entry.modelsAt.set(where, model);
    for (const f of placed) findings.push(f);
    for (const f of entry.result.failures) if (!failures.some((x) => x.rule === f.rule && x.error === f.error)) failures.push(f);
    reports.push({ line, tables, range: rangeOf(k), result: entry.result, modelsAt: entry.modelsAt });
    tables += entry.result.model.tables.length;
  });
  if (cache) cache.entries = used;
  if (directives.length) findings = findings.filter((f) => !isSuppressed(f, directives));
  return { findings, failures, directives, lineCount: lines.length, reports };
}

/** At most this many rounds of fix all and check again (`fixText`). */
export const MAX_FIX_PASSES = 10;

/**
 * Fix all, as `nianbao fix` and the fuzz tests do it: the preferred fixes applied, the text checked
 * again, until nothing changes — some fixes become safe only once another is applied — or
 * MAX_FIX_PASSES rounds have changed it (`settled` false: it would change again). `keep` drops
 * findings of each round that are not to be fixed nor reported (those suppressed outside the report).
 */
export function fixText(
  text: string,
  options: CheckOptions = {},
  keep: (findings: Finding[], text: string) => Finding[] = (f) => f,
): { text: string; edits: number; passes: number; findings: Finding[]; settled: boolean } {
  let current = text;
  let edits = 0;
  let passes = 0;
  let findings = keep(checkText(current, options).findings, current);
  for (;;) {
    const pass = fixAllEdits(findings);
    const next = pass.length ? applyEdits(current, pass) : current;
    if (next === current || passes === MAX_FIX_PASSES) return { text: current, edits, passes, findings, settled: next === current };
    passes++;
    edits += pass.length;
    current = next;
    findings = keep(checkText(current, options).findings, current);
  }
}

/**
 * The model of the text: for one report its model; for several, the reports' sections, headings,
 * tables and so on moved to the text's lines, in order, with the first report's title and format
 * and each report's title and lines in `reports`.
 */
export function textModel(r: TextResult): ReportModel {
  if (r.reports.length === 1) return r.reports[0]!.result.model;
  const models = r.reports.map((p) => {
    const where = `${p.line},${p.tables}`;
    let m = p.modelsAt.get(where);
    if (!m) p.modelsAt.set(where, (m = moved(p.result.model, p.line, p.tables)));
    return m;
  });
  const first = models[0]!;
  return {
    lineCount: r.lineCount,
    ...(first.title ? { title: first.title } : {}),
    sections: models.flatMap((m) => m.sections),
    headings: models.flatMap((m) => m.headings),
    tables: models.flatMap((m) => m.tables),
    enumerations: models.flatMap((m) => m.enumerations),
    artifacts: models.flatMap((m) => m.artifacts),
    format: first.format,
    formatEvidence: first.formatEvidence,
    problems: models.flatMap((m) => m.problems),
    reports: models.map((m, k): ReportPart => (m.title ? { title: m.title, range: r.reports[k]!.range } : { range: r.reports[k]!.range })),
  };
}

/** Where each report of the text stands: its first line and its offsets. */
function reportSpans(text: string, lines: readonly string[] = splitLines(text), cells?: Uint8Array): { line: number; from: number; to: number }[] {
  const starts = reportStarts(lines, cells);
  const offsets = lineOffsets(text, starts);
  return starts.map((line, k) => ({ line, from: offsets[k]!, to: offsets[k + 1]! }));
}

/** Each report of the text: its first line and its text. */
export function reportTexts(text: string): { line: number; text: string }[] {
  return reportSpans(text).map(({ line, from, to }) => ({ line, text: text.slice(from, to) }));
}

/** Every table of every report in the text as rows (`extractTables`), each with its own report's agency and year. */
export function extractText(text: string): TableCellRow[] {
  return reportTexts(text).flatMap((r) => {
    const model = parseReport(r.text);
    const rows = extractTables(model, reportMeta(model, r.text));
    return r.line === 0 ? rows : rows.map((row) => ({ ...row, line: row.line + r.line }));
  });
}

/** The offset of each start line in the text, and the text's length last. */
function lineOffsets(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  if (!text.includes('\r')) {
    // Only LF: jump from line break to line break.
    let line = 0;
    let i = 0;
    for (const start of starts) {
      for (; line < start; line++) i = text.indexOf('\n', i) + 1;
      out.push(i);
    }
    out.push(text.length);
    return out;
  }
  let line = 0;
  let k = 0;
  for (let i = 0; k < starts.length && i <= text.length; i++) {
    while (k < starts.length && starts[k] === line) out[k++] = i;
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  out.push(text.length);
  return out;
}

/** Line-valued properties of the model and of findings. */
const LINE_KEYS = new Set(['line', 'firstLine', 'lastLine']);

/**
 * A copy of plain data with every line moved down by `lines` (and table indices by `tables`):
 * `line`, `firstLine`, `lastLine`, the numbers of a `lines` array, a problem's `table` and a
 * section's `tables`. Shared objects stay shared in the copy.
 */
export function moved<T>(value: T, lines: number, tables = 0): T {
  if (lines === 0 && tables === 0) return value;
  const copies = new Map<object, unknown>();
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'number') return LINE_KEYS.has(key) ? v + lines : key === 'table' ? v + tables : v;
    if (v === null || typeof v !== 'object') return v;
    const known = copies.get(v);
    if (known !== undefined) return known;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      // The numbers of `lines` are lines; those of `tables` (a section's) are table indices.
      const inner = key === 'lines' ? 'line' : key === 'tables' ? 'table' : '';
      for (const x of v) out.push(walk(x, inner));
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const k of Object.keys(v)) out[k] = walk((v as Record<string, unknown>)[k], k);
    return out;
  };
  return walk(value, '') as T;
}
