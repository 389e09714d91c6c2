// Residue of web editors and converters in a report's text: HTML comments (Word's conditional
// comments `<!--[if !supportLists]-->`, `<!--[endif]-->`, and their downlevel form `<![if …]>`), HTML
// tags (`<span lang=EN-US>`, `</p>`, `<br/>`), character entities (`&nbsp;`, `&lt;`, `&#8220;`) and
// Word field codes (`HYPERLINK "…"`, `PAGE \* MERGEFORMAT`, `PAGEREF _Toc… \h`, `TOC \o "1-3" \h \z \u`).
// Found line by line; adjacent residue of one kind is one artefact (`&nbsp;&nbsp;&nbsp;`, `</span></p>`).
//
// What a fix writes in place of each: nothing, but for an entity the character it stands for. An entity is
// text the author wrote, encoded (`&lt;&lt;条例&gt;&gt;` is `<<条例>>`, `&#8220;` is `“`): removing it
// would lose that text, while the character restores it — and `&nbsp;` stands for U+00A0, the space the
// published page showed, which the checker reads as whitespace like the page's own. An entity this
// module does not know is left alone (it is not reported: nothing says what it stands for).
import type { Artifact } from './model';
import { allMatches } from './text';

export type ResidueKind = 'html-comment' | 'html-tag' | 'entity' | 'field-code';

/** A line can hold residue only if it holds one of these. */
const MAY_HOLD = /[<&]|HYPERLINK|MERGEFORMAT|PAGEREF|\bTOC\b|\bREF\b/;

/** Word's downlevel conditional comments, `<![if !supportLists]>`, `<![endif]>` (never across another `<`). */
const DOWNLEVEL = /<!\[(?:if\b[^\]\n<]*|endif)\]>/g;
/** The tags web editors and Word's HTML leave: only these names, so that `<条例>` or `a<b` is no tag. */
const TAG_NAMES =
  'a|abbr|b|big|blockquote|body|br|center|col|colgroup|dd|div|dl|dt|em|font|h[1-6]|head|hr|html|i|img|ins|del|label|li|link|meta|ol|p|pre|s|section|small|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|u|ul|o:p|w:[a-z]+|v:[a-z]+|st1:[a-z]+';
const TAG = new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>\\n]*)?/?>`, 'gi');
/** The entities real pages carry, and the characters they stand for. */
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: '\u2003', ensp: '\u2002', thinsp: '\u2009', times: '×', divide: '÷',
  yen: '¥', copy: '©', reg: '®', deg: '°', plusmn: '±', bull: '•', sect: '§', permil: '‰', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;
/** Word's field codes, with the `{ }` some converters keep around them and the spaces after them. */
const FIELD = new RegExp(
  String.raw`(?:\{ ?)?(?:\b(?:` +
    String.raw`HYPERLINK(?:\s+\\[a-z])*\s+"[^"\n]*"(?:\s+\\[a-z](?:\s+"[^"\n]*")?)*` +
    String.raw`|(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s+\\\*\s*(?:Arabic|roman|ROMAN|MERGEFORMAT|CHARFORMAT))+` +
    String.raw`|PAGEREF\s+\w+(?:\s+\\[a-z])*` +
    String.raw`|REF\s+_\w+(?:\s+\\[a-z])*` +
    String.raw`|TOC(?:\s+\\[a-z](?:\s+"[^"\n]*")?)+` +
    String.raw`)|\\\*\s*MERGEFORMAT)(?: *\})? *`,
  'g',
);

/** The character an entity stands for; undefined for one this module does not know. */
function entityText(m: RegExpExecArray): string | undefined {
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
  const name = m[3];
  return name === undefined ? undefined : NAMED[name.toLowerCase()];
}

/** The residue on each line, in order; adjacent residue of one kind merged. */
export function readResidue(lines: readonly string[]): Artifact[] {
  const out: Artifact[] = [];
  lines.forEach((line, l) => {
    if (!MAY_HOLD.test(line)) return;
    const found: { kind: ResidueKind; start: number; end: number; replacement: string }[] = [];
    // The characters residue already covers: a later kind never takes them (comments, then tags, entities, fields).
    const covered = new Uint8Array(line.length);
    const add = (kind: ResidueKind, start: number, end: number, replacement = '') => {
      if (end <= start || covered.subarray(start, end).includes(1)) return;
      covered.fill(1, start, end);
      found.push({ kind, start, end, replacement });
    };
    if (line.includes('<')) {
      // `<!-- … -->`, found by scanning: a pattern would rescan the rest of the line from every unclosed `<!--`.
      for (let at = line.indexOf('<!--'); at >= 0; ) {
        const end = line.indexOf('-->', at + 4);
        if (end < 0) break;
        add('html-comment', at, end + 3);
        at = line.indexOf('<!--', end + 3);
      }
      for (const m of allMatches(DOWNLEVEL, line)) add('html-comment', m.index, m.index + m[0].length);
      for (const m of allMatches(TAG, line)) add('html-tag', m.index, m.index + m[0].length);
    }
    if (line.includes('&')) {
      for (const m of allMatches(ENTITY, line)) {
        const text = entityText(m);
        if (text !== undefined) add('entity', m.index, m.index + m[0].length, text);
      }
    }
    if (/[A-Z]/.test(line)) {
      for (const m of allMatches(FIELD, line)) {
        add('field-code', m.index, m.index + m[0].length);
      }
    }
    found.sort((a, b) => a.start - b.start);
    let last: (typeof found)[number] | undefined;
    for (const f of found) {
      if (last && last.kind === f.kind && last.end === f.start) {
        last.end = f.end;
        last.replacement += f.replacement;
        continue;
      }
      if (last) out.push(artifact(line, l, last));
      last = { ...f };
    }
    if (last) out.push(artifact(line, l, last));
  });
  return out;
}

function artifact(line: string, l: number, f: { kind: ResidueKind; start: number; end: number; replacement: string }): Artifact {
  const range = { start: { line: l, character: f.start }, end: { line: l, character: f.end } };
  return { kind: f.kind, text: line.slice(f.start, f.end), range, ...(f.kind === 'entity' ? { replacement: f.replacement } : {}) };
}
