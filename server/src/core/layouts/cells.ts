// Cell-per-line tables without marks: the text LibreOffice (`soffice --convert-to txt`) and docx2txt make of
// a .docx. Every cell paragraph is a line of its own, in row order, with no TAB and nothing marking where
// a row or a table starts or ends; an empty cell is an empty line (docx2txt: a line of the spaces that
// centre it; it also pads centred cells' text with spaces, which are no part of the cell). So the cells
// are aligned with the national templates by their labels, as Tika's 表三 rows already are: a table is
// recognised by its opening cells and header words, then read row by row as its template has it — a row's
// label (over one or more paragraphs), then its fixed number of value cells (a blank line one of them);
// the empty lines between a row's values and the next label are merged cells or padding, no cells.
// Only lines that align so are cells: the prose around a table stays prose.
//
// Each table is one region of cells with its row fragments, read by the table parsers as a Tika region is.
// A table recognised by its header whose rows cannot be aligned (a value under no row, a row with more
// cells than its template) is one `input-layout` finding, and is not checked; the others still are.
import { makeCellAt, type Region } from '../blocks';
import type { Cell, Range, TableKind } from '../model';
import { msg } from '../messages';
import { TABLE2_COLUMNS, TABLE2_ROWS, TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_ROW_BY_KEY, TABLE4_COLUMNS, type Table3Group } from '../national';
import { parseNumber } from '../numbers';
import { normLabel } from '../text';
import { COLUMN_KEYS, ROW_KEYS, TABLE2_CAPTION, keyOf } from '../tables/table2';
import { classify, HEADER_WORDS, isHeaderWord, type Label } from '../tables/table3';
import { HEADER_LABELS as TABLE4_HEADER, headerLabel as table4Label } from '../tables/table4';

/** A cell line is never this long (the longest labels are about 45 characters): longer lines are prose. */
const MAX_CELL = 80;
const TABLE3_WIDTH = TABLE3_COLUMNS.length;
const TABLE4_WIDTH = TABLE4_COLUMNS.length;

/** The labels a cell written over several paragraphs is joined towards (`本年新` `制作数量`). */
const TABLE2_COLUMN_LABELS: readonly string[] = Object.values(TABLE2_COLUMNS).flatMap((c) => [c.label, ...('also' in c ? c.also : [])].map(normLabel));
const TABLE2_ROW_LABELS: readonly string[] = Object.values(TABLE2_ROWS).flatMap((r) => [r.label, ...('also' in r ? r.also : [])].map(normLabel));
const TABLE3_HEADER_WORDS: readonly string[] = [...HEADER_WORDS];
const TABLE4_LABELS: readonly string[] = [...TABLE4_HEADER];
const CARRY_OVER = TABLE3_ROW_BY_KEY.get('carryOver')!.key;

/** The lines as this layout reads them: which may be cells, their labels, what they hold. */
class Lines {
  private readonly labels = new Map<number, string>();
  constructor(
    readonly lines: readonly string[],
    /** Lines already read otherwise (Tika's cells, row-per-line tables, other tables). */
    private readonly taken: (i: number) => boolean,
  ) {}

  /** A line that may be a cell of this layout. */
  free(i: number): boolean {
    return i < this.lines.length && !this.taken(i);
  }

  /** The line's label (`normLabel`): '' for a blank line, a full stop for a line too long to be a cell. */
  label(i: number): string {
    let l = this.labels.get(i);
    if (l === undefined) {
      const line = this.lines[i]!;
      l = line.length > MAX_CELL ? '。' : normLabel(line);
      this.labels.set(i, l);
    }
    return l;
  }

  blank(i: number): boolean {
    return this.label(i) === '';
  }

  /** A sentence or a paragraph: no cell. */
  prose(i: number): boolean {
    return this.label(i).includes('。');
  }

  number(i: number): boolean {
    return parseNumber(this.lines[i]!) !== undefined;
  }

