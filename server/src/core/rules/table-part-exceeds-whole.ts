// table-part-exceeds-whole (old 统计表): a `其中` row greater than the row it is part of; 专职 + 兼职
// ≠ 从事政府信息公开工作人员数. No fix: either side may be wrong.
import { msg } from '../messages';
import type { NumberValue, Row } from '../model';
import { STATS_RELATIONS } from '../national';
import { defineRule } from '../rule-api';


export const tablePartExceedsWhole = defineRule({
  id: 'table-part-exceeds-whole',
  severity: 'warning',
  fix: 'none',
  messages: {
    'table-part-exceeds-whole': { zh: '「{row}」为 {value}，超过其所属的「{parent}」（{parentValue}）', en: '"{row}" is {value}, more than "{parent}" ({parentValue}) it is part of' },
    'table-part-exceeds-whole.staff': { zh: '从事政府信息公开工作人员数 为 {total}，但专职 {fulltime} + 兼职 {parttime} = {sum}', en: 'Staff count is {total}, but full-time {fulltime} + part-time {parttime} = {sum}' },
  },
  docs: {
    summary: {
      zh: '旧式统计表中“其中”项大于其所属项，或专职与兼职人数之和不等于从事人员数',
      en: 'Old 统计表: a 其中 row exceeds its parent, or full-time + part-time staff differs from the staff count',
    },
    rationale: {
      zh: '“其中”项是所属项的一部分，不可能比它大；专职与兼职人数相加应等于从事政府信息公开工作的人数。不符说明填错了行或数字。',
      en: 'A 其中 row is a part of the row above it and cannot exceed it; full-time and part-time staff add up to the staff count. Otherwise a number or a row is wrong.',
    },
    examples: [{ bad: oldReport(150), good: oldReport(15) }],
  },
  check(ctx) {
    for (const table of ctx.model.tables) {
      if (table.kind !== 'stats') continue;
      table.rows.forEach((row, i) => {
        if (!row.parent || !row.label.startsWith(STATS_RELATIONS.part.prefix)) return;
        const parent = table.rows.slice(0, i).reverse().find((r) => r.key === row.parent);
        const n = statistic(row);
        const pn = statistic(parent);
        if (!parent || !n || !pn || n.value <= pn.value) return;
        ctx.report('table-part-exceeds-whole', { row: row.key, value: n.value, parent: parent.key, parentValue: pn.value }, n.range, {
          related: [{ range: pn.range, message: msg('related.cell', { cell: parent.key, value: pn.value }) }],
        });
      });
      table.rows.forEach((staff, i) => {
        const { total, parts: [fullTime, partTime] } = STATS_RELATIONS.staff;
        if (staff.key !== total) return;
        const parts = table.rows.slice(i + 1).filter((r) => r.parent === total);
        const full = parts.find((r) => r.label.includes(fullTime));
        const part = parts.find((r) => r.label.includes(partTime));
        const [t, a, b] = [statistic(staff), statistic(full), statistic(part)];
        if (!full || !part || !t || !a || !b || a.value + b.value === t.value) return;
        ctx.report('table-part-exceeds-whole.staff', { total: t.value, fulltime: a.value, parttime: b.value, sum: a.value + b.value }, t.range, {
          related: [{ row: full, n: a }, { row: part, n: b }].map(({ row, n }) => ({ range: n.range, message: msg('related.cell', { cell: row.key, value: n.value }) })),
        });
      });
    }
  },
});

/** A report in the pre-2019 style whose 统计表 says `part` of its 120 documents are 规范性文件. */
function oldReport(part: number): string {
  return [
    '某某镇2017年政府信息公开工作年度报告',
    '',
    '一、主动公开政府信息情况',
    '',
    '\t统计指标',
    '\t单位',
    '\t统计数',
    '',
    '\t一、主动公开情况',
    '\t——',
    '\t',
    '',
    '\t\u3000\u3000（一）主动公开政府信息数',
    '\t条',
    '\t120',
    '',
    '\t\u3000\u3000\u3000\u3000其中：主动公开规范性文件数',
    '\t条',
    `\t${part}`,
    '',
  ].join('\n');
}

/** A row's statistic (the number of its value cell), unless the row is misaligned. */
const statistic = (r: Row | undefined): NumberValue | undefined => (r?.misaligned ? undefined : r?.cells[0]?.number);
