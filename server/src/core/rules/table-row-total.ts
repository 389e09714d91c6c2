// table-row-total: a 表三 row's 总计 ≠ the sum of its six applicant cells; a 表四 group's 总计 ≠ its
// four results. Reported only where no culprit cell or swap explains it. The fix (a suggestion: the
// total or an addend may be wrong) sets the total to the sum — offered only where that breaks no other
// sum that holds (the balance confirming the total).
import { rowTitle } from '../labels';
import { failingTotal } from '../relation-text';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

const ZEROS10 = new Array<number>(10).fill(0);

export const tableRowTotal = defineRule({
  id: 'table-row-total',
  severity: 'error',
  fix: 'suggestion',
  messages: {
    'table-row-total': { zh: '「{row}」·总计 为 {total}，但各类申请人之和为 {sum}', en: '"{row}" total is {total}, but the applicant columns add up to {sum}' },
    'table-row-total.group': { zh: '{group}·总计 为 {total}，但四项结果之和为 {sum}', en: '{group} total is {total}, but the four results add up to {sum}' },
  },
  docs: {
    summary: {
      zh: '表三某行的总计不等于六类申请人之和；表四某组的总计不等于四项结果之和',
      en: 'A 表三 row total differs from the sum of its six applicant cells; a 表四 group total from its four results',
    },
    rationale: {
      zh: '总计是读者最先看的数字，也是上级汇总时直接引用的数字；它与各分项不符，说明统计或录入有误，报告的准确性便无从谈起。',
      en: 'The total is the figure readers look at first and the one higher authorities add up; when it disagrees with its parts, the counting or the typing went wrong, and the report cannot be relied on.',
    },
    examples: [{ bad: sampleReport({ table4: { data: [1, 0, 0, 0, 2, ...ZEROS10] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const { table, evaluation: e } of ctx.unexplained(['row', 'group'])) {
      const at = failingTotal(ctx, e);
      if (e.relation.kind === 'row') ctx.report('table-row-total', { row: rowTitle(table, e.relation.row!), total: e.lhs, sum: e.rhs }, at.range, at);
      else ctx.report('table-row-total.group', { group: e.relation.group ?? '', total: e.lhs, sum: e.rhs }, at.range, at);
    }
  },
});
