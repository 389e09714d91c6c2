// First pass over the lines: which lines are table cells and which are prose.
//
// A Word table saved as text puts every cell on a line that starts with a TAB (a paragraph indented
// with a typed TAB is told apart by `isCellLine`: no cell is that long with a full stop); a cell with several
// paragraphs continues on the following lines without a TAB, and may even hold an empty paragraph
// (a blank line inside the cell); a blank line otherwise ends a table row. This pass groups the
// lines into regions of cells, each cell knowing its lines and the row fragment (run of cells between
// blank lines) it belongs to. Which table a region holds, and how its rows align, is decided later
// against the templates (tables/).
import type { MessageRef } from './findings';
import type { Cell, NumberValue, Range, TableKind, TextLayout } from './model';
import { parseNumber, type ParsedNumber } from './numbers';
import { isBlank, leadingWs, normLabel, trimmedEnd } from './text';
import { isReportTitleLine } from './title';

export interface Region {
  firstLine: number;
  lastLine: number;
  cells: Cell[];
  /** For each cell, the index of its row fragment (cells between blank lines) within the region. */
  fragment: number[];
  /** A region read from another text layout than Tika's (layouts/): `rows`, a line per table row with TABs
   * between the cells; `cells`, a line per cell paragraph with nothing marking rows, aligned with a template. */
  layout?: TextLayout;
  /** The table a `cells` region was aligned with (a `rows` region is cut into tables as Tika's are). */
  kind?: TableKind;
  /** A `cells` table that could not be aligned with its template: why, at which cell (an `input-layout`
   * finding; the table is not checked: its cells are its lines, its rows none). */
  unaligned?: { at: Range; reason: MessageRef };
}

/** The cells of the last parse of a document, by first line, and its lines (see `LineCache`). */
export interface CellCache {
  readonly lines: readonly string[];
  readonly cells: readonly (Cell | undefined)[];
}

/** Lines `first`…`last` are the same text in `lines` and in `before`. */
export function sameLines(before: readonly string[], lines: readonly string[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (before[j] !== lines[j]) return false;
  return true;
}

export interface Blocks {
  regions: Region[];
  /** Lines that are not part of any table, in order. */
  prose: number[];
}

const TAB = 9;
const STRONG_HEADING = /^[\s\u3000\u00a0]*[一二三四五六七八九十]{1,3}[、．.]/;

/** `cellLine`: `cellLines(lines)`. With `cache`, unchanged cells are taken over from it, and `cells` receives this parse's cells by first line.
 * `owned`: 1 on the lines of tables in another layout (layouts/), which are neither cells here nor prose. */
export function segment(lines: readonly string[], cellLine: Uint8Array, cache?: CellCache, cells: (Cell | undefined)[] = [], owned?: Uint8Array): Blocks {
  const regions: Region[] = [];
  const make = new Cells(lines, cache, cells);
  const prose: number[] = [];
  let region: Region | undefined;
  // The open cell's first and last line (-1: none): two numbers rather than an object per cell, and
  // no closures over them, so that they stay in registers.
  let cellFirst = -1;
  let cellLast = -1;
  let fragment = 0;
  let blankRun = 0; // blank lines since the last cell line in this region

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (owned !== undefined && owned[i] === 1) {
      // Another layout's table: it ends the region before it, as prose would.
      if (region !== undefined) {
        closeRegion(regions, region, make, cellFirst, cellLast, fragment);
        for (let j = cellLast + 1; j < i; j++) prose.push(j);
        region = undefined;
        cellFirst = -1;
        blankRun = 0;
      }
      continue;
    }
    if (cellLine[i] === 1) {
      if (region === undefined) {
        region = { firstLine: i, lastLine: i, cells: [], fragment: [] };
        fragment = 0;
      } else {
        if (cellFirst >= 0) pushCell(region, make, cellFirst, cellLast, fragment);
        if (blankRun > 0) fragment++;
      }
      cellFirst = cellLast = i;
      blankRun = 0;
      continue;
    }
    if (region === undefined) {
      prose.push(i);
      continue;
    }
    if (isBlank(line)) {
      // A blank line ends the row, unless it sits inside a cell (decided when the next line comes).
      blankRun++;
      continue;
    }
    // A non-blank line without a TAB, inside a region (which always has an open cell).
    const nextIsCell = cellLine[i + 1] === 1;
    if (pageBreak(line, blankRun) && cellAfterBlanks(lines, cellLine, i + 1)) {
      // `（续表）` marks a page break, as do a page's running header (the report's title) and its number in
      // text taken from a PDF: a line of its own inside the table, which goes on after it (a row break),
      // even past a blank line or two.
      prose.push(i);
      blankRun = Math.max(blankRun, 1);
      continue;
    }
    if (blankRun === 0 && !endsTable(lines, cellFirst, line, nextIsCell)) {
      cellLast = i; // a further paragraph of the cell
      continue;
    }
    if (blankRun === 1 && nextIsCell && line.trim().length <= 10 && !line.includes('。')) {
      if (isNumberCell(lines[cellFirst]!)) {
        prose.push(i); // numbers do not wrap: a line of its own inside the table, which goes on after it
        continue;
      }
      cellLast = i; // an empty paragraph inside the cell (`结果`, ``, `维持`)
      blankRun = 0;
      continue;
    }
    // Prose: the region ends at its last cell; the blank lines in between are prose.
    closeRegion(regions, region, make, cellFirst, cellLast, fragment);
    for (let j = cellLast + 1; j <= i; j++) prose.push(j);
    region = undefined;
    cellFirst = -1;
    blankRun = 0;
  }
  if (region !== undefined) {
    closeRegion(regions, region, make, cellFirst, cellLast, fragment);
    for (let j = cellLast + 1; j < lines.length; j++) prose.push(j);
  }
  return { regions, prose };
}

