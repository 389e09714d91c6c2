// amount-unit: 表二's 采购总金额 / 本年收费金额 need a unit, in the cell or its header; 元 is rewritten
// in 万元 exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, renderMessage, type Finding } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fixes';
import { toWanyuan, unitInHeader } from '../../server/src/core/rules/amount-unit';
import { generate } from '../gen/report';
import { readSeed } from '../helpers';

const amount = (text: string): Finding[] => checkReport(text).findings.filter((f) => f.rule === 'amount-unit');
const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
/** Each fix as [Chinese title, preferred, edits]. */
const fixes = (f: Finding) => (f.fixes ?? []).map((x) => [renderMessage(x.title), x.preferred, x.edits]);

test('seed 002: 采购总金额 46297722.02元 (L91), rewritten as 4629.77万元 (two decimals: no amount of the report in 万元 says otherwise)', () => {
  const text = readSeed('002');
  assert.equal(text.split('\n')[90], '\t46297722.02元');
  const found = amount(text);
  assert.equal(found.length, 1);
  const f = found[0]!;
  assert.equal(f.severity, 'information');
  // The amount with its unit: 元 is what is wrong, and what the fix rewrites.
  assert.deepEqual(f.range, at(90, 1, 13));
  assert.equal(renderMessage(f.message), '采购总金额 46297722.02 以“元”为单位，国家格式以“万元”计');
  assert.equal(renderMessage(f.message, 'en'), '采购总金额 46297722.02 is in 元; the national format counts in 万元');
  assert.deepEqual(fixes(f), [['改写为 4629.77万元', false, [{ range: at(90, 1, 13), newText: '4629.77万元' }]]]);
  const fixed = applyEdits(text, f.fixes![0]!.edits);
  assert.equal(fixed.split('\n')[90], '\t4629.77万元');
  assert.deepEqual(amount(fixed), []);
});

test('seed 004: 采购总金额 2504 (L81) with no unit anywhere: append 万元 or 元, neither preferred', () => {
  const text = readSeed('004');
  assert.equal(text.split('\n')[80], '\t2504');
  const found = amount(text);
  assert.equal(found.length, 1);
  const f = found[0]!;
  assert.equal(f.severity, 'information');
  assert.deepEqual(f.range, at(80, 1, 5));
  assert.equal(renderMessage(f.message), '采购总金额 2504 没有单位（表头也没有注明单位）');
  assert.equal(renderMessage(f.message, 'en'), '采购总金额 2504 has no unit (nor does its column header)');
  assert.deepEqual(fixes(f), [
    ['补上单位“万元”', false, [{ range: at(80, 5, 5), newText: '万元' }]],
    ['补上单位“元”', false, [{ range: at(80, 5, 5), newText: '元' }]],
  ]);
  // 万元 settles it; 元 is then the national-format question of case (c).
  assert.deepEqual(amount(applyEdits(text, f.fixes![0]!.edits)), []);
  assert.deepEqual(amount(applyEdits(text, f.fixes![1]!.edits)).map((x) => x.message.id), ['amount-unit.yuan']);
});

const UNITS: Record<string, string> = { '000': '69.36万元', '001': '182.32万元', '003': '16.4543 under 采购总金额（万元）' };
for (const [seed, what] of Object.entries(UNITS)) {
  test(`seed ${seed}: no amount-unit (${what})`, () => {
    assert.deepEqual(amount(readSeed(seed)), []);
  });
}

/** The 0-based line of the 采购总金额 / 收费金额 value of a generated report (no padding). */
function amountLine(text: string, format: '2019' | '2021'): number {
  const lines = text.split(/\r?\n/);
  return lines.indexOf(format === '2019' ? '\t政府集中采购' : '\t行政事业性收费') + (format === '2019' ? 2 : 1);
}

