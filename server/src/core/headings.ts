// Headings and the section tree, from the prose lines (table cells are never headings).
//
// Levels: `一、` → `（一）` → `1.`/`1、` → `（1）`. A heading is a short title line, or a run-in title
// (`（一）主动公开情况。全面推行…`: the text up to the first 。). A numbered long sentence
// (`1、 加强梳理精度，进一步扩大公开内容。对照…`) is a list item, and `一是…` an enumeration, not a
// heading. Reports often write a heading in the wrong style for its place (`1、 总体情况` as the first
// section, `（4）` after `（三）`, `6、` after `五、`): such a heading keeps its style in `ordinal` but
// takes its place in the tree from the sequence it continues.
import type { Heading, HeadingLevel, Ordinal, OrdinalStyle, Range, Section } from './model';
import { looksTopLevel, numberedAsStandard, UNNUMBERED_TITLES } from './standard';
import { BOOKMARK, chineseNumeral, isWsCode, leadingWs, lineAt, normLabel, trimmedEnd } from './text';

// Hoisted: a regex literal is a new object each time it is evaluated, and these run on every candidate line.
const TITLE_TRAILER = /[：:\s\u3000\u00a0]/;
const NUMBER_ONLY = /^[\d０-９.．%％]+$/;
const COMMA = /[，,；;]/;
const BARE_TITLE_END = /(情况|事项|措施|问题|工作|建设|制度)$/;

const STYLE_LEVEL: Record<OrdinalStyle, HeadingLevel> = {
  'cn-dun': 1,
  'cn-bare': 1,
  'cn-paren': 2,
  'arabic-dot': 3,
  'arabic-dun': 3,
  'arabic-paren': 4,
};

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: readonly { style: OrdinalStyle; re: RegExp }[] = [
  { style: 'cn-paren', re: new RegExp(`^([（(])[ \\u3000]*(${CN})[ \\u3000]*([）)])`) },
  { style: 'arabic-paren', re: /^([（(])[ \u3000]*(\d{1,2})[ \u3000]*([）)])/ },
  { style: 'cn-dun', re: new RegExp(`^(${CN})[ \\u3000]*([、，,．.])`) },
  { style: 'arabic-dun', re: /^(\d{1,2})[ \u3000]*(、)/ },
  { style: 'arabic-dot', re: /^(\d{1,2})[ \u3000]*([.．])(?![0-9０-９])/ },
  { style: 'cn-bare', re: new RegExp(`^(${CN})(?=[^\\s、，,．.是])`) },
];

const CN_CODES = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
const byStyle = (...styles: OrdinalStyle[]) => PATTERNS.filter((p) => styles.includes(p.style));
const BRACKET_PATTERNS = byStyle('cn-paren', 'arabic-paren');
const CN_PATTERNS = byStyle('cn-dun', 'cn-bare');
const DIGIT_PATTERNS = byStyle('arabic-dun', 'arabic-dot');

/** The patterns that can match a line starting with `c` (each pattern needs its own first character). */
function patternsFor(c: number): readonly { style: OrdinalStyle; re: RegExp }[] | undefined {
  if (c === 0xff08 || c === 0x28) return BRACKET_PATTERNS;
  if (c >= 0x30 && c <= 0x39) return DIGIT_PATTERNS;
  return CN_CODES.has(c) ? CN_PATTERNS : undefined;
}
/** Does an unnumbered title start with a character an ordinal may start with? (None does.) */
const UNNUMBERED_START_LIKE_ORDINAL = [...UNNUMBERED_TITLES].some((t) => patternsFor(t.charCodeAt(0)) !== undefined);
/** Longest line an unnumbered heading (`总体情况`) may be. */
const MAX_UNNUMBERED = 24;
/** Longest title a heading line may have (UTF-16 units); longer lines are paragraphs. */
const MAX_TITLE = 50;
/** A numbered list item (`1、…`) is a heading only when its title is this short and has no comma. */
const MAX_ARABIC_TITLE = 30;

export interface Candidate {
  line: number;
  ordinal?: Ordinal;
  title: string;
  titleRange: Range;
  range: Range;
  runIn: boolean;
}

/** Where a line's text starts: after indentation and Word bookmarks (a line holds no \n: `]` closes a bookmark). */
function textStart(text: string): number {
  let at = leadingWs(text);
  while (text.startsWith('[bookmark:', at)) {
    const close = text.indexOf(']', at);
    if (close < 0) break;
    at = close + 1;
    while (at < text.length && isWsCode(text.charCodeAt(at))) at++;
  }
  return at;
}

