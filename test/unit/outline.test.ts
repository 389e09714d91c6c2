// The exact outline of every seed: names, kinds, levels and ranges. Ranges are checked against the
// text itself: a section starts at its ordinal (or title) and ends at the end of its last line; its
// selection range covers exactly the heading as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, fixAllEdits, outline, parseReport, renderMessage, type OutlineNode } from '../../server/src/core';
import { generate } from '../gen/report';
import { readSeed } from '../helpers';

interface Expected {
  name: string;
  /** 1-based first and last line. */
  lines: [number, number];
  level?: number;
  children?: Expected[];
  table?: true;
}
const s = (name: string, lines: [number, number], level: number, children: Expected[] = []): Expected => ({ name, lines, level, children });
const t = (name: string, lines: [number, number]): Expected => ({ name, lines, table: true });
const T2 = '表二 主动公开政府信息情况';
const T3 = '表三 收到和处理政府信息公开申请情况';
const T4 = '表四 政府信息公开行政复议、行政诉讼情况';
const STATS = '政府信息公开情况统计表';

const EXPECTED: Record<string, Expected[]> = {
  '000': [
    s('总体情况', [4, 12], 1, [
      s('（一）主动公开情况', [8, 8], 2),
      s('（二）政府信息管理情况', [9, 9], 2),
      s('（三）平台建设情况', [10, 10], 2),
      s('（四）监督保障情况', [12, 12], 2),
    ]),
    s('二、主动公开政府信息情况', [13, 85], 1, [t(T2, [14, 85])]),
    s('三、收到和处理政府信息公开申请情况', [88, 348], 1, [t(T3, [90, 348])]),
    s('四、政府信息公开行政复议、行政诉讼情况', [351, 394], 1, [t(T4, [353, 394])]),
    s('五、存在的主要问题及改进情况', [397, 407], 1),
    s('六、其他需要报告的事项', [408, 410], 1),
  ],
  '001': [
    s('一、总体情况', [2, 3], 1),
    s('二、主动公开', [5, 149], 1, [
      s('1.不同渠道方式主动公开及回应解读总体情况', [6, 75], 3, [t(STATS, [7, 75])]),
      s('2.主动公开政府信息具体情况', [79, 149], 3, [t(T2, [80, 149])]),
    ]),
    s('三、依申请公开情况', [153, 412], 1, [t(T3, [154, 412])]),
    s('四、政府信息公开行政复议、行政诉讼情况', [416, 454], 1, [t(T4, [417, 454])]),
    s('五、机构建设及组织保障情况', [457, 504], 1, [t(STATS, [458, 504])]),
    s('6、监督保障制度', [507, 508], 1),
    s('七、存在的主要问题及改进情况', [509, 513], 1),
    s('八、其他需要报告的事项', [514, 515], 1),
  ],
  '002': [
    s('1、总体情况', [3, 18], 1, [
      s('（一）主动公开情况', [5, 6], 2),
      s('（二）依申请公开情况', [7, 8], 2),
      s('（三）政府信息管理情况', [9, 11], 2),
      s('（4）平台建设情况', [12, 13], 2),
      s('（5）监督保障情况', [14, 18], 2),
    ]),
    s('二、主动公开政府信息情况', [19, 91], 1, [t(T2, [20, 91])]),
    s('三、收到和处理政府信息公开申请情况', [96, 355], 1, [t(T3, [97, 355])]),
    s('四、政府信息公开行政复议、行政诉讼情况', [358, 400], 1, [t(T4, [359, 400])]),
    s('五、存在的主要问题及改进情况', [404, 415], 1, [
      s('（一）存在的主要问题', [405, 408], 2),
      s('（二）2020年改进情况', [409, 412], 2),
      s('（三）2021年进一步改进措施', [413, 415], 2),
    ]),
    s('六、其他需要报告的事项', [416, 417], 1),
  ],
  '003': [
    s('一、总体情况', [4, 10], 1, [
      s('（一）加大主动公开力度', [5, 6], 2),
      s('（二）拓展信息公开渠道', [7, 8], 2),
      s('（三）规范完善工作机制', [9, 10], 2),
    ]),
    s('二、主动公开政府信息情况', [11, 81], 1, [t(T2, [12, 81])]),
    s('三、收到和处理政府信息公开申请情况', [84, 343], 1, [t(T3, [85, 343])]),
    s('四、政府信息公开行政复议和行政诉讼情况', [346, 347], 1),
    s('五、存在的主要问题及改进情况', [348, 350], 1),
    s('六、其他需要报告的事项', [351, 355], 1),
  ],
  '004': [
    s('一基本情况', [5, 9], 1, [
      s('（一）加强组织保障、健全工作机制', [7, 7], 2),
      s('（二）拓展公开渠道，扩大政务开放阵地', [9, 9], 2),
    ]),
    s('二、政府信息主动公开情况', [10, 81], 1, [t(T2, [12, 81])]),
    s('三、公开平台建设和信息发布情况', [84, 217], 1, [t(STATS, [88, 217])]),
    s('四、政府信息公开的收费及减免情况', [220, 222], 1),
    s('五、依申请公开政府信息情况，举报、投诉、行政复议和行政诉讼的处理及应对情况', [224, 536], 1, [
      s('（一）收到和处理政府信息公开申请情况', [228, 488], 2, [t(T3, [230, 488])]),
      s('（二）政府信息公开行政复议、行政诉讼情况', [491, 536], 2, [t(T4, [493, 536])]),
    ]),
    s('六、存在的问题及改进措施', [539, 550], 1),
  ],
};

