// Is this text a 政府信息公开工作年度报告? Used by the editor to switch a .txt document to the
// `nianbao` language, and by the CLI and the workspace check to skip other .txt files in a folder.
//
// Recognition needs a report's structure, not only its words: a notice asking units to send their
// 年度报告 has a title with 政府信息公开 and 年度报告 too. A text is a report when it has
//   - the 表三 header (`本列数据的勾稽关系…`) anywhere: no other text carries it; or
//   - a title in its first lines (政府信息公开 and 年度报告/年报) and, below it, a header of one of the
//     national tables or two headings of the national outline (`一、总体情况`, `（二）主动公开政府信息情况` …).
import { STANDARD_SECTIONS } from './standard';

const TITLE_LINES = 5;
const TABLE3_HEADER = '本列数据的勾稽关系';
/** Words found only in the headers of 表二 (both formats) and 表四. */
const TABLE_HEADERS = ['本年新制作数量', '本年制发件数', '结果维持', '申请人情况'];
/** A heading's ordinal: `一、`, `（二）`, `3.`; then its title. */
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])\s*(.{2,40})$/;
/** At most this many characters of a text are searched for its structure (a report's tables come well before). */
const SCAN = 200_000;

const squeeze = (line: string): string => line.replace(/[\s\u3000\u00a0\ufeff]+/g, '');

/** The line is a heading of the national outline (its first-tier test: `总体情况`, `主动公开政府信息` …). */
function isStandardHeading(line: string): boolean {
  const title = HEADING.exec(line)?.[1];
  return title !== undefined && STANDARD_SECTIONS.some((s) => s.tiers[0](title));
}

/** Whether the text reads like a report (see the head of this file). Linear, and stops as soon as it knows. */
export function isReportText(text: string): boolean {
  if (text.includes(TABLE3_HEADER)) return true;
  let start = 0;
  let seen = 0;
  let titled = false;
  let headings = 0;
  while (start < text.length && start < SCAN) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = squeeze(text.slice(start, end));
    start = end + 1;
    if (!line) continue;
    if (!titled) {
      if (++seen > TITLE_LINES) return false;
      titled = line.includes('政府信息公开') && /年度报告|年报/.test(line);
      continue;
    }
    if (TABLE_HEADERS.some((w) => line.includes(w))) return true;
    if (isStandardHeading(line) && ++headings >= 2) return true;
  }
  return false;
}
