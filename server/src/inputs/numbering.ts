// Word's automatic numbering (numbering.xml, and the numbering a paragraph style carries): the label
// Word shows before a numbered paragraph (`一、`, `（二）`, `3.`), which is not in the paragraph's text.
// Tika writes it before the text; so does this reader. One counter set per list (w:num), as Tika keeps.
import { toChineseNumeral } from '../core/text';
import { child, elements, type Element } from './tree';

interface Level {
  start: number;
  format: string;
  text: string;
  /** `tab` (Word's default), `space` or `nothing`: what Word puts between the label and the text. */
  suffix: string;
  /** Legal numbering: every level's number in decimal. */
  legal: boolean;
}

interface List {
  levels: Map<number, Level>;
  counters: number[];
}

const attr = (el: Element | undefined, name: string): string | undefined => el?.attrs[name];
const intAttr = (el: Element | undefined, name: string): number | undefined => {
  const v = attr(el, name);
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

function readLevel(lvl: Element, base?: Level): Level {
  return {
    start: intAttr(child(lvl, 'w:start'), 'w:val') ?? base?.start ?? 1,
    format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? base?.format ?? 'decimal',
    text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? base?.text ?? '',
    suffix: attr(child(lvl, 'w:suff'), 'w:val') ?? base?.suffix ?? 'tab',
    legal: child(lvl, 'w:isLgl') !== undefined || (base?.legal ?? false),
  };
}

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const roman = (n: number): string => {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
};
/** 1 → a, 26 → z, 27 → aa (Word repeats the letter). */
const letter = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';
const DAXIE = '零壹贰叁肆伍陆柒捌玖';
const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** ①–⑳ for 1–20 (the only ones Word has), else the number. */
const circled = (n: number): string => (n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n));

/** A counter's value in a level's number format (the formats Chinese reports use, and Word's common ones). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return n >= 1 && n <= 99 ? toChineseNumeral(n) : String(n);
    case 'chineseLegalSimplified':
      return n >= 1 && n <= 99 ? toChineseNumeral(n).replace(/[一二三四五六七八九]/g, (c) => DAXIE['零一二三四五六七八九'.indexOf(c)]!).replace('十', '拾') : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? TIANGAN[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? DIZHI[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return circled(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The lists of a document and their counters, advanced paragraph by paragraph in document order. */
export class Numbering {
  private readonly lists = new Map<string, List>();

  constructor(numberingXml: Element | undefined) {
    const root = numberingXml ? child(numberingXml, 'w:numbering') : undefined;
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const a of elements(root)) {
      if (a.name !== 'w:abstractNum') continue;
      const levels = new Map<number, Level>();
      for (const lvl of elements(a)) if (lvl.name === 'w:lvl') levels.set(intAttr(lvl, 'w:ilvl') ?? 0, readLevel(lvl));
      abstracts.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const num of elements(root)) {
      if (num.name !== 'w:num') continue;
      const levels = new Map(abstracts.get(attr(child(num, 'w:abstractNumId'), 'w:val') ?? '') ?? []);
      for (const o of elements(num)) {
        if (o.name !== 'w:lvlOverride') continue;
        const ilvl = intAttr(o, 'w:ilvl') ?? 0;
        const lvl = child(o, 'w:lvl');
        let level = lvl ? readLevel(lvl, levels.get(ilvl)) : levels.get(ilvl);
        const start = intAttr(child(o, 'w:startOverride'), 'w:val');
        if (level && start !== undefined) level = { ...level, start };
        if (level) levels.set(ilvl, level);
      }
      this.lists.set(attr(num, 'w:numId') ?? '', { levels, counters: [] });
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl` (its counter advanced), or '' when none. */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level || ilvl < 0 || ilvl > 8) return '';
    list.counters[ilvl] = (list.counters[ilvl] ?? level.start - 1) + 1;
    // A deeper level starts again after this one.
    list.counters.length = ilvl + 1;
    for (let k = 0; k < ilvl; k++) list.counters[k] ??= list.levels.get(k)?.start ?? 1;
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = list.levels.get(k);
      const n = list.counters[k] ?? l?.start ?? 1;
      return formatNumber(n, level.legal && k < ilvl ? 'decimal' : (l?.format ?? 'decimal'));
    });
    if (level.format === 'bullet') return '';
    // A label that ends in a digit or letter would run into the text: keep Word's space.
    return label + (level.suffix !== 'nothing' && /[\da-z]$/i.test(label) ? ' ' : '');
  }
}
