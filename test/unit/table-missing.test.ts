// table-missing: a required national table absent or replaced by prose (seed 003 表四), reported at
// the heading of its section, with a fix that inserts the empty template after that heading.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, parseReport, renderMessage, type Finding } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fixes';
import { table2Template, table3Template, table4Template } from '../../server/src/core/templates';
import { generate } from '../gen/report';
import { readSeed } from '../helpers';

const missing = (text: string): Finding[] => checkReport(text).findings.filter((f) => f.rule === 'table-missing');
const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const applyFix = (text: string, f: Finding) => applyEdits(text, f.fixes![0]!.edits);
const T4 = '政府信息公开行政复议、行政诉讼情况';

test('seed 003: 表四 replaced by a sentence, reported at the heading of 四 (L346)', () => {
  const text = readSeed('003');
  const lines = text.split('\n');
  assert.equal(lines[345], '四、政府信息公开行政复议和行政诉讼情况');
  const found = missing(text);
  assert.equal(found.length, 1);
  const f = found[0]!;
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, at(345, 0, 19));
  assert.equal(renderMessage(f.message), `缺少表四（${T4}），该节只有文字说明`);
  assert.equal(renderMessage(f.message, 'en'), 'Missing 表四 (administrative reconsideration and litigation); the section has only prose in its place');
  assert.equal(f.fixes!.length, 1);
  const fix = f.fixes![0]!;
  assert.equal(renderMessage(fix.title), '插入空白的表四模板');
  assert.equal(renderMessage(fix.title, 'en'), 'Insert an empty 表四 template');
  assert.equal(fix.preferred, false);
  assert.deepEqual(fix.edits, [{ range: at(345, 19, 19), newText: '\n' + table4Template('\n') }]);
});

test('seed 003 fixed: a blank 表四 under 四, the sentence kept, no table-missing left', () => {
  const text = readSeed('003');
  const fixed = applyFix(text, missing(text)[0]!);
  // Only an insertion: the user's text is all there, in order.
  const cut = text.indexOf('\n', text.indexOf('四、政府信息公开行政复议和行政诉讼情况'));
  assert.equal(fixed, text.slice(0, cut) + '\n' + table4Template('\n') + text.slice(cut));
  assert.ok(fixed.split('\n').includes('本年度无因政府信息公开产生行政复议及行政诉讼件。'));

  const model = parseReport(fixed);
  assert.deepEqual(model.problems, []);
  assert.deepEqual(model.tables.map((t) => t.kind), ['table2', 'table3', 'table4']);
  const t4 = model.tables[2]!;
  assert.equal(t4.firstLine, 346);
  assert.ok(t4.rows[0]!.cells.every((c) => c!.blank));
  const four = model.sections.find((s) => s.heading.line === 345)!;
  assert.deepEqual(four.tables, [2]);
  assert.deepEqual(missing(fixed), []); // so fixing again changes nothing
});

for (const seed of ['000', '001', '002', '004']) {
  test(`seed ${seed}: no table-missing`, () => assert.deepEqual(missing(readSeed(seed)), []));
}

for (const format of ['2019', '2021'] as const) {
  for (const [i, variant] of [{}, { eol: '\r\n', bom: true }, { indentHeadings: true, halfWidthBrackets: true }, { table4Layout: 'third-row' }].entries()) {
    test(`generated ${format} report ${JSON.stringify(variant)}: no table-missing`, () => {
      assert.deepEqual(missing(generate({ format, seed: 300 + i, ...(variant as object) }).text), []);
    });
  }
}

/** The generated report with the lines from the heading matching `from` (exclusive) to the one matching `to` replaced. */
function replaceBody(text: string, from: RegExp, to: RegExp, body: string[], eol = '\n'): string {
  const lines = text.split(eol);
  const a = lines.findIndex((l) => from.test(l));
  const b = lines.findIndex((l, i) => i > a && to.test(l));
  assert.ok(a >= 0 && b > a);
  return [...lines.slice(0, a + 1), ...body, ...lines.slice(b)].join(eol);
}

