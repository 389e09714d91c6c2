// What every table parser shares: the table shell, problems, label helpers.
import type { ArgsOf, CoreMessageTable } from '../messages';
import type { Cell, Column, ParseProblem, ParseProblemCode, Range, Row, Table, TableKind } from '../model';
import { TABLE_NAMES, TABLE_SHORT } from '../national';

export class ProblemSink {
  readonly problems: ParseProblem[] = [];
  constructor(
    private readonly kind: TableKind,
    private readonly table: number,
  ) {}
  /** A problem of this table: its message's arguments but the table's name, which the sink adds. */
  add<C extends Exclude<ParseProblemCode, 'parser-failed'>>(code: C, range: Range, args: Omit<ArgsOf<CoreMessageTable[C]>, 'table'>): void {
    this.problems.push({ code, range, args: { table: TABLE_SHORT[this.kind], ...args }, table: this.table } as ParseProblem);
  }
}

/** The table shell; it takes `cells` as its own (each table's cell list is made for it alone). */
export function shell(kind: TableKind, cells: Cell[]): Table {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  return {
    kind,
    name: TABLE_NAMES[kind],
    firstLine: first.firstLine,
    lastLine: last.lastLine,
    range: { start: { line: first.firstLine, character: 0 }, end: last.range.end },
    cells,
    header: [],
    columns: [],
    rows: [],
  };
}

export function columns(spec: readonly (readonly [string, string])[]): Column[] {
  return spec.map(([key, label]) => ({ key, label }));
}

/** A unit after a header label: `行政复议（单位：件）`. */
const UNIT = /[（(]单位[^（()）]*[）)]$/;

/** A header label without the unit written after it (`行政复议（单位：件）` → `行政复议`). */
export const withoutUnit = (label: string): string => (label.includes('单位') ? label.replace(UNIT, '') : label);

/** A cell in a value position: blank or a number (text there is a label, or an invalid value). */
export function isValueCell(c: Cell): boolean {
  return c.blank || c.number !== undefined;
}

const ARABIC_ORDINAL = /^[（(]?(\d{1,2})[)）]?[.．、]?(?=\D)/;
const CN_ORDINAL = /^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、/;

/** Strip a leading ordinal (`1.`, `（一）`, `一、`) from a label. */
export function stripOrdinal(label: string): { n?: number; rest: string } {
  const m = ARABIC_ORDINAL.exec(label);
  if (m) return { n: Number(m[1]), rest: label.slice(m[0].length) };
  const p = CN_ORDINAL.exec(label);
  if (p) return { rest: label.slice(p[0].length) };
  return { rest: label };
}

export function emptyRow(key: string, label: string, width: number, labelCell?: Cell): Row {
  return { key, label, cells: new Array<undefined>(width).fill(undefined), ...(labelCell ? { labelCell } : {}) };
}
