// year-mismatch: a year that contradicts the report's year Y (the title's, else the statistics
// period's): a statistics period of another year (`自2019年1月1日起至2019年12月31日止` in a 2020 report),
// or plans dated Y in the section on problems and improvements (`2020年，兰江街道将…` in a 2020 report,
// seed 004: plans are for Y+1). A plan's fix (preferred) writes Y+1 over the four digits. A period
// that contradicts the title may be the right one and the title wrong: both fixes are offered, neither
// preferred. Past work is no plan: 将 as 把 (`将加强政策解读作为改进重点`), a sentence saying the work is
// done (已, 完成了 …), 计划 as a noun (`对照上年度提出的整改计划`), and the paragraphs under a sub-heading
// on last year's problems (`（一）上年度问题整改情况`). A run-in sub-heading's paragraph is read like one on
// its own line (`（三）下一步打算。2023年，我单位将…`).
import type { Fix } from '../findings';
import type { Range } from '../model';
import { defineRule } from '../rule-api';
import { bodyEnd, STANDARD_SECTIONS } from '../standard';
import { allMatches } from '../text';
import { changed, sampleReport } from '../examples';

/**
 * A year at the start of a sentence, then (within the sentence) words that speak of the future: 计划, 拟,
 * 打算, 力争, or 将 as "will" (`将继续`, `将按照`) — not 将 as 把 (`将政务公开纳入考核`, past work).
 */
const PLAN = /(?:^|[。；！？：:\s\u3000])在?((?:19|20)\d\d)\s*年度?[，,、]?([^。；！？]{0,24}?)((?<![的改作度])计划|拟|打算|力争|将(?:继续|进一步|持续|按照|围绕|着力|重点|不断|全面|坚持|深入|加大|加强|强化|紧紧|切实|认真|积极|努力|更加|以|从|聚焦|推动|推进|提升|做好|抓好|大力|完善|健全|注重|着重)|要(?:进一步|继续|持续|着力|切实|加强|不断))([^。；！？]*)/g;
/** The year later in a sentence that speaks of what comes next: `下一步，…将在2020年…` (not `在2020年工作基础上`). */
const NEXT = /(?:下一步|今后)[^。；！？]{0,20}?[在于]((?:19|20)\d\d)\s*年(?!度?(?:工作)?(?:基础|以来|的|取得|成效|成果))/g;
/** A sub-heading on the plans, dated: `（三）2020年工作打算`, or such a lead-in line `2020年政务公开工作重点：`. */
const PLAN_HEADING = /((?:19|20)\d\d)\s*年度?[^，,。；]{0,8}?(?:打算|计划|思路|安排|重点|目标)[：:]?\s*$/;
const LEAD_IN_MAX = 30;
/** The year's own clause tells a past event (`2019年新《条例》正式施行，…将继续…`): the plan is not dated by it. */
const EVENT = /施行|实施|出台|印发|颁布|修订|通过/;
const COMMA = /[，,]/;
/** Past work, not plans: said anywhere in the sentence. */
const DONE = /已|完成了|取得了|实现了|落实了/;
/** 将 as 把: `将…作为/纳入/列为…` in the rest of the sentence. */
const JIANG_AS_BA = /作为|纳入|列为|列入|视为|当作|摆在|放在/;
/** A sub-heading on last year's problems and their rectification: its paragraphs report work done. */
const LAST_YEAR = /上年度|上一年度|去年|上年|整改情况|落实情况/;

