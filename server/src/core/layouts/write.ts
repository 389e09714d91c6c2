// Writing table rows in a layout: the rows a fix inserts (table-label's missing row), written as the table
// around them is, and a report in Tika's layout rewritten in another (the rules' examples, the tests).
import { segment } from '../blocks';
import type { TextLayout } from '../model';
import { cellLines } from '../text';

/**
 * A row of `cells` (the first its label; '' an empty cell) as lines of `layout`, each ended by `eol`: Tika's
 * a TAB-led line per cell (the blank line that ends the row is the caller's); `rows` one line, cells between
 * TABs; `cells` a line per cell.
 */
export function rowText(layout: TextLayout | undefined, cells: readonly string[], eol: string): string {
  if (layout === 'rows') return cells.join('\t') + eol;
  if (layout === 'cells') return cells.map((c) => c + eol).join('');
  return cells.map((c) => '\t' + c + eol).join('');
}

/**
 * A text in Tika's layout rewritten with its tables in `layout`, as the converters write them: `rows`, a
 * line per row with its cells between TABs and a cell's paragraphs joined by a space (Word's "save as plain
 * text"); `cells`, each cell paragraph a line, nothing between rows (LibreOffice's text of a .docx). The
 * cells and rows are Tika's as the parser reads them (blocks.ts); every other line is left as it is.
 */
export function relayout(text: string, layout: TextLayout): string {
  const lines = text.split('\n');
  const { regions } = segment(lines, cellLines(lines));
  const out: string[] = [];
  let next = 0;
  for (const region of regions) {
    out.push(...lines.slice(next, region.firstLine));
    const rows: string[][] = [];
    region.cells.forEach((c, k) => {
      if (k === 0 || region.fragment[k] !== region.fragment[k - 1]) rows.push([]);
      rows[rows.length - 1]!.push(c.text);
    });
    for (const row of rows) out.push(...(layout === 'rows' ? [row.map((c) => c.replace(/\n/g, ' ')).join('\t')] : row.flatMap((c) => c.split('\n'))));
    next = region.lastLine + 1;
  }
  out.push(...lines.slice(next));
  return out.join('\n');
}
