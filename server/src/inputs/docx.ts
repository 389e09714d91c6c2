// A .docx (its bytes) as the report text the parser reads: Tika's layout (see layout.ts), as Apache
// Tika writes a .docx, so that a report checked as .docx gets the findings its Tika text gets.
//
// What is read: the main document part only (found through the package relationships), with its
// styles and numbering. Never read: macros (vbaProject.bin), embedded objects, images, external
// relationships (linked files, templates, web addresses: nothing outside the file is ever loaded),
// headers and footers (page chrome, like a web page's).
//
// How Word's features become text:
// - A paragraph is a line; a line break inside it (w:br, w:cr) a further line; a tab (w:tab) a TAB.
// - Automatic numbering is written before the paragraph's text (`一、`), as Word shows it and Tika writes it.
// - A table cell is a TAB-led line, its further paragraphs the following lines; a merged cell
//   (w:gridSpan) appears once; a vertically merged continuation (w:vMerge without restart) is an
//   empty cell, as Tika writes it; a table inside a cell follows the cell's paragraphs.
// - Bookmarks: `[bookmark: name]` at the start of the paragraph that holds their start, as Tika writes
//   them (the parser knows them; the conversion-artifact rule reports them, as in Tika's text).
// - Fields (page numbers, dates, cross-references): their result as shown, never their code.
// - Tracked changes are read as if accepted (insertions kept, deletions dropped, deleted rows and
//   paragraph marks removed), and a note says so.
// - Text boxes: their paragraphs follow the paragraph they are anchored in, in order.
// - Footnotes, endnotes and comments are left out (a note counts them): appended to the report they
//   would read as part of its last section.
// - Hidden text (w:vanish) is left out, as Word prints it (a note counts it).
import { layoutText, type Block } from './layout';
import type { MessageRef } from '../core/findings';
import { inputMessage as m, unreadable, type ConvertResult } from './notes';
import { Numbering } from './numbering';
import { child, elements, parseTree, type Element } from './tree';
import { unzipParts } from './zip';

const MAIN_REL = /\/officeDocument$/;

/** Inside a paragraph, elements whose text is not shown: properties, field codes, deleted text, the VML
 * copy of a drawing (mc:Fallback; its mc:Choice is read), ruby's annotation; bookmarks are read apart. */
const NO_TEXT = new Set(['w:pPr', 'w:rPr', 'mc:Fallback', 'w:bookmarkStart', 'w:instrText', 'w:delText', 'w:delInstrText', 'w:rt']);

/** The text of an XML part (UTF-8, or UTF-16 with a byte-order mark). */
function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** A part path relative to a folder of the package (`word/`), as relationships name them. */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(root: Element | undefined): Relationship[] {
  const rels = root && elements(root).find((e) => e.name.endsWith('Relationships'));
  if (!rels) return [];
  return elements(rels)
    .filter((r) => r.name.endsWith('Relationship'))
    .map((r) => ({ type: r.attrs['Type'] ?? '', target: r.attrs['Target'] ?? '', external: r.attrs['TargetMode'] === 'External' }));
}

/** Paragraph styles: the numbering each carries (its own or inherited through w:basedOn). */
class Styles {
  private readonly byId = new Map<string, { basedOn?: string; numId?: string; ilvl?: number }>();

