// The layout the parser reads, written from blocks: what Apache Tika's text of a .docx is. Tika makes
// XHTML of the document and writes it as text: a paragraph ends with a line break; a table cell
// starts with a TAB; a table row and a table each end with a line break. So a cell is a TAB-led line,
// its further paragraphs follow on lines without a TAB, a row ends with a blank line and a table with
// a second one. The .docx and HTML readers both produce blocks and leave the text to this writer.

export type Block = Paragraph | Table;
export interface Paragraph {
  kind: 'p';
  /** The paragraph's text; a line break inside it (Word's w:br, HTML's <br>) is '\n'. */
  text: string;
}
export interface Table {
  kind: 'table';
  /** Rows of cells; a cell is its blocks (paragraphs, and nested tables). */
  rows: Block[][][];
}

/** Whether a paragraph holds only whitespace (a cell of such paragraphs is an empty cell). */
const isEmpty = (b: Block): boolean => b.kind === 'p' && /^[\s\u00a0\u3000]*$/.test(b.text);

/**
 * A cell's blocks without its leading and trailing empty paragraphs: Word's cells often end with an
 * empty paragraph, which Tika writes as a blank line that the parser would read as the end of the row.
 */
export function trimCell(blocks: readonly Block[]): Block[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isEmpty(blocks[start]!)) start++;
  while (end > start && isEmpty(blocks[end - 1]!)) end--;
  return blocks.slice(start, end);
}

function write(blocks: readonly Block[], out: string[]): void {
  for (const b of blocks) {
    if (b.kind === 'p') {
      out.push(b.text, '\n');
      continue;
    }
    for (const row of b.rows) {
      for (const cell of row) {
        out.push('\t');
        const content = trimCell(cell);
        if (content.length === 0) out.push('\n');
        else write(content, out);
      }
      out.push('\n');
    }
    out.push('\n');
  }
}

/** The text of the blocks in Tika's layout. */
export function layoutText(blocks: readonly Block[]): string {
  const out: string[] = [];
  write(blocks, out);
  return out.join('');
}
