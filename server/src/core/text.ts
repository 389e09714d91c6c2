// Text utilities shared by the parser: lines, positions, normalisation, Chinese numerals.

/**
 * Split into lines the way LSP counts them: `\r\n`, `\n` and a lone `\r` all end a line. A check splits
 * its text once (the parser), and the rules read those lines (`Analyses.lines`).
 */
export function splitLines(text: string): readonly string[] {
  // One native split either way (a split at \n then at each \r allocated every CRLF line twice).
  return text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
}

/**
 * A table cell's line: it starts with a TAB (a Word table saved as text) — unless it is a paragraph
 * indented with a typed TAB, which no cell is: a sentence with its full stop (or a clause leading in to
 * a colon), or longer than any cell
 * (the longest labels of the national and the old tables are about 45 characters).
 */
export function isCellLine(line: string): boolean {
  if (line.charCodeAt(0) !== 9) return false;
  const n = line.length;
  if (n > MAX_CELL_LINE) return false;
  if (n <= MIN_SENTENCE) return true;
  // A sentence: its full stop, or a clause then a colon that leads in (`…，重点抓好以下几个方面：`).
  return !line.includes('。') && !(line.includes('，') && line.trimEnd().endsWith('：'));
}
const MAX_CELL_LINE = 60;
const MIN_SENTENCE = 20;

/** Line `i` of a text's lines; past the end, an empty line (what a line number from elsewhere finds there). */
export const lineAt = (lines: readonly string[], i: number): string => lines[i] ?? '';

/** `isCellLine` of every line (1: a cell's line); a check computes it once (the parser) and passes it on. */
export function cellLines(lines: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length);
  lines.forEach((line, i) => {
    if (isCellLine(line)) flags[i] = 1;
  });
  return flags;
}

/** A CRLF is one break (tried first), a lone CR or LF another. */
const LINE_BREAK = /\r\n|\r|\n/;

/** A Word bookmark leaked into the text: `[bookmark: _GoBack]`. */
export const BOOKMARK = /\[bookmark:[^[\]\n]*\]/g;

/** Whitespace of any kind (ASCII, U+3000, NBSP, BOM, other Unicode spaces)? By code unit, no regex. */
export function isWsCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 10 || c === 13 || c === 0xfeff || c === 11 || c === 12 ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060;
}

/** Invisible characters text copied from a web page carries (zero-width space, joiners, word joiner): read as
 * whitespace (`isWsCode`), and reported (conversion-artifact). */
export const INVISIBLE = /[\u200b-\u200d\u2060]/g;

/** Nothing but whitespace and Word bookmarks. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (isWsCode(s.charCodeAt(i))) continue;
    if (s.startsWith('[bookmark:', i)) {
      const close = s.indexOf(']', i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    return false;
  }
  return true;
}

/** Length of the leading whitespace (any kind) of a string. */
export function leadingWs(s: string): number {
  let i = 0;
  while (i < s.length && isWsCode(s.charCodeAt(i))) i++;
  return i;
}

/** Length of `s` without its trailing whitespace. */
export function trimmedEnd(s: string): number {
  let i = s.length;
  while (i > 0 && isWsCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * What labels are matched on: no bookmarks, no whitespace of any kind, full-width brackets, ASCII
 * digits, straight quotes unified with curly ones.
 */
export function normLabel(s: string): string {
  return normalise(s, true);
}

function normalise(s: string, bookmarks: boolean): string {
  let out = '';
  let from = 0; // start of the pending run copied unchanged
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Fast skip of what is always kept: ASCII after `)` but `[`, and CJK up to the full-width forms.
    if ((c > 0x29 && c < 0xa0 && c !== 0x5b) || (c > 0x3000 && c < 0xfeff)) continue;
    // Bookmarks go first, then the rest as without them (the check is here rather than a scan of its own).
    if (c === 0x5b) {
      if (bookmarks && s.startsWith('[bookmark:', i)) return normalise(s.replace(BOOKMARK, ''), false);
      continue;
    }
    let rep: string | undefined;
    if (isWsCode(c)) rep = '';
    else if (c === 0x28) rep = '（';
    else if (c === 0x29) rep = '）';
    else if (c === 0x22 || c === 0xff02) rep = '“';
    else if (c >= 0xff10 && c <= 0xff19) rep = String.fromCharCode(c - 0xff10 + 0x30);
    if (rep === undefined) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A number as plain ASCII: full-width digits, sign and point converted, thousands separators
 * dropped (`１，０３８` → `1038`, `－３` → `-3`). Everything else is left as it is. */
export function plainNumberText(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[,，]/g, '')
    .replace(/．/g, '.')
    .replace(/＋/g, '+')
    .replace(/－/g, '-');
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99. Undefined for anything else. */
export function chineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS[s] : undefined;
  if (s.indexOf('十', ten + 1) >= 0 || s.length > 3) return undefined;
  const hi = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)];
  const rest = s.slice(ten + 1);
  const lo = rest === '' ? 0 : CN_DIGITS[rest];
  if (hi === undefined || lo === undefined || (ten > 0 && ten !== 1)) return undefined;
  return hi * 10 + lo;
}

const CN_NUMERALS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; the inverse of `chineseNumeral` for 1–99. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return CN_NUMERALS.charAt(n);
  const hi = Math.floor(n / 10);
  const lo = n % 10;
  return (hi === 1 ? '' : CN_NUMERALS.charAt(hi)) + '十' + (lo ? CN_NUMERALS.charAt(lo) : '');
}

/**
 * The line break a text mostly uses (CRLF, LF or CR; LF when it has none): the one a fix inserts, so
 * that fixing keeps a file's line breaks, in the editor and in `nianbao fix` alike (the rules read it
 * once per check: `Analyses.eol`).
 */
export function eolOf(text: string): '\r\n' | '\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  if (text.includes('\r')) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) {
          crlf++;
          i++;
        } else cr++;
      } else if (c === 10) lf++;
    }
  }
  return crlf > 0 && crlf >= lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
}

/**
 * Every match of a global regex in `s`, as `s.matchAll(re)` finds them — without the copy of the
 * regex that matchAll makes on every call (rules run a few regexes over every sentence).
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match: step over one character (a code point with the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
