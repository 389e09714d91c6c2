// 表三 收到和处理政府信息公开申请情况 (2019 and 2021 formats).
//
// The rows are read as a stream of cells, anchored on their labels: a label names a template row,
// the cells after it are its seven values. Empty cells before a label are the vertically merged
// cells of the groups (`三、本年度办理结果`, `（三）不予公开` …); group labels set the group for the
// numbered sub-rows that follow. A blank line only helps to tell a short row from a long one.
import type { Cell, Row, Table } from '../model';
import type { TableCells } from './split';
import { ProblemSink, columns, isValueCell, shell, stripOrdinal } from './common';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE3_RESULTS_LABEL, TABLE3_RESULTS_WORDS, TABLE3_ROW_BY_KEY, TABLE3_ROWS, type Table3Group, type Table3RowKey } from '../national';
import { slipOf } from '../label-slips';

const WIDTH = TABLE3_COLUMNS.length;
/** The columns every 表三 has (shared: the model is read-only). */
const COLUMNS = columns(TABLE3_COLUMNS.map((c) => [c.key, c.label] as const));

const GROUP_KEYS = Object.keys(TABLE3_GROUPS) as Table3Group[];

const ROW_ORDER = new Map<string, number>(TABLE3_ROWS.map((r, k) => [r.key, k]));
// A group's subtotal row (its key is the group's) stands just before the group's first sub-row; so does
// the 2019 single （六）其他处理 row, which has no sub-rows beside it.
for (const g of GROUP_KEYS) ROW_ORDER.set(g, ROW_ORDER.get(`${g}.1`)! - 0.5);

export type Label = { kind: 'group'; group: Table3Group | undefined } | { kind: 'row'; key: Table3RowKey; group?: Table3Group } | { kind: 'other' };

/** Labels repeat from report to report: what `classify` said of each label, by group, bounded. Two
 * levels of maps rather than one keyed by group + label, which would build a new string per lookup. */
const classified = new Map<Table3Group | undefined, Map<string, Label | undefined>>();
let classifiedSize = 0;

/** What a label cell says, given the group it stands in. `other` is undecided between group and row. */
export function classify(label: string, group: Table3Group | undefined): Label | undefined {
  if (!label) return undefined;
  let byLabel = classified.get(group);
  if (byLabel === undefined) classified.set(group, (byLabel = new Map()));
  let l = byLabel.get(label);
  if (l === undefined && !byLabel.has(label)) {
    if (classifiedSize >= 4096) {
      for (const m of classified.values()) m.clear();
      classifiedSize = 0;
    }
    l = classifyLabel(label, group);
    // Shared between calls: frozen so that no caller can change what the next one gets.
    byLabel.set(label, l && Object.freeze(l));
    classifiedSize++;
  }
  return l;
}

/** Does the label hold one of the words the template row is recognised by? */
const says = (label: string, key: Table3RowKey): boolean => (TABLE3_ROW_BY_KEY.get(key)?.words ?? []).some((w) => label.includes(w));
/** A group's label as its ordinal and its words: `（三）` and `不予公开`. */
const GROUP_HEADS = GROUP_KEYS.map((g) => ({ group: g, ordinal: TABLE3_GROUPS[g].label.slice(0, 3), words: TABLE3_GROUPS[g].label.slice(3) }));
/** （七）, the total row's ordinal. */
const TOTAL_ORDINAL = TABLE3_ROW_BY_KEY.get('total')!.label.slice(0, 3);

function classifyLabel(label: string, group: Table3Group | undefined): Label | undefined {
  const l = label;
  if (!l) return undefined;
  if (says(l, 'new')) return { kind: 'row', key: 'new' };
  if (says(l, 'carried')) return { kind: 'row', key: 'carried' };
  if (TABLE3_RESULTS_WORDS.some((w) => l.includes(w))) return { kind: 'group', group: undefined };
  if (says(l, 'carryOver')) return { kind: 'row', key: 'carryOver' };
  if (l.startsWith(TOTAL_ORDINAL)) return says(l, 'total') ? { kind: 'row', key: 'total' } : undefined;
  if (says(l, 'open') && !l.includes('不予')) return { kind: 'row', key: 'open' };
  if (says(l, 'partial')) return { kind: 'row', key: 'partial' };
  // （三）不予公开 … （五）不予处理: a group; （六）其他处理: a group in 2021, a row in 2019 (undecided here).
  for (const h of GROUP_HEADS) {
    if (l.startsWith(h.ordinal) && l.includes(h.words)) return h.group === 'other' ? { kind: 'other' } : { kind: 'group', group: h.group };
  }
  const { n, rest } = stripOrdinal(l);
  for (const g of GROUP_KEYS) {
    const i = TABLE3_GROUPS[g].items.findIndex((item) => item.words.some((w) => rest.includes(w)));
    if (i >= 0) return { kind: 'row', key: `${g}.${i + 1}`, group: g };
  }
  if (n !== undefined && group && n >= 1 && n <= TABLE3_GROUPS[group].items.length) {
    return { kind: 'row', key: `${group}.${n}`, group };
  }
  // The 2021 （六）其他处理's third sub-row written without its number.
  if (group === 'other' && rest === '其他') return { kind: 'row', key: 'other.3', group };
  // A slip of a standard label (`（一）予已公开`): read as that label (table-label reports it).
  const slip = slipOf(l, SLIP_LABELS);
  return slip && SLIP_KEYS.get(slip.standard);
}