/** Makes the cells of one parse, taking over those of the cache whose lines are unchanged. */
class Cells {
  constructor(
    private readonly lines: readonly string[],
    private readonly cache: CellCache | undefined,
    private readonly made: (Cell | undefined)[],
  ) {}

  cell(first: number, last: number): Cell {
    const old = this.cache?.cells[first];
    const cell = old !== undefined && old.lastLine === last && sameLines(this.cache!.lines, this.lines, first, last) ? old : makeCell(this.lines, first, last);
    if (this.cache) this.made[first] = cell;
    return cell;
  }
}

function pushCell(region: Region, cells: Cells, first: number, last: number, fragment: number): void {
  region.cells.push(cells.cell(first, last));
  region.fragment.push(fragment);
}

function closeRegion(regions: Region[], region: Region, cells: Cells, first: number, last: number, fragment: number): void {
  pushCell(region, cells, first, last, fragment);
  region.lastLine = last;
  regions.push(region);
}

/** `（续表）`, the report's title as a running header, or a page number on a line of its own after a blank
 * line (`5`, `- 5 -`, `第5页`; right after a number cell, a digit would be that cell's next paragraph). */
function pageBreak(line: string, blankRun: number): boolean {
  return CONTINUED.test(line) || isReportTitleLine(line) || (blankRun > 0 && PAGE_NUMBER.test(line));
}
const PAGE_NUMBER = /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*(?:[，,]\s*)?共\s*\d{1,3}\s*页)?)\s*$/;

/** A cell's line at `from` or after at most four blank or page-break lines (`- 3 -` under a running header). */
function cellAfterBlanks(lines: readonly string[], cellLine: Uint8Array, from: number): boolean {
  for (let j = from; j < Math.min(from + 5, lines.length); j++) {
    if (cellLine[j] === 1) return true;
    if (!isBlank(lines[j]!) && !pageBreak(lines[j]!, 1)) return false;
  }
  return false;
}

