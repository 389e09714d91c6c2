// The arithmetic of the tables (勾稽关系): the relations a table must satisfy, made from the national
// format's data (national.ts: TABLE3_RELATIONS, TABLE4_RELATIONS) for the rows a table has, one
// evaluator for them all, and the analysis that finds the one cell (or the two swapped cells) that
// explains the failing sums — so that one root cause gives one finding. The table rules only report
// what this finds.
//
// A relation is Σ lhs = Σ rhs over cells:
//   表三 row total      总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他   (every row)
//   表三 column total   （七）总计 = Σ result rows                                                (every column)
//   表三 balance        一 + 二 = （七）总计 + 四                                                   (every column)
//   表四 group total    总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结                               (three groups)
// A blank cell counts as 0, but a relation that a blank could satisfy (by holding a non-negative
// number) is not a failure: the blank is reported instead. A cell that is not a valid number makes
// its relations indeterminate (the invalid cell is reported instead).
import type { Cell, ReportModel, Row, Table } from './model';
import {
  TABLE2_COLUMNS,
  TABLE3_RELATIONS,
  TABLE3_RESULTS,
  TABLE4_RELATIONS,
  TABLE4_RESULTS,
  type Table2ColumnKey,
  type Table3ColumnKey,
  type Table3RowKey,
  type ValueKind,
} from './national';

export type RelationKind = 'row' | 'column' | 'balance' | 'group';

export interface Term {
  cell: Cell;
  row: Row;
  /** Column index in the table. */
  col: number;
  /** The cell's value as the table reads it (`cellValue`), read once for all its relations. */
  value: number | 'blank' | 'invalid';
}

/** What a relation is about, for messages: the row of a row total, the column of a column total or of the
 * balance, the row, the column and the group (`行政复议` …) of a 表四 group total. */
export type RelationAbout =
  | { kind: 'row'; row: Row; col?: undefined; group?: undefined }
  | { kind: 'column' | 'balance'; col: number; row?: undefined; group?: undefined }
  | { kind: 'group'; row: Row; col: number; group: string };

export type Relation = RelationAbout & {
  table: Table;
  /** The table's index in the model. */
  tableIndex: number;
  lhs: Term[];
  rhs: Term[];
  /** The total cell the relation is reported on (row: the row's 总计; column: （七）总计; balance: 一). */
  anchor: Term;
};

export type Status = 'ok' | 'fail' | 'blank' | 'indeterminate';

export interface Evaluation {
  relation: Relation;
  status: Status;
  lhs: number;
  rhs: number;
}

export interface Culprit {
  term: Term;
  /** The value that makes every relation of the cell hold. */
  expected: number;
  relations: Evaluation[];
}

export interface Swap {
  a: Term;
  b: Term;
  relations: Evaluation[];
}

export interface TableAnalysis {
  table: Table;
  /** The table's index in the model. */
  tableIndex: number;
  evaluations: Evaluation[];
  culprits: Culprit[];
  swaps: Swap[];
  /** Failing relations that no culprit or swap explains. */
  unexplained: Evaluation[];
}

/**
 * A cell's value where it is a valid number for the table: in 表三 and 表四 a non-negative integer with no
 * unit; in 表二 (given the cell's column) the same for a count, an integer with no unit for 本年增/减, any
 * number for an amount (采购总金额, 收费金额: their units are amount-unit's).
 */
export function cellValue(table: Table, cell: Cell | undefined, col?: number): number | 'blank' | 'invalid' {
  if (!cell) return 'invalid';
  if (cell.blank) return 'blank';
  const n = cell.number;
  if (!n) return 'invalid';
  const kind = valueKind(table, col);
  if (kind === 'count' && (!n.integer || n.value < 0 || n.unit !== undefined)) return 'invalid';
  if (kind === 'change' && (!n.integer || n.unit !== undefined)) return 'invalid';
  return n.value;
}

