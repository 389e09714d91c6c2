// An HTML page (its bytes) as the report text the parser reads: Tika's layout (layout.ts), the same
// text a .docx of the report gives. As a browser saves a government site's page:
// - the charset is the byte-order mark's, else the page's `<meta charset>` / `http-equiv` (GBK, GB2312
//   and GB18030 read as GB18030, their superset, with the platform's decoder: iconv-lite would
//   triple the server's bundle), else UTF-8 when the bytes are valid UTF-8, else GB18030; a page that
//   declares UTF-8 but is not, and is valid GB18030, is read as GB18030 with a note;
// - the report is found inside the page's chrome: its body is the smallest element holding its
//   tables and top-level headings (`一、…`); scripts, styles, forms and hidden elements are dropped;
//   the title, when it stands outside the body (a page's `<h1>`), is put first, and when the page
//   has none, the part of its `<title>` that names the report;
// - text as a browser shows it: runs of whitespace are one space (none where a line break falls
//   between two Chinese characters), inline elements run together (`<span>2</span><span>1</span>` is
//   21), `<br>` breaks a line, a paragraph of nothing but spaces and `&nbsp;` is empty;
// - tables as Tika writes a merged Word table: a `colspan` cell once, each row a `rowspan` cell
//   covers an empty cell, `<br>` and several `<p>` in a cell continuation lines, a cell of nothing but
//   `&nbsp;` an empty cell. A table used for page layout (one holding another table, or long text) is
//   read as the blocks in its cells;
// - Word's bookmarks (`<a name="_GoBack">`, as Word and LibreOffice carry them into HTML) become
//   `[bookmark: name]`, as in Tika's text; a page's own anchors do not.
import { layoutText, type Block } from './layout';
import type { MessageRef } from '../core/findings';
import { inputMessage as m, unreadable, type ConvertResult } from './notes';
import { elements, parseTree, type Element, type Node } from './tree';

// ---------------------------------------------------------------- bytes → text

/** The platform's decoder (WHATWG encodings) for a declared charset; the Chinese ones read as GB18030, their superset. */
function decoderFor(label: string, fatal = false): InstanceType<typeof TextDecoder> | undefined {
  const l = label.trim().toLowerCase();
  const name = /^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(l) ? 'gb18030' : l;
  try {
    return new TextDecoder(name, { fatal });
  } catch {
    return undefined;
  }
}

/** The charset a page declares in its first bytes (`<meta charset>`, `<meta http-equiv … content="…; charset=…">`). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096)).replace(/<!--[\s\S]*?-->/g, '');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /\bcharset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(meta);
    if (m) return m[1];
  }
  return undefined;
}

/** The text of bytes in an encoding, or undefined when they are not valid in it (or the platform lacks it). */
function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoderFor(label, true)?.decode(bytes);
  } catch {
    return undefined;
  }
}

function decodePage(bytes: Uint8Array): { text: string; encoding: string; notes: MessageRef[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', notes: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', notes: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', notes: [] };
  const declared = declaredCharset(bytes);
  const decoder = declared !== undefined ? decoderFor(declared) : undefined;
  if (decoder && decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding: decoder.encoding.toUpperCase(), notes: [] };
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8', notes: [] };
  const gb = strict('gb18030', bytes);
  if (decoder && gb !== undefined) {
    return {
      text: gb,
      encoding: 'GB18030',
      notes: [m('note.htmlNotUtf8', {})],
    };
  }
  if (gb !== undefined) {
    const notes = declared !== undefined ? [m('note.htmlCharset', { charset: declared })] : [];
    return { text: gb, encoding: 'GB18030', notes };
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'UTF-8',
    notes: [m('note.htmlUndecodable', {})],
  };
}

// ---------------------------------------------------------------- the page's parts

/** Never text of the report. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'map', 'audio', 'video', 'img', 'title', 'nav',
]);
/** Elements that start a new line of text; everything else runs inline. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section',
  'article', 'main', 'header', 'footer', 'aside', 'center', 'address', 'figure', 'figcaption', 'form', 'fieldset',
  'hr', 'table', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'body', 'html', 'legend', 'details', 'summary',
]);
/** Blocks that are a paragraph even when empty (an empty `<p>` is a blank line, as an empty Word paragraph is). */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre']);

const hidden = (el: Element): boolean => 'hidden' in el.attrs || /display\s*:\s*none/i.test(el.attrs['style'] ?? '');

/** The text of an element as plain characters (no layout), for finding the report's parts. */
function plain(node: Node): string {
  if (typeof node === 'string') return node;
  if (DROPPED.has(node.name) || hidden(node)) return '';
  const out: string[] = [];
  const todo: Node[] = [node];
  while (todo.length > 0) {
    const n = todo.pop()!;
    if (typeof n === 'string') out.push(n);
    else if (!DROPPED.has(n.name) && !hidden(n)) for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]!);
  }
  return out.join('');
}