/** `续表`, `（续表）`: a table continued after a page break, not cell text. */
const CONTINUED = /^\s*(?:[（(]\s*)?续表/;

/** A cell line that holds a number and nothing but it (numbers do not wrap). */
const isNumberCell = (line: string): boolean => !isBlank(line) && parseNumber(line.slice(1)) !== undefined;

/**
 * A non-TAB line right after a cell continues that cell unless it plainly is not cell text: a
 * top-level heading, a long sentence, or text after a number (numbers do not wrap).
 */
function endsTable(lines: readonly string[], cellFirst: number, line: string, nextIsCell: boolean): boolean {
  if (line.charCodeAt(0) === TAB) return true; // a paragraph indented with a TAB (see isCellLine)
  if (nextIsCell) return false;
  if (STRONG_HEADING.test(line) && line.length <= 60) return true;
  if (line.length > 60 && line.includes('。')) return true;
  return isNumberCell(lines[cellFirst]!) && parseNumber(line) === undefined;
}

/** Build a cell from its lines: the TAB-led first line and its continuation lines. */
export function makeCell(lines: readonly string[], first: number, last: number): Cell {
  if (first === last) {
    const v = smallInt(lines[first]!);
    if (v >= 0) {
      // The most common cell, `\t12`: its text is shared from a table of numerals (strings are immutable).
      const text = (SMALL_INTS[v] ??= String(v));
      const range: Range = { start: { line: first, character: 1 }, end: { line: first, character: 1 + text.length } };
      const number: NumberValue = { value: v, text, integer: true, signed: false, fullWidth: false, thousands: false, range };
      return { text, label: text, range, firstLine: first, lastLine: first, blank: false, number };
    }
  }
  return makeCellAt(lines, first, last, 1, lines[last]!.length);
}

/**
 * A cell whose text starts at character `from` of line `first` and ends at character `to` of line `last`
 * (its lines between whole): a TAB-led cell from 1 to the end of its last line; in the other layouts
 * (layouts/), a field of a row's line, or a converter's paragraph lines without their centring.
 */
export function makeCellAt(lines: readonly string[], first: number, last: number, from: number, to: number): Cell {
  let text = first === last ? lines[first]!.slice(from, to) : lines[first]!.slice(from);
  for (let j = first + 1; j <= last; j++) text += '\n' + (j === last ? lines[j]!.slice(0, to) : lines[j]!);
  const start = { line: first, character: from };
  // An empty cell (`\t` alone) starts where it ends: one position for both.
  const range: Range = { start, end: first === last && to === from ? start : { line: last, character: to } };
  const label = normLabel(text);
  // A number starts with a digit or a sign, which the label keeps (full-width digits made ASCII): most
  // label cells are rejected here without reading the text again.
  const number = label !== '' && mayStartNumber(label.charCodeAt(0)) ? cellNumber(text, range, first, last, from) : undefined;
  // normLabel drops whitespace and bookmarks: an empty label is a blank cell. One literal per shape
  // (adding `number` afterwards would allocate a second property store per number cell).
  return number === undefined
    ? { text, label, range, firstLine: first, lastLine: last, blank: label === '' }
    : { text, label, range, firstLine: first, lastLine: last, blank: false, number };
}

/** `String(v)` for v below 10000, made on demand (sized at once, so that its indices stay fast elements). */
const SMALL_INTS: (string | undefined)[] = new Array<string | undefined>(10000);

/** The value of a line that is a TAB and a numeral below 10000 written without leading zeros, or -1. */
function smallInt(line: string): number {
  const n = line.length;
  if (n < 2 || n > 5 || (n > 2 && line.charCodeAt(1) === 0x30)) return -1;
  let v = 0;
  for (let i = 1; i < n; i++) {
    const d = line.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function mayStartNumber(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0xff0b || c === 0xff0d;
}

/** The number of a cell's text (which starts at character `from` of line `first`), with its range; a plain
 * integer (most value cells) is read here directly, anything else by `parseNumber`. */
function cellNumber(text: string, range: Range, first: number, last: number, from: number): NumberValue | undefined {
  const a = leadingWs(text);
  const b = trimmedEnd(text);
  let k = a;
  while (k < b && k - a < 15 && isDigit(text.charCodeAt(k))) k++;
  if (k === b && b > a) {
    let value = 0;
    for (let j = a; j < b; j++) value = value * 10 + text.charCodeAt(j) - 0x30;
    const whole = a === 0 && b === text.length;
    const numRange = whole ? range : numberRange(text, first, last, from, a, b);
    return { value, text: whole ? text : text.slice(a, b), integer: true, signed: false, fullWidth: false, thousands: false, range: numRange };
  }
  const n = parseNumber(text) ?? (text.includes('[bookmark:') ? bookmarked(text) : undefined);
  if (!n) return undefined;
  // Most number cells are the number alone: then the number's range is the cell's (shared, not copied).
  const whole = n.offset === 0 && n.length === text.length;
  const numRange = whole ? range : numberRange(text, first, last, from, n.offset, n.offset + n.length);
  const numText = whole ? text : text.slice(n.offset, n.offset + n.length);
  const num: NumberValue = { value: n.value, text: numText, integer: n.integer, signed: n.signed, fullWidth: n.fullWidth, thousands: n.thousands, range: numRange };
  if (n.unit !== undefined) num.unit = n.unit;
  return num;
}

/**
 * The number of a cell whose text is a number with Word bookmarks before or after it (`[bookmark: _GoBack]35`,
 * where the author last edited): its offset is in the cell's text, so that a fix of the number keeps them
 * (conversion-artifact removes them).
 */
function bookmarked(text: string): ParsedNumber | undefined {
  const { lead, inner } = aroundBookmarks(text);
  if (inner.includes('[')) return undefined;
  const n = parseNumber(inner);
  return n && { ...n, offset: lead + n.offset };
}

/** The end of a bookmark `[bookmark: …]` that starts at `at` (after its `]`), or -1. */
function bookmarkEnd(text: string, at: number): number {
  if (!text.startsWith('[bookmark:', at)) return -1;
  for (let i = at + 10; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5d) return i + 1; // ]
    if (c === 0x5b || c === 10) return -1; // [ or a line break: no bookmark
  }
  return -1;
}

/**
 * Bookmarks (and whitespace) before, the rest, bookmarks (and whitespace) after: `lead` is the length of
 * the bookmarks before (up to the last one's `]`), `inner` the rest less the bookmarks and whitespace
 * after it. One pass each way (a regular expression for this backtracked on long runs of whitespace).
 */
const WS = /\s/;
function aroundBookmarks(text: string): { lead: number; inner: string } {
  let lead = 0;
  for (let i = 0; ; ) {
    while (i < text.length && WS.test(text[i]!)) i++;
    const end = bookmarkEnd(text, i);
    if (end < 0) break;
    lead = i = end;
  }
  let end = text.length;
  for (;;) {
    while (end > lead && WS.test(text[end - 1]!)) end--;
    if (end <= lead || text.charCodeAt(end - 1) !== 0x5d) break;
    const open = text.lastIndexOf('[bookmark:', end - 1);
    if (open < lead || bookmarkEnd(text, open) !== end) break;
    end = open;
  }
  return { lead, inner: text.slice(lead, end) };
}

/** The range of `text.slice(from, to)` in a cell whose text starts at character `start` of line `first`. */
function numberRange(text: string, first: number, last: number, start: number, from: number, to: number): Range {
  if (first === last) return { start: { line: first, character: start + from }, end: { line: first, character: start + to } };
  return { start: offsetToPosition(text, first, start, from), end: offsetToPosition(text, first, start, to) };
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Position of an offset into a cell's text (whose first character is character `start` of line `first`). */
function offsetToPosition(text: string, first: number, start: number, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: first, character: start + offset };
  let line = first;
  for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) line++;
  return { line, character: offset - nl - 1 };
}

/** Indentation of a label cell (U+3000 and spaces before the text), used by the old 统计表. */
export function cellIndent(cell: Cell): number {
  return leadingWs(cell.text.replace(/^\[bookmark:[^[\]\n]*\]/, ''));
}
