// table-column-total: 表三 （七）总计 ≠ the sum of the result rows, per column. Reported only where no
// culprit cell or swap explains it; the fix (a suggestion) sets the total to the sum.
import { columnTitle } from '../labels';
import { failingTotal } from '../relation-text';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

export const tableColumnTotal = defineRule({
  id: 'table-column-total',
  severity: 'error',
  fix: 'suggestion',
  messages: {
    'table-column-total': { zh: '（七）总计·{col} 为 {total}，但各办理结果之和为 {sum}', en: '（七）总计·{col} is {total}, but the results add up to {sum}' },
  },
  docs: {
    summary: {
      zh: '表三（七）总计不等于各办理结果之和（按列）',
      en: '表三 （七）总计 differs from the sum of the result rows, per column',
    },
    rationale: {
      zh: '（七）总计是本年度办结申请的总数，应等于予以公开、部分公开、不予公开等各项办理结果之和；不符说明有申请漏计、重计或填错了行。',
      en: '（七）总计 is the number of requests handled this year and must equal the sum of the results (disclosed, partly disclosed, refused …); a difference means a request was left out, counted twice or entered in the wrong row.',
    },
    examples: [{ bad: sampleReport({ table3: { open: [5, 1, 0, 0, 0, 0, 6] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const { table, evaluation: e } of ctx.unexplained(['column'])) {
      const at = failingTotal(ctx, e);
      ctx.report('table-column-total', { col: columnTitle(table, e.relation.col!), total: e.lhs, sum: e.rhs }, at.range, at);
    }
  },
});