export const yearMismatch = defineRule({
  id: 'year-mismatch',
  severity: 'warning',
  fix: 'safe',
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
    'fix.set-title-year': { zh: '将标题中的年度改为 {year}', en: "Change the title's year to {year}" },
  },
  docs: {
    summary: {
      zh: '年份与报告年度矛盾（统计期限不是本年度，或改进计划写成了本年度）',
      en: "A year contradicts the report's year (a statistics period of another year, plans dated this year)",
    },
    rationale: {
      zh: '年报常由上一年的报告改写而成，年份最容易漏改：统计期限还是去年的，或“下一步打算”写成了本年度。这样的年份让整份报告的时间口径失去可信度。',
      en: "A report is often last year's rewritten, and years are what is most easily left unchanged: a statistics period still last year's, or next year's plans dated this year. Such a year undermines the report's whole time frame.",
    },
    examples: [{ bad: changed(sampleReport(), '2023年，我局将', '2022年，我局将'), good: sampleReport() }],
  },
  check(ctx) {
    const { model, lines, cells } = ctx;
    const title = model.title?.year;
    const periods = ctx.periods;
    const year = title ?? periods[0]?.from.year;
    if (year === undefined) return;
    const setYear = (range: Range, to: number, preferred: boolean): Fix => ({
      title: ctx.message('fix.set-year', { year: to }),
      edits: [{ range, newText: String(to) }],
      preferred,
    });
    if (title !== undefined) {
      for (const period of periods) {
        // One finding for a period, whose both years may be wrong, at the first.
        const wrong = (period.to ? [period.from, period.to] : [period.from]).filter((p) => p.year !== year);
        const [p] = wrong;
        if (!p) continue;
        // Either may be wrong: the period set to the title's year, or the title's year to the period's.
        const fixes = [{ ...setYear(p.range, year, false), edits: wrong.map((w) => ({ range: w.range, newText: String(year) })) }];
        const titleYear = model.title?.yearRange;
        if (titleYear && wrong.every((w) => w.year === p.year)) {
          fixes.push({ ...setYear(titleYear, p.year, false), title: ctx.message('fix.set-title-year', { year: p.year }) });
        }
        ctx.report('year-mismatch.period', { actual: p.year, year }, p.range, { fixes });
      }
    }
    // Plans in the problems-and-improvements section: its prose lines, up to the body's end.
    const h = ctx.sections.heading(STANDARD_SECTIONS[4].tiers);
    const section = h && ctx.sections.of(h);
    if (!section) return;
    const headingAt = new Map(model.headings.map((x) => [x.line, x]));
    // The lines under a sub-heading on last year's problems: past work.
    const lastYear = new Set<number>();
    const visit = (ss: typeof section.children): void => {
      for (const sub of ss) {
        if (LAST_YEAR.test(sub.heading.title)) for (let l = sub.range.start.line; l <= sub.range.end.line; l++) lastYear.add(l);
        else visit(sub.children);
      }
    };
    visit(section.children);
    const last = bodyEnd(lines, section.range.end.line);
    const yearText = String(year);
    const plan = (l: number, at: number) => {
      const range = { start: { line: l, character: at }, end: { line: l, character: at + 4 } };
      ctx.report('year-mismatch.plan', { actual: year, year, expected: year + 1 }, range, { fixes: [setYear(range, year + 1, true)] });
    };
    for (let l = section.range.start.line; l <= last; l++) {
      const line = lines[l] ?? '';
      if (lastYear.has(l) || cells[l] === 1 || !line.includes(yearText)) continue;
      const at = new Set<number>(); // where a year dates plans (each once)
      const heading = headingAt.get(l);
      if (heading || line.trim().length <= LEAD_IN_MAX) {
        const m = PLAN_HEADING.exec(heading?.runIn ? line.slice(0, heading.titleRange.end.character) : line);
        if (m && Number(m[1]) === year) at.add(m.index);
      }
      // A heading's line holds no plan but its title's; a run-in heading's paragraph, after its title, is
      // prose like any other (`（三）下一步打算。2023年，我单位将…`), and so is a heading's text after a colon
      // (`（三）下一步工作打算：2023年，我单位将…`).
      const from = heading ? (heading.runIn ? heading.titleRange.end.character : leadIn(line, heading.titleRange.start.character)) : 0;
      if (from === Infinity) {
        for (const c of at) plan(l, c);
        continue;
      }
      for (const m of allMatches(PLAN, line)) {
        // The year, the words before the verb, the verb, what follows: every group takes part.
        const [whole, written, between, verb, rest] = m;
        if (written === undefined || between === undefined || verb === undefined || rest === undefined) continue;
        if (m.index + whole.length <= from) continue;
        if (Number(written) !== year || DONE.test(between) || DONE.test(rest)) continue;
        const comma = between.search(COMMA);
        if (comma >= 0 && EVENT.test(between.slice(0, comma))) continue;
        if (verb.startsWith('将') && JIANG_AS_BA.test(rest)) continue;
        at.add(m.index + whole.indexOf(written));
      }
      for (const m of allMatches(NEXT, line)) {
        const written = m[1];
        if (written !== undefined && m.index >= from && Number(written) === year && !DONE.test(m[0])) at.add(m.index + m[0].lastIndexOf(written));
      }
      for (const c of [...at].sort((a, b) => a - b)) plan(l, c);
    }
  },
});

/** Where the text after a heading's title and its colon starts (`下一步工作打算：2023年…`), or Infinity. */
function leadIn(line: string, titleStart: number): number {
  const colon = line.slice(titleStart).search(/[：:]/);
  return colon < 0 || titleStart + colon + 1 >= line.trimEnd().length ? Infinity : titleStart + colon + 1;
}
