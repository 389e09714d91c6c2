// The national outline (国办公开办函〔2019〕60号 and 〔2021〕30号 prescribe the same six sections) and
// how a report's own headings are matched to it. Shared by the heading, section, year and table rules.
import type { Heading, HeadingLevel, Ordinal, OrdinalStyle, Range, ReportModel, Section } from './model';
import { allMatches, isBlank, isCellLine, normLabel, toChineseNumeral } from './text';

/** A heading as a reader names it: its ordinal as written and its title (`六、存在的问题及改进措施`). */
export function headingName(h: Heading): string {
  return (h.ordinal?.text ?? '') + h.title;
}

/** The empty range at the start of the text, for a finding about something that is not there. */
export const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

type TitleTest = (title: string) => boolean;

export interface StandardSection {
  /** 1–6: its number in the national outline. */
  n: number;
  title: string;
  /** Titles real reports use for it that are not typos (information, not warning). */
  variants: readonly string[];
  /** Keyword tests on a normalised title, strongest first: a heading matching an earlier tier wins. */
  tiers: readonly [TitleTest, ...TitleTest[]];
}

const has = (...words: string[]) => (title: string) => words.some((w) => title.includes(w));
const hasAll = (...words: string[]) => (title: string) => words.every((w) => title.includes(w));

/** The six sections, in order: `STANDARD_SECTIONS[2]` is 三、收到和处理政府信息公开申请情况. */
export const STANDARD_SECTIONS: readonly [StandardSection, StandardSection, StandardSection, StandardSection, StandardSection, StandardSection] = [
  { n: 1, title: '总体情况', variants: ['基本情况', '工作概述', '概述', '总体工作情况'], tiers: [has('总体情况', '基本情况', '概述', '概况')] },
  {
    n: 2,
    title: '主动公开政府信息情况',
    variants: ['政府信息主动公开情况', '主动公开情况', '主动公开政府信息', '主动公开'],
    tiers: [has('主动公开政府信息', '政府信息主动公开'), has('主动公开')],
  },
  {
    n: 3,
    title: '收到和处理政府信息公开申请情况',
    variants: ['依申请公开情况', '依申请公开政府信息情况', '政府信息依申请公开情况', '收到和处理政府信息公开申请的情况'],
    tiers: [has('收到和处理'), has('依申请')],
  },
  {
    n: 4,
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['政府信息公开行政复议和行政诉讼情况', '政府信息公开行政复议及行政诉讼情况', '行政复议、行政诉讼情况', '行政复议和行政诉讼情况'],
    tiers: [hasAll('行政复议', '行政诉讼'), has('行政复议', '行政诉讼')],
  },
  {
    n: 5,
    title: '存在的主要问题及改进情况',
    variants: ['存在的问题及改进措施', '存在的主要问题及改进措施', '存在的问题及改进情况', '存在的主要问题和改进情况', '存在的主要问题及改进计划'],
    tiers: [hasAll('问题', '改进'), (t) => /问题|不足/.test(t) && /改进|措施|整改|计划|打算|方向/.test(t)],
  },
  { n: 6, title: '其他需要报告的事项', variants: ['其他需要报告事项', '其他事项', '其它需要报告的事项'], tiers: [has('其他需要报告', '其它需要报告', '其他事项', '其它事项')] },
];

/** Titles that are a top-level heading even without an ordinal (`总体情况` on a line of its own): the
 * standard titles and the variants that cannot be an ordinary short line. */
export const UNNUMBERED_TITLES: ReadonlySet<string> = new Set([
  ...STANDARD_SECTIONS.map((s) => s.title),
  '基本情况',
  '政府信息主动公开情况',
  '政府信息公开行政复议和行政诉讼情况',
  '存在的问题及改进措施',
  '存在的主要问题及改进措施',
]);

/** Does a title read like one of the standard top-level titles (for a first heading in the wrong style)? */
export function looksTopLevel(title: string): boolean {
  const t = normLabel(title);
  return UNNUMBERED_TITLES.has(t) || (t.length >= 4 && STANDARD_SECTIONS.some((s) => t.includes(s.title) || s.title.includes(t)));
}

/**
 * A report's sections, searchable: the heading of a standard section, the section a heading opens.
 * Built once per check (the rules' `Analyses` holds one) and memoised inside.
 */
export class SectionIndex {
  /** Every section, depth first: document order, so sorted by heading line. */
  private readonly sections: Section[] = [];
  private readonly byTiers = new Map<StandardSection['tiers'], Heading | undefined>();
  /** Each heading with normLabel of its title (every tier of every section tests them all). */
  private titled?: readonly { heading: Heading; title: string }[];

  constructor(private readonly model: ReportModel) {
    const visit = (list: readonly Section[]): void => {
      for (const s of list) {
        this.sections.push(s);
        visit(s.children);
      }
    };
    visit(model.sections);
  }

