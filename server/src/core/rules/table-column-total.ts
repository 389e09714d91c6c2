// table-column-total: 表三 （七）总计 ≠ the sum of the result rows, per column. Reported only where no
// culprit cell or swap explains it; the fix (not preferred) sets the total to the sum. A （七）总计 row left 0
// while the results hold numbers (fill.ts) is one finding on the row, not one per column, underlined on
// its label (the totals to write listed as related information), with a fix (preferred) that writes each
// column's total.
import { columnTitle, tableTitle } from '../labels';
import { failingTotal } from '../relation-text';
import { unfilledEdits } from '../fill';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

export const tableColumnTotal = defineRule({
  id: 'table-column-total',
  severity: 'error',
  fix: 'safe',
  messages: {
    'table-column-total.unfilled': {
      zh: '{table}（七）总计行为 0，但各办理结果均有数字：{count} 列的总计应为各办理结果之和',
      en: 'The （七）总计 row of {table} is 0, but the results hold numbers: {count} column totals should be the sums of the results',
    },
    'fix.fill-column-totals': { zh: '填入（七）总计（{count} 处）', en: 'Write the （七）总计 row ({count} cells)' },
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
    examples: [
      { bad: sampleReport({ table3: { open: [5, 1, 0, 0, 0, 0, 6] } }), good: sampleReport() },
      { bad: sampleReport({ table3: { total: [0, 0, 0, 0, 0, 0, 0] } }), good: sampleReport() },
    ],
  },
  check(ctx) {
    ctx.model.tables.forEach((table, ti) => {
      if (table.kind !== 'table3') return;
      for (const u of ctx.unfilled(ti)) {
        if (u.kind !== 'row') continue;
        const { range, edits, related } = unfilledEdits(table, u);
        ctx.report('table-column-total.unfilled', { table: tableTitle(table), count: edits.length }, range, {
          related,
          fixes: [{ title: ctx.message('fix.fill-column-totals', { count: edits.length }), edits, preferred: true }],
        });
      }
    });
    for (const { table, evaluation: e } of ctx.unexplained(['column'])) {
      const at = failingTotal(ctx, e);
      ctx.report('table-column-total', { col: columnTitle(table, e.relation.col!), total: e.lhs, sum: e.rhs }, at.range, at);
    }
  },
});
