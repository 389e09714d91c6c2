// table-number-format: a number in a table written with full-width digits (`１２`) or thousands
// separators (`1,038`). It is read correctly; the hint offers the plain form, which the national
// format and spreadsheets expect. The fix only rewrites the number itself. Three or more such numbers
// in a table (a table typed in full-width digits) are one finding, whose fix rewrites them all.
import type { Finding } from '../findings';
import { cellTitle, tableTitle } from '../labels';
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
    'table-number-format.table': {
      zh: '{table}有 {count} 个数字写作全角数字或带千位分隔符（如“{text}”），宜写作 {plain} 这样的半角数字',
      en: '{table} has {count} numbers in full-width digits or with thousands separators (such as "{text}"); write them like {plain}',
    },
    'fix.plain-number': { zh: '改为 {plain}', en: 'Change to {plain}' },
    'fix.plain-numbers': { zh: '全部改为半角数字', en: 'Rewrite them all in plain digits' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      const mine: Finding[] = [];
      for (const row of table.rows) {
        if (row.misaligned) continue;
        row.cells.forEach((cell, col) => {
          const n = cell?.number;
          if (!n || (!n.fullWidth && !n.thousands)) return;
          const plain = plainNumberText(n.text);
          mine.push({
            rule: 'table-number-format',
            severity: 'hint',
            range: n.range,
            message: { id: 'table-number-format', args: { cell: cellTitle(table, row, col), text: n.text, plain } },
            fixes: [{ title: { id: 'fix.plain-number', args: { plain } }, edits: [{ range: n.range, newText: plain }], preferred: true }],
          });
        });
      }
      if (mine.length < GROUPED) {
        out.push(...mine);
        continue;
      }
      const edits = mine.flatMap((f) => f.fixes![0]!.edits).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      const first = mine[0]!;
      out.push({
        rule: 'table-number-format',
        severity: 'hint',
        range: { start: edits[0]!.range.start, end: edits[edits.length - 1]!.range.end },
        message: { id: 'table-number-format.table', args: { table: tableTitle(table), count: mine.length, text: first.message.args['text']!, plain: first.message.args['plain']! } },
        fixes: [{ title: { id: 'fix.plain-numbers', args: {} }, edits, preferred: true }],
      });
    }
    return out;
  },
};

/** This many numbers to rewrite in a table make one finding. */
const GROUPED = 3;
