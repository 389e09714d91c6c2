// First pass over the lines: which lines are table cells and which are prose.
//
// A Word table saved as text puts every cell on a line that starts with a TAB; a cell with several
// paragraphs continues on the following lines without a TAB, and may even hold an empty paragraph
// (a blank line inside the cell); a blank line otherwise ends a table row. This pass groups the
// lines into regions of cells, each cell knowing its lines and the row fragment (run of cells between
// blank lines) it belongs to. Which table a region holds, and how its rows align, is decided later
// against the templates (tables/).
import type { Cell, NumberValue, Range } from './model';
import { parseNumber } from './numbers';
import { isBlank, leadingWs, normLabel } from './text';

export interface Region {
  firstLine: number;
  lastLine: number;
  cells: Cell[];
  /** For each cell, the index of its row fragment (cells between blank lines) within the region. */
  fragment: number[];
}

export interface Blocks {
  regions: Region[];
  /** Lines that are not part of any table, in order. */
  prose: number[];
}

const STRONG_HEADING = /^[\s\u3000\u00a0]*[一二三四五六七八九十]{1,3}[、．.]/;

export function segment(lines: readonly string[]): Blocks {
  const regions: Region[] = [];
  const prose: number[] = [];
  let region: Region | undefined;
  let cell: { first: number; last: number } | undefined;
  let fragment = 0;
  let blankRun = 0; // blank lines since the last cell line in this region

  const closeCell = () => {
    if (region && cell) {
      region.cells.push(makeCell(lines, cell.first, cell.last));
      region.fragment.push(fragment);
    }
    cell = undefined;
  };
  const closeRegion = () => {
    closeCell();
    if (region && region.cells.length) {
      region.lastLine = region.cells[region.cells.length - 1]!.lastLine;
      regions.push(region);
    }
    region = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('\t')) {
      closeCell();
      if (!region) {
        region = { firstLine: i, lastLine: i, cells: [], fragment: [] };
        fragment = 0;
      } else if (blankRun > 0) {
        fragment++;
      }
      cell = { first: i, last: i };
      blankRun = 0;
      continue;
    }
    if (!region) {
      prose.push(i);
      continue;
    }
    if (isBlank(line)) {
      // A blank line ends the row, unless it sits inside a cell (decided when the next line comes).
      blankRun++;
      continue;
    }
    // A non-blank line without a TAB, inside a region.
    const next = lines[i + 1];
    const nextIsCell = next !== undefined && next.startsWith('\t');
    if (cell && blankRun === 0 && !endsTable(lines, cell.first, line, nextIsCell)) {
      cell.last = i; // a further paragraph of the cell
      continue;
    }
    if (cell && blankRun === 1 && nextIsCell && line.trim().length <= 10 && !line.includes('。')) {
      cell.last = i; // an empty paragraph inside the cell (`结果`, ``, `维持`)
      blankRun = 0;
      continue;
    }
    // Prose: the region ends at its last cell; the blank lines in between are prose.
    const end = cell ? cell.last : i - 1;
    closeRegion();
    for (let j = end + 1; j <= i; j++) prose.push(j);
    blankRun = 0;
  }
  const lastCellLine = cell ? cell.last : -1;
  closeRegion();
  for (let j = lastCellLine + 1; j < lines.length && lastCellLine >= 0; j++) prose.push(j);
  return { regions, prose };
}

/**
 * A non-TAB line right after a cell continues that cell unless it plainly is not cell text: a
 * top-level heading, a long sentence, or text after a number (numbers do not wrap).
 */
function endsTable(lines: readonly string[], cellFirst: number, line: string, nextIsCell: boolean): boolean {
  if (nextIsCell) return false;
  if (STRONG_HEADING.test(line) && line.length <= 60) return true;
  if (line.length > 60 && line.includes('。')) return true;
  const first = lines[cellFirst]!;
  return !isBlank(first) && parseNumber(first.slice(1)) !== undefined && parseNumber(line) === undefined;
}

/** Build a cell from its lines: the TAB-led first line and its continuation lines. */
export function makeCell(lines: readonly string[], first: number, last: number): Cell {
  let text = lines[first]!.slice(1);
  for (let j = first + 1; j <= last; j++) text += '\n' + lines[j]!;
  const lastText = lines[last]!;
  const range: Range = { start: { line: first, character: 1 }, end: { line: last, character: lastText.length } };
  const label = normLabel(text);
  // normLabel drops whitespace and bookmarks: an empty label is a blank cell.
  const c: Cell = { text, label, range, firstLine: first, lastLine: last, blank: label === '' };
  const n = parseNumber(text);
  if (n) {
    // Most number cells are the number alone: then the number's range is the cell's (shared, not copied).
    const whole = n.offset === 0 && n.length === text.length;
    const numRange = whole ? range : { start: cellOffsetToPosition(c, n.offset), end: cellOffsetToPosition(c, n.offset + n.length) };
    const numText = whole ? text : text.slice(n.offset, n.offset + n.length);
    const num: NumberValue = { value: n.value, text: numText, integer: n.integer, signed: n.signed, fullWidth: n.fullWidth, thousands: n.thousands, range: numRange };
    if (n.unit !== undefined) num.unit = n.unit;
    c.number = num;
  }
  return c;
}

/** Position of an offset into `cell.text` (whose first character follows the TAB). */
export function cellOffsetToPosition(cell: Cell, offset: number): { line: number; character: number } {
  const before = cell.text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: cell.firstLine, character: 1 + offset };
  let line = cell.firstLine;
  for (let k = before.indexOf('\n'); k >= 0; k = before.indexOf('\n', k + 1)) line++;
  return { line, character: offset - nl - 1 };
}

/** Indentation of a label cell (U+3000 and spaces before the text), used by the old 统计表. */
export function cellIndent(cell: Cell): number {
  return leadingWs(cell.text.replace(/^\[bookmark:[^\]\n]*\]/, ''));
}
