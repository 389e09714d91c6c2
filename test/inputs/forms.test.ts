// Every form of a report gives the findings of its Tika text: generated reports (both formats, with
// the defects the table tests use) made into .docx files by the `docx` package (real merged cells,
// bookmarks, centred and multi-paragraph cells), then converted by LibreOffice to HTML and back to
// .docx; and the ready-made .docx files of test/fixtures/corpus/converted/docx (python-docx) and their
// LibreOffice HTML. Each test names the tool that made its input. LibreOffice runs twice in all (one
// batch per target format, the two side by side), into a temporary folder of this run; without
// `soffice` those tests are skipped, saying so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxToText, htmlToText } from '../../server/src/inputs';
import { repoRoot } from '../helpers';
import { CASES, NO_SOFFICE, caseText, hasSoffice, soffice } from './cases';
import { findingSummary } from './findings';
import { docxOf } from './make-docx';

let dir = '';
const made = new Map<string, { text: string; docx: Uint8Array }>();
const corpusDir = join(repoRoot(), 'test/fixtures/corpus/converted/docx');
const corpus = readdirSync(corpusDir).filter((n) => n.endsWith('.docx')).sort();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-forms-'));
  mkdirSync(join(dir, 'docx'));
  for (const [i, c] of CASES.entries()) {
    const text = caseText(c);
    const docx = await docxOf(text);
    made.set(c.name, { text, docx });
    writeFileSync(join(dir, 'docx', `gen${i}.docx`), docx);
  }
  if (!hasSoffice) return;
  const generated = CASES.map((_, i) => join(dir, 'docx', `gen${i}.docx`));
  await Promise.all([
    soffice(dir, 'html', [...generated, ...corpus.map((n) => join(corpusDir, n))], join(dir, 'html')),
    soffice(dir, 'docx:MS Word 2007 XML', generated, join(dir, 'roundtrip')),
  ]);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ok = <T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> => {
  assert.ok(r.ok, JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

/** A bookmark inside a table cell: LibreOffice's HTML export drops it, so the HTML has no finding for it. */
const cellBookmark = (f: string): boolean => f.startsWith('conversion-artifact') && /\[bookmark: _Hlk1\]/.test(f);

for (const [i, c] of CASES.entries()) {
  test(`generated report (${c.name}): the defect is found in its Tika text (test/gen/report.ts)`, () => {
    const { text } = made.get(c.name)!;
    assert.ok(
      findingSummary(text).some((f) => f.startsWith(c.rule + ' ')),
      `no ${c.rule} in:\n${findingSummary(text).join('\n')}`,
    );
  });

  test(`generated report (${c.name}) as .docx made by the docx package: docxToText gives its Tika text exactly`, () => {
    const { text, docx } = made.get(c.name)!;
    const read = ok(docxToText(docx));
    assert.equal(read.text, text);
    assert.deepEqual(read.notes, []);
  });

  test(`generated report (${c.name}) as HTML made by LibreOffice (soffice --convert-to html): the findings of its Tika text`, { skip: hasSoffice ? false : NO_SOFFICE }, () => {
    const { text } = made.get(c.name)!;
    const page = ok(htmlToText(readFileSync(join(dir, 'html', `gen${i}.html`))));
    assert.deepEqual(findingSummary(page.text), findingSummary(text).filter((f) => !cellBookmark(f)));
  });

  test(`generated report (${c.name}) as .docx round-tripped by LibreOffice (soffice --convert-to docx): the findings of its Tika text`, { skip: hasSoffice ? false : NO_SOFFICE }, () => {
    const { text } = made.get(c.name)!;
    const read = ok(docxToText(readFileSync(join(dir, 'roundtrip', `gen${i}.docx`))));
    assert.deepEqual(findingSummary(read.text), findingSummary(text));
  });
}

// ---------------------------------------------------------------- the corpus

/** The report a corpus .docx was made from: a seed, or a report of corpus/real. */
function source(docx: string): string {
  const name = docx.replace(/\.docx$/, '.txt');
  for (const d of ['test/fixtures/seeds', 'test/fixtures/corpus/real']) {
    try {
      return readFileSync(join(repoRoot(), d, name), 'utf8');
    } catch {
      // not in this folder
    }
  }
  throw new Error(`no source for ${docx}`);
}

/**
 * python-docx padded each short table row with empty cells (corpus README) where a Word table would merge
 * them: Tika writes them (`\t` lines), and the parser reads them as 表二 cells under no column label. So
 * the .docx has exactly these findings more: `table-cell-empty` of a 表二 cell with an empty column name.
 */
const PADDED = /^table-cell-empty warning \| 表二 · [^·|]+ · {2}未填写 \|/;
/** The text without the padding cells, with one blank line after a table (corpus/real has one; Tika writes
 * two) and a line break at the end (Tika ends each paragraph with one; some of the .txt files do not). */
const unpadded = (text: string): string =>
  text
    .split('\n')
    .filter((l) => l !== '\t')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');

/** A blank-cells finding without its list of cells: in a padded row of blanks, which cell is the padding is
 * not to be told (the 表三 （七）总计 row of blanks and a 0: the 0 is 总计's in the .txt, 其他's in the .docx). */
const unlisted = (f: string): string => (f.startsWith('table-cell-empty ') ? f.split(' | ').slice(0, 3).join(' | ') : f);

/** The findings of a form against its source: the same, but for the padding's. */
function assertSameFindings(form: string, txt: string): void {
  const a = findingSummary(txt).map(unlisted);
  const b = findingSummary(form).map(unlisted);
  assert.deepEqual(
    a.filter((f) => !b.includes(f)),
    [],
    'findings of the .txt missing',
  );
  assert.deepEqual(
    b.filter((f) => !a.includes(f) && !PADDED.test(f)),
    [],
    'findings the .txt does not have',
  );
}

for (const name of corpus) {
  test(`corpus ${name} (made by python-docx): docxToText gives its .txt (but for the padding cells) and its findings`, () => {
    const txt = source(name);
    const read = ok(docxToText(readFileSync(join(corpusDir, name))));
    assert.equal(unpadded(read.text), unpadded(txt));
    assertSameFindings(read.text, txt);
  });

  test(`corpus ${name} as HTML made by LibreOffice (soffice --convert-to html): the findings of its .txt`, { skip: hasSoffice ? false : NO_SOFFICE }, () => {
    const txt = source(name);
    const page = ok(htmlToText(readFileSync(join(dir, 'html', name.replace(/\.docx$/, '.html')))));
    // LibreOffice's HTML export drops a bookmark inside a table cell (seed 001's `_Hlk26876326`); the
    // parser reads the cell's label without it, and report-format names the cell without it.
    const withoutCellBookmarks = txt.replace(/^\t\[bookmark:[^\]\n]*\]/gm, '\t');
    assertSameFindings(page.text, withoutCellBookmarks);
  });
}
