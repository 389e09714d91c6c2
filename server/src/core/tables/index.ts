// From regions of cells to tables aligned with their templates.
import type { Region } from '../blocks';
import type { ParseProblem, Table } from '../model';
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

export function parseTables(regions: readonly Region[]): ParsedTables {
  const out: ParsedTables = { tables: [], problems: [], prose: [] };
  for (const region of regions) {
    for (const tc of splitRegion(region)) {
      if (tc.kind === 'unknown' && isParagraphs(tc)) {
        for (let l = tc.cells[0]!.firstLine; l <= tc.cells[tc.cells.length - 1]!.lastLine; l++) out.prose.push(l);
        continue;
      }
      const sink = new ProblemSink(tc.kind, out.tables.length);
      out.tables.push(parseOne(tc, sink));
      out.problems.push(...sink.problems);
    }
  }
  return out;
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
