// parseReport: text → ReportModel. Pure and synchronous; never throws — a broken input gives a model
// with what could be read, and its problems.
//
// Passes, each linear in the text:
//   1. lines (CRLF, CR and LF all end a line; a BOM is whitespace);
//   2. blocks: TAB-led cells (with their continuation lines) vs prose lines;
//   3. tables: each region of cells cut into tables and aligned with its template;
//   4. title, headings and the section tree, from the prose lines only;
//   5. enumerations (`一是…`), Word artefacts, the format.
import type { Artifact, ReportModel, Section } from './model';
import { segment } from './blocks';
import { detectFormat } from './format';
import { buildSections, readHeading } from './headings';
import { readEnumerations } from './enumerations';
import { parseTables } from './tables';
import { readTitle } from './title';
import { START } from './standard';
import { BOOKMARK, isBlank, splitLines } from './text';

export function parseReport(text: string): ReportModel {
  try {
    return parse(text);
  } catch (e) {
    // A parser bug must not take the editor down with it; the fuzz tests look for this problem.
    const model = emptyModel(text);
    const error = e instanceof Error ? e.message : String(e);
    model.problems.push({ code: 'parser-failed', range: START, args: { error } });
    return model;
  }
}

function parse(text: string): ReportModel {
  const lines = splitLines(text);
  const blocks = segment(lines);
  const parsed = parseTables(blocks.regions);
  const prose = parsed.prose.length ? mergeSorted(blocks.prose, parsed.prose) : blocks.prose;

  const candidates = new Map<number, NonNullable<ReturnType<typeof readHeading>>>();
  for (const i of prose) {
    const h = readHeading(lines[i]!, i);
    if (h) candidates.set(i, h);
  }
  const title = readTitle(lines, (i) => candidates.has(i) && candidates.get(i)!.ordinal !== undefined);
  if (title) for (const i of title.lines) candidates.delete(i);
  const inTable = new Uint8Array(lines.length);
  for (const t of parsed.tables) inTable.fill(1, t.firstLine, t.lastLine + 1);
  const isContent = (i: number) => inTable[i] === 1 || !isBlank(lines[i]!);
  const { headings, sections } = buildSections([...candidates.values()], lines, isContent);
  assignTables(sections, parsed.tables.map((t) => t.firstLine));

  const headingLines = new Set(headings.map((h) => h.line));
  return {
    lineCount: lines.length,
    ...(title ? { title } : {}),
    sections,
    headings,
    tables: parsed.tables,
    enumerations: readEnumerations(lines, prose, headingLines),
    // A bookmark never spans lines: a text without one needs no look at each line.
    artifacts: text.includes('[bookmark:') ? readArtifacts(lines) : [],
    ...detectFormatOf(parsed.tables),
    problems: parsed.problems,
  };
}

function detectFormatOf(tables: Parameters<typeof detectFormat>[0]): Pick<ReportModel, 'format' | 'formatEvidence'> {
  const { format, evidence } = detectFormat(tables);
  return { format, formatEvidence: evidence };
}

/** Each table goes to the deepest section whose range holds its first line. */
function assignTables(sections: Section[], tableLines: readonly number[]): void {
  tableLines.forEach((line, index) => {
    let list = sections;
    let owner: Section | undefined;
    for (;;) {
      const s = list.find((x) => x.range.start.line <= line && line <= x.range.end.line);
      if (!s) break;
      owner = s;
      list = s.children;
    }
    owner?.tables.push(index);
  });
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

function readArtifacts(lines: readonly string[]): Artifact[] {
  const out: Artifact[] = [];
  lines.forEach((l, i) => {
    if (!l.includes('[bookmark:')) return;
    for (const m of l.matchAll(BOOKMARK)) {
      out.push({ kind: 'bookmark', text: m[0], range: { start: { line: i, character: m.index! }, end: { line: i, character: m.index! + m[0].length } } });
    }
  });
  return out;
}

function emptyModel(text: string): ReportModel {
  return {
    lineCount: splitLines(text).length,
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
