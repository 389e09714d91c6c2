// How a relation of the tables is described in related information and hovers, and what a failing
// total is reported with; shared by the arithmetic rules and the hover.
import { evaluate, type Evaluation, type Relation } from './arith';
import type { Analyses } from './analyses';
import type { Fix, MessageRef, RelatedInformation } from './findings';
import { cellTitle, columnTitle, rowTitle } from './labels';
import { msg } from './messages';
import type { ReportModel } from './model';
import type { Range } from './position';

export function describeRelation(model: ReportModel, e: Evaluation): MessageRef {
  const r = e.relation;
  const table = model.tables[r.table]!;
  const args = { lhs: e.lhs, rhs: e.rhs };
  switch (r.kind) {
    case 'row':
      return msg('relation.row', { ...args, row: rowTitle(table, r.row!) });
    case 'column':
      return msg('relation.column', { ...args, col: columnTitle(table, r.col!) });
    case 'balance':
      return msg('relation.balance', { ...args, col: columnTitle(table, r.col!) });
    case 'group':
      return msg('relation.group', { ...args, group: r.group ?? '' });
  }
}

/** A relation by name only, without its sums (for one that cannot be evaluated: a cell is not a number). */
export function relationName(model: ReportModel, e: Evaluation): MessageRef {
  const r = e.relation;
  const table = model.tables[r.table]!;
  switch (r.kind) {
    case 'row':
      return msg('relation.name.row', { row: rowTitle(table, r.row!) });
    case 'column':
      return msg('relation.name.column', { col: columnTitle(table, r.col!) });
    case 'balance':
      return msg('relation.name.balance', { col: columnTitle(table, r.col!) });
    case 'group':
      return msg('relation.name.group', { group: r.group ?? '' });
  }
}

/** Related information: each relation, at its total cell. */
export function relatedRelations(model: ReportModel, evals: readonly Evaluation[]): RelatedInformation[] {
  return evals.map((e) => ({ range: e.relation.anchor.cell.number?.range ?? e.relation.anchor.cell.range, message: describeRelation(model, e) }));
}

/**
 * A sum that does not hold, as it is reported: on its total cell, the non-zero addends as related
 * information, and the fix that sets the total to the sum — offered only where that breaks no other sum
 * it is part of that holds now (a column total that the balance confirms is not the wrong cell: setting
 * it would break the balance). Never preferred: the total or an addend may be wrong.
 */
export function failingTotal(report: Analyses, e: Evaluation): { range: Range; related: RelatedInformation[]; fixes?: Fix[] } {
  const table = report.model.tables[e.relation.table]!;
  const total = e.relation.anchor.cell.number!;
  const related: RelatedInformation[] = e.relation.rhs
    .filter((t) => t.cell.number && t.cell.number.value !== 0)
    .map((t) => ({ range: t.cell.number!.range, message: msg('related.cell', { cell: cellTitle(table, t.row, t.col), value: t.cell.number!.text }) }));
  const set = new Map([[e.relation.anchor.cell, e.rhs]]);
  const reads = (r: Relation) => r.lhs.some((t) => t.cell === e.relation.anchor.cell) || r.rhs.some((t) => t.cell === e.relation.anchor.cell);
  const breaks = (r: Relation) => reads(r) && evaluate(table, r).status === 'ok' && evaluate(table, r, set).status === 'fail';
  if (report.relations(e.relation.table).some(breaks)) return { range: total.range, related };
  return { range: total.range, related, fixes: [{ title: msg('fix.set-total', { sum: e.rhs }), edits: [{ range: total.range, newText: String(e.rhs) }] }] };
}
