// table-culprit-cell: one cell explains every failing sum of its row and column (the same
// difference); it replaces the separate total findings it explains, and its fix sets the cell.
import { analyzeFailing } from '../arith';
import type { Finding } from '../findings';
import { cellTitle } from '../labels';
import { relatedRelations } from './relation-text';
import type { Rule } from './types';

export const tableCulpritCell: Rule = {
  id: 'table-culprit-cell',
  severity: 'error',
  fixable: true,
  description: {
    zh: '一个单元格能解释其所在行与列所有不相符的合计：指出这一格，而不是各个合计',
    en: 'One cell explains every failing total of its row and column: the cell is reported, not the totals',
  },
  messages: {
    'table-culprit-cell': {
      zh: '{cell} 为 {value}，但按所在行和列的合计应为 {expected}',
      en: '{cell} is {value}, but the totals of its row and column say {expected}',
    },
    'fix.set-cell': { zh: '改为 {expected}', en: 'Change to {expected}' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const a of analyzeFailing(model)) {
      const table = model.tables[a.table]!;
      for (const c of a.culprits) {
        const n = c.term.cell.number!;
        out.push({
          rule: 'table-culprit-cell',
          severity: 'error',
          range: n.range,
          message: { id: 'table-culprit-cell', args: { cell: cellTitle(table, c.term.row, c.term.col), value: n.text, expected: c.expected } },
          related: relatedRelations(model, c.relations),
          fixes: [{ title: { id: 'fix.set-cell', args: { expected: c.expected } }, edits: [{ range: n.range, newText: String(c.expected) }], preferred: true }],
        });
      }
    }
    return out;
  },
};