const squeeze = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

/** A table of the national templates, by its labels. */
const REPORT_TABLE = /申请人情况|本年新收|第二十条|行政复议|统计指标|信息内容/;
/** A top-level heading of the national outline: `一、总体情况`, `二、主动公开政府信息情况` … */
const TOP_HEADING = /^[一二三四五六七八][、.．]\S/;
const TITLE = /政府信息公开.{0,12}年度?报告|信息公开.{0,8}年报|年度报告/;

/** Every element below `root`, in document order, with its ancestors' chain (no recursion). */
function walkAll(root: Element, visit: (el: Element, path: readonly Element[]) => void): void {
  const todo: { el: Element; path: Element[] }[] = [{ el: root, path: [] }];
  while (todo.length > 0) {
    const { el, path } = todo.pop()!;
    visit(el, path);
    if (DROPPED.has(el.name) || hidden(el)) continue;
    const kids = elements(el);
    const next = [...path, el];
    for (let i = kids.length - 1; i >= 0; i--) todo.push({ el: kids[i]!, path: next });
  }
}

/** The report's body (the smallest element holding its tables and top-level headings) and its title element, if any. */
function findReport(root: Element): { body: Element; title?: Element } {
  const marks: (readonly Element[])[] = [];
  const titles: { el: Element; path: readonly Element[]; index: number }[] = [];
  const order = new Map<Element, number>();
  walkAll(root, (el, path) => {
    order.set(el, order.size);
    if (el.name === 'table') {
      // The innermost tables only: a layout table holds the report's.
      if (REPORT_TABLE.test(squeeze(plain(el))) && !hasTable(el)) marks.push([...path, el]);
      return;
    }
    if (!BLOCKS.has(el.name) || el.name === 'body' || el.name === 'html') return;
    const text = squeeze(plain(el));
    if (text.length === 0 || text.length > 80 || hasBlock(el)) return;
    if (TOP_HEADING.test(text)) marks.push([...path, el]);
    // A link to a report (a sidebar's, a list's) is not the report's title.
    if (TITLE.test(text) && !path.some((p) => p.name === 'a') && squeeze(linkText(el)) !== text) titles.push({ el, path, index: order.get(el)! });
  });
  const body = root.name === '#root' ? (findFirst(root, 'body') ?? root) : root;
  if (marks.length < 2) return { body };
  // The deepest element on every mark's chain.
  let common = marks[0]!.length;
  for (const m of marks) {
    let k = 0;
    while (k < common && k < m.length && m[k] === marks[0]![k]) k++;
    common = k;
  }
  const lca = marks[0]![common - 1] ?? body;
  // A title inside the body is written where it stands; else the last one before the body (the page's
  // headline) goes first.
  const inside = titles.some((t) => t.path.includes(lca));
  const before = titles.filter((t) => t.index < order.get(lca)!);
  return { body: lca, title: inside ? undefined : before[before.length - 1]?.el };
}

/** The text of the links inside an element. */
function linkText(el: Element): string {
  const out: string[] = [];
  walkAll(el, (d) => {
    if (d.name === 'a') out.push(plain(d));
  });
  return out.join('');
}