/** The ordinal at `at` (`三、`, `（ 四 ）`, `2.`, `五加强…`), read with the patterns for its first character. */
function ordinalAt(text: string, at: number, line: number, patterns: readonly { style: OrdinalStyle; re: RegExp }[]): Ordinal | undefined {
  const s = at === 0 ? text : text.slice(at);
  for (const { style, re } of patterns) {
    const m = re.exec(s);
    if (!m) continue;
    // The numeral is the second group after an opening bracket, else the first; the separator follows it.
    const [, first, second] = m;
    const numText = style.endsWith('paren') ? second : first;
    if (numText === undefined) continue;
    const value = style.startsWith('arabic') ? Number(numText) : chineseNumeral(numText);
    if (value === undefined || value === 0) continue;
    const sep = style === 'cn-dun' || style === 'arabic-dun' || style === 'arabic-dot' ? (second ?? '') : '';
    return {
      value,
      style,
      styleLevel: STYLE_LEVEL[style],
      text: m[0].replace(/[ \u3000]/g, ''),
      range: { start: { line, character: at }, end: { line, character: at + m[0].length } },
      separator: sep,
      halfWidthBrackets: style.endsWith('paren') && m[1] === '(',
    };
  }
  return undefined;
}

/**
 * A prose line strictly between lines `from` and `to` that starts with an ordinal `wanted` accepts, in
 * any style the headings are read in but bare (`五年来，…` is no ordinal): a heading that is there, only
 * too long or too odd to be read as one (`1.深化主动公开，提升公开质量。…`).
 */
export function ordinalBetween(lines: readonly string[], cells: Uint8Array, from: number, to: number, wanted: (o: Ordinal) => boolean): boolean {
  for (let l = from + 1; l < to; l++) {
    if (cells[l] === 1) continue;
    const line = lineAt(lines, l);
    const at = textStart(line);
    const patterns = at < line.length ? patternsFor(line.charCodeAt(at)) : undefined;
    const o = patterns && ordinalAt(line, at, l, patterns);
    if (o && o.style !== 'cn-bare' && wanted(o)) return true;
  }
  return false;
}

/** Read a heading from one prose line, or undefined. */
export function readHeading(text: string, line: number): Candidate | undefined {
  const at = textStart(text);
  if (at >= text.length) return undefined;
  // Fast exit for ordinary prose: a heading starts with a bracket or a numeral, or is a short title.
  const patterns = patternsFor(text.charCodeAt(at));
  if (!patterns && trimmedEnd(text) - at > MAX_UNNUMBERED) return undefined;
  const ordinal = patterns && ordinalAt(text, at, line, patterns);
  let titleStart = ordinal ? ordinal.range.end.character : at;
  // A line that starts like an ordinal but has none (`2020年，…`, `一是…`) is a heading only as an
  // unnumbered title starting with that character, and there is no such title.
  if (!ordinal && patterns && !UNNUMBERED_START_LIKE_ORDINAL) return undefined;
  titleStart += leadingWs(text.slice(titleStart));
  // The title runs to the first 。 (run-in) or to the end of the line.
  const rest = text.slice(titleStart);
  const stop = rest.indexOf('。');
  let titleEnd = stop >= 0 ? titleStart + stop : titleStart + trimmedEnd(rest);
  const runIn = stop >= 0 && text.slice(titleStart + stop + 1).trim() !== '';
  // A title may end with a colon: `（一）存在的问题：` — the colon is not part of it.
  while (titleEnd > titleStart && TITLE_TRAILER.test(text.charAt(titleEnd - 1))) titleEnd--;
  const title = text.slice(titleStart, titleEnd).replace(BOOKMARK, '');
  if (!title || NUMBER_ONLY.test(title)) return undefined;

  if (!acceptable(ordinal?.style, title, runIn, stop < 0 ? rest.length : stop)) return undefined;
  const start = ordinal ? ordinal.range.start : { line, character: titleStart };
  return {
    line,
    title,
    titleRange: { start: { line, character: titleStart }, end: { line, character: titleEnd } },
    range: { start, end: { line, character: titleEnd } },
    runIn,
    ...(ordinal ? { ordinal } : {}),
  };
}

