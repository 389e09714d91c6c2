// table-cell-invalid: text that is not a number where a number belongs (`无`, `—`, `12件`), or, in
// 表三 and 表四, a number that is not a non-negative integer. Fixes only where unambiguous: a unit
// after the number is removed (preferred); a dash or 无 may become 0 (offered, not preferred).
import { cellValue } from '../arith';
import type { Finding } from '../findings';
import { cellTitle } from '../labels';
import type { Rule } from './types';

const NOTHING = /^(无|—+|-+|－+|\/|／|–)$/;

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  severity: 'error',
  fixable: true,
  description: {
    zh: '应填数字的单元格中不是数字（如“无”“—”“12件”），或表三、表四中不是非负整数',
    en: 'A numeric cell holds text (无, —, 12件), or a 表三/表四 cell is not a non-negative integer',
  },
  messages: {
    'table-cell-invalid.text': { zh: '{cell} 为“{text}”，不是数字', en: '{cell} is "{text}", not a number' },
    'table-cell-invalid.unit': { zh: '{cell} 写作“{text}”，表中只填数字', en: '{cell} is written "{text}"; the table takes the number alone' },
    'table-cell-invalid.integer': { zh: '{cell} 为 {text}，应为非负整数', en: '{cell} is {text}; it must be a non-negative integer' },
    'fix.keep-number': { zh: '改为 {number}', en: 'Change to {number}' },
    'fix.zero': { zh: '改为 0', en: 'Change to 0' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      if (table.kind === 'unknown') continue;
      for (const row of table.rows) {
        if (row.isGroup || row.misaligned) continue; // a misaligned row is table-shape's
        row.cells.forEach((cell, col) => {
          if (!cell || cell.blank || cellValue(table, cell) !== 'invalid') return;
          const name = cellTitle(table, row, col);
          const text = cell.text.trim();
          const n = cell.number;
          const finding: Finding = { rule: 'table-cell-invalid', severity: 'error', range: n?.range ?? cell.range, message: { id: 'table-cell-invalid.text', args: { cell: name, text } } };
          if (n && n.unit !== undefined && n.integer && n.value >= 0) {
            finding.message = { id: 'table-cell-invalid.unit', args: { cell: name, text } };
            finding.range = cell.range;
            finding.fixes = [{ title: { id: 'fix.keep-number', args: { number: n.text } }, edits: [{ range: cell.range, newText: n.text }], preferred: true }];
          } else if (n) {
            finding.message = { id: 'table-cell-invalid.integer', args: { cell: name, text: n.text } };
          } else if (NOTHING.test(text)) {
            finding.fixes = [{ title: { id: 'fix.zero', args: {} }, edits: [{ range: cell.range, newText: '0' }] }];
          }
          out.push(finding);
        });
      }
    }
    return out;
  },
};