  /**
   * The heading of the section a standard section (or a tier list) corresponds to, at any level: the
   * strongest keyword tier that matches; within it, a top-level heading numbered as that standard section
   * (`六、其他需要报告的事项`, whatever its sub-headings say), else a heading none of whose sub-headings also
   * matches (the most specific: `（一）收到和处理…` under an old `五、依申请公开…`), then the shallowest, then
   * the first.
   */
  heading(tiers: StandardSection['tiers']): Heading | undefined {
    if (this.byTiers.has(tiers)) return this.byTiers.get(tiers);
    let result: Heading | undefined;
    const titled = (this.titled ??= this.model.headings.map((heading) => ({ heading, title: normLabel(heading.title) })));
    const n = STANDARD_SECTIONS.find((s) => s.tiers === tiers)?.n;
    for (const matches of tiers) {
      const found = titled.filter((t) => matches(t.title)).map((t) => t.heading);
      if (!found.length) continue;
      const numbered = n === undefined ? undefined : found.find((h) => h.level === 1 && h.ordinal?.value === n);
      if (numbered) {
        result = numbered;
        break;
      }
      // Specific: no other match inside its section. `found` is in document order, so a match inside
      // a section is the next match after its heading, if any.
      const specific = found.filter((h, i) => {
        const s = this.of(h);
        const next = found[i + 1];
        return !s || !next || next.line > s.range.end.line;
      });
      const pool = specific.length ? specific : found;
      result = pool.reduce((best, h) => (h.level < best.level ? h : best));
      break;
    }
    this.byTiers.set(tiers, result);
    return result;
  }

  /** The section a heading of the model opens. */
  of(h: Heading): Section | undefined {
    // Found by its line (binary search; no Map keyed on headings to build for every model).
    const sections = this.sections;
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sections[mid]?.heading.line ?? Infinity) < h.line) lo = mid + 1;
      else hi = mid;
    }
    for (let s = sections[lo]; s !== undefined && s.heading.line === h.line; s = sections[++lo]) if (s.heading === h) return s;
    return sections.find((s) => s.heading === h); // sections out of line order: look at them all
  }
}

/** The standard section a top-level title is (by its strongest keyword tier), if any. */
export function standardOf(title: string): StandardSection | undefined {
  const t = normLabel(title);
  for (let tier = 0; tier < 2; tier++) {
    const hit = STANDARD_SECTIONS.find((s) => s.tiers[tier]?.(t));
    if (hit) return hit;
  }
  return undefined;
}

/** A heading numbered as the standard section its title names (`五、存在的主要问题…`, `2、 主动公开…`). */
export function numberedAsStandard(title: string, value: number): boolean {
  return standardOf(title)?.n === value;
}

/** The report claims the national format: its tables say 2019 or 2021. */
export function isNational(model: ReportModel): boolean {
  return model.format === '2019' || model.format === '2021';
}

/** The ordinal styles a heading of each level may have (1.and 1、 are both usual at level 3). */
export const LEVEL_STYLES: Readonly<Record<HeadingLevel, readonly [OrdinalStyle, ...OrdinalStyle[]]>> = {
  1: ['cn-dun'],
  2: ['cn-paren'],
  3: ['arabic-dot', 'arabic-dun'],
  4: ['arabic-paren'],
};

/** An ordinal as the national format writes it: `三、` `（三）` `3.` `3、` `（3）`; brackets as the report writes them. */
export function renderOrdinal(value: number, style: OrdinalStyle, halfWidthBrackets = false): string {
  const [open, close] = halfWidthBrackets ? ['(', ')'] : ['（', '）'];
  switch (style) {
    case 'cn-dun':
    case 'cn-bare':
      return `${toChineseNumeral(value)}、`;
    case 'cn-paren':
      return `${open}${toChineseNumeral(value)}${close}`;
    case 'arabic-dot':
      return `${value}.`;
    case 'arabic-dun':
      return `${value}、`;
    case 'arabic-paren':
      return `${open}${value}${close}`;
  }
}

/** The style a heading of `level` should have: its own where that is right for the level, else the level's first. */
export function styleForLevel(level: HeadingLevel, ordinal: Ordinal | undefined): OrdinalStyle {
  return ordinal && ordinalFits(level, ordinal) ? ordinal.style : LEVEL_STYLES[level][0];
}

/** Is this ordinal written as its level wants (style, and `、` after a Chinese numeral)? */
export function ordinalFits(level: HeadingLevel, o: Ordinal): boolean {
  return LEVEL_STYLES[level].includes(o.style) && (o.style !== 'cn-dun' || o.separator === '、');
}

