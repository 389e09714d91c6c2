// table-swapped-cells: two adjacent cells of one row, exchanged, explain the failing sums (seed
// 000's （七）总计: 法律服务机构 and 其他). The fix swaps them back.
import { analyzeFailing } from '../arith';
import type { Finding } from '../findings';
import { columnTitle, rowTitle } from '../labels';
import { relatedRelations } from './relation-text';
import type { Rule } from './types';

export const tableSwappedCells: Rule = {
  id: 'table-swapped-cells',
  severity: 'error',
  fixable: true,
  description: {
    zh: '同一行相邻两格填反：交换后各项合计均相符',
    en: 'Two adjacent cells of a row are swapped: exchanged, every total holds',
  },
  messages: {
    'table-swapped-cells': {
      zh: '{row}中 {a}（{va}）与 {b}（{vb}）疑似填反：交换后各项合计均相符',
      en: 'In {row}, {a} ({va}) and {b} ({vb}) look swapped: exchanged, every total holds',
    },
    'fix.swap': { zh: '交换 {a} 与 {b}', en: 'Swap {a} and {b}' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const an of analyzeFailing(model)) {
      const table = model.tables[an.table]!;
      for (const s of an.swaps) {
        const na = s.a.cell.number!;
        const nb = s.b.cell.number!;
        const a = columnTitle(table, s.a.col);
        const b = columnTitle(table, s.b.col);
        out.push({
          rule: 'table-swapped-cells',
          severity: 'error',
          range: { start: na.range.start, end: nb.range.end },
          message: { id: 'table-swapped-cells', args: { row: rowTitle(table, s.a.row), a, va: na.text, b, vb: nb.text } },
          related: relatedRelations(model, s.relations),
          fixes: [{
            title: { id: 'fix.swap', args: { a, b } },
            edits: [{ range: na.range, newText: nb.text }, { range: nb.range, newText: na.text }],
            preferred: true,
          }],
        });
      }
    }
    return out;
  },
};