  constructor(stylesXml: Element | undefined) {
    const root = stylesXml ? child(stylesXml, 'w:styles') : undefined;
    if (!root) return;
    for (const s of elements(root)) {
      if (s.name !== 'w:style' || (s.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
      this.byId.set(s.attrs['w:styleId'] ?? '', {
        basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
        numId: child(numPr, 'w:numId')?.attrs['w:val'],
        ilvl: ilvl === undefined ? undefined : Number.parseInt(ilvl, 10),
      });
    }
  }

  /** The numbering of a style (the first found walking up its w:basedOn chain). */
  numbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (let id = styleId, depth = 0; id !== undefined && depth < 32; depth++) {
      const s = this.byId.get(id);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return { numId, ilvl };
  }
}

/** What the walk counts for the notes. */
interface Counts {
  insertions: number;
  deletions: number;
  footnotes: number;
  comments: number;
  hidden: number;
  textBoxes: number;
  altChunks: number;
}

class Reader {
  readonly counts: Counts = { insertions: 0, deletions: 0, footnotes: 0, comments: 0, hidden: 0, textBoxes: 0, altChunks: 0 };
  /** Open complex fields (w:fldChar begin … separate … end): text shows only where each is in its result. */
  private readonly fields: boolean[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {}

  private get inFieldCode(): boolean {
    return this.fields.some((inResult) => !inResult);
  }

  /** The blocks of a body-like container (w:body, a cell, a text box, a content control). */
  container(el: Element): Block[] {
    const out: Block[] = [];
    /** The text of paragraphs whose mark was deleted: accepted, they run into the next paragraph. */
    let carry = '';
    const visit = (node: Element): void => {
      for (const c of elements(node)) {
        if (this.revision(c, visit)) continue;
        switch (c.name) {
          case 'w:p': {
            const { text, after, markDeleted } = this.paragraph(c);
            if (markDeleted) carry += text;
            else {
              out.push({ kind: 'p', text: carry + text });
              carry = '';
            }
            out.push(...after);
            break;
          }
          case 'w:tbl':
            out.push(this.table(c));
            break;
          case 'w:sdt':
            visit(child(c, 'w:sdtContent') ?? { name: '', attrs: {}, children: [] });
            break;
          case 'w:customXml':
          case 'w:sdtContent':
            visit(c);
            break;
          case 'w:altChunk':
            this.counts.altChunks++;
            break;
          default:
            break;
        }
      }
    };
    visit(el);
    if (carry !== '') out.push({ kind: 'p', text: carry });
    return out;
  }

  /** A tracked change around content, read as accepted: a deletion dropped, an insertion read; false for anything else. */
  private revision(c: Element, read: (inserted: Element) => void): boolean {
    if (c.name === 'w:del' || c.name === 'w:moveFrom') {
      this.counts.deletions++;
      return true;
    }
    if (c.name === 'w:ins' || c.name === 'w:moveTo') {
      this.counts.insertions++;
      read(c);
      return true;
    }
    return false;
  }

  /** A paragraph: its text (numbering label, bookmarks, runs), the blocks of its text boxes, and whether its mark was deleted. */
  private paragraph(p: Element): { text: string; after: Block[]; markDeleted: boolean } {
    const pPr = child(p, 'w:pPr');
    const markRPr = child(pPr, 'w:rPr');
    const markDeleted = child(markRPr, 'w:del') !== undefined || child(markRPr, 'w:moveFrom') !== undefined;
    if (markDeleted) this.counts.deletions++;
    else if (child(markRPr, 'w:ins') !== undefined) this.counts.insertions++;
    const parts: string[] = [];
    const after: Block[] = [];
    // Bookmarks whose start is in the paragraph, at its start (where Tika writes them).
    for (const b of elements(p)) if (b.name === 'w:bookmarkStart' && b.attrs['w:name']) parts.push(`[bookmark: ${b.attrs['w:name']}]`);
    this.inline(p, parts, after);
    let text = parts.join('');
    if (!markDeleted) text = this.label(pPr) + text;
    return { text, after, markDeleted };
  }

  /** The numbering label of a paragraph (direct w:numPr over its style's), its list's counter advanced. */
  private label(pPr: Element | undefined): string {
    const numPr = child(pPr, 'w:numPr');
    const style = this.styles.numbering(child(pPr, 'w:pStyle')?.attrs['w:val']);
    const numId = child(numPr, 'w:numId')?.attrs['w:val'] ?? style.numId;
    if (numId === undefined || numId === '0') return '';
    const ilvlText = child(numPr, 'w:ilvl')?.attrs['w:val'];
    const ilvl = ilvlText !== undefined ? Number.parseInt(ilvlText, 10) : (style.ilvl ?? 0);
    return this.numbering.next(numId, Number.isFinite(ilvl) ? ilvl : 0);
  }

  /** The text of a paragraph's content (runs and what wraps them), in order; text boxes' blocks go to `after`. */
  private inline(el: Element, out: string[], after: Block[]): void {
    for (const c of elements(el)) {
      if (this.revision(c, (ins) => this.inline(ins, out, after))) continue;
      if (NO_TEXT.has(c.name)) continue;
      switch (c.name) {
        case 'w:r':
          this.run(c, out, after);
          break;
        case 'w:txbxContent':
          this.counts.textBoxes++;
          after.push(...this.container(c));
          break;
        default:
          // Hyperlinks, smart tags, content controls, simple fields (their result), math, drawings
          // (text boxes inside): their runs in order.
          this.inline(c, out, after);
      }
    }
  }

  private run(r: Element, out: string[], after: Block[]): void {
    const rPr = child(r, 'w:rPr');
    const vanish = child(rPr, 'w:vanish');
    const hidden = vanish !== undefined && vanish.attrs['w:val'] !== '0' && vanish.attrs['w:val'] !== 'false';
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push(false);
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = true;
          else if (type === 'end') this.fields.pop();
          continue;
        }
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          this.counts.footnotes++;
          continue;
        case 'w:commentReference':
          this.counts.comments++;
          continue;
        default:
      }
      if (this.inFieldCode) continue;
      if (hidden) {
        if (c.name === 'w:t') this.counts.hidden++;
        continue;
      }
      switch (c.name) {
        case 'w:t':
          out.push(textOf(c));
          break;
        case 'w:tab':
        case 'w:ptab':
          out.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          out.push('\n');
          break;
        case 'w:noBreakHyphen':
          out.push('-');
          break;
        case 'w:sym': {
          // A symbol font's character (private use, U+F0xx) means nothing as text.
          const code = Number.parseInt(c.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code) && (code < 0xf000 || code > 0xf0ff)) out.push(String.fromCodePoint(code));
          break;
        }
        default:
          // Drawings and pictures (text boxes inside them), alternate content, ruby (its base text).
          if (!NO_TEXT.has(c.name)) this.inline(c, out, after);
      }
    }
  }

  private table(tbl: Element): Block {
    const rows: Block[][][] = [];
    for (const tr of wrapped(tbl, 'w:tr')) {
      const trPr = child(tr, 'w:trPr');
      if (child(trPr, 'w:del') !== undefined) {
        this.counts.deletions++;
        continue;
      }
      if (child(trPr, 'w:ins') !== undefined) this.counts.insertions++;
      rows.push(this.cells(tr));
    }
    return { kind: 'table', rows };
  }

  private cells(tr: Element): Block[][] {
    const cells: Block[][] = [];
    for (const tc of wrapped(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      if (child(tcPr, 'w:cellDel') !== undefined) {
        this.counts.deletions++;
        continue;
      }
      const vMerge = child(tcPr, 'w:vMerge');
      const content = this.container(tc);
      // A continuation of a vertically merged cell is an empty cell in Tika's text (its unseen content
      // was still read: it advances lists and fields).
      cells.push(vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart' ? [] : content);
    }
    return cells;
  }
}

/** Content controls, custom XML and tracked insertions that may wrap a table's rows or a row's cells. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

/** The children named `name` of an element, those inside wrappers included, in order. */
function wrapped(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (WRAPPERS.has(c.name)) out.push(...wrapped(c, name));
  }
  return out;
}