const squash = (x: string) => x.replace(/[\s\u3000\u00a0]+/g, '');

for (const [seed, expected] of Object.entries(EXPECTED)) {
  test(`outline of seed ${seed}`, () => {
    const text = readSeed(seed);
    const lines = text.split('\n');
    const model = parseReport(text);
    const levels = new Map(model.headings.map((h) => [h.line, h.level]));
    const check = (got: OutlineNode[], want: Expected[], path: string) => {
      assert.deepEqual(got.map((n) => n.name), want.map((w) => w.name), `names under ${path}`);
      got.forEach((n, i) => {
        const w = want[i]!;
        const where = `${path} › ${w.name}`;
        assert.equal(n.kind, w.table ? 'table' : 'section', where);
        assert.deepEqual([n.range.start.line + 1, n.range.end.line + 1], w.lines, `lines of ${where}`);
        assert.equal(n.range.end.character, lines[n.range.end.line]!.length, `range ends at the end of its last line: ${where}`);
        if (!w.table) {
          const startLine = lines[n.range.start.line]!;
          assert.equal(n.range.start.character, startLine.length - startLine.trimStart().length, `range starts at the heading: ${where}`);
          assert.deepEqual(n.selectionRange.start, n.range.start, where);
          const heading = startLine.slice(n.selectionRange.start.character, n.selectionRange.end.character);
          assert.equal(squash(heading), squash(w.name), `selection is the heading as written: ${where}`);
          assert.equal(levels.get(n.range.start.line), w.level, `level of ${where}`);
        } else {
          assert.equal(n.range.start.character, 0);
        }
        check(n.children, w.children ?? [], where);
      });
    };
    check(outline(model), expected, seed);
  });
}

test('table cells never become headings (seed 004: 一、主动公开情况 … 九、 are rows of the 统计表)', () => {
  const model = parseReport(readSeed('004'));
  const titles = model.headings.map((h) => h.title);
  for (const row of ['主动公开情况', '回应解读情况', '机构建设和保障经费情况', '政府信息公开会议和培训情况']) {
    assert.ok(!titles.includes(row), row);
  }
  const stats = model.tables.find((t) => t.kind === 'stats')!;
  assert.deepEqual(
    stats.rows.filter((r) => r.isGroup).map((r) => r.label),
    ['一、主动公开情况', '（二）通过不同渠道和方式公开政府信息的情况', '二、回应解读情况', '（二）通过不同渠道和方式回应解读的情况', '八、机构建设和保障经费情况', '九、政府信息公开会议和培训情况'],
  );
});