/** Levenshtein distance, for titles (short strings); stops early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // One row of the table at a time; `left` and `diagonal` are this row's and the last row's cells before `up`.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let distance = b.length;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    let left = i;
    let diagonal = i - 1;
    for (const [j, up] of prev.entries()) {
      if (j === 0) continue;
      const v = Math.min(up + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
      diagonal = up;
      left = v;
    }
    if (best > max) return max + 1;
    prev = cur;
    distance = left;
  }
  return distance;
}

/** A signature's date: `2021年1月20日`, or in Chinese numerals `二〇二一年一月二十日` (spaces already removed). */
const DATE_LINE = /^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
const MAX_SIGNATURE_LINE = 30;
const SENTENCE_PUNCTUATION = /[。，；：,;:]/;

/**
 * The last line of the report's body at or before `last`: trailing blank lines and a closing signature
 * (the agency's name and a date, `兰江街道办事处` / `2021年1月26日`) are not body.
 */
export function bodyEnd(lines: readonly string[], last: number): number {
  let end = Math.min(last, lines.length - 1);
  const skipBlank = () => {
    while (end > 0 && isBlank(lines[end] ?? '')) end--;
  };
  skipBlank();
  // Up to three short lines without sentence punctuation, the block holding a date.
  let l = end;
  let date = false;
  let taken = 0;
  while (l > 0 && taken < 3) {
    const line = lines[l] ?? '';
    if (isBlank(line)) {
      l--;
      continue;
    }
    const t = line.trim();
    if (isCellLine(line) || t.length > MAX_SIGNATURE_LINE || SENTENCE_PUNCTUATION.test(t)) break;
    if (DATE_LINE.test(t.replace(/\s/g, ''))) date = true;
    taken++;
    l--;
  }
  if (date && taken > 0) {
    end = l;
    skipBlank();
  }
  return end;
}

/** A year of a statistics period and where it is written. */
export interface PeriodYear {
  year: number;
  range: Range;
}

/** A statistics period: its first year and, when the text repeats it, its second. */
export interface StatisticsPeriod {
  from: PeriodYear;
  to?: PeriodYear;
}

/**
 * `自2020年1月1日起至2020年12月31日止`, `2020年1月1日到2020年12月31日` (自 and 起 may be left out; 至, 到 or a
 * dash; any spacing, 1 or 01; the second year may be left out); dates written `2020.1.1`, `2020-01-01`,
 * `2020/1/1`.
 */
const PERIOD = /((?:19|20)\d\d)\s*(?:年|[./-])\s*0?1\s*(?:月|[./-])\s*0?1\s*(?:日\s*)?(?:起\s*)?(?:至|到|—+|－|-|~|～)\s*(?:((?:19|20)\d\d)\s*(?:年|[./-])\s*)?12\s*(?:月|[./-])\s*31(?!\d)\s*日?/g;
/** In a sentence naming the statistics period only: `统计期限为2020年1月至12月`, `统计期限为2020年度`. */
const NAMED = /统计(?:期限|时限|时间|期间|区间|周期)/;
const MONTHS = /((?:19|20)\d\d)\s*年\s*0?1\s*月\s*(?:份\s*)?(?:至|到|—+|－|-|~|～)\s*(?:((?:19|20)\d\d)\s*年\s*)?12\s*月(?!\s*\d)/g;
const YEAR_ONLY = /统计(?:期限|时限|时间|期间|区间|周期)(?:为|是|：|:)?\s*((?:19|20)\d\d)\s*年度?(?!\s*\d)/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const HAS_FULL_WIDTH_DIGIT = /[０-９]/;
/** A period names its last day, 31 (日), or says 统计期限: a line with neither holds none. */
const MAY_HOLD_PERIOD = /31|３１|统计/;

/** Every statistics period in the prose (`cells`: which lines are table cells), in document order. */
export function statisticsPeriods(lines: readonly string[], cells: Uint8Array): StatisticsPeriod[] {
  const out: StatisticsPeriod[] = [];
  const yearAt = (l: number, character: number, year: string): PeriodYear => ({
    year: Number(year),
    range: { start: { line: l, character }, end: { line: l, character: character + 4 } },
  });
  lines.forEach((written, l) => {
    // A period names December (12, or １２) or says 统计期限: most lines are left at once.
    if (cells[l] === 1 || !MAY_HOLD_PERIOD.test(written)) return;
    // Full-width digits read as ASCII ones (one code unit each: the offsets stay).
    const line = HAS_FULL_WIDTH_DIGIT.test(written) ? written.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : written;
    const found = allMatches(PERIOD, line);
    if (!found.length && NAMED.test(line)) found.push(...allMatches(MONTHS, line), ...allMatches(YEAR_ONLY, line));
    for (const m of found) {
      const [whole, from, to] = m;
      if (from === undefined) continue; // each pattern's first group is its year
      out.push({ from: yearAt(l, m.index + whole.indexOf(from), from), ...(to ? { to: yearAt(l, m.index + whole.lastIndexOf(to), to) } : {}) });
    }
  });
  return out;
}