for (const seed of [1, 2, 3]) {
  test(`generated 2021 report ${seed}: bare 本年收费金额 under （单位：万元）, no finding`, () => {
    const g = generate({ format: '2021', seed });
    assert.ok(g.text.includes('\t本年收费金额（单位：万元）\n'));
    assert.deepEqual(amount(g.text), []);
    // Without the header's unit, the bare amount is reported under the column's own name.
    const bare = g.text.replace('本年收费金额（单位：万元）', '本年收费金额');
    const value = g.table2.get('fees')![0]!;
    const line = amountLine(bare, '2021');
    assert.deepEqual(
      amount(bare).map((f) => [f.range, renderMessage(f.message)]),
      value === 0 ? [] : [[at(line, 1, 1 + String(value).length), `本年收费金额 ${value} 没有单位（表头也没有注明单位）`]],
    );
  });

  test(`generated 2019 report ${seed}: with the unit in the header as real reports write it, no finding`, () => {
    const g = generate({ format: '2019', seed });
    assert.deepEqual(amount(g.text.replace('\t采购总金额\n', '\t采购总金额（万元）\n')), []);
    assert.deepEqual(amount(g.text.replace('\t采购总金额\n', '\t采购总金额（单位：万元）\n')), []);
    // The generator writes the national template's bare header and a bare amount (as seed 004 does).
    const value = g.table2.get('procurement')![1]!;
    const line = amountLine(g.text, '2019');
    assert.deepEqual(
      amount(g.text).map((f) => [f.range, f.message.id]),
      value === 0 ? [] : [[at(line, 1, 1 + String(value).length), 'amount-unit.none']],
    );
  });
}

/** A generated 2019 report with the given 采购总金额 header and amount cell. */
function with2019(header: string, cell: string, eol: '\n' | '\r\n' = '\n'): { text: string; line: number } {
  const g = generate({ format: '2019', seed: 5, eol });
  const lines = g.text.split(eol);
  lines[lines.indexOf('\t采购总金额')] = header;
  const line = amountLine(g.text, '2019');
  lines[line] = cell;
  return { text: lines.join(eol), line };
}

test('the cell\'s unit differs from the header\'s: both sides stated, no fix', () => {
  const a = with2019('\t采购总金额（万元）', '\t1200元');
  const [f, ...rest] = amount(a.text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f!.range, at(a.line, 1, 6), 'the amount with its unit');
  assert.equal(renderMessage(f!.message), '采购总金额 1200 以“元”为单位，但表头注明单位为“万元”');
  assert.equal(renderMessage(f!.message, 'en'), '采购总金额 1200 is in 元, but the column header says 万元');
  assert.equal(f!.fixes, undefined);

  const b = with2019('\t采购总金额(元)', '\t0.12万元');
  assert.deepEqual(amount(b.text).map((x) => [x.range, renderMessage(x.message), x.fixes]), [
    [at(b.line, 1, 7), '采购总金额 0.12 以“万元”为单位，但表头注明单位为“元”', undefined],
  ]);
});

test('元 in the header: reported, but no fix (the header would change with every cell)', () => {
  const a = with2019('\t采购总金额（单位：元）', '\t120000');
  assert.deepEqual(amount(a.text).map((x) => [x.range, renderMessage(x.message), x.fixes]), [
    [at(a.line, 1, 7), '采购总金额 120000 以“元”为单位，国家格式以“万元”计', undefined],
  ]);
});

test('元 after padding, CRLF: the rewrite covers the number to the unit, padding after it kept', () => {
  const a = with2019('\t采购总金额', '\t 500 元\u00a0', '\r\n');
  const [f, ...rest] = amount(a.text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f!.range, at(a.line, 2, 7), 'the amount to its unit');
  assert.deepEqual(fixes(f!), [['改写为 0.05万元', false, [{ range: at(a.line, 2, 7), newText: '0.05万元' }]]]);
  assert.equal(applyEdits(a.text, f!.fixes![0]!.edits).split('\r\n')[a.line], '\t 0.05万元\u00a0');
});

test('a zero amount, 万元 or 亿元 in the cell, or a non-money unit: no finding', () => {
  for (const cell of ['\t0', '\t0元', '\t12.5万元', '\t1.2亿元', '\t3件']) {
    assert.deepEqual(amount(with2019('\t采购总金额', cell).text), [], cell);
  }
});

