// What cells left blank, or totals left 0, should hold where the tables' relations say so: 0 for a plain
// cell, the sum of its addends for a total. One root cause, one finding: a 总计 column left 0 while its rows
// hold numbers is one unfilled column (not a row-total error per row), a table that leaves its zeros and its
// rows' totals blank is one convention (not a blank per row). The table rules report these; the prose rule
// reads a figure against the table as it is once they are filled (`values`).
import { evaluate, type Relation, type RelationKind, type Term } from './arith';
import type { RelatedInformation, TextEdit } from './findings';
import { columnTitle, rowTitle } from './labels';
import { msg } from './messages';
import type { Cell, Range, Row, Table } from './model';
import { TABLE3_RELATIONS, TABLE4_RELATIONS } from './national';

/** A total of the relations (national.ts): 表三's 总计 column and （七）总计 row, each 总计 of 表四's groups. */
export function isTotal(table: Table, row: Row, col: number): boolean {
  const key = table.columns[col]?.key;
  if (table.kind === 'table3') return row.key === TABLE3_RELATIONS.column.total || key === TABLE3_RELATIONS.row.total;
  if (table.kind === 'table4') return key?.endsWith(`.${TABLE4_RELATIONS.group.total}`) ?? false;
  return false;
}

/** The kinds of relation whose single left-hand cell is a total of the right-hand cells. */
const TOTALS: readonly RelationKind[] = ['row', 'column', 'group'];

export interface FillPlan {
  /** The value each cell of the run gets. */
  values: Map<Cell, number>;
  /** How many of them are totals written as the sum of their addends (the rest are 0). */
  totals: number;
  /** The cells whose value the relations force (non-negative cells summing to 0, a total of known cells). */
  forced: Set<Cell>;
}

/**
 * Fill `run` (blank cells, or totals to write again): each total of the run the sum of its relation's
 * addends, once they are known (a total of totals after them); every other cell 0. Undefined where a relation
 * touching the run then fails.
 */
export function fillPlan(table: Table, rels: readonly Relation[], run: readonly Cell[]): FillPlan | undefined {
  const inRun = new Set(run);
  const values = new Map<Cell, number>();
  const totalOf = new Map<Cell, Relation[]>();
  for (const r of rels) {
    if (!TOTALS.includes(r.kind) || r.lhs.length !== 1 || !inRun.has(r.anchor.cell)) continue;
    const list = totalOf.get(r.anchor.cell);
    if (list) list.push(r);
    else totalOf.set(r.anchor.cell, [r]);
  }
  for (const c of run) if (!totalOf.has(c)) values.set(c, 0);
  // Totals whose addends are known, until none is left to compute.
  const known = (c: Cell): number | undefined => {
    const v = values.get(c);
    if (v !== undefined) return v;
    if (inRun.has(c)) return undefined;
    return c.blank ? 0 : c.number?.value;
  };
  for (let progress = true; progress; ) {
    progress = false;
    for (const [cell, rs] of totalOf) {
      if (values.has(cell)) continue;
      for (const r of rs) {
        const parts = r.rhs.map((t) => known(t.cell));
        if (parts.some((p) => p === undefined)) continue;
        values.set(cell, parts.reduce<number>((a, p) => a + p!, 0));
        progress = true;
        break;
      }
    }
  }
  let totals = 0;
  for (const c of totalOf.keys()) {
    if (!values.has(c)) values.set(c, 0);
    else if (values.get(c)! !== 0) totals++;
  }
  const touching = rels.filter((r) => r.lhs.some((t) => inRun.has(t.cell)) || r.rhs.some((t) => inRun.has(t.cell)));
  const status = touching.map((r) => evaluate(table, r, values).status);
  if (status.includes('fail')) return undefined;
  // 0 is forced where a relation holding with the plan has its unknowns (its blank cells and the run's) all
  // on one side: non-negative cells that sum to 0 are all 0.
  const forced = new Set<Cell>();
  touching.forEach((r, i) => {
    if (status[i] !== 'ok') return;
    const open = [...r.lhs, ...r.rhs].filter((t) => t.cell.blank || inRun.has(t.cell));
    const oneSide = open.every((t) => r.lhs.includes(t)) || open.every((t) => r.rhs.includes(t));
    if (oneSide) for (const t of open) forced.add(t.cell);
  });
  // A total is forced by addends that are written or forced.
  for (const [cell, rs] of totalOf) {
    if (rs.some((r) => r.rhs.every((t) => (!t.cell.blank && !inRun.has(t.cell)) || forced.has(t.cell)))) forced.add(cell);
  }
  return { values, totals, forced };
}

