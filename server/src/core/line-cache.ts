// What the last parse of a document read from its lines, for the next parse: an editor parses on
// every keystroke, an edit leaves almost every line as it was, and a cell (by its first line) and a
// heading are functions of their lines and line numbers alone, a region's tables of its cells, so
// those an edit left unchanged are taken over rather than read again (less work and far less garbage
// per keystroke). The model is read-only, so two versions of the document may share them. The caller
// keeps it (one per open document); the core holds no state between calls.
import { newTableMemo, type TableMemo } from './arith';
import type { CellCache } from './blocks';
import type { Candidate } from './headings';
import type { Cell } from './model';
import type { RegionTables } from './tables';

export interface LineCache extends CellCache {
  lines: readonly string[];
  cells: (Cell | undefined)[];
  /** By line: the heading candidate, or null where the line is none (undefined: not read). */
  headings: (Candidate | null | undefined)[];
  /** By first line: what each region of cells gave (its tables), taken over where its cells are the same objects. */
  regions: Map<number, RegionTables>;
  /** The arithmetic of the tables, kept with the tables themselves (unchanged tables are the same objects). */
  tables: TableMemo;
}

export const newLineCache = (): LineCache => ({ lines: [], cells: [], headings: [], regions: new Map(), tables: newTableMemo() });