test('ordinal styles and run-in headings are recorded as written', () => {
  const m002 = parseReport(readSeed('002'));
  const h3 = m002.headings.find((h) => h.line === 2)!; // `1、 总体情况`
  assert.equal(h3.level, 1);
  assert.deepEqual({ ...h3.ordinal, range: undefined }, { value: 1, style: 'arabic-dun', styleLevel: 3, text: '1、', separator: '、', halfWidthBrackets: false, range: undefined });
  assert.deepEqual(h3.ordinal!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
  assert.deepEqual(h3.titleRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } });
  const h12 = m002.headings.find((h) => h.line === 11)!; // `（4） 平台建设情况`
  assert.equal(h12.level, 2);
  assert.equal(h12.ordinal!.style, 'arabic-paren');
  assert.equal(h12.ordinal!.value, 4);

  const m000 = parseReport(readSeed('000'));
  const runIn = m000.headings.find((h) => h.line === 7)!; // `（一）主动公开情况。全面推行…`
  assert.equal(runIn.runIn, true);
  assert.equal(runIn.title, '主动公开情况');
  assert.deepEqual(runIn.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 9 } });
  const bare = m000.headings[0]!; // `总体情况` with no ordinal
  assert.equal(bare.ordinal, undefined);
  assert.equal(bare.level, 1);

  const m004 = parseReport(readSeed('004'));
  const h5 = m004.headings[0]!; // `一基本情况`
  assert.deepEqual([h5.ordinal!.style, h5.ordinal!.separator, h5.title], ['cn-bare', '', '基本情况']);
  const h220 = m004.headings.find((h) => h.line === 219)!; // `    四、政府信息公开的收费及减免情况`
  assert.deepEqual(h220.ordinal!.range.start, { line: 219, character: 4 });
});

test('list items and enumerations are not sections', () => {
  const m001 = parseReport(readSeed('001'));
  // L511–513 `1、 加强梳理精度，进一步扩大公开内容。对照…` are list items of 七.
  assert.ok(!m001.headings.some((h) => h.line >= 510 && h.line <= 512));
  const m004 = parseReport(readSeed('004'));
  // L544 `一以群众需求为目标…`, L546 `二加强培训教育…`: enumerations without 是.
  assert.ok(!m004.headings.some((h) => h.line === 543 || h.line === 545));
  assert.deepEqual(
    m004.enumerations.map((e) => [e.line + 1, e.value, e.marked, e.range.start.character, e.range.end.character]),
    [[544, 1, false, 0, 1], [546, 2, false, 0, 1]],
  );
  const m000 = parseReport(readSeed('000'));
  // L401 `一是…二是…`, L404 `一是…`, L406 `二是…`, L407 `三是…`; L399 `一年来` is no enumeration.
  assert.deepEqual(m000.enumerations.map((e) => [e.line + 1, e.value, e.marked]), [[401, 1, true], [401, 2, true], [404, 1, true], [406, 2, true], [407, 3, true]]);
});

