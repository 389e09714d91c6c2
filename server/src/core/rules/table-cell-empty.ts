// table-cell-empty: blank numeric cells, one finding per blank run — a whole table, a row, a column,
// or adjacent cells of a row — never one per cell; and one for the table when its blanks are scattered
// over many rows (表四: its groups) and every sum holds with them as 0 and the totals left blank written
// as their sums (a township's 表三 with its zeros left blank, and often its rows' 总计 too: one convention,
// one finding). Blank is not 0: a blank is "not filled in".
// A blank table, row, column or run of cells is underlined on its first label (a column's or a run's first
// blank cell), its blank cells listed as related information: a template's blank tables are a few
// underlines, not a sea of them.
// The fix fills the run — 0, and a total the sum of its addends — only where every relation then holds;
// it is preferred only where the relations force it (a sum of non-negative cells that must be 0, a total of
// known cells). A 总计 line left 0 or blank around numbers is the total rules' (fill.ts: `unfilled`).
import type { Relation } from '../arith';
import { fillPlan, isTotal } from '../fill';
import type { Fix, TextEdit } from '../findings';
import { cellTitle, columnTitle, rowTitle, tableTitle } from '../labels';
import type { Cell, Row, Table } from '../model';
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
    'table-cell-empty.zeros-totals': {
      zh: '{table}有 {count} 个单元格未填写：把 0 留空了（{zeros} 格），各行的总计也没有填（{totals} 格）；按 0 计算、补上总计后各项合计均相符',
      en: '{table} has {count} blank cells: zeros left blank ({zeros}) and row totals not written ({totals}); with 0 and the totals, every sum holds',
    },
    'table-cell-empty.row': { zh: '{table}「{row}」行未填写', en: '{table} row "{row}" is not filled in' },
    'table-cell-empty.column': { zh: '{table}「{col}」列未填写', en: '{table} column "{col}" is not filled in' },
    'table-cell-empty.cell': { zh: '{cell} 未填写', en: '{cell} is blank' },
    'table-cell-empty.cells': { zh: '{table}「{row}」中 {from} 至 {to} 共 {count} 格未填写', en: '{table} row "{row}": {count} cells from {from} to {to} are blank' },
    'fix.fill-zero': { zh: '填入 0', en: 'Fill in 0' },
    'fix.fill-totals': { zh: '填入 0 和总计', en: 'Fill in 0 and the totals' },
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
    examples: [
      { bad: sampleReport({ table3: { 'deny.1': ['', 0, 0, 0, 0, 0, 0] } }), good: sampleReport() },
      { bad: sampleReport({ table3: { open: [4, 1, '', '', '', '', ''], partial: [1, '', '', '', '', '', ''], 'deny.4': ['', 1, '', '', '', '', ''], 'unable.1': [1, '', '', '', 1, '', ''] } }), good: sampleReport() },
    ],
  },
  check(ctx) {
    ctx.model.tables.forEach((table, ti) => {
      if (table.kind !== 'table2' && table.kind !== 'table3' && table.kind !== 'table4') return;
      // Most tables have no blank cell: look before building anything.
      if (!table.rows.some((row) => !row.misaligned && row.cells.some((cell) => cell?.blank))) return;
      // Only 表三 and 表四 have sums: 表二's blanks need no analysis.
      const rels = table.kind === 'table2' ? [] : ctx.relations(ti);
      // The cells of a 总计 line left 0 or blank around numbers are written by the total rules' fix.
      const unfilled = table.kind === 'table3' ? new Set(ctx.unfilled(ti).flatMap((u) => u.cells.map((c) => c.cell))) : undefined;
      for (const b of blankRuns(table, rels, unfilled)) {
        const plan = rels.length ? fillPlan(table, rels, b.run.map((x) => x.cell)) : { values: new Map(b.run.map((x) => [x.cell, 0])), totals: 0, forced: new Set<Cell>() };
        const fix = plan && filling(b.run, plan.values, plan.forced, ctx.message(plan.totals ? 'fix.fill-totals' : 'fix.fill-zero', {}));
        // One blank cell is underlined where it is; a blank table, row, column or run of a row's adjacent
        // cells on its first label (the table's, the row's; a column's or a run's first blank cell), its
        // blank cells listed, not all underlined: a run spans lines, and underlining it whole marks the
        // TABs that lead the cells after the first, not the cells.
        const first = b.run[0]!;
        const anchor = b.kind === 'cells' && b.run.length === 1 ? undefined : ((b.kind === 'table' || b.kind === 'zeros' ? firstLabel(table) : b.kind === 'row' ? first.row.labelCell : undefined) ?? first.cell);
        const range = anchor ? anchor.range : { start: first.cell.range.start, end: b.run[b.run.length - 1]!.cell.range.end };
        const related = anchor ? b.run.map((x) => ({ range: x.cell.range, message: ctx.message('table-cell-empty.cell', { cell: cellTitle(table, x.row, x.col) }) })) : undefined;
        const more = fix || related ? { ...(fix ? { fixes: [fix] } : {}), ...(related ? { related } : {}) } : undefined;
        switch (b.kind) {
          case 'table':
            ctx.report('table-cell-empty.table', { table: tableTitle(table), count: b.run.length }, range, more);
            break;
          case 'zeros':
            if (plan?.totals) {
              const args = { table: tableTitle(table), count: b.run.length, zeros: b.run.length - plan.totals, totals: plan.totals };
              ctx.report('table-cell-empty.zeros-totals', args, range, more);
            } else ctx.report('table-cell-empty.zeros', { table: tableTitle(table), count: b.run.length }, range, more);
            break;
          case 'row':
            ctx.report('table-cell-empty.row', { table: tableTitle(table), row: rowTitle(table, first.row) }, range, more);
            break;
          case 'column':
            ctx.report('table-cell-empty.column', { table: tableTitle(table), col: columnTitle(table, first.col) }, range, more);
            break;
          case 'cells': {
            const row = first.row;
            if (b.run.length === 1) ctx.report('table-cell-empty.cell', { cell: cellTitle(table, row, first.col) }, range, more);
            else {
              const last = b.run[b.run.length - 1] ?? first; // a run of one ends where it starts
              const args = { table: tableTitle(table), row: rowTitle(table, row), from: columnTitle(table, first.col), to: columnTitle(table, last.col), count: b.run.length };
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
  /** Never empty: a run is of blank cells. */
  run: [Slot, ...Slot[]];
}

const isNonEmpty = <T>(list: T[]): list is [T, ...T[]] => list.length > 0;

/** At least this many blanks, over at least three rows (表四: four over two of its groups), make one finding
 * when 0 and the totals make every sum hold. */
const ZEROS_MIN = 6;
const ZEROS_MIN_TABLE4 = 4;
const TABLE4_GROUP = 5;

function scattered(table: Table, blanksByRow: readonly Slot[][]): boolean {
  const n = blanksByRow.reduce((a, rb) => a + rb.length, 0);
  if (table.kind === 'table4') return n >= ZEROS_MIN_TABLE4 && new Set(blanksByRow.flat().map((s) => Math.floor(s.col / TABLE4_GROUP))).size >= 2;
  return n >= ZEROS_MIN && blanksByRow.filter((rb) => rb.length).length >= 3;
}

function blankRuns(table: Table, rels: readonly Relation[], skip: ReadonlySet<Cell> | undefined): BlankRun[] {
  // Slots only for the blank cells (they make the findings); the other cells are only tested.
  const byRow = table.rows.map((row) => {
    const rb: Slot[] = [];
    if (!row.misaligned) row.cells.forEach((cell, col) => cell?.blank && !skip?.has(cell) && rb.push({ row, col, cell }));
    return { row, blanks: rb };
  });
  const blanksByRow = byRow.map((r) => r.blanks);
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
    if (isNonEmpty(blanks)) out.push({ kind: 'table', run: blanks });
    return out;
  }
  // Blanks scattered over many rows (表四: groups), among filled cells, and every sum holding with them as 0
  // and the totals among them written as their sums: one finding.
  if (rels.length && scattered(table, blanksByRow)) {
    const partly = byRow.some(({ row, blanks: rb }) => rb.length && !unfilled(row));
    if (partly && isNonEmpty(blanks) && fillPlan(table, rels, blanks.map((b) => b.cell))) {
      out.push({ kind: 'zeros', run: blanks });
      return out;
    }
  }
  const done = new Set<Cell>();
  // Whole rows.
  for (const { row, blanks: rb } of byRow) {
    if (isNonEmpty(rb) && rb.length >= 2 && unfilled(row)) {
      out.push({ kind: 'row', run: rb });
      rb.forEach((s) => done.add(s.cell));
    }
  }
  // Whole columns (of the rows left).
  if (table.kind === 'table3') {
    for (let col = 0; col < table.columns.length; col++) {
      const left = table.rows.flatMap((row): Slot[] => {
        const cell = row.cells[col];
        return !row.misaligned && cell && !(done.size && done.has(cell)) ? [{ row, col, cell }] : [];
      });
      if (isNonEmpty(left) && left.length >= 2 && left.every((s) => s.cell.blank)) {
        out.push({ kind: 'column', run: left });
        left.forEach((s) => done.add(s.cell));
      }
    }
  }
  // Runs of adjacent blank cells in a row.
  for (const row of table.rows) {
    if (row.misaligned) continue;
    let run: Slot[] = [];
    const flush = () => {
      if (isNonEmpty(run)) out.push({ kind: 'cells', run });
      run = [];
    };
    row.cells.forEach((cell, col) => {
      if (cell && cell.blank && !(done.size && done.has(cell))) {
        const before = run.at(-1);
        if (before && before.col !== col - 1) flush();
        run.push({ row, col, cell });
      } else flush();
    });
    flush();
  }
  return out;
}

/** The table's first label: its first header cell with text, but a note in brackets (表三's 本列数据的勾稽关系). */
function firstLabel(table: Table): Cell | undefined {
  return table.header.find((h) => h.text.trim() !== '' && !/^\s*[（(]/.test(h.text));
}

/** The fix that writes the plan's values over the run; preferred where the relations force every one. */
function filling(run: readonly Slot[], values: ReadonlyMap<Cell, number>, forced: ReadonlySet<Cell>, title: Fix['title']): Fix {
  const edits: TextEdit[] = run.map(({ cell }) => {
    const newText = String(values.get(cell) ?? 0);
    return cell.text.includes('[bookmark:') ? { range: { start: cell.range.end, end: cell.range.end }, newText } : { range: cell.range, newText };
  });
  const fix: Fix = { title, edits };
  if (run.every((s) => forced.has(s.cell))) fix.preferred = true;
  return fix;
}
