// table-column-total: 表三 （七）总计 ≠ the sum of the result rows, per column. Reported only where no
// culprit cell or swap explains it; the fix (not preferred) sets the total to the sum.
import { unexplainedSums } from '../arith';
import { columnTitle } from '../labels';
import { totalFinding } from './table-row-total';
import type { Rule } from './types';

export const tableColumnTotal: Rule = {
  id: 'table-column-total',
  severity: 'error',
  fixable: true,
  description: {
    zh: '表三（七）总计不等于各办理结果之和（按列）',
    en: '表三 （七）总计 differs from the sum of the result rows, per column',
  },
  messages: {
    'table-column-total': { zh: '（七）总计·{col} 为 {total}，但各办理结果之和为 {sum}', en: '（七）总计·{col} is {total}, but the results add up to {sum}' },
  },
  check(model) {
    return unexplainedSums(model, ['column']).map(({ table, evaluation: e }) =>
      totalFinding(model, e, 'table-column-total', { id: 'table-column-total', args: { col: columnTitle(table, e.relation.col!), total: e.lhs, sum: e.rhs } }),
    );
  },
};
