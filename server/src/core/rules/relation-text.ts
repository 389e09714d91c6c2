// How a relation of the tables is described in related information and hovers; shared by the
// arithmetic rules.
import type { Evaluation } from '../arith';
import type { MessageRef, RelatedInformation } from '../findings';
import { columnTitle, rowTitle } from '../labels';
import type { ReportModel } from '../model';

export const relationMessages = {
  'relation.row': { zh: '「{row}」行：总计 {lhs}，各类申请人之和 {rhs}', en: 'Row "{row}": total {lhs}, sum of the applicant columns {rhs}' },
  'relation.column': { zh: '{col}列：（七）总计 {lhs}，各办理结果之和 {rhs}', en: 'Column {col}: (七) total {lhs}, sum of the results {rhs}' },
  'relation.balance': { zh: '{col}列：一+二 = {lhs}，（七）总计+四 = {rhs}', en: 'Column {col}: 一 + 二 = {lhs}, (七) total + 四 = {rhs}' },
  'relation.group': { zh: '{group}：总计 {lhs}，四项结果之和 {rhs}', en: '{group}: total {lhs}, sum of the four results {rhs}' },
  'related.cell': { zh: '{cell}：{value}', en: '{cell}: {value}' },
};

export function describeRelation(model: ReportModel, e: Evaluation): MessageRef {
  const r = e.relation;
  const table = model.tables[r.table]!;
  const args = { lhs: e.lhs, rhs: e.rhs };
  switch (r.kind) {
    case 'row':
      return { id: 'relation.row', args: { ...args, row: rowTitle(table, r.row!) } };
    case 'column':
      return { id: 'relation.column', args: { ...args, col: columnTitle(table, r.col!) } };
    case 'balance':
      return { id: 'relation.balance', args: { ...args, col: columnTitle(table, r.col!) } };
    case 'group':
      return { id: 'relation.group', args: { ...args, group: r.group ?? '' } };
  }
}

/** Related information: each relation, at its total cell. */
export function relatedRelations(model: ReportModel, evals: readonly Evaluation[]): RelatedInformation[] {
  return evals.map((e) => ({ range: e.relation.anchor.cell.number?.range ?? e.relation.anchor.cell.range, message: describeRelation(model, e) }));
}
