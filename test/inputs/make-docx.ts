// Word documents for the input tests, made with the `docx` package from a report's Tika text (the
// generator's): paragraphs are paragraphs, each table a real Word table on a rectangular grid — a
// short row's label cell spans the missing columns (w:gridSpan), an empty cell under a label cell
// continues it (w:vMerge), as a merged Word table has it — cells and the title centred, a cell's
// continuation lines further paragraphs, `[bookmark: name]` a real bookmark. Tika's text of such a
// document is the text it was made from (the tests check that too).
import {
  AlignmentType,
  Bookmark,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

export type TikaBlock = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][][] };

/** The paragraphs and tables of a text in Tika's layout (a cell is its lines). */
export function tikaBlocks(text: string): TikaBlock[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: TikaBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.startsWith('\t')) {
      out.push({ kind: 'p', text: lines[i++]! });
      continue;
    }
    const rows: string[][][] = [];
    let row: string[][] = [];
    while (i < lines.length) {
      const line = lines[i]!;
      if (line.startsWith('\t')) {
        row.push([line.slice(1)]);
        i++;
      } else if (line !== '' && row.length > 0) {
        row[row.length - 1]!.push(line);
        i++;
      } else if (line === '') {
        rows.push(row);
        row = [];
        i++;
        // A second blank line ends the table.
        if (lines[i] === '' || (lines[i] !== undefined && !lines[i]!.startsWith('\t'))) {
          if (lines[i] === '') i++;
          break;
        }
      } else break;
    }
    if (row.length > 0) rows.push(row);
    out.push({ kind: 'table', rows });
  }
  return out;
}

const isNumber = (s: string): boolean => /^\s*[+-]?[0-9０-９][0-9０-９,.，]*\s*(?:(?:万元|元)\s*)?$/.test(s);
const isBlank = (cell: string[]): boolean => cell.length === 1 && cell[0]!.trim() === '';

interface GridCell {
  lines: string[];
  start: number;
  span: number;
  merge?: 'restart' | 'continue';
}

/** A table's cells on a rectangular grid: spans for short rows, vertical merges for empty cells under labels. */
export function gridOf(rows: readonly string[][][]): { width: number; rows: GridCell[][] } {
  const width = Math.max(...rows.map((r) => r.length));
  const grid: GridCell[][] = rows.map((cells) => {
    const spans = cells.map(() => 1);
    const deficit = width - cells.length;
    if (deficit > 0) {
      let j = cells.length - 1;
      for (let k = cells.length - 1; k >= 0; k--) {
        if (!isBlank(cells[k]!) && !isNumber(cells[k]!.join(''))) {
          j = k;
          break;
        }
      }
      spans[j]! += deficit;
    }
    let start = 0;
    return cells.map((lines, k) => {
      const cell = { lines, start, span: spans[k]! };
      start += spans[k]!;
      return cell;
    });
  });
  for (let r = 1; r < grid.length; r++) {
    for (const cell of grid[r]!) {
      if (!isBlank(cell.lines)) continue;
      const above = grid[r - 1]!.find((a) => a.start === cell.start && a.span === cell.span);
      if (!above) continue;
      const label = above.merge === 'continue' || (!isBlank(above.lines) && !isNumber(above.lines.join('')));
      if (!label) continue;
      above.merge ??= 'restart';
      cell.merge = 'continue';
    }
  }
  return { width, rows: grid };
}

const COLUMN = 900;

/** A paragraph, centred (the title, table cells) or justified (the body, as Chinese reports are set: docx2txt
 * also reads a paragraph as one only where it has properties or attributes, as every paragraph Word writes has). */
function paragraph(text: string, centred: boolean): Paragraph {
  const m = /^\[bookmark: ([^\]]+)\]/.exec(text);
  const alignment = centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED;
  if (m) return new Paragraph({ alignment, children: [new Bookmark({ id: m[1]!, children: [] }), new TextRun(text.slice(m[0].length))] });
  return new Paragraph({ alignment, children: [new TextRun(text)] });
}

function table(rows: readonly string[][][]): Table {
  const grid = gridOf(rows);
  return new Table({
    columnWidths: Array.from({ length: grid.width }, () => COLUMN),
    rows: grid.rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (c) =>
              new TableCell({
                children: c.lines.map((l) => paragraph(c.merge === 'continue' ? '' : l, true)),
                width: { size: c.span * COLUMN, type: WidthType.DXA },
                ...(c.span > 1 ? { columnSpan: c.span } : {}),
                ...(c.merge ? { verticalMerge: c.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
              }),
          ),
        }),
    ),
  });
}

/** A .docx of a report's Tika text. */
export async function docxOf(text: string): Promise<Uint8Array> {
  const blocks = tikaBlocks(text);
  const children = blocks.map((b, i) => (b.kind === 'p' ? paragraph(b.text, i < 2) : table(b.rows)));
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
