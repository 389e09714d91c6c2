// table-cell-invalid: text that is not a number where a number belongs (`无`, `—`, `12件`), or, in
// 表三 and 表四 and 表二's counts, a number that is not a non-negative integer (表二 本年增/减: not an integer). Fixes only where unambiguous: a unit
// after the number is removed (preferred); a dash or 无 may become 0 (offered, not preferred). The same
// placeholder in three or more cells of a table (a township's 表二 with `/` for what it has no power over)
// is one finding, underlined on the first of them (all listed as related information), whose fix
// (offered) writes 0 in them all.
import { cellValue, valueKind } from '../arith';
import { cellTitle, tableTitle } from '../labels';
import type { Cell } from '../model';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

const NOTHING = /^(无|—+|-+|－+|\/|／|–)$/;

export const tableCellInvalid = defineRule({
  id: 'table-cell-invalid',
  severity: 'error',
  fix: 'safe',
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
  docs: {
    summary: {
      zh: '应填数字的单元格中不是数字（如“无”“—”“12件”），或表三、表四及表二的件数中不是非负整数',
      en: 'A numeric cell holds text (无, —, 12件), or a 表三/表四 cell or a 表二 count is not a non-negative integer',
    },
    rationale: {
      zh: '国家格式的统计表只填数字：没有的填 0，单位写在表头。“无”“—”或带单位的数字无法汇总，也会让各项合计无从核对。',
      en: 'The national tables take numbers only: 0 where there is nothing, the unit in the header. 无, a dash or a number with a unit cannot be added up, and leaves every sum it is part of unchecked.',
    },
    examples: [
      { bad: sampleReport({ table3: { 'deny.1': ['无', 0, 0, 0, 0, 0, 0] } }), good: sampleReport() },
      { bad: sampleReport({ table3: { 'deny.4': [0, '1件', 0, 0, 0, 0, 1] } }), good: sampleReport() },
    ],
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind === 'unknown') continue;
      // The same placeholder (`/`, `—`, `无`) in many cells of a table: one finding for them all.
      const placeholders = new Map<string, { cell: Cell; name: string }[]>();
      /** The table's findings, in order, each with the cell it is about; reported once the placeholders are counted. */
      const mine: { cell: Cell; report: () => void }[] = [];
      for (const row of table.rows) {
        if (row.isGroup || row.misaligned) continue; // a misaligned row is table-shape's
        row.cells.forEach((cell, col) => {
          if (!cell || cell.blank || cellValue(table, cell, col) !== 'invalid') return;
          const name = cellTitle(table, row, col);
          const text = cell.text.trim();
          const n = cell.number;
          if (n && n.unit !== undefined && n.integer && n.value >= 0) {
            const fixes = [{ title: ctx.message('fix.keep-number', { number: n.text }), edits: [{ range: cell.range, newText: n.text }], preferred: true }];
            mine.push({ cell, report: () => ctx.report('table-cell-invalid.unit', { cell: name, text }, cell.range, { fixes }) });
          } else if (n) {
            const key = valueKind(table, col) === 'change' ? 'table-cell-invalid.whole' : 'table-cell-invalid.integer';
            mine.push({ cell, report: () => ctx.report(key, { cell: name, text: n.text }, n.range) });
          } else if (NOTHING.test(text)) {
            const fixes = [{ title: ctx.message('fix.zero', {}), edits: [{ range: cell.range, newText: '0' }] }];
            mine.push({ cell, report: () => ctx.report('table-cell-invalid.text', { cell: name, text }, cell.range, { fixes }) });
            const same = placeholders.get(text);
            if (same) same.push({ cell, name });
            else placeholders.set(text, [{ cell, name }]);
          } else {
            mine.push({ cell, report: () => ctx.report('table-cell-invalid.text', { cell: name, text }, cell.range) });
          }
        });
      }
      for (const [text, found] of placeholders) {
        if (found.length < PLACEHOLDERS_MIN) continue;
        const cells = found.map((f) => f.cell);
        const grouped = new Set(cells);
        const first = mine.findIndex((f) => grouped.has(f.cell));
        // Underlined on the first such cell, every one listed as related information, not all underlined.
        const related = found.map((f) => ({ range: f.cell.range, message: ctx.message('table-cell-invalid.text', { cell: f.name, text }) }));
        const fixes = [{ title: ctx.message('fix.zeros', {}), edits: cells.map((c) => ({ range: c.range, newText: '0' })) }];
        const group = { cell: cells[0]!, report: () => ctx.report('table-cell-invalid.placeholders', { table: tableTitle(table), count: cells.length, text }, cells[0]!.range, { related, fixes }) };
        const rest = mine.filter((f) => !grouped.has(f.cell));
        mine.length = 0;
        mine.push(...rest.slice(0, first), group, ...rest.slice(first));
      }
      for (const f of mine) f.report();
    }
  },
});

/** This many cells with the same placeholder in a table make one finding. */
const PLACEHOLDERS_MIN = 3;
