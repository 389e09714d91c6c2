// The tables of the seeds, cell by cell: value, exact range, row and column labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, fixAllEdits, parseReport, renderMessage, type Cell, type ReportModel, type Table } from '../../server/src/core';
import { generate } from '../gen/report';
import { TABLE3_CAPTION_ROW, TABLE3_HEADER_ROWS } from '../../server/src/core/national';
import { readSeed } from '../helpers';

const ROW_KEYS = [
  'new', 'carried', 'open', 'partial',
  'deny.1', 'deny.2', 'deny.3', 'deny.4', 'deny.5', 'deny.6', 'deny.7', 'deny.8',
  'unable.1', 'unable.2', 'unable.3',
  'decline.1', 'decline.2', 'decline.3', 'decline.4', 'decline.5',
  'other', 'total', 'carryOver',
];
const COLUMN_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** [1-based line of the row's first value, row label as printed, the seven values], read off the text. */
type Table3Row = [number, string, number[]];

const SEED_000: Table3Row[] = [
  [108, '一、本年新收到政府信息公开申请数量', [20, 4, 1, 0, 0, 1, 26]],
  [117, '二、上年转结政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]],
  [127, '（一）予以公开', [15, 4, 1, 0, 0, 1, 21]],
  [137, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 0, 0, 1]],
  [148, '1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
  [159, '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  [170, '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  [181, '4.保护第三方合法权益', [1, 0, 0, 0, 0, 0, 1]],
  [192, '5.属于三类内部事务信息', [0, 0, 0, 0, 0, 0, 0]],
  [203, '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
  [214, '7.属于行政执法案卷', [0, 0, 0, 0, 0, 0, 0]],
  [225, '8.属于行政查询事项', [1, 0, 0, 0, 0, 0, 1]],
  [236, '1.本机关不掌握相关政府信息', [0, 0, 0, 0, 0, 0, 0]],
  [247, '2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  [258, '3.补正后申请内容仍不明确', [1, 0, 0, 0, 0, 0, 1]],
  [269, '1.信访举报投诉类申请', [1, 0, 0, 0, 0, 0, 1]],
  [280, '2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  [291, '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  [302, '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  [313, '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  [323, '（六）其他处理', [0, 0, 0, 0, 0, 0, 0]],
  [333, '（七）总计', [20, 4, 1, 0, 1, 0, 26]],
  [342, '四、转结下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
];

const SEED_002: Table3Row[] = [
  [115, '一、本年新收政府信息公开申请数量', [205, 0, 0, 0, 0, 0, 205]],
  [124, '二、上年结转政府信息公开申请数量', [2, 0, 0, 0, 0, 0, 2]],
  [134, '（一）予以公开', [162, 0, 0, 0, 0, 0, 162]],
  [144, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [9, 0, 0, 0, 0, 0, 9]],
  [155, '1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
  [166, '2.其他法律行政法规禁止公开', [3, 0, 0, 0, 0, 0, 3]],
  [177, '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  [188, '4.保护第三方合法权益', [5, 0, 0, 0, 0, 0, 5]],
  [199, '5.属于三类内部事务信息', [0, 0, 0, 0, 0, 0, 0]],
  [210, '6.属于四类过程性信息', [0, 0, 0, 0, 0, 0, 0]],
  [221, '7.属于行政执法案卷', [1, 0, 0, 0, 0, 0, 1]],
  [232, '8.属于行政查询事项', [4, 0, 0, 0, 0, 0, 4]],
  [243, '1.本机关不掌握相关政府信息', [21, 0, 0, 0, 0, 0, 21]],
  [254, '2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  [265, '3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  [276, '1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
  [287, '2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  [298, '3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  [309, '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  [320, '5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  [330, '（六）其他处理', [2, 0, 0, 0, 0, 0, 2]],
  [340, '（七）总计', [207, 0, 0, 0, 0, 0, 207]],
  [349, '四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
];

const table = (m: ReportModel, kind: Table['kind']): Table => {
  const t = m.tables.filter((x) => x.kind === kind);
  assert.equal(t.length, 1, `one ${kind}`);
  return t[0]!;
};

/** The cell's range is exactly its number in the text. */
function assertNumberAt(lines: string[], c: Cell, line1: number, value: number, what: string): void {
  assert.ok(c.number, `${what} is a number`);
  assert.equal(c.number.value, value, what);
  assert.equal(c.number.range.start.line, line1 - 1, `${what} line`);
  assert.equal(c.number.range.end.line, line1 - 1, `${what} line`);
  assert.equal(lines[line1 - 1]!.slice(c.number.range.start.character, c.number.range.end.character), String(value), `${what} range`);
}

for (const [seed, expected] of [['000', SEED_000], ['002', SEED_002]] as const) {
  test(`every 表三 cell of seed ${seed}: value, range, row and column`, () => {
    const text = readSeed(seed);
    const lines = text.split('\n');
    const model = parseReport(text);
    assert.deepEqual(model.problems, []);
    const t3 = table(model, 'table3');
    assert.equal(t3.format, '2019');
    assert.deepEqual(t3.columns.map((c) => c.label), COLUMN_LABELS);
    assert.deepEqual(t3.rows.map((r) => r.key), ROW_KEYS);
    t3.rows.forEach((row, r) => {
      const [line1, label, values] = expected[r]!;
      assert.equal(row.label, label);
      assert.equal(row.labelCell?.firstLine, line1 - 2, `label cell of ${label} is on the line before its values`);
      values.forEach((v, k) => assertNumberAt(lines, row.cells[k]!, line1 + k, v, `${label} · ${COLUMN_LABELS[k]}`));
    });
  });
}

test('表三 of seed 000: the swapped cells of （七）总计 are where the text has them', () => {
  const t3 = table(parseReport(readSeed('000')), 'table3');
  const total = t3.rows.find((r) => r.key === 'total')!;
  const legal = total.cells[t3.columns.findIndex((c) => c.key === 'legal')]!;
  const other = total.cells[t3.columns.findIndex((c) => c.key === 'other')]!;
  assert.deepEqual(legal.number!.range, { start: { line: 336, character: 1 }, end: { line: 336, character: 2 } });
  assert.deepEqual(other.number!.range, { start: { line: 337, character: 1 }, end: { line: 337, character: 2 } });
  assert.deepEqual([legal.number!.value, other.number!.value], [1, 0]);
});

test('表三 of seed 001 is blank but for （七）总计·总计 = 0; seed 004 row 二 is blank', () => {
  const t1 = table(parseReport(readSeed('001')), 'table3');
  assert.equal(t1.rows.length, 23);
  const filled = t1.rows.flatMap((r) => r.cells.map((c, k) => [r.key, k, c!.blank, c!.number?.value]).filter((x) => !x[2]));
  assert.deepEqual(filled, [['total', 6, false, 0]]);
  assert.equal(t1.rows.flatMap((r) => r.cells).filter((c) => c!.blank).length, 23 * 7 - 1);

  const t4 = table(parseReport(readSeed('004')), 'table3');
  const carried = t4.rows.find((r) => r.key === 'carried')!;
  assert.ok(carried.cells.every((c) => c!.blank));
  assert.deepEqual([carried.cells[0]!.firstLine + 1, carried.cells[6]!.firstLine + 1], [257, 263]);
  assert.ok(t4.rows.filter((r) => r.key !== 'carried').every((r) => r.cells.every((c) => c!.number !== undefined)));
});

// 表四: four header layouts, one meaning.
const T4_HEADERS: Record<string, { data: number; values: number[] }> = {
  '000': { data: 380, values: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  '001': { data: 440, values: [] },
  '002': { data: 386, values: [2, 2, 0, 1, 5, 1, 1, 0, 1, 3, 2, 0, 0, 0, 2] },
  '004': { data: 522, values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
};
for (const [seed, { data, values }] of Object.entries(T4_HEADERS)) {
  test(`表四 header variant of seed ${seed}: 15 columns in three groups, one data row`, () => {
    const text = readSeed(seed);
    const lines = text.split('\n');
    const model = parseReport(text);
    assert.deepEqual(model.problems, []);
    const t4 = table(model, 'table4');
    assert.deepEqual(
      t4.columns.map((c) => c.label),
      ['行政复议', '行政诉讼·未经复议直接起诉', '行政诉讼·复议后起诉'].flatMap((g) => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((r) => `${g}·${r}`)),
    );
    assert.equal(t4.rows.length, 1);
    const cells = t4.rows[0]!.cells;
    assert.equal(cells.length, 15);
    cells.forEach((c, k) => assert.equal(c!.firstLine, data - 1 + k, `cell ${k} line`));
    if (seed === '001') {
      // Blank but for the three totals.
      assert.deepEqual(cells.map((c) => (c!.blank ? null : c!.number!.value)), [null, null, null, null, 0, null, null, null, null, 0, null, null, null, null, 0]);
    } else {
      values.forEach((v, k) => assertNumberAt(lines, cells[k]!, data + k, v, t4.columns[k]!.label));
    }
  });
}

test('表四 with a unit after a header label (`行政复议（单位：件）`) reads as without it', () => {
  const lines = readSeed('002').split('\n');
  const i = lines.findIndex((l, k) => k > 340 && l === '\t行政复议');
  assert.ok(i > 0);
  for (const unit of ['（单位：件）', '(单位:件)', '（单位件）']) {
    const changed = [...lines];
    changed[i] = '\t行政复议' + unit;
    const model = parseReport(changed.join('\n'));
    assert.deepEqual(model.problems, [], unit);
    const t4 = table(model, 'table4');
    assert.deepEqual(t4.rows[0]!.cells.map((c) => c!.number?.value), T4_HEADERS['002']!.values, unit);
  }
});

test('表四 of seed 004: a blank line inside the header cell `结果⏎⏎维持` and `其他结 果`', () => {
  const t4 = table(parseReport(readSeed('004')), 'table4');
  const kept = t4.header.find((c) => c.firstLine === 495)!;
  assert.equal(kept.text, '结果\n\n维持');
  assert.equal(kept.label, '结果维持');
  assert.equal(kept.lastLine, 497);
  assert.ok(t4.header.some((c) => c.text === '其他结 果' && c.label === '其他结果'));
  // NBSP after each number is padding; the range is the digit only.
  assert.deepEqual(t4.rows[0]!.cells[0]!.number!.range, { start: { line: 521, character: 1 }, end: { line: 521, character: 2 } });
});

for (const format of ['2019', '2021'] as const) {
  test(`表三 (${format}) with subtotals printed on its group rows: each group's own row, outside the results' sums`, () => {
    const g = generate({ format, seed: 12 });
    const lines = g.text.split('\n');
    const groups = format === '2021' ? (['deny', 'unable', 'decline', 'other'] as const) : (['deny', 'unable', 'decline'] as const);
    const labels = { deny: '（三）不予公开', unable: '（四）无法提供', decline: '（五）不予处理', other: '（六）其他处理' };
    const sums = (g3: string) => Array.from({ length: 7 }, (_, k) => [...g.table3.entries()].filter(([key]) => key.startsWith(g3 + '.')).reduce((a, [, v]) => a + v[k]!, 0));
    // From the last group up, so that the earlier lines keep their numbers while inserting.
    for (const g3 of [...groups].reverse()) {
      const at = lines.findIndex((l) => l.trim() === labels[g3]);
      assert.ok(at > 0, g3);
      lines.splice(at + 1, 0, ...sums(g3).map((v) => '\t' + v));
    }
    const text = lines.join('\n');
    const model = parseReport(text);
    assert.deepEqual(model.problems, []);
    const t3 = table(model, 'table3');
    const subtotals = t3.rows.filter((r) => r.subtotal);
    assert.deepEqual(subtotals.map((r) => [r.key, r.label, r.cells.map((c) => c!.number!.value)]), groups.map((g3) => [g3, labels[g3], sums(g3)]));
    // Each stands before its sub-rows; the results and their sums are as without them.
    const keys = t3.rows.map((r) => r.key);
    for (const g3 of groups) assert.ok(keys.indexOf(g3) < keys.indexOf(`${g3}.1`), g3);
    assert.deepEqual(checkReport(text).findings.filter((f) => f.rule.startsWith('table-')), []);
    // A wrong sub-row value still fails the column total as before.
    const row = g.table3Lines.get('deny.2')!;
    const broken = text.split('\n');
    const l = row[0]! + 7; // below the seven subtotals inserted after （三）不予公开
    broken[l] = '\t' + (Number(broken[l]!.trim()) + 1);
    assert.deepEqual(
      checkReport(broken.join('\n')).findings.filter((f) => f.rule.startsWith('table-')).map((f) => [f.rule, f.range.start.line]),
      [['table-culprit-cell', l]],
    );
    // Values after a group label that a sub-row label does not follow are no subtotals: the first
    // sub-row's label went missing (its values stay a row that cannot be aligned).
    const plain = g.text.split('\n');
    const deny1 = g.table3Lines.get('deny.1')![0]! - 1;
    assert.match(plain[deny1]!, /国家秘密/);
    plain.splice(deny1, 1);
    assert.ok(!table(parseReport(plain.join('\n')), 'table3').rows.some((r) => r.subtotal));
  });
}

test('表三 (2021): the third （六） sub-row written `其他` or `（3）其他` is still 3.其他', () => {
  const g = generate({ format: '2021', seed: 13 });
  const lines = g.text.split('\n');
  const at = g.table3Lines.get('other.3')![0]! - 1;
  assert.equal(lines[at]!.trim(), '3.其他');
  for (const label of ['其他', '（3）其他', '(3)其他']) {
    const changed = [...lines];
    changed[at] = '\t' + label;
    const model = parseReport(changed.join('\n'));
    assert.deepEqual(model.problems, [], label);
    const row = table(model, 'table3').rows.find((r) => r.key === 'other.3')!;
    assert.deepEqual(row.cells.map((c) => c!.number!.value), g.table3.get('other.3'), label);
    assert.deepEqual(checkReport(changed.join('\n')).findings.filter((f) => f.rule.startsWith('table-')), [], label);
  }
});

test('表三 with label cells left unmerged (an empty cell after the label) reads the same values', () => {
  const text = readSeed('000');
  const lines = text.split('\n');
  const t3 = table(parseReport(text), 'table3');
  // After the labels the template spans over two or three columns: 一、 二、 （一） （二） （七） 四、.
  const keys = ['new', 'carried', 'open', 'partial', 'total', 'carryOver'];
  const labelLines = keys.map((k) => t3.rows.find((r) => r.key === k)!.labelCell!.firstLine).sort((a, b) => b - a);
  for (const l of labelLines) lines.splice(l + 1, 0, '\t');
  const changed = table(parseReport(lines.join('\n')), 'table3');
  const values = (t: Table) => t.rows.map((r) => [r.key, r.cells.map((c) => (c?.blank ? null : c?.number?.value))]);
  assert.deepEqual(values(changed), values(t3));
  // And the seed's one table finding is the same (the swapped cells, one line further down).
  const fs = checkReport(lines.join('\n')).findings.filter((f) => f.rule.startsWith('table-'));
  assert.deepEqual(fs.map((f) => [f.rule, f.range.start.line]), [['table-swapped-cells', 336 + labelLines.filter((l) => l < 336).length]]);
});

test('表三 with a （续表） line after a page break: no cell takes it in', () => {
  const text = readSeed('000');
  const t3 = table(parseReport(text), 'table3');
  // After the last value of （五）不予处理·2 (a number cell), before the next row's label.
  const row = t3.rows.find((r) => r.key === 'decline.2')!;
  const last = row.cells[6]!.lastLine;
  const lines = text.split('\n');
  assert.equal(lines[last + 1], '');
  lines.splice(last + 1, 1, '', '（续表）');
  const model = parseReport(lines.join('\n'));
  const cell = table(model, 'table3').rows.find((r) => r.key === 'decline.2')!.cells[6]!;
  assert.deepEqual([cell.text, cell.lastLine], [row.cells[6]!.text, last]);
  // One table still: the seed's swapped cells (below the line) are found as before, and nothing else.
  const fs = checkReport(lines.join('\n')).findings.filter((f) => f.rule.startsWith('table-'));
  assert.deepEqual(fs.map((f) => [f.rule, f.range.start.line]), [['table-swapped-cells', 337]]);
  assert.equal(model.tables.filter((t) => t.kind === 'table3').length, 1);
  // Nor right before the next cell, without a blank line.
  const tight = text.split('\n');
  tight.splice(last + 1, 1, '（续表）');
  const model2 = parseReport(tight.join('\n'));
  const cell2 = table(model2, 'table3').rows.find((r) => r.key === 'decline.2')!.cells[6]!;
  assert.deepEqual([cell2.text, cell2.lastLine], [row.cells[6]!.text, last]);
  assert.equal(model2.tables.filter((t) => t.kind === 'table3').length, 1);
  assert.deepEqual(checkReport(tight.join('\n')).findings.filter((f) => f.rule.startsWith('table-')).map((f) => [f.rule, f.range.start.line]), [['table-swapped-cells', 336]]);
});

test('表三 cut in two by a （续表） line between blank lines, its header repeated: one table, every value in its row', () => {
  const g = generate({ format: '2021', seed: 3 });
  const lines = g.text.split('\n');
  // Before the label of （三）不予公开·4: the row block starts after the blank line that ends the row above.
  let at = g.table3Lines.get('deny.4')![0]!;
  while (lines[at - 1] !== '') at--;
  const header = [TABLE3_CAPTION_ROW, ...TABLE3_HEADER_ROWS].flatMap((cells) => [...cells.map((c) => '\t' + c), '']);
  for (const cut of [['', '（续表）', ''], ['（续表）', ''], ['', '', '（续表）', '', '']]) {
    const text = [...lines.slice(0, at), ...cut, ...header, ...lines.slice(at)].join('\n');
    const model = parseReport(text);
    assert.deepEqual(model.tables.map((t) => t.kind).filter((k) => k === 'table3'), ['table3'], JSON.stringify(cut));
    const t3 = table(model, 'table3');
    assert.deepEqual(new Map(t3.rows.map((r) => [r.key, r.cells.map((c) => c?.number?.value)])), g.table3, JSON.stringify(cut));
    assert.deepEqual(checkReport(text).findings.filter((f) => f.rule.startsWith('table')), [], JSON.stringify(cut));
  }
});

test('a Word bookmark before or after a number (where the author last edited) leaves the number read, and its sums checked', () => {
  const g = generate({ format: '2021', seed: 5 });
  const lines = g.text.split('\n');
  const [natural, , , , , , total] = g.table3Lines.get('new')!;
  const values = g.table3.get('new')!;
  for (const [before, after] of <[string, string][]>[['[bookmark: _GoBack]', ''], ['', '[bookmark: _GoBack]'], ['[bookmark: _Hlk1] ', ' [bookmark: _GoBack]']]) {
    const changed = [...lines];
    changed[natural!] = `\t${before}${values[0]}${after}`;
    changed[total!] = `\t${values[6]! + 1}`; // and the row's total is wrong
    const text = changed.join('\n');
    const cell = table(parseReport(text), 'table3').rows.find((r) => r.key === 'new')!.cells[0]!;
    const start = 1 + before.length;
    assert.deepEqual([cell.number?.value, cell.number?.range], [values[0], { start: { line: natural, character: start }, end: { line: natural, character: start + String(values[0]).length } }], before + after);
    const fs = checkReport(text).findings;
    // The bookmarks (one finding each) and the wrong total, named with its fix; the number is no error.
    assert.deepEqual(fs.filter((f) => f.rule !== 'conversion-artifact').map((f) => [f.rule, f.range.start.line, f.fixes?.[0]?.edits[0]?.newText]), [['table-culprit-cell', total, String(values[6])]], before + after);
    assert.equal(fs.filter((f) => f.rule === 'conversion-artifact').length, (before + after).split('[bookmark').length - 1);
    // Fix all: the bookmarks gone (and the space beside one), the total right.
    const fixed = applyEdits(text, fixAllEdits(fs));
    assert.equal(fixed.split('\n')[total!], `\t${values[6]}`);
    assert.equal(fixed.split('\n')[natural!]!.trim(), String(values[0]));
  }
});

test('a table title row inside the table (`\t收到和处理政府信息公开申请情况`) is no section heading', () => {
  const text = readSeed('000');
  const lines = text.split('\n');
  const first = table(parseReport(text), 'table3').cells[0]!.firstLine;
  lines.splice(first, 0, '\t收到和处理政府信息公开申请情况', '');
  const model = parseReport(lines.join('\n'));
  assert.deepEqual(model.headings.map((h) => h.title), parseReport(text).headings.map((h) => h.title));
  const rules = (t: string) => checkReport(t).findings.map((f) => f.rule);
  assert.deepEqual(rules(lines.join('\n')), rules(text));
});

test('合计 for 总计: in the header and the （七） row of 表三, and in the header of 表四', () => {
  const text = readSeed('000');
  const heji = text.replace('\t总计\n', '\t合计\n').replace('\t（七）总计', '\t（七）合计');
  assert.notEqual(heji, text);
  const model = parseReport(heji);
  assert.deepEqual(model.problems, []);
  assert.ok(table(model, 'table3').rows.some((r) => r.key === 'total'));
  // The seed's swapped cells in （七） are found as before.
  assert.deepEqual(checkReport(heji).findings.filter((f) => f.rule.startsWith('table-')).map((f) => [f.rule, f.range.start.line]), [['table-swapped-cells', 336]]);
  // 表四 (seed 002): each group's 总计 header written 合计.
  const t4text = readSeed('002');
  const lines = t4text.split('\n');
  const t4 = table(parseReport(t4text), 'table4');
  for (const c of t4.header.filter((h) => h.label === '总计')) lines[c.firstLine] = '\t合计';
  const m4 = parseReport(lines.join('\n'));
  assert.deepEqual(m4.problems, []);
  assert.deepEqual(table(m4, 'table4').rows[0]!.cells.map((c) => c!.number!.value), T4_HEADERS['002']!.values);
});

test('表三 with its header printed again after a page break (with or without the caption) is one table', () => {
  const text = readSeed('000');
  const t3 = table(parseReport(text), 'table3');
  const headerLines = text.split('\n').slice(t3.header[0]!.firstLine, t3.header[t3.header.length - 1]!.lastLine + 1);
  const total = t3.rows.find((r) => r.key === 'total')!.labelCell!.firstLine;
  for (const header of [headerLines, headerLines.filter((l) => !l.includes('本列数据'))]) {
    const lines = text.split('\n');
    lines.splice(total, 0, ...header, '');
    const model = parseReport(lines.join('\n'));
    assert.equal(model.tables.filter((t) => t.kind === 'table3').length, 1);
    assert.deepEqual(model.problems, []);
    const fs = checkReport(lines.join('\n')).findings.filter((f) => f.rule.startsWith('table-'));
    assert.deepEqual(fs.map((f) => [f.rule, f.range.start.line]), [['table-swapped-cells', 336 + header.length + 1]]);
  }
});

test('表三 without one of its rows says so (its column totals cannot be checked): table-label, whose fix inserts the row', () => {
  const text = readSeed('000');
  const t3 = table(parseReport(text), 'table3');
  const row = t3.rows.find((r) => r.key === 'deny.8')!;
  const lines = text.split('\n');
  lines.splice(row.labelCell!.firstLine, row.cells[6]!.lastLine - row.labelCell!.firstLine + 2); // the row and its blank line
  const cut = lines.join('\n');
  const model = parseReport(cut);
  assert.deepEqual(model.problems, []);
  const after = table(model, 'table3').rows.find((r) => r.key === 'unable.1')!.labelCell!;
  const fs = checkReport(cut).findings.filter((x) => x.rule === 'table-label' || x.rule === 'table-shape');
  assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['table-label', after.range]]);
  assert.equal(renderMessage(fs[0]!.message), '表三缺少“（三）不予公开·8”行，各列合计无法核对');
  // The fix inserts the row where it was, with empty cells: the table is whole again, its blanks to fill in.
  const fixed = applyEdits(cut, fs[0]!.fixes![0]!.edits);
  const again = checkReport(fixed).findings;
  assert.deepEqual(again.filter((x) => x.rule === 'table-label' || x.rule === 'table-shape'), []);
  assert.deepEqual(again.filter((x) => x.rule === 'table-cell-empty').map((f) => renderMessage(f.message)), ['表三「（三）不予公开·8.属于行政查询事项」行未填写']);
  // Inserted after the row before it (（三）不予公开·7) and its blank line: the label, seven empty cells, a blank line.
  const seven = table(model, 'table3').rows.find((r) => r.key === 'deny.7')!.cells[6]!.lastLine;
  assert.deepEqual(fs[0]!.fixes![0]!.edits, [{ range: { start: { line: seven + 2, character: 0 }, end: { line: seven + 2, character: 0 } }, newText: '\t8.属于行政查询事项\n' + '\t\n'.repeat(7) + '\n' }]);
});

test('表三 is absent from seed 003, which replaces 表四 by a sentence', () => {
  const model = parseReport(readSeed('003'));
  assert.deepEqual(model.tables.map((t) => t.kind), ['table2', 'table3']);
});

test('the old 统计表 of seed 004: units, values, group rows, parts', () => {
  const text = readSeed('004');
  const lines = text.split('\n');
  const stats = table(parseReport(text), 'stats');
  assert.equal(stats.format, 'pre-2019');
  assert.deepEqual(stats.header.map((c) => c.label), ['统计指标', '单位', '统计数']);
  const got = stats.rows.map((r) => [
    r.key,
    r.unitCell?.label,
    r.isGroup ? 'group' : r.cells[0]!.blank ? 'blank' : r.cells[0]!.number?.value,
    r.parent,
  ]);
  assert.deepEqual(got, [
    ['主动公开情况', '——', 'group', undefined],
    ['主动公开政府信息数', '条', 1038, undefined],
    ['主动公开规范性文件数', '条', 'blank', '主动公开政府信息数'],
    ['制发规范性文件总数', '件', 'blank', undefined],
    ['通过不同渠道和方式公开政府信息的情况', '——', 'group', undefined],
    ['政府公报公开政府信息数', '条', 'blank', undefined],
    ['政府网站公开政府信息数', '条', 1038, undefined],
    ['政务微博公开政府信息数', '条', 210, undefined],
    ['政务微信公开政府信息数', '条', 332, undefined],
    ['其他方式公开政府信息数', '条', 32, undefined],
    ['回应解读情况', '——', 'group', undefined],
    ['回应公众关注热点或重大舆情数', '次', 115, undefined],
    ['通过不同渠道和方式回应解读的情况', '——', 'group', undefined],
    ['参加或举办新闻发布会总次数', '次', 'blank', undefined],
    ['主要负责同志参加新闻发布会次数', '次', 'blank', '参加或举办新闻发布会总次数'],
    ['政府网站在线访谈次数', '次', 'blank', undefined],
    ['主要负责同志参加政府网站在线访谈次数', '次', 'blank', '政府网站在线访谈次数'],
    ['政策解读稿件发布数', '篇', 2, undefined],
    ['微博微信回应事件数', '次', 5, undefined],
    ['其他方式回应事件数', '次', 712, undefined],
    ['机构建设和保障经费情况', '——', 'group', undefined],
    ['政府信息公开工作专门机构数', '个', 1, undefined],
    ['设置政府信息公开查阅点数', '个', 'blank', undefined],
    ['从事政府信息公开工作人员数', '人', 3, undefined],
    ['专职人员数', '人', 'blank', '从事政府信息公开工作人员数'],
    ['兼职人员数', '人', 3, '从事政府信息公开工作人员数'],
    ['政府信息公开专项经费', '万元', 'blank', undefined],
    ['政府信息公开会议和培训情况', '——', 'group', undefined],
    ['召开政府信息公开工作会议或专题会议数', '次', 1, undefined],
    ['举办各类培训班数', '次', 1, undefined],
    ['接受培训人员数', '人次', 40, undefined],
  ]);
  // `\t       1038` (L119): the range is the digits, after the padding.
  const web = stats.rows.find((r) => r.key === '政府网站公开政府信息数')!.cells[0]!;
  assert.deepEqual(web.number!.range, { start: { line: 118, character: 8 }, end: { line: 118, character: 12 } });
  assert.equal(lines[118]!.slice(8, 12), '1038');
  // A label continued on a second line without a TAB (L96–97).
  const first = stats.rows[1]!.labelCell!;
  assert.deepEqual([first.firstLine + 1, first.lastLine + 1], [96, 97]);
});

test('表二: empty cells after a caption (its merged cell across the row) are no data row', () => {
  const lines = readSeed('000').split('\n');
  const caption = lines.findIndex((l) => l.startsWith('\t第二十条第（一）项'));
  assert.ok(caption > 0 && lines[caption + 1] === '');
  lines.splice(caption + 1, 0, '\t', '\t', '\t');
  const model = parseReport(lines.join('\n'));
  assert.deepEqual(model.problems, []);
  const t2 = table(model, 'table2');
  assert.deepEqual(t2.rows.map((r) => r.key), table(parseReport(readSeed('000')), 'table2').rows.map((r) => r.key));
});

test('表二 of seeds 000 and 002: blocks, columns, signed and unit-bearing numbers', () => {
  const t000 = table(parseReport(readSeed('000')), 'table2');
  assert.equal(t000.format, '2019');
  assert.deepEqual(t000.blocks!.map((b) => [b.key, b.columns.map((i) => t000.columns[i]!.key), b.rows.map((i) => t000.rows[i]!.key)]), [
    ['item1', ['made', 'published', 'totalPublished'], ['regulations', 'normativeDocs']],
    ['item5', ['previous', 'change', 'decisions'], ['licensing', 'otherServices']],
    ['item6', ['previous', 'change', 'decisions'], ['penalties', 'enforcement']],
    ['item8', ['previous', 'change'], ['fees']],
    ['item9', ['procurementCount', 'procurementAmount'], ['procurement']],
  ]);
  // `本年新⏎制作数量`: a header cell continued on the next line.
  assert.equal(t000.columns[0]!.label, '本年新制作数量');
  const col = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);
  const normative = t000.rows.find((r) => r.key === 'normativeDocs')!;
  assert.deepEqual(normative.cells.filter(Boolean).map((c) => c!.number!.value), [15, 13, 308]);
  const amount = t000.rows.find((r) => r.key === 'procurement')!.cells[col(t000, 'procurementAmount')]!;
  assert.deepEqual([amount.number!.value, amount.number!.unit, amount.number!.integer], [69.36, '万元', false]);
  assert.deepEqual(amount.number!.range, { start: { line: 84, character: 1 }, end: { line: 84, character: 6 } });

  const t001 = table(parseReport(readSeed('001')), 'table2');
  const enforcement = t001.rows.find((r) => r.key === 'enforcement')!.cells[col(t001, 'change')]!;
  assert.deepEqual([enforcement.number!.value, enforcement.number!.signed], [-7, true]);
  assert.deepEqual(enforcement.number!.range, { start: { line: 127, character: 1 }, end: { line: 127, character: 3 } });

  const t002 = table(parseReport(readSeed('002')), 'table2');
  assert.equal(t002.rows.find((r) => r.key === 'normativeDocs')!.cells[col(t002, 'made')]!.number!.value, 26);
  const yuan = t002.rows.find((r) => r.key === 'procurement')!.cells[col(t002, 'procurementAmount')]!;
  assert.deepEqual([yuan.number!.value, yuan.number!.unit], [46297722.02, '元']);
});
