// table-balance: 一 + 二 ≠ （七）总计 + 四, per column of 表三 (the relation printed in its header).
// No fix: nothing says which side is wrong; the message says which side is larger and by how much.
import { cellTitle, columnTitle } from '../labels';
import { msg } from '../messages';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

export const tableBalance = defineRule({
  id: 'table-balance',
  severity: 'error',
  fix: 'none',
  messages: {
    'table-balance': {
      zh: '{col}列不平衡：一+二 = {lhs}，（七）总计+四 = {rhs}，{side}多 {diff}',
      en: 'Column {col} does not balance: 一 + 二 = {lhs}, (七) total + 四 = {rhs}; {side} is larger by {diff}',
    },
  },
  docs: {
    summary: {
      zh: '表三某列：第一项加第二项之和不等于第三项加第四项之和',
      en: '表三, per column: 一 + 二 differs from （七）总计 + 四',
    },
    rationale: {
      zh: '表三表头写明了勾稽关系：本年新收加上年结转，应等于本年办结加结转下年度。不平衡说明有申请既未办结也未结转，或被重复计算。',
      en: "表三's header states its balance: requests received this year plus those carried over from last year equal those handled plus those carried over to next year. When a column does not balance, a request was neither handled nor carried over, or was counted twice.",
    },
    examples: [{ bad: sampleReport({ table3: { carryOver: [2, 0, 0, 0, 0, 0, 2] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const { table, evaluation: e } of ctx.unexplained(['balance'])) {
      const r = e.relation;
      if (r.kind !== 'balance') continue; // what `unexplained` was asked for: its type does not say so
      const cell = r.anchor.cell;
      ctx.report(
        'table-balance',
        { col: columnTitle(table, r.col), lhs: e.lhs, rhs: e.rhs, side: e.lhs > e.rhs ? '一+二' : '（七）总计+四', diff: Math.abs(e.lhs - e.rhs) },
        cell.number?.range ?? cell.range,
        {
          related: [...r.lhs.slice(1), ...r.rhs].map((t) => ({
            range: t.cell.number?.range ?? t.cell.range,
            message: msg('related.cell', { cell: cellTitle(table, t.row, t.col), value: t.cell.number?.text ?? '' }),
          })),
        },
      );
    }
  },
});
