// table-shape: a row has cells missing or extra (or is not in the template), so columns cannot be
// aligned safely. It reports the parser's table problems; it has no fix: only a person can say which
// cell is missing.
import type { Finding } from '../findings';
import type { Rule } from './types';

export const tableShape: Rule = {
  id: 'table-shape',
  severity: 'warning',
  fixable: false,
  description: {
    zh: '表格行的单元格缺失或多余，无法与表头各列对齐',
    en: 'A table row has missing or extra cells, so its columns cannot be aligned',
  },
  messages: {}, // it reports the parser's problems, whose messages are the parser's
  check(model) {
    const out: Finding[] = [];
    for (const p of model.problems) {
      if (p.table === undefined) continue; // not a table problem
      out.push({
        rule: 'table-shape',
        severity: 'warning',
        range: p.range,
        message: { id: p.code, args: p.args },
      });
    }
    return out;
  },
};