/** The labels a slip is measured against, and what each is: the rows' and the groups' (a sub-row's with
 * its group, so that `3.其他` is read in its group). */
const SLIP_KEYS = new Map<string, Label>([
  ...TABLE3_ROWS.filter((r) => r.key !== 'other.3').map((r): [string, Label] => [r.label, r.group ? { kind: 'row', key: r.key, group: r.group } : { kind: 'row', key: r.key }]),
  ...GROUP_KEYS.filter((g) => g !== 'other').map((g): [string, Label] => [TABLE3_GROUPS[g].label, { kind: 'group', group: g }]),
  [TABLE3_RESULTS_LABEL, { kind: 'group', group: undefined }],
]);
const SLIP_LABELS = [...SLIP_KEYS.keys()];

export function parseTable3(tc: TableCells, sink: ProblemSink): Table {
  const table = shell('table3', tc.cells);
  table.columns = COLUMNS;
  const cells = tc.cells;
  const rows = new Map<string, Row>();
  let group: Table3Group | undefined;
  let i = 0;

  // Header: everything before the first row label.
  while (i < cells.length && !isRowStart(cells, i, group)) table.header.push(cells[i++]!);
  // 合计 is written for 总计 too.
  // A slip of a column's label (`科研机枃`) is that label (table-label reports it).
  const missing = TABLE3_COLUMNS.map((c) => c.label).filter((l) => !table.header.some((h) => h.label === l || (l === '总计' && h.label === '合计') || slipOf(h.label, [l]) !== undefined));
  if (missing.length && table.header.length) {
    sink.add('table-header-unrecognised', table.header[0]!.range, { missing: missing.join('、') });
  }

  while (i < cells.length) {
    const c = cells[i]!;
    if (c.blank) {
      i++; // a merged cell's continuation
      continue;
    }
    // The header printed again after a page break: passed over.
    const repeated = headerRun(cells, i);
    if (repeated !== undefined) {
      i = repeated;
      continue;
    }
    let label = classify(c.label, group);
    if (label?.kind === 'other') {
      // 2021: a group with three sub-rows; 2019: a row with values.
      const next = nextNonBlank(cells, i + 1);
      const sub = next !== undefined && !isValueCell(cells[next]!) ? classify(cells[next]!.label, 'other') : undefined;
      label = sub?.kind === 'row' && sub.group === 'other' ? { kind: 'group', group: 'other' } : { kind: 'row', key: 'other' };
    }
    if (!label) {
      if (c.number !== undefined) {
        sink.add('table-row-unaligned', c.range, { row: c.text.trim(), found: 1, expected: WIDTH });
        i++;
        continue;
      }
      // An unknown label: read past its values so that they are not taken for another row's.
      sink.add('table-row-unknown', c.range, { row: c.label });
      i = takeValues(tc, i + 1, []);
      continue;
    }
    if (label.kind === 'group') {
      group = label.group;
      i++;
      // Subtotals printed on the group's row (`（三）不予公开` then seven values): the group's own row.
      const next = nextNonBlank(cells, i);
      if (group && next !== undefined && cells[next]!.number !== undefined && !rows.has(group)) {
        const values: (Cell | undefined)[] = [];
        const end = takeValues(tc, i + unmergedLabelCells(tc, i), values); // from the label: a first value may be blank
        // Seven values, then the group's first sub-row: not the first sub-row with its label gone missing.
        const after = nextNonBlank(cells, end);
        const sub = after !== undefined && !isValueCell(cells[after]!) ? classify(cells[after]!.label, group) : undefined;
        if (values.length === WIDTH && sub?.kind === 'row' && sub.key === `${group}.1`) {
          rows.set(group, { key: group, label: c.label, cells: values, labelCell: c, subtotal: true });
          i = end;
        }
      }
      continue;
    }
    const values: (Cell | undefined)[] = [];
    i = takeValues(tc, i + 1 + unmergedLabelCells(tc, i + 1), values);
    if (label.group) group = label.group;
    if (rows.has(label.key)) {
      sink.add('table-duplicate-row', c.range, { row: c.label });
      continue;
    }
    const found = values.length;
    while (values.length < WIDTH) values.push(undefined);
    // The values, padded to the width, are the row's cells (as `emptyRow` would lay them out).
    const row: Row = { key: label.key, label: c.label, cells: values, labelCell: c };
    if (label.group) row.group = label.group;
    if (found !== WIDTH) {
      sink.add('table-row-unaligned', c.range, { row: c.label, found, expected: WIDTH });
      row.misaligned = true;
    }
    rows.set(label.key, row);
  }
  table.rows = [...rows.values()].sort((a, b) => ROW_ORDER.get(a.key)! - ROW_ORDER.get(b.key)!);
  if (rows.has('other.1') || rows.has('other.2') || rows.has('other.3')) {
    table.format = '2021';
    // （六）其他处理 with values and its three sub-rows: its values are the group's subtotals.
    const other = rows.get('other');
    if (other) other.subtotal = true;
  }
  else if (rows.has('other')) table.format = '2019';
  return table;
}

