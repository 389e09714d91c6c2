// table-shape: a row has cells missing or extra (or is not in the template), so columns cannot be
// aligned safely. (A template row missing altogether is table-label's.) It reports the parser's table problems, with the parser's messages; it has no fix:
// only a person can say which cell is missing.
import { coreMessages } from '../messages';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

const { 'table-row-unaligned': unaligned, 'table-row-unknown': unknown, 'table-header-unrecognised': header, 'table-duplicate-row': duplicate } = coreMessages.table;

export const tableShape = defineRule({
  id: 'table-shape',
  severity: 'warning',
  fix: 'none',
  messages: {
    'table-row-unaligned': unaligned,
    'table-row-unknown': unknown,
    'table-header-unrecognised': header,
    'table-duplicate-row': duplicate,
  },
  docs: {
    summary: {
      zh: '表格行的单元格缺失或多余，无法与表头各列对齐',
      en: 'A table row has missing or extra cells, so its columns cannot be aligned',
    },
    rationale: {
      zh: '一行少了或多了一个单元格，其后各数就会落到别的列下；与其悄悄错位读取，不如指出这一行，并且不对它做任何合计核对。',
      en: 'A row with a cell too few or too many puts every following number under another column; rather than read it shifted, the row is named and left out of every sum.',
    },
    examples: [{ bad: sampleReport({ table3: { open: [4, 1, 0, 0, 0, 5] } }), good: sampleReport() }],
  },
  check(ctx) {
    for (const p of ctx.model.problems) {
      if (p.table === undefined || p.code === 'parser-failed') continue; // not a table problem
      if (p.code === 'table-layout-unaligned') continue; // input-layout's: the table is not read at all
      ctx.report(p.code, p.args, p.range);
    }
  },
});
