// A text of several reports is checked report by report (core/document.ts): where each report
// starts, findings equal to each report's own moved to its lines (ranges and fixes), directives over
// the whole text, and the cache of an editor: an edit re-checks only the report it touched and the
// result equals a fresh check, over thousands of random edits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, checkText, extractTables, extractText, newReportCache, outline, parseReport, reportMeta, reportStarts, textModel, type Finding } from '../../server/src/core/index';
import { splitLines } from '../../server/src/core/text';
import { randomEdit } from '../edits';
import { generate, rng } from '../gen/report';
import { readSeed } from '../helpers';

const SEEDS = ['000', '001', '002', '003', '004'].map(readSeed);

/** Every `line` in plain data moved by `by` (an implementation independent of the core's). */
function shifted<T>(value: T, by: number): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'line' && typeof v === 'number' ? v + by : v)) as T;
}

/** The seeds joined by blank lines, and the line where each seed starts. */
function joinedSeeds(seeds: readonly string[], eol = '\n'): { text: string; at: number[] } {
  const at: number[] = [];
  let line = 0;
  for (const s of seeds) {
    at.push(line);
    line += splitLines(s).length + 1;
  }
  return { text: seeds.map((s) => s.replace(/\r?\n/g, eol)).join(eol + eol), at };
}

test('a single report is one report, checked exactly as checkReport checks it', () => {
  for (const seed of SEEDS) {
    assert.deepEqual(reportStarts(splitLines(seed)), [0]);
    const single = checkReport(seed);
    const r = checkText(seed);
    assert.deepEqual([r.findings, r.failures, r.directives, textModel(r)], [single.findings, single.failures, single.directives, single.model]);
  }
});

test('five reports in one text: each starts at its title (or the agency line above it)', () => {
  const { text, at } = joinedSeeds(SEEDS);
  const lines = splitLines(text);
  // Seeds 000 and 003 have the agency on the line above the title; the others a one-line title.
  assert.deepEqual(reportStarts(lines), at);
  assert.deepEqual(at.map((l) => lines[l]), ['余姚市人民政府办公室', '政府信息公开工作年度报告', '嘉兴市秀洲区人民政府2020年度政府信息公开工作年度报告', '余姚市公共资源交易管理办公室', '余姚市兰江街道2020年度政府信息工作年度报告']);
});

test("each report's findings, ranges and fixes moved to its lines; CRLF too", () => {
  for (const eol of ['\n', '\r\n']) {
    const { text, at } = joinedSeeds(SEEDS, eol);
    const expected = SEEDS.flatMap((s, k) => shifted(checkReport(s.replace(/\r?\n/g, eol)).findings, at[k]!));
    const checked = checkText(text);
    const got = { findings: checked.findings, model: textModel(checked) };
    assert.deepEqual(got.findings, expected);
    assert.ok(got.findings.some((f) => f.fixes?.length && f.range.start.line > at[4]!), 'a fix in the last report');
    assert.equal(got.model.lineCount, splitLines(text).length);
    assert.equal(got.model.tables.length, SEEDS.reduce((n, s) => n + checkReport(s).model.tables.length, 0));
    // A section's tables are indices into the document's tables, and lie inside the section.
    for (const s of got.model.sections) {
      for (const i of s.tables) assert.ok(got.model.tables[i]!.firstLine >= s.range.start.line && got.model.tables[i]!.firstLine <= s.range.end.line);
    }
  }
});

test("extract: each report's tables with its own agency and year, lines in the text's", () => {
  const { text, at } = joinedSeeds(SEEDS);
  const expected = SEEDS.flatMap((s, k) => {
    const model = parseReport(s);
    return extractTables(model, reportMeta(model, s)).map((row) => ({ ...row, line: row.line + at[k]! }));
  });
  const rows = extractText(text);
  assert.deepEqual(rows, expected);
  assert.ok(new Set(rows.map((r) => r.agency)).size >= 3, 'several agencies');
  assert.deepEqual(extractText(SEEDS[2]!), extractTables(parseReport(SEEDS[2]!), reportMeta(parseReport(SEEDS[2]!), SEEDS[2]!)));
});