/** Totals left 0 (or blank) while what they add up holds numbers: a whole 总计 column, or a whole （七）总计 row. */
export interface Unfilled {
  /** `column`: 表三's 总计 column (each row's total); `row`: 表三's （七）总计 row (each column's total). */
  kind: 'column' | 'row';
  /** Every total cell of the line, in table order, and the value each should hold. */
  cells: { cell: Cell; row: Row; col: number; expected: number }[];
}

/** Rows whose applicants (or columns whose results) hold numbers: at least this many for a line to be unfilled. */
const UNFILLED_MIN = 2;

/**
 * 表三's 总计 column or （七）总计 row left 0 while the cells it totals hold numbers: each of its cells 0 or
 * blank, at least one 0 (a blank line is table-cell-empty's), at least two of its totals not 0 once
 * computed, and every sum the line is in holding once it is written (`fillPlan` over the line, a total of
 * totals included).
 */
export function unfilledTotals(table: Table, rels: readonly Relation[]): Unfilled[] {
  if (table.kind !== 'table3') return [];
  const candidates = (['column', 'row'] as const).flatMap((kind) => {
    const lines = rels.filter((r) => r.kind === (kind === 'column' ? 'row' : 'column'));
    const anchors = lines.map((r) => r.anchor);
    const zeroOrBlank = anchors.length >= UNFILLED_MIN && anchors.every((t) => t.value === 0 || t.value === 'blank') && anchors.some((t) => t.value === 0);
    return zeroOrBlank ? [{ kind, lines, anchors }] : [];
  });
  if (!candidates.length) return [];
  // One plan for both lines where both are unfilled: （七）总计·总计 is a cell of each.
  const cells = [...new Set(candidates.flatMap((c) => c.anchors.map((t) => t.cell)))];
  // Only where the totals, written, make every sum they are in hold: a table of zeros with a stray number
  // (a wrong cell, whose row and column both say 0) is no column left unfilled.
  const values = fillPlan(table, rels, cells)?.values;
  if (!values) return [];
  // At least two totals not 0 besides the one the column and the row share (（七）总计·总计): a stray number
  // in a table of zeros makes its row's total, its column's and the shared one — one wrong cell, not a line.
  const shared = (t: Term) => t.row.key === TABLE3_RELATIONS.column.total && table.columns[t.col]?.key === TABLE3_RELATIONS.row.total;
  return candidates
    .filter((c) => c.anchors.filter((t) => !shared(t) && (values.get(t.cell) ?? 0) > 0).length >= UNFILLED_MIN)
    .map((c) => ({ kind: c.kind, cells: c.anchors.map((t) => ({ cell: t.cell, row: t.row, col: t.col, expected: values.get(t.cell) ?? 0 })) }));
}

/** How an unfilled line is reported: where it is underlined — a （七）总计 row on its label, a 总计 column on
 * its first total to write — the edits that write the totals that differ from what is written, and each of
 * those totals as related information (its relation: what is written, what it adds up to). */
export function unfilledEdits(table: Table, u: Unfilled): { range: Range; edits: TextEdit[]; related: RelatedInformation[] } {
  const wrong = u.cells.filter((c) => c.cell.number?.value !== c.expected);
  const at = (c: Unfilled['cells'][number]): Range => c.cell.number?.range ?? c.cell.range;
  const edits = wrong.map((c) => ({ range: at(c), newText: String(c.expected) }));
  const related = wrong.map((c) => {
    const args = { lhs: c.cell.number?.value ?? 0, rhs: c.expected };
    return { range: at(c), message: u.kind === 'column' ? msg('relation.row', { ...args, row: rowTitle(table, c.row) }) : msg('relation.column', { ...args, col: columnTitle(table, c.col) }) };
  });
  const first = wrong[0] ?? u.cells[0]!;
  const label = u.kind === 'row' ? first.row.labelCell : undefined;
  return { range: label?.range ?? at(first), edits, related };
}
