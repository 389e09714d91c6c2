// table-row-total: a 表三 row's 总计 ≠ the sum of its six applicant cells; a 表四 group's 总计 ≠ its
// four results. Reported only where no culprit cell or swap explains it. The fix (not preferred:
// the total or an addend may be wrong) sets the total to the sum — offered only where that breaks no
// other sum that holds (the balance confirming the total).
import { evaluate, tableRelations, unexplainedSums, type Evaluation, type Relation } from '../arith';
import type { Finding, RelatedInformation } from '../findings';
import { cellTitle, rowTitle } from '../labels';
import type { ReportModel } from '../model';
import type { Rule } from './types';

export const tableRowTotal: Rule = {
  id: 'table-row-total',
  severity: 'error',
  fixable: true,
  description: {
    zh: '表三某行的总计不等于六类申请人之和；表四某组的总计不等于四项结果之和',
    en: 'A 表三 row total differs from the sum of its six applicant cells; a 表四 group total from its four results',
  },
  messages: {
    'table-row-total': { zh: '「{row}」·总计 为 {total}，但各类申请人之和为 {sum}', en: '"{row}" total is {total}, but the applicant columns add up to {sum}' },
    'table-row-total.group': { zh: '{group}·总计 为 {total}，但四项结果之和为 {sum}', en: '{group} total is {total}, but the four results add up to {sum}' },
    'fix.set-total': { zh: '将总计改为 {sum}', en: 'Set the total to {sum}' },
  },
  check(model) {
    return unexplainedSums(model, ['row', 'group']).map(({ table, evaluation: e }) =>
      totalFinding(model, e, 'table-row-total', e.relation.kind === 'row'
        ? { id: 'table-row-total', args: { row: rowTitle(table, e.relation.row!), total: e.lhs, sum: e.rhs } }
        : { id: 'table-row-total.group', args: { group: e.relation.group ?? '', total: e.lhs, sum: e.rhs } }),
    );
  },
};

/** A sum that does not hold, reported on its total cell with the addends as related information. */
export function totalFinding(model: ReportModel, e: Evaluation, rule: string, message: Finding['message']): Finding {
  const table = model.tables[e.relation.table]!;
  const total = e.relation.anchor.cell.number!;
  const related: RelatedInformation[] = e.relation.rhs
    .filter((t) => t.cell.number && t.cell.number.value !== 0)
    .map((t) => ({ range: t.cell.number!.range, message: { id: 'related.cell', args: { cell: cellTitle(table, t.row, t.col), value: t.cell.number!.text } } }));
  const finding: Finding = { rule, severity: 'error', range: total.range, message, related };
  // Offered only where the total set to the sum breaks no other sum it is part of that holds now (a
  // column total that the balance confirms is not the wrong cell: setting it would break the balance).
  const set = new Map([[e.relation.anchor.cell, e.rhs]]);
  const reads = (r: Relation) => r.lhs.some((t) => t.cell === e.relation.anchor.cell) || r.rhs.some((t) => t.cell === e.relation.anchor.cell);
  const breaks = (r: Relation) => reads(r) && evaluate(table, r).status === 'ok' && evaluate(table, r, set).status === 'fail';
  if (!tableRelations(model, e.relation.table).some(breaks)) {
    finding.fixes = [{ title: { id: 'fix.set-total', args: { sum: e.rhs } }, edits: [{ range: total.range, newText: String(e.rhs) }] }];
  }
  return finding;
}