/** What a cell of a column holds: a count (表三, 表四, 表二's counts), 表二's signed 本年增/减, or (undefined) an amount or anything else. */
export function valueKind(table: Table, col: number | undefined): Exclude<ValueKind, 'amount'> | undefined {
  if (table.kind === 'table3' || table.kind === 'table4') return 'count';
  if (table.kind !== 'table2' || col === undefined) return undefined;
  const key = table.columns[col]?.key;
  const kind = key !== undefined && key in TABLE2_COLUMNS ? TABLE2_COLUMNS[key as Table2ColumnKey].kind : undefined;
  return kind === 'amount' ? undefined : kind;
}

/** The terms of a row by column: a cell's term is shared by all its relations. None where the row is
 * misaligned (its cells may sit in the wrong columns). */
function rowTermsOf(table: Table, row: Row): readonly (Term | undefined)[] {
  if (row.misaligned) return [];
  const made: (Term | undefined)[] = [];
  const cells = row.cells;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    made.push(cell ? { cell, row, col: c, value: cellValue(table, cell) } : undefined);
  }
  return made;
}

/** The terms of column `col` of these rows; undefined when one is missing. */
function inColumn(rows: readonly (readonly (Term | undefined)[] | undefined)[], col: number): Term[] | undefined {
  const out: Term[] = [];
  for (const r of rows) {
    const t = r?.[col];
    if (!t) return undefined;
    out.push(t);
  }
  return out;
}

/** The terms of these columns of one row; undefined when one is missing. */
function inRow(row: readonly (Term | undefined)[], cols: readonly number[]): Term[] | undefined {
  const out: Term[] = [];
  for (const k of cols) {
    const t = row[k];
    if (!t) return undefined;
    out.push(t);
  }
  return out;
}

/** A relation, where both its sides are there; its anchor is the first term of its left side. */
function relate(out: Relation[], about: RelationAbout, table: Table, tableIndex: number, lhs: Term[] | undefined, rhs: Term[] | undefined): void {
  const anchor = lhs?.[0];
  if (anchor && lhs && rhs) out.push({ ...about, table, tableIndex, lhs, rhs, anchor });
}

/** 表三's relations (TABLE3_RELATIONS) over the rows it has: each key's first row; the column totals
 * only when every result row of its format is there. */
function table3Relations(t: Table, ti: number, out: Relation[]): void {
  const col = (key: Table3ColumnKey) => t.columns.findIndex((c) => c.key === key);
  const rows = t.rows.map((row) => ({ row, terms: rowTermsOf(t, row) }));
  const first = new Map<string, readonly (Term | undefined)[]>();
  let has2021 = false;
  for (const { row: r, terms } of rows) {
    if (!first.has(r.key)) first.set(r.key, terms);
    if (r.key.startsWith('other.')) has2021 = true;
  }
  const rowOf = (key: Table3RowKey) => first.get(key);
  const { row, column, balance } = TABLE3_RELATIONS;
  const totalCol = [col(row.total)];
  const addends = row.addends.map(col);
  for (const { row: r, terms } of rows) {
    const lhs = inRow(terms, totalCol);
    relate(out, { kind: 'row', row: r }, t, ti, lhs, lhs && inRow(terms, addends));
  }
  const total = rowOf(column.total);
  const results = TABLE3_RESULTS[has2021 ? '2021' : '2019'].map(rowOf);
  const complete = results.every((x) => x !== undefined);
  const [lhsRows, rhsRows] = [balance.lhs.map(rowOf), balance.rhs.map(rowOf)];
  const balanced = [...lhsRows, ...rhsRows].every((x) => x !== undefined);
  for (let k = 0; k < t.columns.length; k++) {
    if (total && complete) {
      const lhs = inColumn([total], k);
      relate(out, { kind: 'column', col: k }, t, ti, lhs, lhs && inColumn(results, k));
    }
    if (balanced) {
      const lhs = inColumn(lhsRows, k);
      relate(out, { kind: 'balance', col: k }, t, ti, lhs, lhs && inColumn(rhsRows, k));
    }
  }
}

