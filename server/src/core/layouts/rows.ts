// Row-per-line tables: Word's and WPS's "save as plain text", and a table copied from Word, a browser or
// Excel. Each table row is one line, its cells separated by TABs; an empty cell is an empty field (the
// line starts with a TAB, or holds two in a row); a cell's line breaks are lost or written as spaces; a
// row of one merged cell (表二's `第二十条第（一）项`) is a line without a TAB.
//
// Such a line is told from Tika's by a TAB after a cell's text (`规章\t0\t0\t0`, `\t（二）部分公开\t1…`):
// Tika leads each cell's line with its TAB and puts none after. A run of such lines, with the one-cell
// rows among them, is a region whose every line is a row fragment, read by the same table parsers as a
// Tika region; it is taken only when it holds a national table (a paragraph or two with a TAB in them
// stay prose). A cell's range is its field within the line.
import { makeCellAt, type Region } from '../blocks';
import type { Cell } from '../model';
import { mayHoldTable, splitRegion } from '../tables/split';
import { normLabel } from '../text';
import { TABLE2_CAPTION } from '../tables/table2';

const TAB = 9;

/** A TAB after a cell's text: a row of this layout (no line of Tika's layout has one). */
export function hasInnerTab(line: string): boolean {
  for (let k = line.indexOf('\t', 1); k > 0; k = line.indexOf('\t', k + 1)) if (line.charCodeAt(k - 1) !== TAB) return true;
  return false;
}

/** A row of empty cells but its last ones (`\t\t\t\t0`): a row of this layout inside a run, not one on its own. */
const tabsOnly = (line: string): boolean => line.charCodeAt(0) === TAB && line.indexOf('\t', 1) > 0;

/** A one-cell row of this layout: 表二's caption, merged across its row. */
const oneCellRow = (line: string): boolean => line.length <= 40 && line.indexOf('\t') < 0 && TABLE2_CAPTION.test(normLabel(line));

/**
 * The regions of row-per-line tables, in line order; `owned` receives 1 on their lines. A run is the
 * lines with a TAB after a cell (at least two of them), the rows of empty cells between them and the
 * one-cell rows at its start or between its rows.
 */
export function rowRegions(lines: readonly string[], owned: Uint8Array): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!hasInnerTab(lines[i]!)) continue;
    let first = i;
    while (first > 0 && oneCellRow(lines[first - 1]!) && owned[first - 1] !== 1) first--;
    let last = i;
    let inner = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (hasInnerTab(l)) inner++;
      else if (!tabsOnly(l) && !(oneCellRow(l) && j + 1 < lines.length && (hasInnerTab(lines[j + 1]!) || tabsOnly(lines[j + 1]!)))) break;
      last = j;
    }
    i = last;
    if (inner < 2 || !mayHoldTable(lines, first, last)) continue;
    const region = rowRegion(lines, first, last);
    // A national table among the rows, or they are lines of prose that hold a TAB.
    if (!splitRegion(region).some((t) => t.kind !== 'unknown')) continue;
    out.push(region);
    owned.fill(1, first, last + 1);
  }
  return out;
}

/** Lines `first`…`last` as a region: each line a row fragment, each field between TABs a cell. */
function rowRegion(lines: readonly string[], first: number, last: number): Region {
  const cells: Cell[] = [];
  const fragment: number[] = [];
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    let from = 0;
    for (;;) {
      const tab = line.indexOf('\t', from);
      const to = tab < 0 ? line.length : tab;
      cells.push(makeCellAt(lines, i, i, from, to));
      fragment.push(i - first);
      if (tab < 0) break;
      from = tab + 1;
    }
  }
  return { firstLine: first, lastLine: last, cells, fragment, layout: 'rows' };
}