  /** What a value cell holds: a number (a count with its unit too, `12件`), or what stands for none (`无`, `—`, `/`). */
  value(i: number): boolean {
    if (this.number(i)) return true;
    const l = this.label(i);
    if (l === '' || l.length > 5) return false;
    if (l === '无' || l === '空' || l === '否') return true;
    for (let k = 0; k < l.length; k++) if (!DASHES.includes(l[k]!)) return false;
    return true;
  }

  /** A blank line or a value: what a value cell may be. */
  valueCell(i: number): boolean {
    return this.free(i) && (this.blank(i) || this.value(i));
  }

  /** The next line from `i` that is not blank (the text's end or a taken line if none is free before it). */
  nonBlank(i: number): number {
    while (this.free(i) && this.blank(i)) i++;
    return i;
  }

  /** The range of a line's text, for a finding. */
  range(i: number): Range {
    const line = this.lines[i]!;
    return { start: { line: i, character: textStart(line) }, end: { line: i, character: line.length } };
  }
}

const DASHES = '—－-–―/／\\';

/** Where a paragraph's text starts: after the spaces docx2txt centres it with (a line of spaces alone: at 0). */
function textStart(line: string): number {
  let k = 0;
  while (k < line.length && line.charCodeAt(k) === 32) k++;
  return k === line.length ? 0 : k;
}

/** The cells and row fragments of one table as they are read. */
class Built {
  readonly cells: Cell[] = [];
  readonly fragment: number[] = [];
  private frag = -1;
  constructor(private readonly lines: readonly string[]) {}

  /** The cells after this are another row's. */
  row(): void {
    this.frag++;
  }

  /** A cell of lines `first`…`last`. */
  cell(first: number, last: number = first): void {
    const line = this.lines[first]!;
    this.cells.push(makeCellAt(this.lines, first, last, textStart(line), this.lines[last]!.length));
    this.fragment.push(Math.max(this.frag, 0));
  }

  /** The value cells `from`…`from + n - 1`. */
  values(from: number, n: number): void {
    for (let k = 0; k < n; k++) this.cell(from + k);
  }

  region(kind: TableKind): Region {
    const first = this.cells[0]!;
    const last = this.cells[this.cells.length - 1]!;
    return { firstLine: first.firstLine, lastLine: last.lastLine, cells: this.cells, fragment: this.fragment, layout: 'cells', kind };
  }
}

/** A table read: its region and the last line it takes (padding after its last cell included). */
interface Read {
  region: Region;
  end: number;
}

/** Why a table could not be aligned, at which line: the table is read up to there, then given up. */
class Unaligned {
  constructor(
    readonly line: number,
    readonly reason: ReturnType<typeof msg>,
  ) {}
}

/**
 * The last line of a cell that starts at `i`, for a label that may be written over several paragraphs
 * (`本年新` `制作数量`, `结果` `` `维持`): lines are joined while what is joined begins one of `labels`,
 * until it is one (or begins with one: a unit may follow); up to `blanks` empty paragraphs inside. A line
 * that never completes a label stays a cell of its own.
 */
function joinedEnd(L: Lines, i: number, labels: readonly string[], blanks = 0): number {
  let joined = L.label(i);
  if (labels.some((w) => joined.startsWith(w)) || !labels.some((w) => w.startsWith(joined))) return i;
  for (let k = i + 1; k <= i + 3 + blanks && L.free(k); k++) {
    if (L.blank(k)) {
      if (blanks-- > 0) continue;
      break;
    }
    joined += L.label(k);
    if (labels.some((w) => joined.startsWith(w))) return k;
    if (!labels.some((w) => w.startsWith(joined))) break;
  }
  return i;
}

/** The number of value cells from `from`, at most `width` (a blank line is one). */
function countValues(L: Lines, from: number, width: number): number {
  let k = 0;
  while (k < width && L.valueCell(from + k)) k++;
  return k;
}

/** After a row's `n` values from `from`: a further value before the next label means the row has more cells
 * than its template, which no reading of this layout can place. */