/** 表四's relations (TABLE4_RELATIONS): in each group of five columns, 总计 = the four results. */
function table4Relations(t: Table, ti: number, out: Relation[]): void {
  const data = t.rows[0];
  if (!data) return;
  const rt = rowTermsOf(t, data);
  const at = (key: string) => TABLE4_RESULTS.findIndex((r) => r.key === key);
  const { total, addends } = TABLE4_RELATIONS.group;
  const width = TABLE4_RESULTS.length;
  // Each whole group of columns, by its first column.
  for (const [g, first] of t.columns.entries()) {
    if (g % width !== 0 || g + width > t.columns.length) continue;
    const lhs = inRow(rt, [g + at(total)]);
    relate(out, { kind: 'group', row: data, col: g + at(total), group: groupOf(first.label) }, t, ti, lhs, lhs && inRow(rt, addends.map((a) => g + at(a))));
  }
}

/** The group of a 表四 column label: all before its last `·` (`行政复议·结果维持` → `行政复议`). */
function groupOf(label: string): string {
  const dot = label.lastIndexOf('·');
  return dot < 0 ? '' : label.slice(0, dot);
}

/** Evaluate a relation with the given values (cells not in `override` take their own value). */
export function evaluate(table: Table, r: Relation, override?: ReadonlyMap<Cell, number>): Evaluation {
  const o = override && override.size > 0 ? override : undefined;
  const left = sum(table, r.lhs, o);
  if (left === INVALID) return { relation: r, status: 'indeterminate', lhs: NaN, rhs: NaN };
  const right = sum(table, r.rhs, o);
  if (right === INVALID) return { relation: r, status: 'indeterminate', lhs: NaN, rhs: NaN };
  const lhs = left.sum;
  const rhs = right.sum;
  const blankLhs = left.blank;
  const blankRhs = right.blank;
  if (lhs === rhs) return { relation: r, status: 'ok', lhs, rhs };
  // A blank on the smaller side could hold the difference: the blank is the finding, not the sum.
  const blankCouldFix = (lhs < rhs && blankLhs) || (lhs > rhs && blankRhs);
  return { relation: r, status: blankCouldFix ? 'blank' : 'fail', lhs, rhs };
}

const INVALID = 'invalid';

/** The sum of one side of a relation (blanks count as 0, and are noted); 'invalid' when a term is. */
function sum(table: Table, terms: readonly Term[], override: ReadonlyMap<Cell, number> | undefined): { sum: number; blank: boolean } | typeof INVALID {
  let total = 0;
  let blank = false;
  for (const t of terms) {
    const v = (override && override.get(t.cell)) ?? t.value;
    if (v === 'invalid') return INVALID;
    if (v === 'blank') blank = true;
    else total += v;
  }
  return { sum: total, blank };
}

/**
 * What an editor keeps of a document's tables between versions: its successive models share the tables
 * an edit left unchanged (see `LineCache`), and their arithmetic is the same. Kept by the caller (the
 * core holds no state), keyed by the tables themselves.
 */
export interface TableMemo {
  /** Each table's analysis (null: it has no relations). */
  readonly analyses: WeakMap<Table, TableAnalysis | null>;
  /** Whether some sum of each table fails (`modelSumFails`). */
  readonly fails: WeakMap<Table, boolean>;
}

export const newTableMemo = (): TableMemo => ({ analyses: new WeakMap(), fails: new WeakMap() });

/** The relations of one table (none but for 表三 and 表四). */
export function tableRelations(model: ReportModel, ti: number): Relation[] {
  const t = model.tables[ti];
  const out: Relation[] = [];
  if (t?.kind === 'table3') table3Relations(t, ti, out);
  else if (t?.kind === 'table4') table4Relations(t, ti, out);
  return out;
}

/** Does some sum of the model's tables fail as written (kept in `memo` per table)? In most reports every
 * sum holds, and then the analysis — its search for culprits — has nothing to explain. */
