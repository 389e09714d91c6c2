// `一是…二是…三是…` enumerations in prose: items of a paragraph, not headings. Also the unmarked
// form `一以…`, `二加强…` (是 left out), but only where the neighbouring lines continue the sequence in
// the same unmarked way: many paragraphs start with a numeral as a word (`一年来`, `一方面`, `三公经费`,
// `一窗受理`, a date `二〇二一年…`), and such a paragraph beside a list of marked items is no item.
import type { Enumeration } from './model';
import { allMatches, chineseNumeral, lineAt } from './text';

const CN_NUMERAL = /[一二三四五六七八九十]/;
const MARKED = /(^|[。；;！!？?：:，,])([\s\u3000\u00a0]*)(?:\[bookmark:[^[\]\n]*\])?([一二三四五六七八九十]{1,2})是/g;
const UNMARKED = /^([\s\u3000\u00a0]*)([一二三四五六七八九十])(?![是、，,．.十〇零])(\p{Script=Han})/u;
/** Words that start with a numeral and are no enumeration. */
const WORDS = /^[一二三四五六七八九十](年|方面|直|些|般|步|定|系列|批|起|致|体|次|线|网|件|站|分|同|并|切|律|贯|向|再|度|层|类|级|半|季|月|日|周|天|个|项|种|名|位|份|条|处|家|所|支|场|轮|大|中|全|部|号|把|手|流|带|期|旦|来|样|是|要)/;

/**
 * `headingLines`: for each heading's line, where its text after the title starts (a run-in heading's
 * body, `（二）管理情况。一是…`), or Infinity for a heading that is the whole line.
 */
export function readEnumerations(lines: readonly string[], prose: readonly number[], headingLines: ReadonlyMap<number, number>): Enumeration[] {
  const found: Enumeration[] = [];
  const unmarked: Enumeration[] = [];
  for (const i of prose) {
    const from = headingLines.get(i) ?? 0;
    if (from === Infinity) continue;
    const line = lineAt(lines, i);
    const text = from === 0 ? line : line.slice(from);
    if (!CN_NUMERAL.test(text)) continue; // fast exit: no numeral, no enumeration
    // No 是, no marked item.
    for (const m of text.includes('是') ? allMatches(MARKED, text) : []) {
      const [whole, , , numeral] = m;
      const value = numeral === undefined ? undefined : chineseNumeral(numeral);
      if (numeral === undefined || value === undefined) continue;
      const start = from + m.index + whole.length - numeral.length - 1;
      found.push({ line: i, value, range: { start: { line: i, character: start }, end: { line: i, character: start + numeral.length + 1 } }, marked: true });
    }
    if (from > 0) continue; // an unmarked item starts a paragraph
    const [, indent, numeral] = UNMARKED.exec(text) ?? [];
    const value = numeral === undefined ? undefined : chineseNumeral(numeral);
    if (indent !== undefined && value !== undefined && !WORDS.test(text.slice(indent.length))) {
      const start = indent.length;
      unmarked.push({ line: i, value, range: { start: { line: i, character: start }, end: { line: i, character: start + 1 } }, marked: false });
    }
  }
  // An unmarked item counts only next to another unmarked item numbered one more or one less.
  for (const u of unmarked) {
    const near = unmarked.some((e) => e !== u && Math.abs(e.line - u.line) <= 4 && Math.abs(e.value - u.value) === 1);
    if (near) found.push(u);
  }
  return found.sort((a, b) => a.line - b.line || a.range.start.character - b.range.start.character);
}
