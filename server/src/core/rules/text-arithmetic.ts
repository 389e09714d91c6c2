// text-arithmetic: figures of the prose that contradict each other, whatever the tables say. A stated total
// against its own itemised parts (`共主动公开信息320条，其中政策文件200条、工作动态80条、其他30条`, `共受理申请
// 86件，其中自然人80件、法人5件`), and a share against the counts it is computed from (`其中自然人80件，占93.0%`).
//
// How it reads: a 其中 in a paragraph of prose; the total is the last figure before it (in its sentence, or
// in the sentence before where 其中 starts one), with its unit (条, 件, 个 …); the parts are the clauses
// after 其中 (separated by 、，；) that each end in a figure of the same unit, up to the first clause that is
// no such part; a parenthesis after a part (`197条（政府预决算32条…）`) is a breakdown of that part, not
// more parts, and a 其中 opening a parenthesis (`2599条，(其中…)`) has the parenthesis as its parts.
// Silent: fewer than two parts; parts plainly not exhaustive (`等`, `主要`, `包括`); parts by channel, which
// overlap (网站, 微博, 微信 …: one item is published on several); and parts of which some first ones add up
// to the total (the later clauses speak of something else). A share is checked against its part and the
// total where both are read, and is right where rounding or truncation to its decimals explains the
// difference. No fix: nothing says which figure is wrong.
import type { Range } from '../model';
import { defineRule } from '../rule-api';
import { changed, sampleReport } from '../examples';

const UNITS = '条|件|个|份|项|篇|场|期|次|人次|宗|起|家';
/** A figure with its unit: the last one before 其中 is the total. */
const FIGURE = new RegExp(String.raw`(?<!\d)(\d+)\s*(${UNITS})(?!\d)`, 'g');
/** A part: a few words, the figure, its unit; nothing after but 的/申请. */
const PART = new RegExp(String.raw`^\s*(?:[：:]\s*)?(?:([^\d，,；;。%％\s]{1,24})\s*)?(\d+)\s*(${UNITS})(?:\s*(?:的?申请|信息))?\s*$`);
/** A share of the part before it: `占51.85%`, `占比6.2%`, `占全部申请的37.2%`. */
const SHARE = /^\s*(?:占|约占)(?:比|总数|总量|全部|全年|所有)?[^\d，,、；;。]{0,10}(\d+(?:\.\d+)?)\s*[%％]\s*$/;
/** Words that make the parts not exhaustive, or not parts. */
const NOT_EXHAUSTIVE = /等|主要|包括|如：|例如|比如|部分列举/;
/** Parts by channel: one item is published on several channels, so they overlap. */
const CHANNELS = /网站|网页|微博|微信|公众号|客户端|平台|公报|新媒体|报纸|报刊|电视|广播|政务号|头条|抖音|APP|App|小程序|专栏|栏目|宣传栏|显示屏|LED|媒体|媒介|渠道|方式/;
/** A clause after 其中 that starts something else: a new total, a change, a time. */
const NOT_A_PART = /共|合计|总计|累计|同比|较上年|比上年|增长|下降|增加|减少|上升|其中/;
const SEPARATORS = /[，,、；;]/;
const BRACKETS: Readonly<Record<string, string>> = { '（': '）', '(': ')' };

interface Figure {
  value: number;
  text: string;
  unit: string;
  range: Range;
}