/** What a header cell of 表三 says: its caption, 申请人情况, 法人或其他组织 and the column labels. */
export const HEADER_WORDS = new Set<string>(['申请人情况', '法人或其他组织', '合计', ...TABLE3_COLUMNS.map((c) => c.label)]);
export const isHeaderWord = (label: string): boolean => HEADER_WORDS.has(label) || label.includes('本列数据的勾稽关系');

/**
 * Where a repeated header that starts at `i` ends: a run of header cells (empty merged cells among
 * them) holding 自然人 or the caption, at least three; undefined when none starts there.
 */
function headerRun(cells: readonly Cell[], i: number): number | undefined {
  let n = 0;
  let anchor = false;
  let k = i;
  for (; k < cells.length; k++) {
    const c = cells[k]!;
    if (c.blank) continue;
    if (c.number !== undefined || !isHeaderWord(c.label)) break;
    n++;
    if (c.label === '自然人' || c.label.includes('本列数据的勾稽关系')) anchor = true;
  }
  return anchor && n >= 3 ? k : undefined;
}

function isRowStart(cells: readonly Cell[], i: number, group: Table3Group | undefined): boolean {
  const c = cells[i]!;
  return !c.blank && c.number === undefined && classify(c.label, group) !== undefined;
}

function nextNonBlank(cells: readonly Cell[], i: number): number | undefined {
  while (i < cells.length && cells[i]!.blank) i++;
  return i < cells.length ? i : undefined;
}

/**
 * Empty cells right after a row label that belong to the label, not to the values: a label the template
 * spans over two or three columns, left unmerged (`\t（七）总计`, `\t`, then seven values). Only empty
 * cells, only as many as the row has cells beyond its seven values.
 */
function unmergedLabelCells(tc: TableCells, start: number): number {
  const probe: (Cell | undefined)[] = [];
  takeValues(tc, start, probe, 2 * WIDTH);
  let skip = 0;
  while (probe.length - skip > WIDTH && probe[skip]!.blank) skip++;
  return skip;
}

/**
 * The value cells after a row label, pushed to `values`; returns where they end. Up to seven cells
 * that are blank or numbers or unlabelled text, stopping at the next label. Across a blank line (a new row fragment) only when the row is still
 * short and the next fragment holds nothing but values that complete it.
 */
function takeValues(tc: TableCells, start: number, values: (Cell | undefined)[], width: number = WIDTH): number {
  const { cells, fragment } = tc;
  let i = start;
  while (i < cells.length && values.length < width) {
    const c = cells[i]!;
    if (!isValueCell(c) && classify(c.label, undefined) !== undefined) break; // the next row's label
    if (!isValueCell(c) && /^（[一二三四五六七]）|^[一二三四]、/.test(c.label)) break;
    if (i > 0 && fragment[i] !== fragment[i - 1] && !continuesRow(tc, i, width - values.length)) break;
    values.push(c);
    i++;
  }
  return i;
}

/** The fragment starting at `i` only completes a short row: all values, and no more than `room`. */
function continuesRow(tc: TableCells, i: number, room: number): boolean {
  const f = tc.fragment[i];
  let n = 0;
  for (let k = i; k < tc.cells.length && tc.fragment[k] === f; k++) {
    if (!isValueCell(tc.cells[k]!)) return false;
    n++;
  }
  return n <= room;
}
