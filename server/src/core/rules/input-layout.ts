// input-layout: a table in a layout that marks no rows (LibreOffice's or docx2txt's text of a .docx: a line
// per cell paragraph) that could not be aligned with its national template (core/layouts/cells.ts). It is
// one finding per table, naming the table and why, at the cell where the reading stopped; the table is then
// not checked (its cells cannot be placed in their columns), and the tables that could be aligned are.
// No fix: a person must say which cell is extra. Converting the .docx with `nianbao convert`, or saving it
// as text from Word, gives a layout that marks the rows.
import { coreMessages } from '../messages';
import { defineRule } from '../rule-api';
import { changed, sampleReport } from '../examples';
import { relayout } from '../layouts/write';

const { 'table-layout-unaligned': unaligned } = coreMessages.table;

/** The sample report as LibreOffice writes a .docx as text: a line per cell, nothing between rows. */
const sample = relayout(sampleReport(), 'cells');

export const inputLayout = defineRule({
  id: 'input-layout',
  severity: 'information',
  fix: 'none',
  messages: { 'table-layout-unaligned': unaligned },
  docs: {
    summary: {
      zh: '表格的单元格各占一行、没有标出行（LibreOffice 或 docx2txt 导出的文本），无法按国家格式的模板对齐；指出是哪张表',
      en: 'A table written a cell per line with no row marks (LibreOffice\'s or docx2txt\'s text) could not be aligned with its national template; names the table',
    },
    rationale: {
      zh: 'LibreOffice 和 docx2txt 把 Word 表格的每个单元格写成一行，不标出行和表格的起止，只能按国家格式模板的行标签和每行的格数对齐。某一行多出一格时，无法判断是哪一格，这张表就不予核对，以免把数字读错列；其他能对齐的表照常检查。用 nianbao convert 转换 .docx，或在 Word 中另存为纯文本，可得到标出行的文本。',
      en: 'LibreOffice and docx2txt write every cell of a Word table on a line of its own, with nothing marking where a row or a table starts, so the cells can only be aligned by the template\'s row labels and the number of cells each row has. When a row has a cell too many, nothing says which, so the table is left unchecked rather than read with numbers under the wrong columns; the tables that can be aligned are checked. `nianbao convert` on the .docx, or Word\'s "save as plain text", gives text that marks the rows.',
    },
    examples: [{ bad: changed(sample, '\n四、结转下年度继续办理\n', '\n7\n四、结转下年度继续办理\n'), good: sample }],
  },
  check(ctx) {
    for (const p of ctx.model.problems) if (p.code === 'table-layout-unaligned') ctx.report('table-layout-unaligned', p.args, p.range);
  },
});