function furtherValue(L: Lines, from: number, n: number): number | undefined {
  const j = L.nonBlank(from + n);
  return L.free(j) && L.value(j) ? j : undefined;
}

// ---------------------------------------------------------------------------------------------------
// 表三: the caption and header words, then each row's label (a group's label before its first sub-row's),
// then seven values.

const sameLabel = (a: Label, b: Label): boolean =>
  a.kind === b.kind && (a.kind !== 'row' || (b.kind === 'row' && a.key === b.key)) && (a.kind !== 'group' || (b.kind === 'group' && a.group === b.group));

/** The last line of a 表三 label that starts at `i`: its further paragraphs say nothing else (`一、本年新收政府`
 * `信息公开申请数量`; `5.要求行政机关` `确认或重新出具已获取信息`). */
function table3LabelEnd(L: Lines, i: number, label: Label, group: Table3Group | undefined): number {
  let last = i;
  while (last - i < 3 && L.free(last + 1) && !L.blank(last + 1) && !L.value(last + 1) && !L.prose(last + 1)) {
    const next = classify(L.label(last + 1), group);
    if (next !== undefined && !sameLabel(next, label)) break;
    last++;
  }
  return last;
}

/**
 * The label of a 表三 row that starts at line `j`, and its last line: the line's own, or that of the line
 * and the next ones joined, for a label whose first paragraph alone says nothing (`三、本` `年度办` `理结果`,
 * `（三）` `不予公开`).
 */
function table3RowLabel(L: Lines, j: number, group: Table3Group | undefined): { label: Label; last: number } | undefined {
  let joined = L.label(j);
  const own = classify(joined, group);
  if (own !== undefined) return { label: own, last: j };
  for (let k = j + 1; k <= j + 3 && L.free(k) && !L.blank(k) && !L.value(k) && !L.prose(k); k++) {
    joined += L.label(k);
    const label = classify(joined, group);
    if (label !== undefined) return { label, last: k };
  }
  return undefined;
}

function readTable3(L: Lines, at: number): Read | Unaligned | undefined {
  const b = new Built(L.lines);
  let i = at;
  // The header: the caption (over one paragraph or more), the header words and the empty cells among them,
  // up to the first row's label.
  let words = 0;
  b.row();
  while (L.free(i)) {
    if (i - at > 60) return undefined;
    if (L.blank(i)) {
      b.cell(i++);
      continue;
    }
    const l = L.label(i);
    if (L.prose(i) || L.value(i)) return undefined;
    if (table3RowLabel(L, i, undefined) !== undefined) break;
    let last = i;
    if (l.includes('本列数据的勾稽关系')) {
      let joined = l;
      while (!joined.endsWith('）') && last - i < 3 && L.free(last + 1) && !L.blank(last + 1) && !isHeaderWord(L.label(last + 1))) joined += L.label(++last);
    } else last = joinedEnd(L, i, TABLE3_HEADER_WORDS);
    if (isHeaderWord(l) || last > i) words++;
    b.cell(i, last);
    i = last + 1;
  }
  if (words < 4) return undefined;

  let group: Table3Group | undefined;
  let total = false;
  let end = i - 1;
  for (;;) {
    const j = L.nonBlank(i);
    if (!L.free(j)) break;
    const found = table3RowLabel(L, j, group);
    if (found === undefined) {
      if (L.value(j)) return new Unaligned(j, msg('layout.no-row', { text: L.label(j) }));
      // The header again (printed after a page break) before the table's end.
      if (isHeaderWord(L.label(j)) && !total) {
        b.row();
        let k = j;
        for (; L.free(k) && (L.blank(k) || isHeaderWord(L.label(k))); k++) b.cell(k);
        i = k;
        continue;
      }
      // A row that is no row of the template (table-shape names it), when seven values follow it.
      const n = L.prose(j) ? 0 : countValues(L, j + 1, TABLE3_WIDTH);
      if (n < TABLE3_WIDTH || !Array.from({ length: n }, (_, k) => j + 1 + k).some((k) => L.value(k))) break;
      b.row();
      b.cell(j);
      b.values(j + 1, n);
      end = j + n;
      i = end + 1;
      continue;
    }
    // A row: the merged cells before its label, its label (a group's, then its first sub-row's), its values.
    let label: Label = found.label;
    let last = found.last;
    b.row();
    for (let k = i; k < j; k++) b.cell(k);
    let k = j;
    let rowName = L.label(j);
    for (;;) {
      last = table3LabelEnd(L, last, label, group);
      b.cell(k, last);
      rowName = Array.from({ length: last - k + 1 }, (_, d) => L.label(k + d)).join('');
      if (label.kind === 'group') group = label.group;
      else if (label.kind === 'row' && label.group) group = label.group;
      if (label.kind === 'row' && label.key === 'total') total = true;
      k = last + 1;
      const next = L.free(k) && !L.blank(k) && !L.value(k) ? table3RowLabel(L, k, label.kind === 'other' ? 'other' : group) : undefined;
      if (label.kind === 'row' || next === undefined) break;
      label = next.label;
      last = next.last;
    }
    // Seven values; eight where the first is empty and the eighth holds one: the label's row spans two
    // columns left unmerged (`（七）总计`, an empty cell, then the values), as the 表三 parser reads it.
    let n = countValues(L, k, TABLE3_WIDTH);
    if (n === TABLE3_WIDTH && L.blank(k) && L.free(k + n) && !L.blank(k + n) && L.value(k + n)) n++;
    b.values(k, n);
    end = k + n - 1;
    i = end + 1;
    if (n > 0) {
      const further = furtherValue(L, k, n);
      if (further !== undefined) return new Unaligned(further, msg('layout.extra-cell', { row: rowName, text: L.label(further) }));
    }
    if (label.kind === 'row' && label.key === CARRY_OVER) break;
  }
  return { region: b.region('table3'), end };
}

