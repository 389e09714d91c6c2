// table-part-exceeds-whole (old 统计表): a `其中` row greater than the row it is part of; 专职 + 兼职
// ≠ 从事政府信息公开工作人员数. No fix: either side may be wrong.
import type { Finding } from '../findings';
import type { Row, Table } from '../model';
import type { Rule } from './types';

const STAFF = '从事政府信息公开工作人员数';

export const tablePartExceedsWhole: Rule = {
  id: 'table-part-exceeds-whole',
  severity: 'warning',
  fixable: false,
  description: {
    zh: '旧式统计表中“其中”项大于其所属项，或专职与兼职人数之和不等于从事人员数',
    en: 'Old 统计表: a 其中 row exceeds its parent, or full-time + part-time staff differs from the staff count',
  },
  messages: {
    'table-part-exceeds-whole': { zh: '「{row}」为 {value}，超过其所属的「{parent}」（{parentValue}）', en: '"{row}" is {value}, more than "{parent}" ({parentValue}) it is part of' },
    'table-part-exceeds-whole.staff': { zh: '从事政府信息公开工作人员数 为 {total}，但专职 {fulltime} + 兼职 {parttime} = {sum}', en: 'Staff count is {total}, but full-time {fulltime} + part-time {parttime} = {sum}' },
  },
  check(model) {
    const out: Finding[] = [];
    for (const table of model.tables) if (table.kind === 'stats') out.push(...checkStats(table));
    return out;
  },
};

const value = (r: Row | undefined) => (r?.misaligned ? undefined : r?.cells[0]?.number?.value);

function checkStats(table: Table): Finding[] {
  const out: Finding[] = [];
  table.rows.forEach((row, i) => {
    if (!row.parent || !row.label.startsWith('其中')) return;
    const parent = table.rows.slice(0, i).reverse().find((r) => r.key === row.parent);
    const v = value(row);
    const pv = value(parent);
    if (v === undefined || pv === undefined || v <= pv) return;
    out.push({
      rule: 'table-part-exceeds-whole',
      severity: 'warning',
      range: row.cells[0]!.number!.range,
      message: { id: 'table-part-exceeds-whole', args: { row: row.key, value: v, parent: parent!.key, parentValue: pv } },
      related: [{ range: parent!.cells[0]!.number!.range, message: { id: 'related.cell', args: { cell: parent!.key, value: pv } } }],
    });
  });
  table.rows.forEach((staff, i) => {
    if (staff.key !== STAFF) return;
    const parts = table.rows.slice(i + 1).filter((r) => r.parent === STAFF);
    const full = parts.find((r) => r.label.includes('专职'));
    const part = parts.find((r) => r.label.includes('兼职'));
    const [t, a, b] = [value(staff), value(full), value(part)];
    if (t === undefined || a === undefined || b === undefined || a + b === t) return;
    out.push({
      rule: 'table-part-exceeds-whole',
      severity: 'warning',
      range: staff.cells[0]!.number!.range,
      message: { id: 'table-part-exceeds-whole.staff', args: { total: t, fulltime: a, parttime: b, sum: a + b } },
      related: [full!, part!].map((r) => ({ range: r.cells[0]!.number!.range, message: { id: 'related.cell', args: { cell: r.key, value: value(r)! } } })),
    });
  });
  return out;
}