/** The text of a w:t (the tree keeps its characters as written; xml:space does not matter to the text). */
function textOf(t: Element): string {
  return t.children.map((c) => (typeof c === 'string' ? c : '')).join('');
}

function notesOf(c: Counts): MessageRef[] {
  const notes: MessageRef[] = [];
  if (c.insertions > 0 || c.deletions > 0) notes.push(m('note.trackedChanges', { insertions: c.insertions, deletions: c.deletions }));
  if (c.footnotes > 0) notes.push(m('note.footnotes', { count: c.footnotes }));
  if (c.comments > 0) notes.push(m('note.comments', { count: c.comments }));
  if (c.hidden > 0) notes.push(m('note.hidden', { count: c.hidden }));
  if (c.textBoxes > 0) notes.push(m('note.textBoxes', { count: c.textBoxes }));
  if (c.altChunks > 0) notes.push(m('note.altChunks', { count: c.altChunks }));
  return notes;
}

/** The report text of a .docx, with notes on how it was read; or why it cannot be read. Never throws. */
export function docxToText(bytes: Uint8Array): ConvertResult {
  try {
    return read(bytes);
  } catch (e) {
    // A defect of this reader, not of the file: say so rather than crash the caller.
    const detail = e instanceof Error ? e.message : String(e);
    return unreadable(m('input.docxFailed', { detail }));
  }
}

function read(bytes: Uint8Array): ConvertResult {
  const pkg = unzipParts(bytes, (name) => name === '_rels/.rels');
  if (!pkg.ok) return pkg;
  const rootRels = pkg.parts.get('_rels/.rels');
  const mainRel = rootRels ? relationships(parseTree(xmlText(rootRels), true).root).find((r) => MAIN_REL.test(r.type) && !r.external) : undefined;
  const main = resolvePath('', mainRel?.target ?? 'word/document.xml');
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRels = `${dir}_rels/${main.slice(dir.length)}.rels`;
  // The main part, its relationships, and the XML parts beside it (styles, numbering): nothing else.
  const parts = unzipParts(bytes, (name) => name === main || name === mainRels || (name.startsWith(dir) && !name.slice(dir.length).includes('/') && name.endsWith('.xml')));
  if (!parts.ok) return parts;
  const documentBytes = parts.parts.get(main);
  if (!documentBytes) return unreadable(m('input.docxNoPart', { part: main }));
  const rels = parts.parts.get(mainRels);
  const related = rels ? relationships(parseTree(xmlText(rels), true).root) : [];
  const partOf = (type: RegExp): Element | undefined => {
    const rel = related.find((r) => type.test(r.type) && !r.external);
    const bytes = rel ? parts.parts.get(resolvePath(dir, rel.target)) : undefined;
    return bytes ? parseTree(xmlText(bytes), true).root : undefined;
  };
  const styles = new Styles(partOf(/\/styles$/));
  const numbering = new Numbering(partOf(/\/numbering$/));
  const doc = parseTree(xmlText(documentBytes), true);
  const body = child(child(doc.root, 'w:document'), 'w:body');
  if (!body) {
    if (doc.unclosed > 0) return unreadable(m('input.docxTruncated', {}));
    return unreadable(m('input.docxNoBody', {}));
  }
  const reader = new Reader(styles, numbering);
  const blocks = reader.container(body);
  const notes = notesOf(reader.counts);
  if (doc.unclosed > 0) notes.push(m('note.docxTruncated', {}));
  return { ok: true, kind: 'docx', text: layoutText(blocks), notes };
}