for (const format of ['2019', '2021'] as const) {
  for (const eol of ['\n', '\r\n'] as const) {
    test(`generated ${format} report (${JSON.stringify(eol)}) without 表四: reported at its heading; the fix restores a 表四`, () => {
      const g = generate({ format, seed: 7, eol });
      const text = replaceBody(g.text, /^四、/, /^五、/, [''], eol);
      const lines = text.split(eol);
      const line = lines.indexOf('四、' + T4);
      const found = missing(text);
      assert.equal(found.length, 1);
      const f = found[0]!;
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.range, at(line, 0, 19));
      assert.equal(renderMessage(f.message), `缺少表四（${T4}）`); // the section is empty: no 「只有文字说明」
      assert.deepEqual(f.fixes!.map((x) => [x.preferred, x.edits]), [[false, [{ range: at(line, 19, 19), newText: eol + table4Template(eol) }]]]);

      const fixed = applyFix(text, f);
      const model = parseReport(fixed);
      assert.deepEqual(model.problems, []);
      assert.equal(model.format, format);
      assert.deepEqual(model.tables.map((t) => t.kind), ['table2', 'table3', 'table4']);
      assert.deepEqual(missing(fixed), []);
      if (eol === '\r\n') assert.ok(!/(^|[^\r])\n/.test(fixed), 'the inserted lines end with the document\'s CRLF');
    });
  }
}

test('generated 2021 report whose 表二 is a sentence: reported at 二 (not at the run-in （一）主动公开情况), 2021 template', () => {
  const g = generate({ format: '2021', seed: 11 });
  const text = replaceBody(g.text, /^二、/, /^三、/, ['本年度主动公开政府信息100条。', '']);
  const lines = text.split('\n');
  const line = lines.indexOf('二、主动公开政府信息情况');
  const [f, ...rest] = missing(text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f!.range, at(line, 0, 12));
  assert.equal(renderMessage(f!.message), '缺少表二（主动公开政府信息情况），该节只有文字说明');
  assert.deepEqual(f!.fixes![0]!.edits, [{ range: at(line, 12, 12), newText: '\n' + table2Template('2021', '\n') }]);
  const fixed = applyFix(text, f!);
  const model = parseReport(fixed);
  assert.deepEqual(model.problems, []);
  assert.equal(model.tables.find((t) => t.kind === 'table2')?.format, '2021');
  assert.ok(fixed.includes('\n本年度主动公开政府信息100条。\n'));
  assert.deepEqual(missing(fixed), []);
});

test('generated 2019 report without 表三: reported at 三 (not at the run-in （二）依申请公开情况)', () => {
  const g = generate({ format: '2019', seed: 12 });
  const text = replaceBody(g.text, /^三、/, /^四、/, ['']);
  const line = text.split('\n').indexOf('三、收到和处理政府信息公开申请情况');
  const [f, ...rest] = missing(text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f!.range, at(line, 0, 17));
  assert.equal(renderMessage(f!.message), '缺少表三（收到和处理政府信息公开申请情况）');
  assert.deepEqual(f!.fixes![0]!.edits, [{ range: at(line, 17, 17), newText: '\n' + table3Template('2019', '\n') }]);
  const fixed = applyFix(text, f!);
  assert.deepEqual(parseReport(fixed).problems, []);
  assert.deepEqual(missing(fixed), []);
});

test('表四 and its heading both gone: reported at the title, with no fix (no place to put it)', () => {
  const g = generate({ format: '2019', seed: 13 });
  const lines = g.text.split('\n');
  const a = lines.indexOf('四、' + T4);
  const b = lines.findIndex((l) => l.startsWith('五、'));
  const text = [...lines.slice(0, a), ...lines.slice(b)].join('\n');
  const [f, ...rest] = missing(text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f!.range, parseReport(text).title!.range);
  assert.equal(renderMessage(f!.message), `缺少表四（${T4}）`);
  assert.equal(f!.fixes, undefined);
});

