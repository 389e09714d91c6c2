// table-cell-empty: blank numeric cells, one finding per blank run — a whole table, a row, a column,
// or adjacent cells of a row — never one per cell; and one for the table when its blanks are scattered
// over many rows and every sum holds with them as 0 (a township's 表三 with its zeros left blank).
// Blank is not 0: a blank is "not filled in".
// The fix fills the run with 0 only where every relation then holds; it is preferred only where the
// relations force 0 (a sum of non-negative cells that must be 0).
import { evaluate, type Relation, type Status } from '../arith';
import type { Fix, MessageRef, TextEdit } from '../findings';
import { cellTitle, columnTitle, rowTitle, tableTitle } from '../labels';
import type { Cell, Row, Table } from '../model';
import { TABLE3_RELATIONS, TABLE4_RELATIONS } from '../national';
import { defineRule } from '../rule-api';
import { sampleReport } from '../examples';

interface Slot {
  row: Row;
  col: number;
  cell: Cell;
}

export const tableCellEmpty = defineRule({
  id: 'table-cell-empty',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'table-cell-empty.table': { zh: '{table}未填写：{count} 个单元格为空', en: '{table} is not filled in: {count} cells are blank' },
    'table-cell-empty.zeros': {
      zh: '{table}有 {count} 个单元格未填写；按 0 计算各项合计均相符，应是把 0 留空了',
      en: '{table} has {count} blank cells; taken as 0, every sum holds: zeros seem to have been left blank',
    },
    'table-cell-empty.row': { zh: '{table}「{row}」行未填写', en: '{table} row "{row}" is not filled in' },
    'table-cell-empty.column': { zh: '{table}「{col}」列未填写', en: '{table} column "{col}" is not filled in' },
    'table-cell-empty.cell': { zh: '{cell} 未填写', en: '{cell} is blank' },
    'table-cell-empty.cells': { zh: '{table}「{row}」中 {from} 至 {to} 共 {count} 格未填写', en: '{table} row "{row}": {count} cells from {from} to {to} are blank' },
    'fix.fill-zero': { zh: '填入 0', en: 'Fill in 0' },
  },
  docs: {
    summary: {
      zh: '表格中应填数字的单元格为空（整表、整行、整列或相邻几格各报一次）',
      en: 'Blank numeric cells (one finding per blank table, row, column or run of cells)',
    },
    rationale: {
      zh: '空格不等于 0：读者无法判断是没有发生还是漏填了。国家格式要求没有的填 0；整表、整行空白只报一次，便于一次补齐。',
      en: 'A blank is not a 0: a reader cannot tell "none" from "not filled in". The national format asks for 0 where there is nothing; a blank table or row is reported once, so that it can be filled in at once.',
    },
    examples: [{ bad: sampleReport({ table3: { 'deny.1': ['', 0, 0, 0, 0, 0, 0] } }), good: sampleReport() }],
  },
  check(ctx) {
    ctx.model.tables.forEach((table, ti) => {
      if (table.kind !== 'table2' && table.kind !== 'table3' && table.kind !== 'table4') return;
      // Most tables have no blank cell: look before building anything.
      if (!table.rows.some((row) => !row.misaligned && row.cells.some((cell) => cell?.blank))) return;
      // Only 表三 and 表四 have sums: 表二's blanks need no analysis.
      const rels = table.kind === 'table2' ? [] : ctx.relations(ti);
      for (const b of blankRuns(table, rels)) {
        const range = { start: b.run[0]!.cell.range.start, end: b.run[b.run.length - 1]!.cell.range.end };
        const fix = fillZero(table, rels, b.run, ctx.message('fix.fill-zero', {}));
        const more = fix ? { fixes: [fix] } : undefined;
        switch (b.kind) {
          case 'table':
            ctx.report('table-cell-empty.table', { table: tableTitle(table), count: b.run.length }, range, more);
            break;
          case 'zeros':
            ctx.report('table-cell-empty.zeros', { table: tableTitle(table), count: b.run.length }, range, more);
            break;
          case 'row':
            ctx.report('table-cell-empty.row', { table: tableTitle(table), row: rowTitle(table, b.run[0]!.row) }, range, more);
            break;
          case 'column':
            ctx.report('table-cell-empty.column', { table: tableTitle(table), col: columnTitle(table, b.run[0]!.col) }, range, more);
            break;
          case 'cells': {
            const row = b.run[0]!.row;
            if (b.run.length === 1) ctx.report('table-cell-empty.cell', { cell: cellTitle(table, row, b.run[0]!.col) }, range, more);
            else {
              const args = { table: tableTitle(table), row: rowTitle(table, row), from: columnTitle(table, b.run[0]!.col), to: columnTitle(table, b.run[b.run.length - 1]!.col), count: b.run.length };
              ctx.report('table-cell-empty.cells', args, range, more);
            }
          }
        }
      }
    });
  },
});

/** A run of blank cells reported as one: a whole table, the zeros of a table, a row, a column, or adjacent cells of a row. */
interface BlankRun {
  kind: 'table' | 'zeros' | 'row' | 'column' | 'cells';
  run: Slot[];
}

/** At least this many blanks, over at least three rows, make one finding when 0 makes every sum hold. */
const ZEROS_MIN = 6;

/** A total of the relations (national.ts): 表三's 总计 column and （七）总计 row, each 总计 of 表四's groups. */
function isTotal(table: Table, row: Row, col: number): boolean {
  const key = table.columns[col]?.key;
  if (table.kind === 'table3') return row.key === TABLE3_RELATIONS.column.total || key === TABLE3_RELATIONS.row.total;
  if (table.kind === 'table4') return key?.endsWith(`.${TABLE4_RELATIONS.group.total}`) ?? false;
  return false;
}