/** The part of the page's <title> that names the report (`某某局2021年政府信息公开工作年度报告_某某网` → its first part). */
function pageTitle(root: Element): string | undefined {
  let found: Element | undefined;
  const todo: Element[] = [root];
  while (todo.length > 0 && !found) {
    const el = todo.pop()!;
    if (el.name === 'title') found = el;
    else todo.push(...elements(el));
  }
  const text = found?.children.filter((c): c is string => typeof c === 'string').join('') ?? '';
  return text
    .split(/[_|｜—–-]+/)
    .map((part) => part.replace(/[\s\u00a0]+/g, ' ').trim())
    .find((part) => TITLE.test(part));
}

function findFirst(root: Element, name: string): Element | undefined {
  let found: Element | undefined;
  walkAll(root, (el) => {
    if (!found && el.name === name) found = el;
  });
  return found;
}

function hasTable(el: Element): boolean {
  let found = false;
  for (const c of elements(el)) walkAll(c, (d) => (found ||= d.name === 'table'));
  return found;
}

function hasBlock(el: Element): boolean {
  return elements(el).some((c) => (BLOCKS.has(c.name) && c.name !== 'br') || hasBlock(c));
}

// ---------------------------------------------------------------- elements → blocks

/** A line break inside the inline text of a block (a `<br>`), kept apart from whitespace until the end. */
const BR = '\u2028';
const WIDE = '[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]';
/** A line break (of the source) between two Chinese characters is no space, as CSS text shows it. */
const CJK_BREAK = new RegExp(`(${WIDE})[ \\t\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=${WIDE})`, 'g');
/** Word's bookmarks, as Word and LibreOffice write them into HTML. */
const WORD_BOOKMARK = /^(_|OLE_LINK)/;

/** A bookmark while whitespace is collapsed: invisible, so that spaces beside it at a line's ends go too. */
const MARK_START = '\ue000';
const MARK_END = '\ue001';
const LINE_START = /^(?: |\ue000[^\ue000\ue001]*\ue001)+/;
const noSpaces = (m: string): string => m.replace(/ /g, '');

/** The spaces of a line's trailing run of spaces and bookmarks removed (a scan from the end, not a `…+$` pattern). */
function withoutTrailingSpaces(line: string): string {
  let i = line.length;
  while (i > 0) {
    const c = line[i - 1];
    if (c === ' ') i--;
    else if (c === MARK_END) {
      const s = line.lastIndexOf(MARK_START, i - 2);
      if (s < 0 || line.slice(s + 1, i - 1).includes(MARK_END)) break;
      i = s;
    } else break;
  }
  return line.slice(0, i) + noSpaces(line.slice(i));
}

/** Inline text as shown: whitespace collapsed (none at a line's ends), `<br>` a line break. */
function inlineText(raw: string): string {
  return raw
    .replace(CJK_BREAK, '$1')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .split(BR)
    .map((line) => withoutTrailingSpaces(line.replace(LINE_START, noSpaces)))
    .join('\n')
    .replace(/\ue000([^\ue000\ue001]*)\ue001/g, '[bookmark: $1]');
}

class Converter {
  /** Convert the children of `el` to blocks (inline runs become paragraphs). */
  blocks(el: Element, out: Block[] = []): Block[] {
    let run: string[] = [];
    let hasBreak = false;
    const flush = (always: boolean): void => {
      let text = inlineText(run.join(''));
      // A trailing <br> ends the line it is on; it does not open another.
      if (hasBreak && text.endsWith('\n')) text = text.slice(0, -1);
      if (/^[\s\u00a0\u3000]*$/.test(text)) text = '';
      if (text !== '' || always || hasBreak) out.push({ kind: 'p', text });
      run = [];
      hasBreak = false;
    };
    const inline = (node: Node): void => {
      if (typeof node === 'string') {
        run.push(node);
        return;
      }
      if (DROPPED.has(node.name) || hidden(node)) return;
      if (node.name === 'br') {
        run.push(BR);
        hasBreak = true;
        return;
      }
      if (node.name === 'a' && node.attrs['name'] && WORD_BOOKMARK.test(node.attrs['name'])) run.push(MARK_START + node.attrs['name'] + MARK_END);
      if (BLOCKS.has(node.name)) {
        flush(false);
        this.block(node, out);
        return;
      }
      for (const c of node.children) inline(c);
    };
    for (const c of el.children) inline(c);
    flush(false);
    return out;
  }

