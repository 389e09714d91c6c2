// Is this text a 政府信息公开工作年度报告? Used by the editor to switch a .txt document to the
// `nianbao` language, and by the CLI to skip other .txt files in a folder.

const TITLE_LINES = 5;
const TABLE3_HEADER = '本列数据的勾稽关系';

/** A title in the first lines with 政府信息公开 and 年度报告/年报, or the 表三 header anywhere. */
export function isReportText(text: string): boolean {
  let start = 0;
  let seen = 0;
  while (seen < TITLE_LINES && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/[\s\u3000\u00a0\ufeff]+/g, '');
    if (line) {
      seen++;
      if (line.includes('政府信息公开') && /年度报告|年报/.test(line)) return true;
    }
    start = end + 1;
  }
  return text.includes(TABLE3_HEADER);
}
