// table-swapped-cells: two adjacent cells of one row, exchanged, explain the failing sums (seed
// 000's （七）总计: 法律服务机构 and 其他). The fix swaps them back.
import { columnTitle, rowTitle } from '../labels';
import { relatedRelations } from '../relation-text';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

export const tableSwappedCells = defineRule({
  id: 'table-swapped-cells',
  severity: 'error',
  fix: 'safe',
  messages: {
    'table-swapped-cells': {
      zh: '{row}中 {a}（{va}）与 {b}（{vb}）疑似填反：交换后各项合计均相符',
      en: 'In {row}, {a} ({va}) and {b} ({vb}) look swapped: exchanged, every total holds',
    },
    'fix.swap': { zh: '交换 {a} 与 {b}', en: 'Swap {a} and {b}' },
  },
  docs: {
    summary: {
      zh: '同一行相邻两格填反：交换后各项合计均相符',
      en: 'Two adjacent cells of a row are swapped: exchanged, every total holds',
    },
    rationale: {
      zh: '相邻两列的数字填反，是誊录表格时最常见的错误之一：行总计仍然相符，只有列合计和平衡关系不符。指出这一对单元格，比报出几条列合计错误更准确。',
      en: 'Two numbers entered in each other\'s column is one of the commonest slips when a table is copied: the row total still holds and only the column totals and the balance fail. Naming the pair is more exact than several column errors.',
    },
    examples: [{ bad: sampleReport({ table3: { total: [6, 2, 0, 0, 0, 1, 9] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const { table, swaps } of ctx.failing) {
      for (const s of swaps) {
        // The numbers written in the two cells, which the fix exchanges (a swap is of two values).
        const na = s.a.cell.number;
        const nb = s.b.cell.number;
        if (!na || !nb) continue;
        const a = columnTitle(table, s.a.col);
        const b = columnTitle(table, s.b.col);
        ctx.report('table-swapped-cells', { row: rowTitle(table, s.a.row), a, va: na.text, b, vb: nb.text }, { start: na.range.start, end: nb.range.end }, {
          related: relatedRelations(s.relations),
          fixes: [{
            title: ctx.message('fix.swap', { a, b }),
            edits: [{ range: na.range, newText: nb.text }, { range: nb.range, newText: na.text }],
            preferred: true,
          }],
        });
      }
    }
  },
});
