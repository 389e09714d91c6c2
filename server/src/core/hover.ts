// Hover on a table cell: where it is (`表三 · （七）总计 · 法律服务机构`) and, for a cell in a relation,
// what the relation says: the total, the addends, and the value the cell should have.
import { analyzeModel, cellValue, type Evaluation } from './arith';
import type { MessageRef } from './findings';
import { cellTitle, columnTitle, rowTitle } from './labels';
import type { Cell, Position, Range, ReportModel, Row, Table } from './model';
import { msg } from './messages';
import { describeRelation, relationName } from './relation-text';

export interface HoverInfo {
  range: Range;
  /** Lines to show, in order; render each with `renderMessage`. */
  lines: MessageRef[];
}

const inside = (r: Range, p: Position): boolean =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

export function hoverAt(model: ReportModel, position: Position): HoverInfo | undefined {
  for (const table of model.tables) {
    if (position.line < table.firstLine || position.line > table.lastLine) continue;
    for (const row of table.rows) {
      for (let col = 0; col < row.cells.length; col++) {
        const cell = row.cells[col];
        if (!cell || !inside(cell.range, position)) continue;
        return describe(model, table, row, col, cell);
      }
    }
  }
  return undefined;
}

function describe(model: ReportModel, table: Table, row: Row, col: number, cell: Cell): HoverInfo {
  const lines: MessageRef[] = [msg('hover.cell', { cell: cellTitle(table, row, col) })];
  const evaluations = analyzeModel(model).find((a) => a.table === table)?.evaluations ?? [];
  for (const e of evaluations) {
    const onLhs = e.relation.lhs.some((t) => t.cell === cell);
    const onRhs = e.relation.rhs.some((t) => t.cell === cell);
    if (!onLhs && !onRhs) continue;
    if (e.status === 'indeterminate') {
      lines.push(msg('hover.indeterminate', { relation: relationName(e) }));
      continue;
    }
    lines.push(line(e, describeRelation(e), table, cell, onLhs));
    const sum = addends(e, table);
    if (sum) lines.push(sum);
  }
  return { range: cell.number?.range ?? cell.range, lines };
}

function line(e: Evaluation, relation: MessageRef, table: Table, cell: Cell, onLhs: boolean): MessageRef {
  const args = { relation };
  if (e.status === 'ok') return msg('hover.holds', args);
  if (e.status !== 'fail') return msg('hover.blank', args);
  const v = cellValue(table, cell);
  const own = typeof v === 'number' ? v : 0;
  return msg('hover.fails', { ...args, expected: own + (onLhs ? e.rhs - e.lhs : e.lhs - e.rhs) });
}

/** The non-zero addends of the relation's sum: `自然人 20 + 商业企业 4 + 其他 1` (none for the balance). */
function addends(e: Evaluation, table: Table): MessageRef | undefined {
  const r = e.relation;
  if (r.kind === 'balance') return undefined;
  // A column by its last part (`行政复议·结果维持` → `结果维持`).
  const lastPart = (title: string) => title.slice(title.lastIndexOf('·') + 1);
  const name = (t: Evaluation['relation']['rhs'][number]) => (r.kind === 'column' ? rowTitle(table, t.row) : lastPart(columnTitle(table, t.col)));
  const terms = r.rhs.flatMap((t) => (t.cell.number && t.cell.number.value !== 0 ? [`${name(t)} ${t.cell.number.text}`] : []));
  return terms.length ? msg('hover.addends', { terms: terms.join(' + ') }) : msg('hover.addends-zero', {});
}
