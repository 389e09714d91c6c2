// table-row-total: a 表三 row's 总计 ≠ the sum of its six applicant cells; a 表四 group's 总计 ≠ its
// four results. Reported only where no culprit cell or swap explains it. The fix (not preferred: the
// total or an addend may be wrong) sets the total to the sum — offered only where that breaks no other
// sum that holds (the balance confirming the total). A 总计 column left 0 while its rows hold numbers
// (fill.ts) is one finding on the column, not one per row, underlined on its first total to write (the
// others listed as related information), with a fix (preferred: a whole column of 0 is a column not
// filled in) that writes each row's total.
import { rowTitle, tableTitle } from '../labels';
import { failingTotal } from '../relation-text';
import { unfilledEdits } from '../fill';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

const ZEROS10 = new Array<number>(10).fill(0);

export const tableRowTotal = defineRule({
  id: 'table-row-total',
  severity: 'error',
  fix: 'safe',
  messages: {
    'table-row-total.unfilled': {
      zh: '{table}的总计列为 0，但各行均有数字：{count} 行的总计应为各类申请人之和',
      en: 'The total column of {table} is 0, but its rows hold numbers: {count} row totals should be the sums of their applicant columns',
    },
    'fix.fill-row-totals': { zh: '填入各行总计（{count} 处）', en: 'Write the row totals ({count} cells)' },
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
    examples: [
      { bad: sampleReport({ table4: { data: [1, 0, 0, 0, 2, ...ZEROS10] } }), good: sampleReport() },
      { bad: zeroTotals(sampleReport()), good: sampleReport() },
    ],
  },
  check(ctx) {
    ctx.model.tables.forEach((table, ti) => {
      if (table.kind !== 'table3') return;
      for (const u of ctx.unfilled(ti)) {
        if (u.kind !== 'column') continue;
        const { range, edits, related } = unfilledEdits(table, u);
        ctx.report('table-row-total.unfilled', { table: tableTitle(table), count: edits.length }, range, {
          related,
          fixes: [{ title: ctx.message('fix.fill-row-totals', { count: edits.length }), edits, preferred: true }],
        });
      }
    });
    for (const { table, evaluation: e } of ctx.unexplained(['row', 'group'])) {
      const at = failingTotal(ctx, e);
      if (e.relation.kind === 'row') ctx.report('table-row-total', { row: rowTitle(table, e.relation.row!), total: e.lhs, sum: e.rhs }, at.range, at);
      else ctx.report('table-row-total.group', { group: e.relation.group ?? '', total: e.lhs, sum: e.rhs }, at.range, at);
    }
  },
});

/** The sample report with 表三's 总计 column written as 0 throughout. */
function zeroTotals(text: string): string {
  const lines = text.split('\n');
  const t3 = lines.findIndex((l) => l.startsWith('\t自然人'));
  // Every value cell of 表三 is followed by six more then a blank line: its seventh is the row's total.
  for (let i = t3; i < lines.length && !lines[i]!.startsWith('四、'); i++) {
    if (/^\t\d+$/.test(lines[i]!) && lines[i + 1] === '' && /^\t\d+$/.test(lines[i - 6] ?? '')) lines[i] = '\t0';
  }
  return lines.join('\n');
}
