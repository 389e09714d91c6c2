// year-mismatch: a year that contradicts the report's year Y (the title's, else the statistics
// period's): a statistics period of another year (`自2019年1月1日起至2019年12月31日止` in a 2020 report),
// or plans dated Y in the section on problems and improvements (`2020年，兰江街道将…` in a 2020 report,
// seed 004: plans are for Y+1). The fix (preferred) writes the right year over the four digits.
import type { Finding } from '../findings';
import type { Range } from '../model';
import { bodyEnd, sectionHeading, sectionOf, STANDARD_SECTIONS, statisticsPeriods } from '../standard';
import { allMatches, splitLines } from '../text';
import type { Rule } from './types';

/**
 * A year at the start of a sentence, then (within the sentence) words that speak of the future: 计划, 拟,
 * 打算, 力争, or 将 as "will" (`将继续`, `将按照`) — not 将 as 把 (`将政务公开纳入考核`, past work).
 */
const PLAN = /(?:^|[。；！？\s\u3000])((?:19|20)\d\d)\s*年(?:度)?[，,、]?([^。；！？]{0,24}?)(?:计划|拟|打算|力争|将(?:继续|进一步|持续|按照|围绕|着力|重点|不断|全面|坚持|深入|加大|加强|强化|紧紧|切实|认真|积极|努力|更加|以))/g;
/** Past work, not plans. */
const DONE = /已|完成了|取得了/;

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '年份与报告年度矛盾（统计期限不是本年度，或改进计划写成了本年度）',
    en: "A year contradicts the report's year (a statistics period of another year, plans dated this year)",
  },
  messages: {
    'year-mismatch.period': {
      zh: '统计期限写作 {actual} 年，但本报告是 {year} 年度报告',
      en: 'The statistics period says {actual}, but this is the report for {year}',
    },
    'year-mismatch.plan': {
      zh: '改进计划写作 {actual} 年，{year} 年度报告的计划应是 {expected} 年的',
      en: 'The plans are dated {actual}; the plans of the report for {year} are for {expected}',
    },
    'fix.set-year': { zh: '改为 {year}', en: 'Change to {year}' },
  },
  check(model, text) {
    const lines = splitLines(text);
    const title = model.title?.year;
    const periods = statisticsPeriods(lines);
    const year = title ?? periods[0]?.from.year;
    if (year === undefined) return [];
    const out: Finding[] = [];
    const finding = (id: string, range: Range, actual: number, expected: number): Finding => ({
      rule: 'year-mismatch',
      severity: 'warning',
      range,
      message: { id, args: { actual, year, expected } },
      fixes: [{ title: { id: 'fix.set-year', args: { year: expected } }, edits: [{ range, newText: String(expected) }], preferred: true }],
    });
    if (title !== undefined) {
      for (const p of periods.flatMap((x) => (x.to ? [x.from, x.to] : [x.from]))) {
        if (p.year !== year) out.push(finding('year-mismatch.period', p.range, p.year, year));
      }
    }
    // Plans in the problems-and-improvements section: its prose lines, up to the body's end.
    const h = sectionHeading(model, STANDARD_SECTIONS[4]!.tiers);
    const section = h && sectionOf(model, h);
    if (section) {
      const headingLines = new Set(model.headings.map((x) => x.line));
      const last = bodyEnd(lines, section.range.end.line);
      const yearText = String(year);
      for (let l = section.range.start.line; l <= last; l++) {
        const line = lines[l] ?? '';
        if (headingLines.has(l) || line.startsWith('\t') || !line.includes(yearText)) continue;
        for (const m of allMatches(PLAN, line)) {
          if (Number(m[1]) !== year || DONE.test(m[2]!)) continue;
          const at = m.index + m[0].indexOf(m[1]!);
          out.push(finding('year-mismatch.plan', { start: { line: l, character: at }, end: { line: l, character: at + 4 } }, year, year + 1));
        }
      }
    }
    return out;
  },
};