test('a title-like line that is part of the text, or before any table, starts no report', () => {
  const seed = SEEDS[2]!.split('\n');
  const at = seed.findIndex((l) => l.startsWith('\t'));
  const lines = [...seed];
  lines.splice(at + 40, 0, '附件：嘉兴市秀洲区2020年政府信息公开工作年度报告', '详见《嘉兴市秀洲区2020年政府信息公开工作年度报告》。');
  lines.splice(2, 0, '2020年政府信息公开工作年度报告');
  // The title repeated after the last table, above the signature.
  lines.push('', '嘉兴市秀洲区人民政府', '2020年度政府信息公开工作年度报告', '2021年1月20日');
  assert.deepEqual(reportStarts(lines), [0]);
});

test('text taken from a PDF: the title as a running page header and page numbers, between tables and inside one, leave one report and its tables whole', () => {
  const g = generate({ format: '2021', seed: 21 });
  const clean = checkText(g.text).findings.map((f) => f.rule);
  const lines = g.text.split('\n');
  const title = lines.slice(0, 2).join('');
  assert.match(title, /政府信息公开工作年度报告$/);
  // Inside 表三 (before the row of （三）不予公开·4, after the blank line that ends the row above) and before 三、.
  let inT3 = g.table3Lines.get('deny.4')![0]!;
  while (lines[inT3 - 1] !== '') inT3--;
  const three = lines.findIndex((l) => l.startsWith('三、'));
  for (const page of [['', title, ''], ['- 3 -', ''], ['5'], ['第 3 页 共 9 页', ''], [title, '- 3 -', '']]) {
    const changed = [...lines.slice(0, three), ...page, ...lines.slice(three, inT3), ...page, ...lines.slice(inT3)];
    const text = changed.join('\n');
    assert.deepEqual(reportStarts(changed), [0], JSON.stringify(page));
    assert.deepEqual(parseReport(text).tables.map((t) => t.kind), parseReport(g.text).tables.map((t) => t.kind), JSON.stringify(page));
    assert.deepEqual(checkText(text).findings.map((f) => f.rule), clean, JSON.stringify(page));
  }
  assert.deepEqual(clean, []);
});

test('a file directive in one report silences the rule in every report', () => {
  const { text } = joinedSeeds([SEEDS[0]!, SEEDS[0]!]);
  const swaps = (fs: Finding[]) => fs.filter((f) => f.rule === 'table-swapped-cells').length;
  assert.equal(swaps(checkText(text).findings), 2);
  assert.equal(swaps(checkText('[nianbao-disable-file table-swapped-cells]\n' + text).findings), 0);
});

test('the outline has one node per report, named by its title, holding its sections', () => {
  const { text, at } = joinedSeeds(SEEDS);
  const nodes = outline(textModel(checkText(text)));
  assert.deepEqual(nodes.map((n) => [n.kind, n.range.start.line]), at.map((l) => ['report', l]));
  assert.equal(nodes[2]!.name, '嘉兴市秀洲区人民政府2020年度政府信息公开工作年度报告');
  const single = outline(checkReport(SEEDS[2]!).model);
  assert.deepEqual(nodes[2]!.children.map((c) => c.name), single.map((c) => c.name));
});

test('with a cache, an edit re-checks one report; 3,000 random edits equal a fresh check', () => {
  const r = rng(99);
  const { text } = joinedSeeds([SEEDS[0]!, SEEDS[2]!, SEEDS[4]!, SEEDS[2]!]);
  const doc = TextDocument.create('file:///many.txt', 'nianbao', 1, text);
  const cache = newReportCache();
  const options = {};
  let previous = checkText(text, options, cache);
  // An edit inside the second report leaves the others' findings as they were (the same objects).
  const inSecond = { start: { line: splitLines(text).length - 5, character: 0 }, end: { line: splitLines(text).length - 5, character: 0 } };
  TextDocument.update(doc, [{ range: inSecond, text: '1' }], 2);
  const next = checkText(doc.getText(), options, cache);
  assert.equal(next.findings[0], previous.findings[0]);
  assert.deepEqual(next.findings, checkText(doc.getText()).findings);
  let several = 0;
  let current = doc;
  for (let k = 0; k < 3000; k++) {
    // Random edits end up breaking titles: start again from the four reports every 500 edits.
    if (k % 500 === 0) current = TextDocument.create('file:///many.txt', 'nianbao', 1, text);
    TextDocument.update(current, [randomEdit(current, r)], current.version + 1);
    const doc = current;
    if (k % 50 === 0 || k === 2999) {
      previous = checkText(doc.getText(), options, cache);
      const fresh = checkText(doc.getText());
      assert.deepEqual(previous.findings, fresh.findings, `edit ${k}`);
      assert.deepEqual(textModel(previous), textModel(fresh), `edit ${k}`);
      if (reportStarts(splitLines(doc.getText())).length > 1) several++;
    } else if (k % 10 === 0) checkText(doc.getText(), options, cache);
  }
  assert.ok(several >= 40, `only ${several} of 61 comparisons had several reports`);
});