export function modelSumFails(model: ReportModel, memo?: TableMemo, relationsOf = (ti: number): readonly Relation[] => tableRelations(model, ti)): boolean {
  return model.tables.some((t, ti) => {
    if (t.kind !== 'table3' && t.kind !== 'table4') return false;
    let f = memo?.fails.get(t);
    if (f === undefined) {
      f = relationsOf(ti).some((r) => evaluate(t, r).status === 'fail');
      memo?.fails.set(t, f);
    }
    return f;
  });
}

/** Values some cells are known to stand for before any culprit is looked for (a total left 0: fill.ts). */
export type Preset = (table: Table, rels: readonly Relation[]) => ReadonlyMap<Cell, number> | undefined;

/** The arithmetic of every table that has relations (each table's analysis taken from `memo` where it is there);
 * `preset` gives the values of cells whose repair is known, which explain the sums they make fail. */
export function analyzeModel(
  model: ReportModel,
  memo?: TableMemo,
  relationsOf = (ti: number): readonly Relation[] => tableRelations(model, ti),
  preset?: Preset,
): TableAnalysis[] {
  const out: TableAnalysis[] = [];
  model.tables.forEach((t, ti) => {
    let a = memo?.analyses.get(t);
    if (a === undefined || (a !== null && a.tableIndex !== ti)) {
      const rels = relationsOf(ti);
      a = rels.length ? analyzeTable(t, ti, rels, preset?.(t, rels)) : null;
      memo?.analyses.set(t, a);
    }
    if (a) out.push(a);
  });
  return out;
}

function analyzeTable(table: Table, ti: number, rels: readonly Relation[], preset: ReadonlyMap<Cell, number> | undefined): TableAnalysis {
  const override = new Map<Cell, number>(preset ?? []);
  const evalAll = () => rels.map((r) => evaluate(table, r, override));
  const evaluations = rels.map((r) => evaluate(table, r));
  const culprits: Culprit[] = [];
  const swaps: Swap[] = [];
  // Fast path: when no sum fails there is nothing to explain.
  if (!evaluations.some((e) => e.status === 'fail')) return { table, tableIndex: ti, evaluations, culprits, swaps, unexplained: [] };
  const byCell = new Map<Cell, Relation[]>();
  for (const r of rels) {
    for (const side of [r.lhs, r.rhs]) {
      for (const t of side) {
        const list = byCell.get(t.cell);
        if (list) list.push(r);
        else byCell.set(t.cell, [r]);
      }
    }
  }

  // Repeat while a culprit or a swap explains some of the failing relations.
  for (let round = 0; round < 20; round++) {
    const current = evalAll();
    const failing = current.filter((e) => e.status === 'fail');
    if (!failing.length) break;
    const status = new Map(current.map((e) => [e.relation, e]));
    const found = findCulprits(table, failing, byCell, status, override);
    if (found.length) {
      for (const c of found) {
        override.set(c.term.cell, c.expected);
        culprits.push(c);
      }
      continue;
    }
    const swap = findSwap(table, failing, byCell, status, override);
    if (!swap) break;
    const [va, vb] = [valueOf(table, swap.a.cell, override), valueOf(table, swap.b.cell, override)];
    override.set(swap.a.cell, vb);
    override.set(swap.b.cell, va);
    swaps.push(swap);
  }
  const final = evalAll();
  const explained = new Set([...culprits.flatMap((c) => c.relations), ...swaps.flatMap((s) => s.relations)].map((e) => e.relation));
  // Report what the table says, not the virtual repair.
  const asWritten = new Map(evaluations.map((e) => [e.relation, e]));
  const unexplained = final.flatMap((e) => {
    const written = e.status === 'fail' && !explained.has(e.relation) ? asWritten.get(e.relation) : undefined;
    return written?.status === 'fail' ? [written] : [];
  });
  return { table, tableIndex: ti, evaluations, culprits, swaps, unexplained };
}

function valueOf(table: Table, cell: Cell, override: ReadonlyMap<Cell, number>): number {
  const v = override.get(cell) ?? cellValue(table, cell);
  return typeof v === 'number' ? v : 0;
}

/**
 * Cells that explain every relation they are in: all of them fail (at least two, so the cell is
 * pinned down), and they all need the same change of this cell. Two candidates sharing a relation
 * would be a guess: neither is taken.
 */