export const textArithmetic = defineRule({
  id: 'text-arithmetic',
  severity: 'warning',
  fix: 'none',
  messages: {
    'text-arithmetic.parts': {
      zh: '总数 {total}{unit} 与其中各项之和 {sum} 不符：{parts}',
      en: 'The total {total} differs from the sum of its parts, {sum}: {parts}',
    },
    'text-arithmetic.share': {
      zh: '正文称“{quote}”占 {stated}%，但 {part} ÷ {total} = {actual}%',
      en: 'The text gives "{quote}" as {stated}%, but {part} / {total} = {actual}%',
    },
    'text-arithmetic.part': { zh: '其中一项：{part}', en: 'A part: {part}' },
    'text-arithmetic.total': { zh: '总数：{total}', en: 'The total: {total}' },
  },
  docs: {
    summary: {
      zh: '正文中的数字相互矛盾：总数与其中各项之和不符，或百分比与其所依据的数字不符',
      en: 'Figures of the prose contradict each other: a total and the sum of its parts, or a percentage and the counts it rests on',
    },
    rationale: {
      zh: '“共……其中……”是年报最常见的句式，读者会顺手把各项加一加；加不上总数，或百分比算不回来，说明改数字时漏改了一处，整段数字都让人起疑。',
      en: 'A total followed by its parts (共……其中……) is the commonest sentence of these reports, and readers add the parts up; when they do not make the total, or a percentage does not compute, a figure was left behind in an edit and the whole paragraph is in doubt.',
    },
    examples: [
      {
        bad: changed(sampleReport(), '主动公开政府信息126条。', '主动公开政府信息126条，其中政策文件60条、工作动态50条、其他信息10条。'),
        good: changed(sampleReport(), '主动公开政府信息126条。', '主动公开政府信息126条，其中政策文件60条、工作动态50条、其他信息16条。'),
      },
      {
        bad: changed(sampleReport(), '均按时答复。', '其中自然人6件，占60%；法人3件，占33.3%。'),
        good: changed(sampleReport(), '均按时答复。', '其中自然人6件，占66.7%；法人3件，占33.3%。'),
      },
    ],
  },
  check(ctx) {
    const { lines, cells } = ctx;
    lines.forEach((line, l) => {
      if (cells[l] === 1 || !line.includes('其中')) return;
      for (let k = line.indexOf('其中'); k >= 0; k = line.indexOf('其中', k + 2)) {
        const total = totalBefore(line, k, l);
        if (!total) continue;
        const parts = partsAfter(line, k + 2, l, total.unit);
        if (!parts || parts.items.length < 2) continue;
        // Some first parts make the total: what follows speaks of something else.
        let sum = 0;
        let made = false;
        for (const p of parts.items) {
          sum += p.figure.value;
          if (sum === total.value) made = true;
        }
        if (!made) {
          ctx.report('text-arithmetic.parts', { total: total.text, unit: total.unit, parts: parts.items.map((p) => `“${p.quote}”`), sum }, total.range, {
            related: parts.items.map((p) => ({ range: p.figure.range, message: ctx.message('text-arithmetic.part', { part: p.quote }) })),
          });
          continue; // the shares of parts that do not make the total are not checked against it
        }
        for (const p of parts.items) {
          if (!p.share) continue;
          const actual = (p.figure.value / total.value) * 100;
          if (shareHolds(actual, p.share.text)) continue;
          const decimals = (p.share.text.split('.')[1] ?? '').length;
          ctx.report('text-arithmetic.share', { quote: p.quote, stated: p.share.text, part: p.figure.text, total: total.text, actual: actual.toFixed(Math.max(decimals, 1)) }, p.share.range, {
            related: [{ range: total.range, message: ctx.message('text-arithmetic.total', { total: total.text + total.unit }) }],
          });
        }
      }
    });
  },
});

const at = (l: number, start: number, text: string): Range => ({ start: { line: l, character: start }, end: { line: l, character: start + text.length } });

/** 。；！？ end a sentence (a ； inside the parts of a 其中 does not end them: see `partsAfter`). */
const SENTENCE_END = /[。！？]/;

/** The total of a 其中 at `k`: the last figure before it in its sentence, or in the sentence before where 其中 opens one. */
/** The text before 其中 without the brackets, colons and spaces that lead into it (a scan, not a `…+$` pattern). */
function trimLead(s: string): string {
  let end = s.length;
  while (end > 0 && ('（(：:'.includes(s.charAt(end - 1)) || /\s/.test(s.charAt(end - 1)))) end--;
  return s.slice(0, end);
}