test('with a cache, a report takes over the cells, headings and tables an edit left unchanged; 2,000 random edits equal a fresh check', () => {
  const text = SEEDS[2]!;
  const cache = newReportCache();
  const first = checkText(text, {}, cache).reports[0]!.result.model;
  const cellsOf = (m: typeof first) => m.tables.flatMap((t) => t.cells);
  // An edit of a prose line: every cell is the same object as before. An edit of a cell: that cell alone is new.
  const lines = splitLines(text);
  const prose = lines.findIndex((l, i) => i > 10 && l.length > 20 && !l.startsWith('\t'));
  const cellLine = lines.findIndex((l) => /^\t\d+$/.test(l));
  const proseEdited = lines.map((l, i) => (i === prose ? l + '1' : l)).join('\n');
  const afterProse = checkText(proseEdited, {}, cache).reports[0]!.result.model;
  assert.ok(cellsOf(first).length > 100);
  assert.deepEqual(
    cellsOf(afterProse).map((c, k) => c === cellsOf(first)[k]),
    cellsOf(first).map(() => true),
  );
  // …and every table (a table is a function of its region's cells).
  assert.deepEqual(afterProse.tables.map((t, k) => t === first.tables[k]), first.tables.map(() => true));
  const cellEdited = proseEdited.split('\n').map((l, i) => (i === cellLine ? l + '0' : l)).join('\n');
  const afterCell = checkText(cellEdited, {}, cache).reports[0]!.result.model;
  const changed = cellsOf(afterCell).filter((c, k) => c !== cellsOf(afterProse)[k]);
  assert.deepEqual(changed.map((c) => [c.firstLine, c.text]), [[cellLine, lines[cellLine]!.slice(1) + '0']]);
  // The table holding the edited cell is read again; the others are taken over.
  const holds = (t: (typeof first.tables)[number]) => t.firstLine <= cellLine && cellLine <= t.lastLine;
  assert.deepEqual(
    afterCell.tables.map((t, k) => (t === afterProse.tables[k] ? 'taken over' : 'read again')),
    afterCell.tables.map((t) => (holds(t) ? 'read again' : 'taken over')),
  );
  assert.deepEqual(afterCell, checkText(cellEdited).reports[0]!.result.model);
  // The headings' lines are unchanged: what was read from them is shared.
  assert.ok(afterCell.headings.length > 10);
  assert.deepEqual(
    afterCell.headings.map((h, k) => h.range === afterProse.headings[k]!.range),
    afterCell.headings.map(() => true),
  );

  // Edits of every kind (line breaks, TABs, deletions across lines): the check with the cache is the check without it.
  const r = rng(5);
  let doc = TextDocument.create('file:///one.txt', 'nianbao', 1, text);
  for (let k = 0; k < 2000; k++) {
    if (k % 400 === 0) doc = TextDocument.create('file:///one.txt', 'nianbao', 1, text);
    TextDocument.update(doc, [randomEdit(doc, r)], doc.version + 1);
    const cached = checkText(doc.getText(), {}, cache);
    if (k % 20 === 0 || k === 1999) {
      const fresh = checkText(doc.getText());
      assert.deepEqual(cached.findings, fresh.findings, `edit ${k}`);
      assert.deepEqual(textModel(cached), textModel(fresh), `edit ${k}`);
    }
  }
});
