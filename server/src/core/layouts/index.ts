// The parser's first look at a text: which lines hold tables in a layout other than Tika's. A report
// reaches the checker as text in several layouts, and any mix of them (one table pasted row-per-line into a
// Tika text):
//   - Tika's cell-per-line: a TAB-led line per cell, a blank line per row (blocks.ts reads it, unchanged);
//   - row-per-line (rows.ts): a line per row, its cells separated by TABs — Word's and WPS's "save as plain
//     text", a table copied from Word, a browser or Excel;
//   - cell-per-line without marks (cells.ts): a line per cell paragraph, nothing marking rows or tables —
//     LibreOffice's and docx2txt's text of a .docx; its cells are aligned with the national templates.
// This pass finds the tables of the other two and makes the same `Cell`s of them that Tika's reader makes
// (each with the exact range of its text), grouped in regions with their row fragments, so that everything
// downstream (tables/, the rules, hover, outline, extract) reads them as it reads Tika's. Lines it takes are
// table lines; every other line is read as before. Linear in the text; a text without a TAB after a cell
// and without a table's opening words costs one scan of its lines.
import type { Region } from '../blocks';
import { cellLines, isCellLine } from '../text';
import { cellRegions, mayOpen } from './cells';
import { hasInnerTab, rowRegions } from './rows';

export interface Layouts {
  /** The tables read from the other layouts, one region each (a row-per-line run may hold several), in line order. */
  regions: Region[];
  /** 1 on the lines they take; undefined when there are none. */
  owned?: Uint8Array;
}

const NONE: Layouts = { regions: [] };

/** The tables of `lines` in the layouts other than Tika's. */
export function readLayouts(lines: readonly string[]): Layouts {
  let rows = false;
  let cells = false;
  for (const line of lines) {
    if (!rows && hasInnerTab(line)) rows = true;
    if (!cells && mayOpen(line) && !isCellLine(line)) cells = true;
    if (rows && cells) break;
  }
  if (!rows && !cells) return NONE;
  const owned = new Uint8Array(lines.length);
  const regions = rows ? rowRegions(lines, owned) : [];
  if (cells) {
    const more = cellRegions(lines, owned, (i) => isCellLine(lines[i]!));
    if (more.length) {
      regions.push(...more);
      regions.sort((a, b) => a.firstLine - b.firstLine);
    }
  }
  return regions.length ? { regions, owned } : NONE;
}

/** Which lines are table lines (1), in every layout: Tika's cell lines (`cellLines`) and the lines of the
 * other layouts' tables. What the parse passes on to the rules (`Analyses.cells`). */
export function tableLines(lines: readonly string[], layouts: Layouts = readLayouts(lines)): Uint8Array {
  const flags = cellLines(lines);
  const owned = layouts.owned;
  if (owned) for (let i = 0; i < flags.length; i++) if (owned[i] === 1) flags[i] = 1;
  return flags;
}

/** Tika's cell lines alone (`tableLines` less the other layouts' lines): what blocks.ts segments. */
export function tikaLines(flags: Uint8Array, layouts: Layouts): Uint8Array {
  const owned = layouts.owned;
  if (!owned) return flags;
  const out = flags.slice();
  for (let i = 0; i < out.length; i++) if (owned[i] === 1) out[i] = 0;
  return out;
}
