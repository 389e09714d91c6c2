// table-cell-invalid: text that is not a number where a number belongs (`无`, `—`, `12件`), or, in
// 表三 and 表四 and 表二's counts, a number that is not a non-negative integer (表二 本年增/减: not an integer). Fixes only where unambiguous: a unit
// after the number is removed (preferred); a dash or 无 may become 0 (offered, not preferred). The same
// placeholder in three or more cells of a table (a township's 表二 with `/` for what it has no power over)
// is one finding, whose fix (offered) writes 0 in them all.
import { cellValue, valueKind } from '../arith';
import type { Finding } from '../findings';
import { cellTitle, tableTitle } from '../labels';
import type { Cell } from '../model';
import type { Rule } from './types';

const NOTHING = /^(无|—+|-+|－+|\/|／|–)$/;

export const tableCellInvalid: Rule = {
  id: 'table-cell-invalid',
  severity: 'error',
  fixable: true,
  description: {
    zh: '应填数字的单元格中不是数字（如“无”“—”“12件”），或表三、表四及表二的件数中不是非负整数',
    en: 'A numeric cell holds text (无, —, 12件), or a 表三/表四 cell or a 表二 count is not a non-negative integer',
  },
  messages: {
    'table-cell-invalid.text': { zh: '{cell} 为“{text}”，不是数字', en: '{cell} is "{text}", not a number' },
    'table-cell-invalid.unit': { zh: '{cell} 写作“{text}”，表中只填数字', en: '{cell} is written "{text}"; the table takes the number alone' },
    'table-cell-invalid.integer': { zh: '{cell} 为 {text}，应为非负整数', en: '{cell} is {text}; it must be a non-negative integer' },
    'table-cell-invalid.whole': { zh: '{cell} 为 {text}，应为整数', en: '{cell} is {text}; it must be a whole number' },
    'table-cell-invalid.placeholders': {
      zh: '{table}有 {count} 个单元格填作“{text}”，不是数字（无此项数据的填 0）',
      en: '{table} has {count} cells written "{text}", not numbers (0 where there is nothing to count)',
    },
    'fix.keep-number': { zh: '改为 {number}', en: 'Change to {number}' },
    'fix.zero': { zh: '改为 0', en: 'Change to 0' },
    'fix.zeros': { zh: '全部改为 0', en: 'Change them all to 0' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) {
      if (table.kind === 'unknown') continue;
      // The same placeholder (`/`, `—`, `无`) in many cells of a table: one finding for them all.
      const placeholders = new Map<string, Cell[]>();
      const mine: Finding[] = [];
      for (const row of table.rows) {
        if (row.isGroup || row.misaligned) continue; // a misaligned row is table-shape's
        row.cells.forEach((cell, col) => {
          if (!cell || cell.blank || cellValue(table, cell, col) !== 'invalid') return;
          const name = cellTitle(table, row, col);
          const text = cell.text.trim();
          const n = cell.number;
          const finding: Finding = { rule: 'table-cell-invalid', severity: 'error', range: n?.range ?? cell.range, message: { id: 'table-cell-invalid.text', args: { cell: name, text } } };
          if (n && n.unit !== undefined && n.integer && n.value >= 0) {
            finding.message = { id: 'table-cell-invalid.unit', args: { cell: name, text } };
            finding.range = cell.range;
            finding.fixes = [{ title: { id: 'fix.keep-number', args: { number: n.text } }, edits: [{ range: cell.range, newText: n.text }], preferred: true }];
          } else if (n) {
            finding.message = { id: valueKind(table, col) === 'change' ? 'table-cell-invalid.whole' : 'table-cell-invalid.integer', args: { cell: name, text: n.text } };
          } else if (NOTHING.test(text)) {
            finding.fixes = [{ title: { id: 'fix.zero', args: {} }, edits: [{ range: cell.range, newText: '0' }] }];
            const same = placeholders.get(text);
            if (same) same.push(cell);
            else placeholders.set(text, [cell]);
          }
          mine.push(finding);
        });
      }
      for (const [text, cells] of placeholders) {
        if (cells.length < PLACEHOLDERS_MIN) continue;
        const grouped = new Set(cells.map((c) => c.range));
        const first = mine.findIndex((f) => grouped.has(f.range));
        const finding: Finding = {
          rule: 'table-cell-invalid',
          severity: 'error',
          range: { start: cells[0]!.range.start, end: cells[cells.length - 1]!.range.end },
          message: { id: 'table-cell-invalid.placeholders', args: { table: tableTitle(table), count: cells.length, text } },
          fixes: [{ title: { id: 'fix.zeros', args: {} }, edits: cells.map((c) => ({ range: c.range, newText: '0' })) }],
        };
        const rest = mine.filter((f) => !grouped.has(f.range));
        mine.length = 0;
        mine.push(...rest.slice(0, first), finding, ...rest.slice(first));
      }
      out.push(...mine);
    }
    return out;
  },
};

/** This many cells with the same placeholder in a table make one finding. */
const PLACEHOLDERS_MIN = 3;
