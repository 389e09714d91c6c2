// table-balance: 一 + 二 ≠ （七）总计 + 四, per column of 表三 (the relation printed in its header).
// No fix: nothing says which side is wrong; the message says which side is larger and by how much.
import { unexplainedSums } from '../arith';
import type { Finding } from '../findings';
import { cellTitle, columnTitle } from '../labels';
import type { Rule } from './types';

export const tableBalance: Rule = {
  id: 'table-balance',
  severity: 'error',
  fixable: false,
  description: {
    zh: '表三某列：第一项加第二项之和不等于第三项加第四项之和',
    en: '表三, per column: 一 + 二 differs from （七）总计 + 四',
  },
  messages: {
    'table-balance': {
      zh: '{col}列不平衡：一+二 = {lhs}，（七）总计+四 = {rhs}，{side}多 {diff}',
      en: 'Column {col} does not balance: 一 + 二 = {lhs}, (七) total + 四 = {rhs}; {side} is larger by {diff}',
    },
  },
  check(model) {
    return unexplainedSums(model, ['balance']).map(({ table, evaluation: e }): Finding => {
      const r = e.relation;
      const cell = r.anchor.cell;
      return {
        rule: 'table-balance',
        severity: 'error',
        range: cell.number?.range ?? cell.range,
        message: {
          id: 'table-balance',
          args: { col: columnTitle(table, r.col!), lhs: e.lhs, rhs: e.rhs, side: e.lhs > e.rhs ? '一+二' : '（七）总计+四', diff: Math.abs(e.lhs - e.rhs) },
        },
        related: [...r.lhs.slice(1), ...r.rhs].map((t) => ({
          range: t.cell.number?.range ?? t.cell.range,
          message: { id: 'related.cell', args: { cell: cellTitle(table, t.row, t.col), value: t.cell.number?.text ?? '' } },
        })),
      };
    });
  },
};