function blankRuns(table: Table, rels: readonly Relation[]): BlankRun[] {
  // Slots only for the blank cells (they make the findings); the other cells are only tested.
  const blanksByRow = table.rows.map((row) => {
    const rb: Slot[] = [];
    if (!row.misaligned) row.cells.forEach((cell, col) => cell?.blank && rb.push({ row, col, cell }));
    return rb;
  });
  const blanks: Slot[] = [];
  for (const rb of blanksByRow) for (const s of rb) blanks.push(s); // (Array.prototype.flat is slow)
  const zeroOrBlank = (cell: Cell) => cell.blank || cell.number?.value === 0;
  /** Blank except for totals, and those blank or 0 — every cell of an aligned row (none of a misaligned one). */
  const unfilled = (row: Row) =>
    row.misaligned || row.cells.every((cell, col) => !cell || ((cell.blank || isTotal(table, row, col)) && zeroOrBlank(cell)));
  const out: BlankRun[] = [];

  // The whole table: every cell blank, but maybe totals of 0.
  const hasPlain = table.rows.some((row) => !row.misaligned && row.cells.some((cell, col) => cell && !isTotal(table, row, col)));
  if (hasPlain && table.rows.every(unfilled)) {
    out.push({ kind: 'table', run: blanks });
    return out;
  }
  // Blanks scattered over many rows, among filled cells, and every sum holding with them as 0: one finding.
  if (rels.length && blanks.length >= ZEROS_MIN && blanksByRow.filter((rb) => rb.length).length >= 3) {
    const partly = table.rows.some((row, r) => blanksByRow[r]!.length && !unfilled(row));
    if (partly && zerosHold(table, rels, blanks)) {
      out.push({ kind: 'zeros', run: blanks });
      return out;
    }
  }
  const done = new Set<Cell>();
  // Whole rows.
  table.rows.forEach((row, r) => {
    const rb = blanksByRow[r]!;
    if (rb.length >= 2 && unfilled(row)) {
      out.push({ kind: 'row', run: rb });
      rb.forEach((s) => done.add(s.cell));
    }
  });
  // Whole columns (of the rows left).
  if (table.kind === 'table3') {
    for (let col = 0; col < table.columns.length; col++) {
      const left = table.rows.filter((row) => !row.misaligned && row.cells[col] && !(done.size && done.has(row.cells[col]!)));
      if (left.length >= 2 && left.every((row) => row.cells[col]!.blank)) {
        const cs = left.map((row): Slot => ({ row, col, cell: row.cells[col]! }));
        out.push({ kind: 'column', run: cs });
        cs.forEach((s) => done.add(s.cell));
      }
    }
  }
  // Runs of adjacent blank cells in a row.
  for (const row of table.rows) {
    if (row.misaligned) continue;
    let run: Slot[] = [];
    const flush = () => {
      if (run.length) out.push({ kind: 'cells', run });
      run = [];
    };
    row.cells.forEach((cell, col) => {
      if (cell && cell.blank && !(done.size && done.has(cell))) {
        if (run.length && run[run.length - 1]!.col !== col - 1) flush();
        run.push({ row, col, cell });
      } else flush();
    });
    flush();
  }
  return out;
}

/** The relations touching the run and their status with the run as 0; undefined where one then fails. */
function asZeros(table: Table, rels: readonly Relation[], run: Slot[]): { touching: Relation[]; withZeros: Status[] } | undefined {
  // The run's cells as 0 (a table without sums, 表二, needs no map).
  const zeros = new Map<Cell, number>();
  if (rels.length) for (const s of run) zeros.set(s.cell, 0);
  const touching = rels.filter((r) => r.lhs.some((t) => zeros.has(t.cell)) || r.rhs.some((t) => zeros.has(t.cell)));
  const withZeros = touching.map((r) => evaluate(table, r, zeros).status);
  return withZeros.includes('fail') ? undefined : { touching, withZeros };
}

/** Every relation touching the run holds (or waits only on other blanks) with the run as 0. */
const zerosHold = (table: Table, rels: readonly Relation[], run: Slot[]): boolean => asZeros(table, rels, run) !== undefined;

/** Fill the run with 0 where every relation touching it then holds (or waits only on other blanks). */
function fillZero(table: Table, rels: readonly Relation[], run: Slot[], title: MessageRef): Fix | undefined {
  const z = asZeros(table, rels, run);
  if (!z) return undefined;
  const { touching, withZeros } = z;
  // 0 is forced where a relation holding with 0 has its blanks all on one side (non-negative cells
  // that sum to 0 are all 0) and no other blank left. Those relations' blank cells, found once per run:
  const forcedCells = new Set<Cell>();
  touching.forEach((r, i) => {
    if (withZeros[i] !== 'ok') return;
    const blanks = [...r.lhs, ...r.rhs].filter((t) => t.cell.blank);
    const oneSide = blanks.every((t) => r.lhs.includes(t)) || blanks.every((t) => r.rhs.includes(t));
    if (oneSide) for (const t of blanks) forcedCells.add(t.cell);
  });
  const edits: TextEdit[] = run.map(({ cell }) =>
    cell.text.includes('[bookmark:') ? { range: { start: cell.range.end, end: cell.range.end }, newText: '0' } : { range: cell.range, newText: '0' },
  );
  const fix: Fix = { title, edits };
  if (forcedCells.size && run.every((s) => forcedCells.has(s.cell))) fix.preferred = true;
  return fix;
}