/** A report with the national sections and no table at all. */
const NO_TABLES = [
  '某某县某某局',
  '2021年政府信息公开工作年度报告',
  '一、总体情况',
  '本机关认真贯彻《中华人民共和国政府信息公开条例》。',
  '二、主动公开政府信息情况',
  '本年度主动公开政府信息100条。',
  '三、收到和处理政府信息公开申请情况',
  '本年度共收到政府信息公开申请5件，均已按时办结。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年度无因政府信息公开产生的行政复议、行政诉讼。',
  '五、存在的主要问题及改进情况',
  '一是公开质量有待提高。',
  '六、其他需要报告的事项',
  '无。',
  '',
].join('\n');

test('no table at all under the national headings: the three tables, each at its heading; the fixes make a 2019 report', () => {
  const model = parseReport(NO_TABLES);
  assert.equal(model.format, 'unknown');
  const found = missing(NO_TABLES);
  assert.deepEqual(found.map((f) => [f.range, renderMessage(f.message)]), [
    [at(4, 0, 12), '缺少表二（主动公开政府信息情况），该节只有文字说明'],
    [at(6, 0, 17), '缺少表三（收到和处理政府信息公开申请情况），该节只有文字说明'],
    [at(8, 0, 19), `缺少表四（${T4}），该节只有文字说明`],
  ]);
  assert.deepEqual(found.map((f) => f.fixes![0]!.edits[0]!.newText), [
    '\n' + table2Template('2019', '\n'),
    '\n' + table3Template('2019', '\n'),
    '\n' + table4Template('\n'),
  ]);
  const fixed = applyEdits(NO_TABLES, found.flatMap((f) => f.fixes![0]!.edits));
  const after = parseReport(fixed);
  assert.deepEqual(after.problems, []);
  assert.equal(after.format, '2019');
  assert.deepEqual(after.tables.map((t) => t.kind), ['table2', 'table3', 'table4']);
  assert.deepEqual(missing(fixed), []);
  for (const line of NO_TABLES.split('\n')) assert.ok(fixed.split('\n').includes(line), line);
});

test('short titles (seed 001 style) win over run-in sub-headings of 一 that use the same words', () => {
  const text = NO_TABLES.replace('本机关认真贯彻《中华人民共和国政府信息公开条例》。', '（一）主动公开情况。全年主动公开政府信息100条。\n（二）依申请公开情况。全年收到申请5件。')
    .replace('二、主动公开政府信息情况', '二、主动公开')
    .replace('三、收到和处理政府信息公开申请情况', '三、依申请公开情况');
  const lines = text.split('\n');
  assert.deepEqual(
    missing(text).map((f) => f.range),
    [at(lines.indexOf('二、主动公开'), 0, 6), at(lines.indexOf('三、依申请公开情况'), 0, 9), at(lines.indexOf('四、' + T4), 0, 19)],
  );
});

test('no finding without the national headings, for a report dated before 2019, or in the pre-2019 style', () => {
  assert.deepEqual(missing('某某局2021年工作总结\n一、工作开展情况\n本年度完成各项工作。\n'), []);
  assert.deepEqual(missing(NO_TABLES.replace('2021年', '2018年')), []);
  // The old 统计表 alone (seed 004's) under old-style sections: format pre-2019.
  const seed = readSeed('004');
  const stats = parseReport(seed).tables.find((t) => t.kind === 'stats')!;
  const statsLines = seed.split('\n').slice(stats.firstLine, stats.lastLine + 1);
  const old = ['某某局2018年政府信息公开工作年度报告', '一、概述', '本机关认真做好政府信息公开工作。', '二、主动公开政府信息情况', ...statsLines, '', '三、依申请公开政府信息情况', '本年度未收到申请。', ''].join('\n');
  assert.equal(parseReport(old).format, 'pre-2019');
  assert.deepEqual(missing(old), []);
  assert.deepEqual(missing(old.replace('2018年', '2020年')), []);
});
