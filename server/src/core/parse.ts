// parseReport: text → ReportModel. Pure and synchronous; never throws — a broken input gives a model
// with what could be read, and its problems.
//
// Passes, each linear in the text:
//   1. lines (CRLF, CR and LF all end a line; a BOM is whitespace);
//   2. layouts: the tables written in another layout than Tika's (a line per row, TAB-separated; a line per
//      cell without marks), read into cells as Tika's are (layouts/);
//      blocks: TAB-led cells (with their continuation lines) vs prose lines;
//   3. tables: each region of cells cut into tables and aligned with its template;
//   4. title, headings and the section tree, from the prose lines only;
//   5. enumerations (`一是…`), Word artefacts, the format.
import type { Artifact, Cell, ReportModel, Section } from './model';
import { sameLines, segment } from './blocks';
import type { LineCache } from './line-cache';
import { detectFormat } from './detect-format';
import { buildSections, readHeading, type Candidate } from './headings';
import { readEnumerations } from './enumerations';
import { parseTables } from './tables';
import { readTitle } from './title';
import { readResidue } from './residue';
import { START } from './standard';
import { allMatches, BOOKMARK, cellLines, INVISIBLE, isBlank, splitLines } from './text';
import type { Region } from './blocks';
import { readLayouts, tableLines, tikaLines, type Layouts } from './layouts';

/** `cache`: what the last parse of the same document read from its lines, taken over where unchanged (see `LineCache`). */
export function parseReport(text: string, cache?: LineCache): ReportModel {
  return parseText(text, cache).model;
}

/** A parse: the model, and the text's lines and which of them are table lines (`tableLines`: cells of every layout), which the rules read too. */
export interface Parsed {
  model: ReportModel;
  lines: readonly string[];
  cells: Uint8Array;
}

/** `split`: the text's lines and `tableLines` of them, where the caller has them already. */
export function parseText(text: string, cache?: LineCache, split?: Omit<Parsed, 'model'>): Parsed {
  const lines = split?.lines ?? splitLines(text);
  let layouts: Layouts = { regions: [] };
  let cells = split?.cells;
  try {
    layouts = readLayouts(lines);
    cells ??= tableLines(lines, layouts);
    return { model: parse(lines, cells, layouts, text, cache), lines, cells };
  } catch (e) {
    // A parser bug must not take the editor down with it; the fuzz tests look for this problem.
    const model = emptyModel(lines.length);
    const error = e instanceof Error ? e.message : String(e);
    model.problems.push({ code: 'parser-failed', range: START, args: { error } });
    return { model, lines, cells: cells ?? cellLines(lines) };
  }
}

function parse(lines: readonly string[], cellLine: Uint8Array, layouts: Layouts, text: string, cache: LineCache | undefined): ReportModel {
  // What this parse reads from its lines, kept for the next parse of the document (see `LineCache`).
  const next: Omit<LineCache, 'tables'> | undefined = cache && { lines, cells: new Array<Cell | undefined>(lines.length), headings: new Array<Candidate | null>(lines.length), regions: new Map() };
  const blocks = segment(lines, tikaLines(cellLine, layouts), cache, next?.cells, layouts.owned);
  const regions = layouts.regions.length ? byFirstLine(blocks.regions, layouts.regions) : blocks.regions;
  const parsed = parseTables(regions, cache?.regions, next?.regions);
  const prose = parsed.prose.length ? mergeSorted(blocks.prose, parsed.prose) : blocks.prose;
  const tabProse = new Set(parsed.prose);

  // A line inside a table's range is no heading (a `（续表）` line, one a TAB went missing from).
  const inTable = new Uint8Array(lines.length);
  for (const t of parsed.tables) inTable.fill(1, t.firstLine, t.lastLine + 1);
  const candidates = new Map<number, NonNullable<ReturnType<typeof readHeading>>>();
  for (const i of prose) {
    if (inTable[i] === 1) continue;
    const old = cache?.headings[i];
    const h = old !== undefined && sameLines(cache!.lines, lines, i, i) ? old : readHeading(lines[i]!, i);
    if (next) next.headings[i] = h ?? null;
    // A TAB-led line that is no table cell after all is a heading only with an ordinal: without one it
    // is a table's title row (`\t收到和处理政府信息公开申请情况` above 表三), not an unnumbered section.
    if (h && (h.ordinal || !tabProse.has(i) || lines[i]!.charCodeAt(0) !== 9)) candidates.set(i, h);
  }
  if (cache && next) Object.assign(cache, next);
  const title = readTitle(lines, (i) => candidates.has(i) && candidates.get(i)!.ordinal !== undefined);
  if (title) for (const i of title.lines) candidates.delete(i);
  const isContent = (i: number) => inTable[i] === 1 || !isBlank(lines[i]!);
  const { headings, sections } = buildSections([...candidates.values()], lines, cellLine, isContent);
  assignTables(sections, parsed.tables.map((t) => t.firstLine));

  // A heading line holds no enumeration, but a run-in heading's text after its title may (`（二）管理情况。一是…`).
  const headingLines = new Map(headings.map((h) => [h.line, h.runIn ? h.titleRange.end.character : Infinity]));
  return {
    lineCount: lines.length,
    ...(title ? { title } : {}),
    sections,
    headings,
    tables: parsed.tables,
    enumerations: readEnumerations(lines, prose, headingLines),
    artifacts: readArtifacts(text, lines),
    ...detectFormatOf(parsed.tables, sections),
    problems: parsed.problems,
  };
}

