// Writing table rows in a layout: the rows a fix inserts (table-label's missing row), written as the table
// around them is, and a report in Tika's layout rewritten in another (the rules' examples, the tests).
import type { TextLayout } from '../model';

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
 * A text in Tika's layout (a TAB-led line per cell, its further paragraphs after it, a blank line per row)
 * rewritten with its tables in `layout`, as the converters write them: `rows`, a line per row with its
 * cells between TABs and a cell's paragraphs joined by a space (Word's "save as plain text"); `cells`, each
 * cell paragraph a line, nothing between rows or after a table (LibreOffice's text of a .docx). Prose is
 * left as it is.
 */
export function relayout(text: string, layout: TextLayout): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let row: string[][] = [];
  let inTable = false;
  const flush = (): void => {
    if (row.length) out.push(...(layout === 'rows' ? [row.map((c) => c.join(' ')).join('\t')] : row.flat()));
    row = [];
  };
  for (const line of lines) {
    if (line.startsWith('\t')) {
      row.push([line.slice(1)]);
      inTable = true;
    } else if (inTable && line !== '' && row.length) {
      row[row.length - 1]!.push(line); // a further paragraph of the cell
    } else if (inTable && line === '') {
      if (!row.length) inTable = false; // the blank line after the table's last row
      flush();
    } else {
      flush();
      inTable = false;
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}
