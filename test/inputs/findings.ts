// What the input tests compare between two forms of one report: each finding's rule, severity and
// message, and where it is — the table cell its range starts in (`表三 · （七）总计 · 法律服务机构`), else
// the characters its range covers. Line numbers are left out: two forms may differ by blank lines.
import assert from 'node:assert/strict';
import { checkText, extractText, fixText, renderMessage, textModel, type Cell, type Position, type Range } from '../../server/src/core';
import { cellTitle } from '../../server/src/core/labels';

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const within = (p: Position, r: Range): boolean => !before(p, r.start) && !before(r.end, p);

/** The characters a range covers, without whitespace (forms of a report may differ in spaces: a page's
 * line break between two Chinese characters is no space, LibreOffice's HTML wraps its lines at spaces). */
function covered(lines: readonly string[], r: Range): string {
  const parts: string[] = [];
  for (let l = r.start.line; l <= r.end.line && l < lines.length; l++) {
    const line = lines[l]!;
    parts.push(line.slice(l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : line.length));
  }
  return parts.join('').replace(/[\s\u00a0\u3000]+/g, '');
}

/** Where a range is: the cell it starts in, named as messages name cells, else the text it covers. */
function placeOf(text: string, lines: readonly string[], r: Range, cells: { cell: Cell; title: string }[]): string {
  const hit = cells.find(({ cell }) => within(r.start, cell.range));
  return hit ? `${hit.title} = ${covered(lines, r)}` : covered(lines, r);
}

/** One line per finding, `rule severity | message | place`, sorted. */
export function findingSummary(text: string): string[] {
  const checked = checkText(text);
  const model = textModel(checked);
  const lines = text.split(/\r\n|\r|\n/);
  const cells: { cell: Cell; title: string }[] = [];
  for (const table of model.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, col) => {
        if (cell) cells.push({ cell, title: cellTitle(table, row, col) });
      });
    }
  }
  return checked.findings
    .map((f) => {
      const related = (f.related ?? []).map((r) => placeOf(text, lines, r.range, cells)).join('; ');
      return `${f.rule} ${f.severity} | ${renderMessage(f.message, 'zh-cn')} | ${placeOf(text, lines, f.range, cells)}${related ? ` | ${related}` : ''}`;
    })
    .sort();
}

/** What a converter drops of a report (its text in Tika's layout), done to that text: a converter's output
 * then gives that text's findings. LibreOffice and docx2txt drop Word bookmarks; docx2txt also rewrites “”
 * as `"`, — as ` -- `, … as `...` and NBSP as a space. */
export const converterLosses: Readonly<Record<'libreoffice' | 'docx2txt', (text: string) => string>> = {
  libreoffice: (t) => t.replace(/\[bookmark: [^\]\n]*\]/g, ''),
  docx2txt: (t) => t.replace(/\[bookmark: [^\]\n]*\]/g, '').replace(/[“”]/g, '"').replace(/—/g, ' -- ').replace(/…/g, '...').replace(/\u00a0/g, ' '),
};

/** Every extracted cell's table, row, column and value (no line: forms differ in lines). */
export const tableValues = (text: string): unknown[] => extractText(text).map((r) => [r.table, r.row, r.column, r.value, r.blank]);

/** Fix all gives `form` the corrected report fix all gives `tika`: it settles, with as many edits, the same
 * findings left and the same tables. Returns the fixed form. */
export function assertSameFixes(form: string, tika: string): string {
  const a = fixText(tika);
  const b = fixText(form);
  assert.equal(b.settled, true);
  assert.equal(b.edits, a.edits);
  assert.deepEqual(findingSummary(b.text), findingSummary(a.text));
  assert.deepEqual(tableValues(b.text), tableValues(a.text));
  return b.text;
}
