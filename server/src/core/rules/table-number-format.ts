// table-number-format: a number in a table written with full-width digits (`１２`) or thousands
// separators (`1,038`). It is read correctly; the hint offers the plain form, which the national
// format and spreadsheets expect. The fix only rewrites the number itself. Three or more such numbers
// in a table (a table typed in full-width digits) are one finding, underlined on the first (the one its
// message quotes, all listed as related information), whose fix rewrites them all.
import { cellTitle, tableTitle } from '../labels';
import type { Range } from '../model';
import { defineRule } from '../rule-api';
import { plainNumberText } from '../text';
import { sampleReport } from '../examples';

export const tableNumberFormat = defineRule({
  id: 'table-number-format',
  severity: 'hint',
  fix: 'safe',
  messages: {
    'table-number-format': { zh: '{cell} 写作“{text}”，宜写作 {plain}', en: '{cell} is written "{text}"; write {plain}' },
    'table-number-format.table': {
      zh: '{table}有 {count} 个数字写作全角数字或带千位分隔符（如“{text}”），宜写作 {plain} 这样的半角数字',
      en: '{table} has {count} numbers in full-width digits or with thousands separators (such as "{text}"); write them like {plain}',
    },
    'fix.plain-number': { zh: '改为 {plain}', en: 'Change to {plain}' },
    'fix.plain-numbers': { zh: '全部改为半角数字', en: 'Rewrite them all in plain digits' },
  },
  docs: {
    summary: {
      zh: '表格中的数字使用了全角数字或千位分隔符',
      en: 'A table number uses full-width digits or thousands separators',
    },
    rationale: {
      zh: '全角数字和千位分隔符读起来没有问题，但复制到表格软件或汇总系统时常被当作文字；统计表宜用半角数字。',
      en: 'Full-width digits and thousands separators read well, but spreadsheets and reporting systems often take them for text; the tables are best written in plain digits.',
    },
    examples: [{ bad: sampleReport({ table3: { open: ['４', 1, 0, 0, 0, 0, 5] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      const mine: { range: Range; cell: string; text: string; plain: string }[] = [];
      for (const row of table.rows) {
        if (row.misaligned) continue;
        row.cells.forEach((cell, col) => {
          const n = cell?.number;
          if (!n || (!n.fullWidth && !n.thousands)) return;
          mine.push({ range: n.range, cell: cellTitle(table, row, col), text: n.text, plain: plainNumberText(n.text) });
        });
      }
      if (mine.length < GROUPED) {
        for (const m of mine) {
          ctx.report('table-number-format', { cell: m.cell, text: m.text, plain: m.plain }, m.range, {
            fixes: [{ title: ctx.message('fix.plain-number', { plain: m.plain }), edits: [{ range: m.range, newText: m.plain }], preferred: true }],
          });
        }
        continue;
      }
      const edits = mine.map((m) => ({ range: m.range, newText: m.plain })).sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      // Underlined on the number the message quotes, every one listed as related information, not all underlined.
      const first = mine[0]!;
      const related = mine.map((m) => ({ range: m.range, message: ctx.message('table-number-format', { cell: m.cell, text: m.text, plain: m.plain }) }));
      ctx.report('table-number-format.table', { table: tableTitle(table), count: mine.length, text: first.text, plain: first.plain }, first.range, {
        related,
        fixes: [{ title: ctx.message('fix.plain-numbers', {}), edits, preferred: true }],
      });
    }
  },
});

/** This many numbers to rewrite in a table make one finding. */
const GROUPED = 3;
