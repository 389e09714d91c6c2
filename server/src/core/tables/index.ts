// From regions of cells to tables aligned with their templates.
import type { Region } from '../blocks';
import type { Cell, ParseProblem, Table } from '../model';
import { ProblemSink, shell } from './common';
import { splitRegion, type TableCells } from './split';
import { parseTable2 } from './table2';
import { parseTable3 } from './table3';
import { parseTable4 } from './table4';
import { parseTable2014 } from './stats';

export interface ParsedTables {
  tables: Table[];
  problems: ParseProblem[];
  /** Lines of TAB-led regions that are no table at all (TAB-indented paragraphs): prose after all. */
  prose: number[];
}

/** What one region gave: its tables (and their problems) and its lines that are prose after all. */
export interface RegionTables {
  /** The region as read: its cells (the same objects) and their row fragments, and the number of tables before it. */
  cells: readonly Cell[];
  fragment: readonly number[];
  before: number;
  tables: Table[];
  problems: ParseProblem[];
  prose: number[];
}

/**
 * With `last` (the last parse's regions, by first line), a region whose cells are the very cells of the
 * last parse (see `LineCache`: the same objects, so the same lines), in the same row fragments and after
 * as many tables, gives the tables it gave then — a table is a function of its region alone; `made`
 * receives this parse's regions.
 */
export function parseTables(regions: readonly Region[], last?: ReadonlyMap<number, RegionTables>, made?: Map<number, RegionTables>): ParsedTables {
  const out: ParsedTables = { tables: [], problems: [], prose: [] };
  for (const region of regions) {
    const old = last?.get(region.firstLine);
    const r = old !== undefined && sameRegion(old, region, out.tables.length) ? old : regionTables(region, out.tables.length);
    made?.set(region.firstLine, r);
    for (const t of r.tables) out.tables.push(t);
    for (const p of r.problems) out.problems.push(p);
    for (const l of r.prose) out.prose.push(l);
  }
  return out;
}

function regionTables(region: Region, before: number): RegionTables {
  const r: RegionTables = { cells: region.cells, fragment: region.fragment, before, tables: [], problems: [], prose: [] };
  if (region.unaligned) {
    // A table without row marks that could not be aligned (layouts/cells.ts): named, not read.
    const kind = region.kind ?? 'unknown';
    const t = shell(kind, region.cells);
    t.header = region.cells.slice();
    t.layout = 'cells';
    const sink = new ProblemSink(kind, before);
    sink.add('table-layout-unaligned', region.unaligned.at, { reason: region.unaligned.reason });
    r.tables.push(t);
    r.problems.push(...sink.problems);
    return r;
  }
  // A region of another layout aligned with its template is that table; any other is cut into tables by their opening cells.
  const parts: TableCells[] = region.kind ? [{ kind: region.kind, cells: region.cells, fragment: region.fragment }] : splitRegion(region);
  for (const tc of parts) {
    if (tc.kind === 'unknown' && isParagraphs(tc)) {
      for (let l = tc.cells[0]!.firstLine; l <= tc.cells[tc.cells.length - 1]!.lastLine; l++) r.prose.push(l);
      continue;
    }
    const sink = new ProblemSink(tc.kind, before + r.tables.length);
    const table = parseOne(tc, sink);
    if (region.layout) table.layout = region.layout;
    r.tables.push(table);
    r.problems.push(...sink.problems);
  }
  return r;
}

function sameRegion(old: RegionTables, region: Region, before: number): boolean {
  const { cells, fragment } = region;
  if (old.before !== before || old.cells.length !== cells.length) return false;
  for (let i = 0; i < cells.length; i++) if (old.cells[i] !== cells[i] || old.fragment[i] !== fragment[i]) return false;
  return true;
}

function parseOne(tc: TableCells, sink: ProblemSink): Table {
  switch (tc.kind) {
    case 'table2':
      return parseTable2(tc, sink);
    case 'table3':
      return parseTable3(tc, sink);
    case 'table4':
      return parseTable4(tc, sink);
    case 'stats':
      return parseTable2014(tc, sink);
    default: {
      const t = shell('unknown', tc.cells);
      return t;
    }
  }
}

/** No template matched and no cell holds a number: paragraphs indented with a TAB, not a table. */
function isParagraphs(tc: TableCells): boolean {
  return tc.cells.every((c) => c.number === undefined);
}