test('a unit stated in the block\'s caption, on a line above the table or in a note below it is the header\'s', () => {
  const g = generate({ format: '2021', seed: 3 });
  // The fee header without its unit, and a fee that is not zero.
  const lines = g.text.replace('本年收费金额（单位：万元）', '本年收费金额').split('\n');
  const fee = lines.findIndex((l) => l === '\t行政事业性收费') + 1;
  lines[fee] = '\t1235.68';
  const caption = lines.findIndex((l) => l.includes('第二十条第（八）项'));
  const first = lines.findIndex((l) => l.includes('第二十条第（一）项'));
  const feeRow = lines.findIndex((l, i) => i > fee && l === '');
  const bare = amount(lines.join('\n'));
  assert.deepEqual(bare.map((f) => [f.range, f.message.id]), [[at(fee, 1, 8), 'amount-unit.none']]);
  const variants: [string, (ls: string[]) => void][] = [
    ['caption', (ls) => void (ls[caption] = ls[caption]! + '（单位：万元）')],
    ['line above', (ls) => void ls.splice(first, 0, '（单位：万元）')],
    ['note below', (ls) => void ls.splice(feeRow + 1, 0, '注：收费金额单位为万元。')],
  ];
  for (const [name, change] of variants) {
    const changed = [...lines];
    change(changed);
    assert.deepEqual(amount(changed.join('\n')), [], name);
  }
  // A stated unit of 元 is still the national format's question.
  const yuan = [...lines];
  yuan[caption] = yuan[caption]! + '（单位：元）';
  assert.deepEqual(amount(yuan.join('\n')).map((f) => f.message.id), ['amount-unit.yuan']);
});

test('toWanyuan moves the decimal point by four places on the digits', () => {
  const cases: [string, string | undefined][] = [
    ['46297722.02', '4629.772202'],
    ['10000', '1'],
    ['12345', '1.2345'],
    ['500', '0.05'],
    ['1', '0.0001'],
    ['0.5', '0.00005'],
    ['120000.00', '12'],
    ['12345.6700', '1.234567'],
    ['100000000', '10000'],
    ['1,234,567', '123.4567'],
    ['１２３４５．６', '1.23456'],
    ['0', '0'],
    ['12a', undefined],
    // Far beyond what a double holds exactly: still exact.
    ['123456789012345678901.23', '12345678901234567.890123'],
  ];
  for (const [input, expected] of cases) assert.equal(toWanyuan(input), expected, input);
});

test('toWanyuan at a report\'s precision: rounded half up on the digits, never to nothing', () => {
  const cases: [string, number, string][] = [
    ['46297722.02', 2, '4629.77'],
    ['46297750', 2, '4629.78'], // 4629.775 → half up
    ['99999999.99', 2, '10000'], // 9999.999999 → the carry runs through
    ['12345', 2, '1.23'],
    ['500', 2, '0.05'],
    ['20', 2, '0.002'], // 0.00 would say nothing was spent
    ['60', 2, '0.01'], // 0.006 rounds up to a figure
    ['1', 2, '0.0001'],
    ['-46297722.02', 1, '-4629.8'],
    ['120000.00', 2, '12'],
    ['46297722.02', 4, '4629.7722'],
  ];
  for (const [input, places, expected] of cases) assert.equal(toWanyuan(input, places), expected, `${input} at ${places}`);
});

test('unitInHeader reads the unit a header states', () => {
  assert.equal(unitInHeader('采购总金额（万元）'), '万元');
  assert.equal(unitInHeader('本年收费金额（单位：万元）'), '万元');
  assert.equal(unitInHeader('采购总金额（元）'), '元');
  assert.equal(unitInHeader('采购总金额单位：亿元'), '亿元');
  assert.equal(unitInHeader('采购总金额'), undefined);
});

test('the precision of the rewritten amount is the report\'s: four decimals where its prose writes 万元 so', () => {
  const text = readSeed('002');
  const lines = text.split('\n');
  lines[5] = lines[5]! + '全年信息处理费共计0.1234万元。';
  const f = amount(lines.join('\n'))[0]!;
  assert.deepEqual(fixes(f), [['改写为 4629.7722万元', false, [{ range: at(90, 1, 13), newText: '4629.7722万元' }]]]);
});
