// Inlay hints: in a table, which is a column of bare numbers in the text, after every value cell where
// it stands (`（七）总计 · 法律服务机构`; after the row's first cell only the column, where the row goes
// on), and after a failing total the value its relation expects (`应为 27`). Made from the model and
// the arithmetic a check already built; plain data (lsp/convert.ts makes LSP hints).
import type { TableAnalysis } from './arith';
import type { MessageRef } from './findings';
import { columnTitle, rowTitle, tableTitle } from './labels';
import { defineMessages } from './messages';
import type { Position, Range, ReportModel } from './model';

export type InlayMode = 'off' | 'labels' | 'expected';

export interface InlayHint {
  /** After the cell's number (or at the end of a blank cell). */
  position: Position;
  label: MessageRef;
  kind: 'label' | 'expected';
}

export const inlayMessages = defineMessages({
  'inlay.cell': { zh: '{cell}', en: '{cell}' },
  'inlay.expected': { zh: '应为 {value}', en: 'should be {value}' },
});

const inside = (p: Position, r: Range | undefined): boolean =>
  !r || ((p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character)));

/**
 * The hints of the model's tables within `range` (all where none): `labels` names every value cell;
 * `expected` also gives the value a failing total or a culprit cell should have (from `analysis`,
 * the arithmetic of the tables where a sum fails).
 */
export function inlayHints(model: ReportModel, mode: InlayMode, analysis: readonly TableAnalysis[] = [], range?: Range): InlayHint[] {
  if (mode === 'off') return [];
  const out: InlayHint[] = [];
  const expected = new Map<object, number>();
  if (mode === 'expected') {
    for (const a of analysis) {
      for (const e of a.unexplained) if (e.relation.kind !== 'balance') expected.set(e.relation.anchor.cell, e.rhs);
      for (const c of a.culprits) expected.set(c.term.cell, c.expected);
      for (const w of a.swaps) {
        if (typeof w.b.value === 'number') expected.set(w.a.cell, w.b.value);
        if (typeof w.a.value === 'number') expected.set(w.b.cell, w.a.value);
      }
    }
  }
  model.tables.forEach((table) => {
    if (table.kind === 'unknown' || (range && (table.lastLine < range.start.line || table.firstLine > range.end.line))) return;
    const short = tableTitle(table);
    for (const row of table.rows) {
      if (row.misaligned) continue;
      let first = true;
      row.cells.forEach((cell, col) => {
        if (!cell) return;
        const at = cell.number?.range.end ?? cell.range.end;
        const name = columnTitle(table, col).split('·').join(' · ');
        // The row's first hint names the row too (表四's one row has no label: its columns say it all).
        const cellName = first && row.label ? `${short} · ${rowTitle(table, row)} · ${name}` : name;
        first = false;
        if (!inside(at, range)) return;
        out.push({ position: at, label: inlayMessages.ref('inlay.cell', { cell: cellName }), kind: 'label' });
        const value = expected.get(cell);
        if (value !== undefined) out.push({ position: at, label: inlayMessages.ref('inlay.expected', { value }), kind: 'expected' });
      });
    }
  });
  return out;
}
