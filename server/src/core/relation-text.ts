// How a relation of the tables is described in related information and hovers, and what a failing
// total is reported with; shared by the arithmetic rules and the hover.
import { evaluate, type Evaluation, type Relation } from './arith';
import type { Analyses } from './analyses';
import type { Fix, MessageRef, RelatedInformation } from './findings';
import { cellTitle, columnTitle, rowTitle } from './labels';
import { msg } from './messages';
import type { Range } from './position';

export function describeRelation(e: Evaluation): MessageRef {
  const r = e.relation;
  const args = { lhs: e.lhs, rhs: e.rhs };
  switch (r.kind) {
    case 'row':
      return msg('relation.row', { ...args, row: rowTitle(r.table, r.row) });
    case 'column':
      return msg('relation.column', { ...args, col: columnTitle(r.table, r.col) });
    case 'balance':
      return msg('relation.balance', { ...args, col: columnTitle(r.table, r.col) });
    case 'group':
      return msg('relation.group', { ...args, group: r.group });
  }
}

/** A relation by name only, without its sums (for one that cannot be evaluated: a cell is not a number). */
export function relationName(e: Evaluation): MessageRef {
  const r = e.relation;
  switch (r.kind) {
    case 'row':
      return msg('relation.name.row', { row: rowTitle(r.table, r.row) });
    case 'column':
      return msg('relation.name.column', { col: columnTitle(r.table, r.col) });
    case 'balance':
      return msg('relation.name.balance', { col: columnTitle(r.table, r.col) });
    case 'group':
      return msg('relation.name.group', { group: r.group });
  }
}

/** Related information: each relation, at its total cell. */
export function relatedRelations(evals: readonly Evaluation[]): RelatedInformation[] {
  return evals.map((e) => ({ range: e.relation.anchor.cell.number?.range ?? e.relation.anchor.cell.range, message: describeRelation(e) }));
}

/**
 * A sum that does not hold, as it is reported: on its total cell, the non-zero addends as related
 * information, and the fix that sets the total to the sum — offered only where that breaks no other sum
 * it is part of that holds now (a column total that the balance confirms is not the wrong cell: setting
 * it would break the balance). Never preferred: the total or an addend may be wrong.
 */
export function failingTotal(report: Analyses, e: Evaluation): { range: Range; related: RelatedInformation[]; fixes?: Fix[] } {
  const { table, anchor } = e.relation;
  // The total's number (a failing sum's cells all hold one), else the cell.
  const total = anchor.cell.number?.range ?? anchor.cell.range;
  const related: RelatedInformation[] = e.relation.rhs.flatMap(({ cell, row, col }) =>
    cell.number && cell.number.value !== 0 ? [{ range: cell.number.range, message: msg('related.cell', { cell: cellTitle(table, row, col), value: cell.number.text }) }] : [],
  );
  const set = new Map([[anchor.cell, e.rhs]]);
  const reads = (r: Relation) => r.lhs.some((t) => t.cell === anchor.cell) || r.rhs.some((t) => t.cell === anchor.cell);
  const breaks = (r: Relation) => reads(r) && evaluate(table, r).status === 'ok' && evaluate(table, r, set).status === 'fail';
  if (report.relations(e.relation.tableIndex).some(breaks)) return { range: total, related };
  return { range: total, related, fixes: [{ title: msg('fix.set-total', { sum: e.rhs }), edits: [{ range: total, newText: String(e.rhs) }] }] };
}