function detectFormatOf(tables: Parameters<typeof detectFormat>[0], sections: Parameters<typeof detectFormat>[1]): Pick<ReportModel, 'format' | 'formatEvidence'> {
  const { format, evidence } = detectFormat(tables, sections);
  return { format, formatEvidence: evidence };
}

/** Each table goes to the deepest section whose range holds its first line. */
function assignTables(sections: Section[], tableLines: readonly number[]): void {
  tableLines.forEach((line, index) => {
    let list = sections;
    let owner: Section | undefined;
    for (;;) {
      const s = sectionAt(list, line);
      if (!s) break;
      owner = s;
      list = s.children;
    }
    owner?.tables.push(index);
  });
}

/** The section of `list` (siblings: in order, not overlapping) whose range holds `line`; by bisection,
 * since a long document has hundreds of sections and tables. */
function sectionAt(list: readonly Section[], line: number): Section | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!.range;
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return list[mid];
  }
  return undefined;
}

/** Tika's regions and the other layouts' (each in line order), in line order. */
function byFirstLine(a: readonly Region[], b: readonly Region[]): Region[] {
  const out: Region[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.firstLine < b[j]!.firstLine) ? a[i++]! : b[j++]!);
  return out;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** The bookmarks, found by searching the text rather than each line (a mark never spans lines); the
 * residue of web editors and converters (residue.ts); then the invisible characters, in order with them. */
function readArtifacts(text: string, lines: readonly string[]): Artifact[] {
  const residue = readResidue(lines);
  const out = residue.length ? byPosition([...readBookmarks(text, lines), ...residue]) : readBookmarks(text, lines);
  if (text.search(INVISIBLE) < 0) return out;
  const invisible: Artifact[] = [];
  lines.forEach((l, i) => {
    for (const m of allMatches(INVISIBLE, l)) {
      const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      invisible.push({ kind: 'invisible', text: code, range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + 1 } } });
    }
  });
  return byPosition([...out, ...invisible]);
}

const byPosition = (list: Artifact[]): Artifact[] =>
  list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

function readBookmarks(text: string, lines: readonly string[]): Artifact[] {
  const out: Artifact[] = [];
  let at = text.indexOf('[bookmark:');
  let start = 0; // offset of line i in the text
  for (let i = 0; i < lines.length && at >= 0; i++) {
    const l = lines[i]!;
    const end = start + l.length;
    if (at < end) {
      for (const m of allMatches(BOOKMARK, l)) {
        out.push({ kind: 'bookmark', text: m[0], range: { start: { line: i, character: m.index }, end: { line: i, character: m.index + m[0].length } } });
      }
      at = text.indexOf('[bookmark:', end);
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return out;
}

function emptyModel(lineCount: number): ReportModel {
  return {
    lineCount,
    sections: [],
    headings: [],
    tables: [],
    enumerations: [],
    artifacts: [],
    format: 'unknown',
    formatEvidence: [],
    problems: [],
  };
}