function findCulprits(
  table: Table,
  failing: Evaluation[],
  byCell: ReadonlyMap<Cell, Relation[]>,
  status: ReadonlyMap<Relation, Evaluation>,
  override: ReadonlyMap<Cell, number>,
): Culprit[] {
  const candidates: Culprit[] = [];
  const seen = new Set<Cell>();
  for (const f of failing) {
    for (const t of [...f.relation.lhs, ...f.relation.rhs]) {
      if (seen.has(t.cell)) continue;
      seen.add(t.cell);
      const v = override.get(t.cell) ?? cellValue(table, t.cell);
      if (typeof v !== 'number') continue;
      const rels = byCell.get(t.cell) ?? [];
      if (rels.length < 2) continue;
      let delta: number | undefined;
      let ok = true;
      const evaluations: Evaluation[] = [];
      for (const r of rels) {
        const e = status.get(r);
        if (e?.status !== 'fail') {
          ok = false;
          break;
        }
        evaluations.push(e);
        const onLhs = r.lhs.some((x) => x.cell === t.cell);
        const d = onLhs ? e.rhs - e.lhs : e.lhs - e.rhs;
        if (delta === undefined) delta = d;
        else if (delta !== d) {
          ok = false;
          break;
        }
      }
      if (!ok || delta === undefined || v + delta < 0) continue;
      candidates.push({ term: t, expected: v + delta, relations: evaluations });
    }
  }
  // Drop candidates that share a relation with another candidate.
  return candidates.filter((c) => !candidates.some((o) => o !== c && o.relations.some((e) => c.relations.some((x) => x.relation === e.relation))));
}

/**
 * Two adjacent cells of one row whose exchange makes every relation they are in hold. Of several
 * such swaps the one that explains the most failing sums is taken; a tie (another row has the same
 * difference) would be a guess, so none is.
 */
function findSwap(
  table: Table,
  failing: Evaluation[],
  byCell: ReadonlyMap<Cell, Relation[]>,
  status: ReadonlyMap<Relation, Evaluation>,
  override: Map<Cell, number>,
): Swap | undefined {
  const found: Swap[] = [];
  const failingRows = new Set<Row>();
  for (const f of failing) {
    for (const t of f.relation.lhs) failingRows.add(t.row);
    for (const t of f.relation.rhs) failingRows.add(t.row);
  }
  for (const row of failingRows) {
    for (let k = 0; k + 1 < row.cells.length; k++) {
      const a = row.cells[k];
      const b = row.cells[k + 1];
      if (!a || !b) continue;
      const va = override.get(a) ?? cellValue(table, a);
      const vb = override.get(b) ?? cellValue(table, b);
      if (typeof va !== 'number' || typeof vb !== 'number' || va === vb) continue;
      const rels: Relation[] = [];
      for (const r of byCell.get(a) ?? []) if (!rels.includes(r)) rels.push(r);
      for (const r of byCell.get(b) ?? []) if (!rels.includes(r)) rels.push(r);
      const before = rels.flatMap((r) => {
        const e = status.get(r);
        return e?.status === 'fail' ? [e] : [];
      });
      if (before.length < 2) continue;
      // Try the exchange on the override itself, then put it back (no copy of the map per pair).
      const [oldA, oldB] = [override.get(a), override.get(b)];
      override.set(a, vb);
      override.set(b, va);
      const holds = rels.every((r) => evaluate(table, r, override).status === 'ok');
      if (oldA !== undefined) override.set(a, oldA);
      else override.delete(a);
      if (oldB !== undefined) override.set(b, oldB);
      else override.delete(b);
      if (holds) found.push({ a: { cell: a, row, col: k, value: va }, b: { cell: b, row, col: k + 1, value: vb }, relations: before });
    }
  }
  // The swap that explains the most failing sums; a tie is a guess.
  const most = Math.max(0, ...found.map((f) => f.relations.length));
  const best = found.filter((f) => f.relations.length === most);
  return best.length === 1 ? best[0] : undefined;
}