  private block(el: Element, out: Block[]): void {
    if (el.name === 'table') {
      this.table(el, out);
      return;
    }
    if (el.name === 'pre') {
      out.push({ kind: 'p', text: plain(el).replace(/\r\n?/g, '\n').replace(/\n$/, '') });
      return;
    }
    if (el.name === 'hr') return;
    const start = out.length;
    this.blocks(el, out);
    // An empty <p> is a blank line, as an empty Word paragraph is.
    if (PARAGRAPHS.has(el.name) && out.length === start) out.push({ kind: 'p', text: '' });
  }

  /** A table's rows (thead, tbody, tfoot or direct), not those of tables inside it. */
  private rows(table: Element): Element[] {
    const rows: Element[] = [];
    for (const c of elements(table)) {
      if (c.name === 'tr') rows.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') rows.push(...elements(c).filter((r) => r.name === 'tr'));
    }
    return rows;
  }

  private table(table: Element, out: Block[]): void {
    const caption = elements(table).find((c) => c.name === 'caption');
    if (caption) this.blocks(caption, out);
    const rows = this.rows(table);
    const cellsOf = (tr: Element): Element[] => elements(tr).filter((c) => c.name === 'td' || c.name === 'th');
    // A table for page layout: its cells' blocks in order, no cells.
    if (rows.some((tr) => cellsOf(tr).some((td) => hasTable(td) || squeeze(plain(td)).length > 300))) {
      for (const tr of rows) for (const td of cellsOf(tr)) this.blocks(td, out);
      return;
    }
    // The grid: which columns of each row a cell above still covers (by its rowspan), and from which column it starts.
    const covered: Map<number, { start: number }>[] = rows.map(() => new Map());
    const grid: Block[][][] = [];
    rows.forEach((tr, r) => {
      const row: Block[][] = [];
      let col = 0;
      const skipCovered = (): void => {
        while (covered[r]!.has(col)) {
          // A rowspan's continuation: one empty cell where the spanning cell starts (as Word's vMerge).
          if (covered[r]!.get(col)!.start === col) row.push([]);
          col++;
        }
      };
      for (const td of cellsOf(tr)) {
        skipCovered();
        const colspan = span(td.attrs['colspan'], 1000);
        const rowspan = td.attrs['rowspan'] === '0' ? rows.length - r : span(td.attrs['rowspan'], rows.length - r);
        for (let k = 1; k < rowspan; k++) for (let c = col; c < col + colspan; c++) covered[r + k]!.set(c, { start: col });
        row.push(this.blocks(td));
        col += colspan;
      }
      // Covered columns after the row's last cell.
      const last = Math.max(-1, ...covered[r]!.keys());
      while (col <= last) {
        if (covered[r]!.get(col)?.start === col) row.push([]);
        col++;
      }
      grid.push(row);
    });
    out.push({ kind: 'table', rows: grid.filter((row) => row.length > 0) });
  }
}

/** A rowspan or colspan attribute: a whole number from 1 to `max`. */
function span(value: string | undefined, max: number): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, Math.max(1, max)) : 1;
}

/** The report text of an HTML page, with notes on how it was read. Never throws. */
export function htmlToText(bytes: Uint8Array): ConvertResult {
  try {
    const { text, encoding, notes } = decodePage(bytes);
    const { root } = parseTree(text, false);
    const { body, title } = findReport(root);
    const converter = new Converter();
    const blocks: Block[] = [];
    if (title) converter.blocks({ name: 'div', attrs: {}, children: [title] }, blocks);
    converter.blocks({ name: 'div', attrs: {}, children: [body] }, blocks);
    // Blank lines at the start mean nothing.
    while (blocks[0]?.kind === 'p' && blocks[0].text === '') blocks.shift();
    // No title in the page's body: the document's <title>, without the site's name, when it names the report.
    const head = layoutText(blocks.slice(0, 3));
    if (!title && !TITLE.test(head)) {
      const named = pageTitle(root);
      if (named) blocks.unshift({ kind: 'p', text: named });
    }
    return { ok: true, kind: 'html', text: layoutText(blocks), notes, encoding };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return unreadable(m('input.htmlFailed', { detail }));
  }
}