test('a list item too long to be a heading keeps the short items after it in its list (not sections 二、三…)', () => {
  const seed = readSeed('000').split('\n');
  seed[3] = '一、总体情况'; // seed 000's only structure finding, so that any finding below is the list's
  const long = '全面推行重大决策预公开制度，持续推进“五公开”，切实将“五公开”与行政机关履职全过程有机融合。';
  for (const [first, second, third] of [
    ['1.深化主动公开，提升公开质量。' + long, '2.加强政府信息管理。', '3.推进平台建设。'], // item 1 has a comma
    ['（一）主动公开情况：' + long, '（二）政府信息管理情况', '（三）平台建设情况'], // item 1's title runs on past 50 characters
  ]) {
    const lines = [...seed.slice(0, 7), first!, second!, third!, ...seed.slice(12)]; // in place of （一）…（四）
    const text = lines.join('\n');
    const m = parseReport(text);
    const top = m.sections.map((x) => x.heading.title);
    assert.deepEqual(top, ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'], first);
    // The short items are sub-headings of 一、 in their own style's level: `2.` a third-level one, `（二）` a second.
    const level = first!.startsWith('1.') ? 3 : 2;
    assert.deepEqual(m.sections[0]!.children.map((x) => [x.heading.line, x.heading.level, x.heading.ordinal?.value]), [[8, level, 2], [9, level, 3]]);
    const structure = checkReport(text).findings.filter((f) => /^(heading|section)-/.test(f.rule));
    assert.deepEqual(structure, [], first);
  }
});

test('titles: agency and year where the title has them', () => {
  const got = ['000', '001', '002', '003', '004'].map((k) => {
    const m = parseReport(readSeed(k));
    return [k, m.title?.lines.map((l) => l + 1), m.title?.agency, m.title?.year];
  });
  assert.deepEqual(got, [
    ['000', [1, 2], '余姚市人民政府办公室', 2020],
    ['001', [1], undefined, undefined],
    ['002', [1], '嘉兴市秀洲区人民政府', 2020],
    ['003', [1, 2], '余姚市公共资源交易管理办公室', 2020],
    ['004', [1], '余姚市兰江街道', 2020],
  ]);
});

test('titles: an attachment label or a website\'s metadata above, the year on a line of its own below, 关于 after the agency, a Word bookmark before', () => {
  const body = readSeed('000').split('\n').slice(2).join('\n');
  const cases: [string, number[], string, number, { line: number; character: number }][] = [
    ['附件2\n\n余姚市人民政府办公室\n2020年政府信息公开工作年度报告\n', [2, 3], '余姚市人民政府办公室', 2020, { line: 3, character: 0 }],
    ['附件：\n余姚市人民政府办公室2020年政府信息公开工作年度报告\n', [1], '余姚市人民政府办公室', 2020, { line: 1, character: 10 }],
    ['余姚市人民政府办公室政府信息公开工作年度报告\n（2020年度）\n', [0, 1], '余姚市人民政府办公室', 2020, { line: 1, character: 1 }],
    ['余姚市兰江街道办事处关于2020年度政府信息公开工作的年度报告\n', [0], '余姚市兰江街道办事处', 2020, { line: 0, character: 12 }],
    ['[bookmark: _GoBack]余姚市人民政府办公室2020年政府信息公开工作年度报告\n', [0], '余姚市人民政府办公室', 2020, { line: 0, character: 29 }],
    // A website's metadata block copied above the title.
    ['索引号：11330281002/2021-00012\n发布机构：余姚市人民政府办公室\n发布日期：2021-01-20\n\n余姚市人民政府办公室\n2020年政府信息公开工作年度报告\n', [4, 5], '余姚市人民政府办公室', 2020, { line: 5, character: 0 }],
  ];
  for (const [head, lines, agency, year, start] of cases) {
    const m = parseReport(head + body);
    assert.deepEqual([m.title?.lines, m.title?.agency, m.title?.year, m.title?.yearRange?.start], [lines, agency, year, start], head);
    assert.deepEqual(checkReport(head + body).findings.filter((f) => f.rule === 'title-incomplete'), [], head);
  }
});

test('format is read from the tables', () => {
  const got = ['000', '001', '002', '003', '004'].map((k) => parseReport(readSeed(k)).format);
  assert.deepEqual(got, ['2019', 'hybrid', '2019', '2019', 'hybrid']);
});

test('zero-width characters copied from a web page: read as whitespace, reported, removed by their fix', () => {
  const g = generate({ format: '2021', seed: 9 });
  const lines = g.text.split('\n');
  const six = lines.findIndex((l) => l.startsWith('六、'));
  const cell = g.table3Lines.get('new')![6]!;
  lines[six] = '\u200b' + lines[six];
  lines[cell] = lines[cell] + '\u200b';
  const text = lines.join('\n');
  const model = parseReport(text);
  assert.ok(model.sections.some((s) => s.heading.range.start.line === six && s.heading.title === '其他需要报告的事项'));
  const fs = checkReport(text).findings;
  assert.deepEqual(fs.map((f) => [f.rule, f.range, renderMessage(f.message)]), [
    ['conversion-artifact', { start: { line: cell, character: lines[cell]!.length - 1 }, end: { line: cell, character: lines[cell]!.length } }, '文中有不可见字符 U+200B（零宽字符，多从网页复制带入）'],
    ['conversion-artifact', { start: { line: six, character: 0 }, end: { line: six, character: 1 } }, '文中有不可见字符 U+200B（零宽字符，多从网页复制带入）'],
  ]); // 表三 stands before 六
  assert.equal(applyEdits(text, fixAllEdits(fs)), g.text);
});

test('Word bookmarks are found where they are', () => {
  const where = (k: string) => parseReport(readSeed(k)).artifacts.map((a) => [a.range.start.line + 1, a.range.start.character, a.range.end.character, a.text]);
  assert.deepEqual(where('001'), [[7, 1, 25, '[bookmark: _Hlk26876326]'], [508, 0, 19, '[bookmark: _GoBack]']]);
  assert.deepEqual(where('002'), [[11, 0, 19, '[bookmark: _GoBack]']]);
  assert.deepEqual(where('003'), [[3, 0, 19, '[bookmark: _GoBack]']]);
});