function acceptable(style: OrdinalStyle | undefined, title: string, runIn: boolean, lengthToStop: number): boolean {
  const comma = COMMA.test(title);
  switch (style) {
    case 'cn-dun':
    case 'cn-paren':
      return lengthToStop <= MAX_TITLE;
    case 'arabic-dot':
    case 'arabic-dun':
    case 'arabic-paren':
      return title.length <= MAX_ARABIC_TITLE && !comma && (!runIn || title.length <= 15);
    case 'cn-bare':
      // `一基本情况` — but not `一以群众需求为目标，增强公开实效。…` nor `一年来，…`.
      return !runIn && title.length <= 15 && !comma && BARE_TITLE_END.test(title);
    case undefined:
      return !runIn && UNNUMBERED_TITLES.has(normLabel(title));
  }
}

/**
 * Give each candidate its level in the tree and build the sections. A section ends at its last content
 * line (`isContent`: not blank, or inside a table — a table's last row may be all empty cells).
 */
export function buildSections(
  cands: readonly Candidate[],
  lines: readonly string[],
  cells: Uint8Array,
  isContent: (line: number) => boolean,
): { headings: Heading[]; sections: Section[] } {
  const lastLine = lines.length - 1;
  const headings: Heading[] = [];
  const chain: Heading[] = []; // the open headings, shallowest first
  // A top-level heading without an ordinal (`总体情况`) stands for its position among the top-level ones.
  const implied = new Map<Heading, number>();
  let topCount = 0;
  const valueOf = (h: Heading) => h.ordinal?.value ?? implied.get(h);
  for (const c of cands) {
    const level = levelOf(c, chain, headings.length === 0, valueOf, topCount, lines, cells);
    const h: Heading = { line: c.line, level, title: c.title, titleRange: c.titleRange, runIn: c.runIn, range: c.range, ...(c.ordinal ? { ordinal: c.ordinal } : {}) };
    if (level === 1) {
      topCount++;
      if (!c.ordinal) implied.set(h, topCount);
    }
    while ((chain.at(-1)?.level ?? 0) >= level) chain.pop();
    chain.push(h);
    headings.push(h);
  }
  // The tree, and each section's range.
  const roots: Section[] = [];
  const stack: Section[] = [];
  headings.forEach((h, i) => {
    let next = i + 1;
    while ((headings[next]?.level ?? 0) > h.level) next++;
    const following = headings[next];
    const limit = following ? following.line - 1 : lastLine;
    let end = limit;
    while (end > h.line && !isContent(end)) end--;
    const s: Section = {
      heading: h,
      children: [],
      tables: [],
      range: { start: h.range.start, end: { line: end, character: (lines[end] ?? '').length } },
    };
    while ((stack.at(-1)?.heading.level ?? 0) >= h.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(s);
    stack.push(s);
  });
  return { headings, sections: roots };
}

/**
 * The level of a heading: its style's level, unless it continues the numbering of an open heading of
 * a shallower level (`（4）` after `（三）`, `2、` after `一、` or after an unnumbered `总体情况`), or it
 * reads like the standard top-level title of its number (`2、 主动公开政府信息情况`), or it is the first
 * heading and reads like a top-level title (`1、 总体情况`). A heading does not continue a shallower
 * one when its own list's previous item stands in between, only too long to be read as a heading
 * (`1.深化主动公开，提升公开质量。…` then `2.加强政府信息管理。` under `一、`: a list, not section 二).
 */
function levelOf(
  c: Candidate,
  chain: readonly Heading[],
  first: boolean,
  valueOf: (h: Heading) => number | undefined,
  topCount: number,
  lines: readonly string[],
  cells: Uint8Array,
): HeadingLevel {
  const o = c.ordinal;
  if (!o) return 1;
  const natural = o.styleLevel;
  // The open headings, deepest first.
  for (const e of [...chain].reverse()) {
    if (e.level > natural) continue;
    // Its own list's previous item in between (`1.` or `1、` before `2.`): it continues that list.
    const ownList = (p: Ordinal) => p.styleLevel === o.styleLevel && p.value === o.value - 1;
    if (valueOf(e) === o.value - 1 && (e.level === natural || !ordinalBetween(lines, cells, e.line, c.line, ownList))) return e.level;
    if (e.level === natural) break; // a sibling in its own style that does not continue: a new list
  }
  if (natural > 1 && o.value === topCount + 1 && numberedAsStandard(c.title, o.value)) return 1;
  if (natural > 1 && !chain.some((e) => e.level < natural) && (first || !chain.length) && looksTopLevel(c.title)) return 1;
  return natural;
}
