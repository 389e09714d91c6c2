// table-culprit-cell: one cell explains every failing sum of its row and column (the same
// difference); it replaces the separate total findings it explains, and its fix sets the cell.
import { cellTitle } from '../labels';
import { relatedRelations } from '../relation-text';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

export const tableCulpritCell = defineRule({
  id: 'table-culprit-cell',
  severity: 'error',
  fix: 'safe',
  messages: {
    'table-culprit-cell': {
      zh: '{cell} 为 {value}，但按所在行和列的合计应为 {expected}',
      en: '{cell} is {value}, but the totals of its row and column say {expected}',
    },
    'fix.set-cell': { zh: '改为 {expected}', en: 'Change to {expected}' },
  },
  docs: {
    summary: {
      zh: '一个单元格能解释其所在行与列所有不相符的合计：指出这一格，而不是各个合计',
      en: 'One cell explains every failing total of its row and column: the cell is reported, not the totals',
    },
    rationale: {
      zh: '一个填错的数字会让所在行的总计和所在列的总计同时不符。与其报出几条合计错误让人逐一排查，不如直接指出那一格和它应有的值。',
      en: 'One wrong number breaks both its row total and its column total. Rather than several sum errors to chase, the one cell and the value the sums give it are reported.',
    },
    examples: [{ bad: sampleReport({ table3: { open: [5, 1, 0, 0, 0, 0, 5] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const { table, culprits } of ctx.failing) {
      for (const c of culprits) {
        // The number written in the cell, which the fix rewrites (a culprit's value is one).
        const n = c.term.cell.number;
        if (!n) continue;
        ctx.report('table-culprit-cell', { cell: cellTitle(table, c.term.row, c.term.col), value: n.text, expected: c.expected }, n.range, {
          related: relatedRelations(c.relations),
          fixes: [{ title: ctx.message('fix.set-cell', { expected: c.expected }), edits: [{ range: n.range, newText: String(c.expected) }], preferred: true }],
        });
      }
    }
  },
});