// ---------------------------------------------------------------------------------------------------
// 表二: blocks of a caption (第二十条第（一）项), a header (信息内容 and its columns), then rows of a label and
// as many values as the header has columns.

const table2Row = (l: string): boolean => keyOf(ROW_KEYS, l) !== undefined;
const table2Column = (l: string): boolean => keyOf(COLUMN_KEYS, l) !== undefined;

/** A unit written under a column's label (`（单位：万元）`): part of that cell. */
const isUnit = (l: string): boolean => l.length <= 12 && (l.startsWith('（') || l.startsWith('(')) && (l.includes('单位') || l.includes('元'));

function readTable2(L: Lines, at: number): Read | Unaligned | undefined {
  const b = new Built(L.lines);
  let i = at;
  let columns = 0; // the value cells of the current block's rows (0: no header read yet)
  let rows = 0;
  let end = at;
  let bare = false; // a caption or a header read, and no row since: another block must not start
  for (;;) {
    const j = L.nonBlank(i);
    if (!L.free(j)) break;
    const l = L.label(j);
    // A caption after a caption or a header with no row since, or a header after a header: no block of
    // this table (its rows would have come first). Reading on would let a run of rowless blocks be read
    // again from each of its captions, in time quadratic in its length.
    if (bare && (TABLE2_CAPTION.test(l) || (l === '信息内容' && columns > 0))) break;
    if (TABLE2_CAPTION.test(l)) {
      // The caption, merged across its row (the empty lines after it are that merge's padding).
      bare = true;
      b.row();
      b.cell(j);
      columns = 0;
      end = j;
      i = j + 1;
      continue;
    }
    if (l === '信息内容') {
      bare = true;
      b.row();
      b.cell(j);
      let k = j + 1;
      columns = 0;
      while (L.free(k) && !L.blank(k) && !L.value(k) && !L.prose(k) && !table2Row(L.label(k)) && !TABLE2_CAPTION.test(L.label(k))) {
        let last = joinedEnd(L, k, TABLE2_COLUMN_LABELS);
        if (table2Column(L.label(k)) || last > k) while (L.free(last + 1) && isUnit(L.label(last + 1))) last++;
        b.cell(k, last);
        columns++;
        k = last + 1;
      }
      end = k - 1;
      i = k;
      continue;
    }
    if (columns === 0) break;
    if (L.value(j)) return new Unaligned(j, msg('layout.no-row', { text: l }));
    if (L.prose(j)) break;
    const last = joinedEnd(L, j, TABLE2_ROW_LABELS);
    const n = countValues(L, last + 1, columns);
    // A row that is no standard one (table-label names a slip) when its values follow it.
    if (!table2Row(L.label(j)) && last === j && (n < columns || !Array.from({ length: n }, (_, k) => j + 1 + k).some((k) => L.value(k)))) break;
    b.row();
    b.cell(j, last);
    b.values(last + 1, n);
    rows++;
    bare = false;
    end = last + n;
    i = end + 1;
    const further = furtherValue(L, last + 1, n);
    if (further !== undefined) return new Unaligned(further, msg('layout.extra-cell', { row: l, text: L.label(further) }));
  }
  return rows ? { region: b.region('table2'), end } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// 表四: the header's labels (行政复议, 行政诉讼, the groups, five results each) and its empty merged cells,
// then fifteen values.

const isTable4Label = (l: string): boolean => TABLE4_HEADER.has(table4Label(l));

function readTable4(L: Lines, at: number): Read | Unaligned | undefined {
  const b = new Built(L.lines);
  b.row();
  let i = at;
  let labels = 0;
  let lastLabel = at;
  const spans: [number, number][] = [];
  while (L.free(i) && i - at < 80) {
    if (L.blank(i)) {
      spans.push([i, i++]);
      continue;
    }
    const last = isTable4Label(L.label(i)) ? i : joinedEnd(L, i, TABLE4_LABELS, 1);
    if (last === i && !isTable4Label(L.label(i))) break;
    spans.push([i, last]);
    labels++;
    lastLabel = last;
    i = last + 1;
  }
  if (labels < 8) return undefined;
  for (const [first, last] of spans) if (last <= lastLabel) b.cell(first, last);
  // The data row: every cell after the header's last label.
  b.row();
  const n = countValues(L, lastLabel + 1, TABLE4_WIDTH);
  b.values(lastLabel + 1, n);
  if (n > 0) {
    const further = furtherValue(L, lastLabel + 1, n);
    if (further !== undefined) return new Unaligned(further, msg('layout.extra-data-cell', { text: L.label(further) }));
  }
  return { region: b.region('table4'), end: lastLabel + n };
}

// ---------------------------------------------------------------------------------------------------
// The old 统计表: 统计指标 · 单位 · 统计数, then rows of a label (over one paragraph or more), a unit (`条`,
// `——`) and a value.

/** A unit cell: short, no number (`条`, `人次`, `万元`, `——`), or empty. */
const isUnitCell = (L: Lines, i: number): boolean => L.free(i) && (L.blank(i) || (L.label(i).length <= 4 && !L.number(i)));

function readStats(L: Lines, at: number): Read | Unaligned | undefined {
  if (!L.free(at + 2) || L.label(at + 1) !== '单位' || !L.label(at + 2).startsWith('统计数')) return undefined;
  const b = new Built(L.lines);
  b.row();
  b.values(at, 3);
  let i = at + 3;
  let rows = 0;
  while (L.free(i) && !L.blank(i) && !L.prose(i)) {
    if (L.number(i)) {
      if (!rows) return undefined;
      return new Unaligned(i, msg('layout.no-row', { text: L.label(i) }));
    }
    // The label and its further paragraphs (`（一）主动公开政府信息数` `（不同渠道和方式公开相同信息计1条）`).
    let last = i;
    while (last - i < 3 && L.free(last + 1) && !L.blank(last + 1) && !L.number(last + 1) && !L.prose(last + 1) && !isUnitCell(L, last + 1)) last++;
    const unit = last + 1;
    if (!isUnitCell(L, unit) || !L.valueCell(unit + 1)) break;
    b.row();
    b.cell(i, last);
    b.values(unit, 2);
    rows++;
    i = unit + 2;
  }
  return rows >= 2 ? { region: b.region('stats'), end: i - 1 } : undefined;
}

// ---------------------------------------------------------------------------------------------------

/** The table a line opens in this layout (its first cell as Tika's tables open), and its reader. */
function opener(L: Lines, i: number): ((L: Lines, at: number) => Read | Unaligned | undefined) | undefined {
  const line = L.lines[i]!;
  if (line.length > MAX_CELL) return undefined;
  const l = L.label(i);
  if (l.includes('本列数据的勾稽关系') || l === '申请人情况') return readTable3;
  if (TABLE2_CAPTION.test(l)) return readTable2;
  if (l === '统计指标') return readStats;
  if (l === '行政复议') {
    const j = L.nonBlank(i + 1);
    if (L.free(j) && L.label(j).startsWith('行政诉讼')) return readTable4;
  }
  return undefined;
}

/** Could line `i` open a table of this layout? A cheap test before its label is read. */
export function mayOpen(line: string): boolean {
  return line.length <= MAX_CELL && (line.includes('勾稽关系') || line.includes('申请人情况') || line.includes('第二十条') || line.includes('行政复议') || line.includes('指'));
}

/**
 * The regions of cell-per-line tables without marks among the lines not `taken` (Tika's cells, row-per-line
 * tables), in line order; `owned` receives 1 on the lines each takes.
 */
export function cellRegions(lines: readonly string[], owned: Uint8Array, tika: (i: number) => boolean): Region[] {
  const out: Region[] = [];
  const L = new Lines(lines, (i) => owned[i] === 1 || tika(i));
  for (let i = 0; i < lines.length; i++) {
    if (!L.free(i) || !mayOpen(lines[i]!)) continue;
    const read = opener(L, i)?.(L, i);
    if (read === undefined) continue;
    if (read instanceof Unaligned) {
      const region = unalignedRegion(L, i, read);
      out.push(region);
      owned.fill(1, i, region.lastLine + 1);
      i = region.lastLine;
      continue;
    }
    out.push(read.region);
    owned.fill(1, i, read.end + 1);
    i = read.end;
  }
  return out;
}

/**
 * A table recognised but not aligned: its lines from its first to the last that still reads as one of its
 * cells (a blank line, a value, a label of a national table), so that none of them is read as a heading or
 * prose; each a cell of the table, which has no rows and is not checked.
 */
function unalignedRegion(L: Lines, at: number, u: Unaligned): Region {
  let end = u.line;
  for (let k = end + 1; L.free(k) && (L.blank(k) || L.value(k) || tableWord(L.label(k))); k++) end = k;
  while (end > u.line && L.blank(end)) end--;
  const kind = kindOf(L, at);
  const b = new Built(L.lines);
  for (let k = at; k <= end; k++) if (!L.blank(k)) b.cell(k);
  return { ...b.region(kind), unaligned: { at: L.range(u.line), reason: u.reason } };
}

/** The kind of the table opened at `at`. */
function kindOf(L: Lines, at: number): TableKind {
  const read = opener(L, at);
  return read === readTable3 ? 'table3' : read === readTable2 ? 'table2' : read === readTable4 ? 'table4' : 'stats';
}

/** A label of a national table (a row's, in any of 表三's groups; a column's; a caption). */
const tableWord = (l: string): boolean =>
  l !== '' &&
  l.length <= 40 &&
  !l.includes('。') &&
  ([undefined, ...TABLE3_GROUP_KEYS].some((g) => classify(l, g) !== undefined) || isHeaderWord(l) || table2Row(l) || table2Column(l) || TABLE2_CAPTION.test(l) || isTable4Label(l) || l === '信息内容');
const TABLE3_GROUP_KEYS = Object.keys(TABLE3_GROUPS) as Table3Group[];
