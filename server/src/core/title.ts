// The report's title: the first short lines, up to the one that names the report (often two lines:
// the agency, then `2020年政府信息公开工作年度报告`).
import type { Title } from './model';
import { BOOKMARK, isBlank, isCellLine, leadingWs, lineAt, trimmedEnd } from './text';

const MAX_TITLE_LINE = 60;
const NAMES_REPORT = /年度报告|年报|工作报告/;
// Hoisted: a regex literal is a new object each time it is evaluated, and these run on many lines.
const SENTENCE_END = /[。；]/;
const ENDS_AS_REPORT = /(?:年度报告|年报)$/;
const OTHER_PUNCTUATION = /[，：:;,]/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月/;
const ORDINAL_START = /^[一二三四五六七八九十]+[、．.]|^[（(][一二三四五六七八九十\d]+[)）]|^\d+[、．.]/;

/** A line that can be part of a title: short, not a table cell, no sentence end (a Word bookmark before it is no matter). */
export function isTitleLike(line: string): boolean {
  return !isCellLine(line) && line.trimEnd().length <= MAX_TITLE_LINE && !SENTENCE_END.test(line);
}

/**
 * A line that is a report's whole title, even in the middle of a text (where another report starts):
 * title-like, no other punctuation (`附件：…` is no title), names 政府信息… and ends with 年度报告 or 年报.
 */
export function isReportTitleLine(line: string): boolean {
  if (!line.includes('政府信息') || !isTitleLike(line)) return false;
  const t = line.slice(leadingWs(line), trimmedEnd(line));
  return t.length >= 8 && ENDS_AS_REPORT.test(t) && !OTHER_PUNCTUATION.test(t);
}

/** A line that can be the agency line above a title (`某某市某某局`): title-like, short, no comma, date or ordinal. */
export function isAgencyLine(line: string): boolean {
  const t = line.slice(leadingWs(line), trimmedEnd(line));
  return t.length > 0 && t.length <= 40 && isTitleLike(line) && !OTHER_PUNCTUATION.test(t) && !DATE.test(t) && !ORDINAL_START.test(t);
}

/** An attachment's label above a title (`附件2`, `附件：`): not part of it. */
const ATTACHMENT = /^\s*附件\s*(?:[0-9０-９一二三四五六七八九十]+\s*)?(?:[:：]\s*)?$/;
/** A line of a website's metadata block above a title, copied with the report (`索引号：…`, `发布机构：…`). */
const METADATA = /^\s*(?:索引号|发布机构|发文机关|发布日期|发文日期|成文日期|生成日期|发布时间|文号|发文字号|主题分类|分类|信息来源|来源|公开方式|公开范围|公开时限|公开日期|有效性|浏览次数|字号|主题词)\s*[:：]/;
/** The year on a line of its own under the title: `（2020年度）`. */
const YEAR_LINE = /^\s*(?:[（(]\s*)?(?:19|20)\d\d\s*年度?\s*(?:[)）]\s*)?$/;
/** `…办事处关于2021年度…的报告`: 关于 ends the agency. */
const ABOUT = /关于$/;

/** Lines before a title: blank, an attachment's label, the website's metadata. */
const skipped = (line: string): boolean => isBlank(line) || ATTACHMENT.test(line) || METADATA.test(line);

/** The title, reading at most the first three non-blank lines; `isHeading` tells heading lines. */
export function readTitle(lines: readonly string[], isHeading: (line: number) => boolean): Title | undefined {
  const taken: { line: number; text: string }[] = [];
  let i = 0;
  while (i < lines.length && skipped(lineAt(lines, i))) i++;
  for (; i < lines.length && taken.length < 3; i++) {
    const l = lineAt(lines, i);
    if (isBlank(l)) continue;
    if (!isTitleLike(l) || isHeading(i)) break;
    taken.push({ line: i, text: l });
    if (NAMES_REPORT.test(l)) {
      // The year may follow on a line of its own.
      let j = i + 1;
      while (j < lines.length && isBlank(lineAt(lines, j))) j++;
      const next = lines[j];
      if (next !== undefined && YEAR_LINE.test(next)) taken.push({ line: j, text: next });
      break;
    }
  }
  // No line names the report: only a first line that speaks of 政府信息 is a title.
  if (!taken.some((t) => NAMES_REPORT.test(t.text))) {
    if (!/政府信息/.test(taken[0]?.text ?? '')) return undefined;
    taken.length = 1;
  }
  const first = taken[0];
  const last = taken[taken.length - 1];
  if (!first || !last) return undefined;
  const startChar = first.text.search(/\S/);
  const text = taken.map((t) => t.text.replace(BOOKMARK, '').trim()).join('');
  const range = { start: { line: first.line, character: Math.max(0, startChar) }, end: { line: last.line, character: last.text.trimEnd().length } };
  // The year: the first `2020年`; the agency: what stands before it (or before 政府信息公开).
  let year: Pick<Title, 'year' | 'yearRange'> = {};
  for (const t of taken) {
    const m = /((?:19|20)\d\d)\s*年/.exec(t.text);
    if (m) {
      year = { year: Number(m[1]), yearRange: { start: { line: t.line, character: m.index }, end: { line: t.line, character: m.index + 4 } } };
      break;
    }
  }
  const cut = text.search(/(?:19|20)\d\d\s*年|政府信息/);
  let agency = (cut >= 0 ? text.slice(0, cut) : '').trim();
  // The year first (`2020年度余姚市某某局政府信息公开工作年度报告`): the agency follows it.
  if (!agency) agency = (/^(?:19|20)\d\d\s*年度?(.*?)政府信息/.exec(text)?.[1] ?? '').trim();
  agency = agency.replace(ABOUT, '').trim();
  return { lines: taken.map((t) => t.line), text, range, ...year, ...(agency ? { agency } : {}) };
}
