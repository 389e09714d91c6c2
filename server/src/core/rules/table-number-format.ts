// table-number-format: a number in a table written with full-width digits (`１２`) or thousands
// separators (`1,038`). It is read correctly; the hint offers the plain form, which the national
// format and spreadsheets expect. The fix only rewrites the number itself.
import type { Finding } from '../findings';
import { cellTitle } from '../labels';
import { plainNumberText } from '../text';
import type { Rule } from './types';

export const tableNumberFormat: Rule = {
  id: 'table-number-format',
  severity: 'hint',
  fixable: true,
  description: {
    zh: '表格中的数字使用了全角数字或千位分隔符',
    en: 'A table number uses full-width digits or thousands separators',
  },
  messages: {
    'table-number-format': { zh: '{cell} 写作“{text}”，宜写作 {plain}', en: '{cell} is written "{text}"; write {plain}' },
    'fix.plain-number': { zh: '改为 {plain}', en: 'Change to {plain}' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      for (const row of table.rows) {
        if (row.misaligned) continue;
        row.cells.forEach((cell, col) => {
          const n = cell?.number;
          if (!n || (!n.fullWidth && !n.thousands)) return;
          const plain = plainNumberText(n.text);
          out.push({
            rule: 'table-number-format',
            severity: 'hint',
            range: n.range,
            message: { id: 'table-number-format', args: { cell: cellTitle(table, row, col), text: n.text, plain } },
            fixes: [{ title: { id: 'fix.plain-number', args: { plain } }, edits: [{ range: n.range, newText: plain }], preferred: true }],
          });
        });
      }
    }
    return out;
  },
};