function totalBefore(line: string, k: number, l: number): Figure | undefined {
  let start = k;
  while (start > 0 && !SENTENCE_END.test(line.charAt(start - 1))) start--;
  const lead = trimLead(line.slice(start, k));
  // 其中 opens its sentence: the sentence before.
  if (!lead) {
    let s = start - 1;
    while (s > 0 && !SENTENCE_END.test(line.charAt(s - 1))) s--;
    if (start === 0) return undefined;
    return lastFigure(line, Math.max(0, s), start - 1, l);
  }
  // The figure must close the clause before 其中 (`共…320条，其中`), not stand further back.
  if (!/\d\s*(?:条|件|个|份|项|篇|场|期|次|人次|宗|起|家)[^\d，,；;]{0,6}[，,：:（(]?\s*$/.test(lead)) return undefined;
  return lastFigure(line, start, k, l);
}

function lastFigure(line: string, from: number, to: number, l: number): Figure | undefined {
  const text = line.slice(from, to);
  let last: RegExpExecArray | undefined;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) last = m;
  FIGURE.lastIndex = 0;
  const [whole, digits, unit] = last ?? [];
  if (!last || whole === undefined || digits === undefined || unit === undefined) return undefined;
  // A year, a date or a percentage is no total.
  const after = text.slice(last.index + whole.length, last.index + whole.length + 1);
  if (after === '%' || after === '％') return undefined;
  return { value: Number(digits), text: digits, unit, range: at(l, from + last.index, digits) };
}

interface Part {
  quote: string;
  figure: Figure;
  share?: { text: string; range: Range };
}

/** The parts after 其中 (from `from`), in the total's unit; undefined where they are plainly not exhaustive. */
function partsAfter(line: string, from: number, l: number, unit: string): { items: Part[] } | undefined {
  // The region: to the sentence's end, or to the parenthesis 其中 opens.
  let end = from;
  while (end < line.length && !SENTENCE_END.test(line.charAt(end))) end++;
  let open = from - 3;
  while (open >= 0 && /\s/.test(line.charAt(open))) open--;
  const close = open >= 0 ? BRACKETS[line.charAt(open)] : undefined;
  if (close) {
    const c = line.indexOf(close, from);
    if (c >= 0 && c < end) end = c;
  }
  // Parentheses inside the region break a part down: blanked, offsets kept.
  let region = '';
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = line.charAt(i);
    if (ch === '（' || ch === '(') depth++;
    region += depth > 0 ? ' ' : ch;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  if (NOT_EXHAUSTIVE.test(region) || CHANNELS.test(region)) return undefined;
  const items: Part[] = [];
  let offset = from;
  let pending = ''; // a clause with no figure: words of the next part's label (`政策、规范性文件类信息68条`)
  for (const piece of region.split(SEPARATORS)) {
    const clause = pending + piece;
    const here = offset - pending.length;
    offset += piece.length + 1;
    if (!/\d/.test(piece)) {
      pending = clause + '、';
      if (pending.length > 24) break;
      continue;
    }
    pending = '';
    const share = SHARE.exec(clause);
    const last = items[items.length - 1];
    if (share && last) {
      const stated = share[1]; // the pattern's one group
      if (!last.share && stated !== undefined) last.share = { text: stated, range: at(l, here + clause.indexOf(stated), stated) };
      continue;
    }
    const [, label, digits, partUnit] = PART.exec(clause) ?? [];
    if (partUnit !== unit || NOT_A_PART.test(label ?? '') || digits === undefined) break;
    const start = here + clause.lastIndexOf(digits, clause.length - unit.length);
    items.push({ quote: clause.trim().replace(/^[：:]/, ''), figure: { value: Number(digits), text: digits, unit, range: at(l, start, digits) } });
  }
  return { items };
}

/** A share as stated holds where rounding or truncation of the exact one to the stated decimals gives it. */
function shareHolds(actual: number, stated: string): boolean {
  const x = Number(stated);
  const step = 10 ** -((stated.split('.')[1] ?? '').length);
  return Math.abs(actual - x) <= step / 2 + 1e-9 || (actual >= x - 1e-9 && actual < x + step);
}
