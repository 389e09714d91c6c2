// The arithmetic of the tables: for each seed the exact findings (rule, range, message, fix edits);
// on generated reports, every single changed cell is found as the culprit and every swap of two
// adjacent cells as a swap; fixes repair the text, and fixing twice equals fixing once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelSumFails } from '../../server/src/core/arith';
import { analyzeModel, applyEdits, checkReport, fixAllEdits, parseReport, renderMessage, type Finding, type Range } from '../../server/src/core';
import { fuzzInput } from '../fuzz';
import { generate, resultKeys, rng } from '../gen/report';
import { readSeed } from '../helpers';

const TABLE_RULES = new Set([
  'table-row-total', 'table-column-total', 'table-balance', 'table-culprit-cell', 'table-swapped-cells',
  'table-cell-empty', 'table-cell-invalid', 'table-part-exceeds-whole', 'table-shape',
]);
const tableFindings = (text: string): Finding[] => checkReport(text).findings.filter((f) => TABLE_RULES.has(f.rule));
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
/** The cells of a row, 0-based lines, replaced by '0' (the fill-with-0 fix). */
const fillLines = (lines: number[]) => lines.map((l) => ({ range: r(l, 1, l, 1), newText: '0' }));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

test('seed 000: exactly one table-swapped-cells, and its fix makes every relation hold', () => {
  const text = readSeed('000');
  const found = tableFindings(text);
  assert.equal(found.length, 1);
  const f = found[0]!;
  assert.equal(f.rule, 'table-swapped-cells');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, r(336, 1, 337, 2));
  assert.deepEqual(f.message.args, { row: '（七）总计', a: '法律服务机构', va: '1', b: '其他', vb: '0' });
  assert.equal(renderMessage(f.message, 'zh-cn'), '（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符');
  assert.deepEqual(f.fixes, [{
    title: { id: 'fix.swap', args: { a: '法律服务机构', b: '其他' } },
    edits: [{ range: r(336, 1, 336, 2), newText: '0' }, { range: r(337, 1, 337, 2), newText: '1' }],
    preferred: true,
  }]);
  // The failing totals it explains, as related information, at their cells.
  assert.deepEqual(f.related!.map((x) => [x.range.start.line, renderMessage(x.message, 'zh-cn')]), [
    [336, '法律服务机构列：（七）总计 1，各办理结果之和 0'],
    [111, '法律服务机构列：一+二 = 0，（七）总计+四 = 1'],
    [337, '其他列：（七）总计 0，各办理结果之和 1'],
    [112, '其他列：一+二 = 1，（七）总计+四 = 0'],
  ]);
  const fixed = applyEdits(text, f.fixes![0]!.edits);
  assert.deepEqual(tableFindings(fixed), []);
  assert.equal(fixed.split('\n').filter((l, i) => l !== text.split('\n')[i]).length, 2, 'only the two cells change');
});

test('seeds 002 and 003 have no table finding', () => {
  assert.deepEqual(tableFindings(readSeed('002')), []);
  assert.deepEqual(tableFindings(readSeed('003')), []);
});

test('seed 001: the blank 表三 is one finding, the blank 表四 data row another', () => {
  const found = tableFindings(readSeed('001'));
  assert.deepEqual(found.map((f) => [f.rule, f.severity, f.range, f.message]), [
    ['table-cell-empty', 'warning', r(154, 1, 154, 6), { id: 'table-cell-empty.table', args: { table: '表三', count: 160 } }],
    ['table-cell-empty', 'warning', r(416, 1, 416, 5), { id: 'table-cell-empty.table', args: { table: '表四', count: 12 } }],
  ]);
  // Underlined on the table's first label (申请人情况, 行政复议); every blank cell is related information.
  assert.deepEqual(found.map((f) => f.related!.length), [160, 12]);
  assert.deepEqual(found[1]!.related!.map((x) => x.range.start.line), [439, 440, 441, 442, 444, 445, 446, 447, 449, 450, 451, 452]);
  assert.equal(renderMessage(found[1]!.related![0]!.message, 'zh-cn'), '表四 · 行政复议 · 结果维持 未填写');
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), '表三未填写：160 个单元格为空');
  // 表三: 0 keeps every relation (（七）总计·总计 is 0) but is not forced everywhere: offered, not preferred.
  const t3fix = found[0]!.fixes![0]!;
  assert.equal(t3fix.preferred, undefined);
  assert.equal(t3fix.edits.length, 160);
  assert.ok(t3fix.edits.every((e) => e.newText === '0' && e.range.start.character === 1 && e.range.end.character === 1));
  // 表四: each group's 总计 is 0, so its four blank results must be 0.
  const t4 = [439, 440, 441, 442, 444, 445, 446, 447, 449, 450, 451, 452];
  assert.deepEqual(found[1]!.fixes, [{ title: { id: 'fix.fill-zero', args: {} }, edits: fillLines(t4), preferred: true }]);
});

test('seed 004: the blank row 二 of 表三 is one finding; 0 is forced by the balance', () => {
  const found = tableFindings(readSeed('004'));
  assert.deepEqual(found.map((f) => [f.rule, f.range, f.message]), [
    ['table-cell-empty', r(255, 1, 255, 17), { id: 'table-cell-empty.row', args: { table: '表三', row: '二、上年转结政府信息公开申请数量' } }],
  ]);
  // Underlined on the row's label; its seven blank cells are related information.
  assert.deepEqual(found[0]!.related!.map((x) => x.range), range(256, 262).map((l) => r(l, 1, l, 1)));
  assert.deepEqual(found[0]!.fixes, [{ title: { id: 'fix.fill-zero', args: {} }, edits: fillLines(range(256, 262)), preferred: true }]);
  const fixed = applyEdits(readSeed('004'), found[0]!.fixes![0]!.edits);
  assert.deepEqual(tableFindings(fixed), []);
});

/**
 * Would swapping another adjacent pair explain the same failures as swapping `key`'s cells k, k+1?
 * (The test's own arithmetic, from the generated values, not the checker's.)
 */
function otherSwapExplains(table3: Map<string, number[]>, format: '2019' | '2021', key: string, k: number): boolean {
  const v = table3.get(key)!;
  const diff = v[k]! - v[k + 1]!;
  const results = resultKeys(format);
  const sameDiff = (rows: string[], d: number) => rows.some((o) => o !== key && table3.get(o)![k + 1]! - table3.get(o)![k]! === d && d !== 0);
  if ((results as string[]).includes(key)) return sameDiff(results, diff);
  if (key === 'new' || key === 'carried') return sameDiff(['new', 'carried'], diff) || sameDiff(['carryOver'], -diff);
  if (key === 'carryOver') return sameDiff(['new', 'carried'], -diff);
  return false; // the total row: its swap is the only one that fixes both its columns and balances
}

/**
 * The generated report with the first cells of some result rows replaced, and the row totals, （七）总计
 * and 一、本年新收 adjusted so that every relation still holds.
 */
function withRows(g: ReturnType<typeof generate>, rows: Record<string, number[]>): string {
  const t3 = new Map([...g.table3].map(([k, v]) => [k, [...v]]));
  for (const [key, first] of Object.entries(rows)) {
    const v = t3.get(key)!;
    first.forEach((x, k) => {
      const d = x - v[k]!;
      for (const sum of ['total', 'new']) {
        t3.get(sum)![k]! += d;
        t3.get(sum)![6]! += d;
      }
      v[k] = x;
      v[6]! += d;
    });
  }
  let text = g.text;
  for (const [key, values] of t3) values.forEach((x, k) => (text = setCell(text, g.table3Lines.get(key)![k]!, String(x))));
  return text;
}

/** Replace the number on a 0-based line of a generated report. */
function setCell(text: string, line: number, value: string): string {
  const lines = text.split('\n');
  lines[line] = '\t' + value;
  return lines.join('\n');
}

for (const format of ['2019', '2021'] as const) {
  test(`${format}: a balanced generated report has no table finding`, () => {
    for (let seed = 1; seed <= 20; seed++) assert.deepEqual(tableFindings(generate({ format, seed }).text), [], `seed ${seed}`);
  });

  test(`${format}: changing any single 表三 cell gives table-culprit-cell on exactly that cell`, () => {
    const g = generate({ format, seed: 42 });
    const keys = ['new', 'carried', ...resultKeys(format), 'total', 'carryOver'];
    let n = 0;
    for (const key of keys) {
      g.table3.get(key)!.forEach((value, k) => {
        const line = g.table3Lines.get(key)![k]!;
        const wrong = value + 1 + ((line * 7) % 5);
        const found = tableFindings(setCell(g.text, line, String(wrong)));
        const where = `${key}[${k}] ${value}→${wrong}`;
        assert.equal(found.length, 1, `${where}: ${found.map((f) => f.rule).join(', ')}`);
        const f = found[0]!;
        assert.equal(f.rule, 'table-culprit-cell', where);
        assert.deepEqual(f.range, r(line, 1, line, 1 + String(wrong).length), where);
        assert.deepEqual(f.fixes![0]!.edits, [{ range: f.range, newText: String(value) }], where);
        assert.equal(f.fixes![0]!.preferred, true);
        assert.ok(f.related!.length >= 2, where);
        n++;
      });
    }
    assert.equal(n, keys.length * 7);
  });

  test(`${format}: swapping two adjacent unequal cells of a 表三 row is found as a swap`, () => {
    const g = generate({ format, seed: 43 });
    let n = 0;
    for (const [key, values] of g.table3) {
      for (let k = 0; k + 1 < values.length; k++) {
        if (values[k] === values[k + 1]) continue;
        const [la, lb] = [g.table3Lines.get(key)![k]!, g.table3Lines.get(key)![k + 1]!];
        const swapped = setCell(setCell(g.text, la, String(values[k + 1])), lb, String(values[k]));
        const found = tableFindings(swapped);
        const where = `${key}[${k}↔${k + 1}]`;
        if (otherSwapExplains(g.table3, format, key, k)) {
          // Another row's swap would explain the same failures: no swap is guessed; the totals are
          // reported, with no preferred fix.
          assert.ok(found.length >= 2 && found.every((f) => f.rule !== 'table-swapped-cells' && !f.fixes?.some((x) => x.preferred)), where);
          continue;
        }
        assert.deepEqual(found.map((f) => f.rule), ['table-swapped-cells'], where);
        assert.deepEqual(found[0]!.range, r(la, 1, lb, 1 + String(values[k]).length), where);
        assert.equal(applyEdits(swapped, found[0]!.fixes![0]!.edits), g.text, where);
        n++;
      }
    }
    assert.ok(n > 10, `${n} swaps tried`);
  });

  test(`${format}: a swap that another row's swap would explain as well is not guessed`, () => {
    const g = generate({ format, seed: 43 });
    const [r1, r2] = resultKeys(format);
    // Two result rows whose first two cells differ by the same amount the other way (13 − 10 = 23 − 20),
    // the table rebalanced around them; then r1's first two cells swapped.
    const balanced = withRows(g, { [r1!]: [10, 13], [r2!]: [23, 20] });
    assert.deepEqual(tableFindings(balanced), [], 'the rebalanced table holds');
    const [l0, l1] = [g.table3Lines.get(r1!)![0]!, g.table3Lines.get(r1!)![1]!];
    const found = tableFindings(setCell(setCell(balanced, l0, '13'), l1, '10'));
    assert.deepEqual(found.map((f) => [f.rule, f.range.start.line]), [
      ['table-column-total', g.table3Lines.get('total')![0]!],
      ['table-column-total', g.table3Lines.get('total')![1]!],
    ]);
    // No "set the total to the sum": the balance, which holds, confirms the totals (the swap is the error).
    assert.deepEqual(found.map((f) => f.fixes), [undefined, undefined]);
  });

  test(`${format}: a wrong 表四 group total is a table-row-total with a non-preferred fix`, () => {
    const g = generate({ format, seed: 44 });
    const lines = g.text.split('\n');
    const first = lines.findIndex((l, i) => i > 0 && /^\t\d+$/.test(l) && lines.slice(i, i + 15).every((x) => /^\t\d+$/.test(x)) && lines[i + 15] === '');
    const totalLine = first + 4;
    const wrong = g.table4[4]! + 3;
    const found = tableFindings(setCell(g.text, totalLine, String(wrong)));
    assert.deepEqual(found.map((f) => [f.rule, f.range, f.message]), [
      ['table-row-total', r(totalLine, 1, totalLine, 1 + String(wrong).length), { id: 'table-row-total.group', args: { group: '行政复议', total: wrong, sum: g.table4[4]! } }],
    ]);
    assert.deepEqual(found[0]!.fixes, [{ title: { id: 'fix.set-total', args: { sum: g.table4[4]! } }, edits: [{ range: found[0]!.range, newText: String(g.table4[4]) }] }]);
  });
}

test('two independent wrong totals: each reported on its total, with "set the total to the sum", none preferred', () => {
  const g = generate({ format: '2019', seed: 45 });
  // （一）予以公开's row total and the total column's （七）总计 both wrong by different amounts: nothing
  // explains both, so the failing totals are reported as such.
  const rowTotal = g.table3Lines.get('open')![6]!;
  const text = setCell(g.text, rowTotal, String(g.table3.get('open')![6]! + 2));
  const found = tableFindings(text);
  // The open row's total is in two relations (its row, the total column): a single culprit.
  assert.deepEqual(found.map((f) => f.rule), ['table-culprit-cell']);
  const colTotal = g.table3Lines.get('total')![0]!;
  const both = setCell(setCell(text, colTotal, String(g.table3.get('total')![0]! + 5)), g.table3Lines.get('new')![0]!, String(g.table3.get('new')![0]! + 1));
  const found2 = tableFindings(both).filter((x) => x.rule === 'table-row-total' || x.rule === 'table-column-total');
  // "Set the total to the sum" only where that breaks no sum that holds now: 一's total and （七）'s are
  // confirmed by the total column's balance and column total (the wrong cells are their 自然人), so
  // only the 自然人 column's total is offered it, not preferred.
  const newTotal = g.table3Lines.get('new')![6]!;
  const sevenTotal = g.table3Lines.get('total')![6]!;
  const sum = g.table3.get('total')![0]!; // the results of the 自然人 column are as generated: their sum is the generated total
  assert.deepEqual(found2.map((f) => [f.rule, f.range.start.line, f.fixes?.map((x) => [x.edits.map((e) => e.newText), x.preferred])]), [
    ['table-row-total', newTotal, undefined],
    ['table-column-total', colTotal, [[[String(sum)], undefined]]],
    ['table-row-total', sevenTotal, undefined],
  ]);
});

test('a 总计 column or a （七）总计 row left 0: one finding on its first total to write or on the row\'s label, the totals related', () => {
  for (const format of ['2019', '2021'] as const) {
    const g = generate({ format, seed: 47 });
    const keys = [...g.table3Lines.keys()];
    // The 总计 column left 0: underlined on the first row total to write, not from it to the last.
    let text = g.text;
    for (const k of keys) text = setCell(text, g.table3Lines.get(k)![6]!, '0');
    const totals = keys.filter((k) => g.table3.get(k)![6]! !== 0);
    const at = (k: string) => g.table3Lines.get(k)![6]!;
    let found = tableFindings(text);
    assert.deepEqual(found.map((f) => [f.rule, f.range, f.message.id]), [['table-row-total', r(at(totals[0]!), 1, at(totals[0]!), 2), 'table-row-total.unfilled']], format);
    assert.deepEqual(found[0]!.related!.map((x) => x.range), totals.map((k) => r(at(k), 1, at(k), 2)), format);
    assert.equal(renderMessage(found[0]!.related![0]!.message, 'zh-cn'), `「一、本年新收政府信息公开申请数量」行：总计 0，各类申请人之和 ${g.table3.get('new')![6]!}`);
    assert.deepEqual(found[0]!.fixes!.map((x) => [x.edits, x.preferred]), [[totals.map((k) => ({ range: r(at(k), 1, at(k), 2), newText: String(g.table3.get(k)![6]!) })), true]], format);
    assert.deepEqual(tableFindings(applyEdits(text, found[0]!.fixes![0]!.edits)), [], format);
    // The （七）总计 row left 0: underlined on its label; the column totals to write are related.
    text = g.text;
    const seven = g.table3Lines.get('total')!;
    for (const l of seven) text = setCell(text, l, '0');
    const label = seven[0]! - 1;
    assert.equal(text.split('\n')[label], '\t（七）总计');
    const cols = seven.filter((_, i) => g.table3.get('total')![i]! !== 0);
    found = tableFindings(text);
    assert.deepEqual(found.map((f) => [f.rule, f.range, f.message.id]), [['table-column-total', r(label, 1, label, 6), 'table-column-total.unfilled']], format);
    assert.deepEqual(found[0]!.related!.map((x) => x.range), cols.map((l) => r(l, 1, l, 2)), format);
    assert.equal(renderMessage(found[0]!.related![cols.length - 1]!.message, 'zh-cn'), `总计列：（七）总计 0，各办理结果之和 ${g.table3.get('total')![6]!}`);
    assert.deepEqual(found[0]!.fixes!.map((x) => [x.edits, x.preferred]), [[cols.map((l) => ({ range: r(l, 1, l, 2), newText: String(g.table3.get('total')![seven.indexOf(l)]!) })), true]], format);
    assert.deepEqual(tableFindings(applyEdits(text, found[0]!.fixes![0]!.edits)), [], format);
  }
});

test('blank cells: a single blank, a run, a whole column; blank totals are blanks, not sum errors', () => {
  const g = generate({ format: '2019', seed: 46 });
  const one = g.table3Lines.get('open')![2]!;
  let found = tableFindings(setCell(g.text, one, ''));
  assert.deepEqual(found.map((f) => [f.rule, f.range, f.message.id]), [['table-cell-empty', r(one, 1, one, 1), 'table-cell-empty.cell']]);
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), '表三 · （一）予以公开 · 科研机构 未填写');
  // A blank total of a row whose addends are filled: the blank is reported, not the row sum.
  const total = g.table3Lines.get('partial')![6]!;
  found = tableFindings(setCell(g.text, total, ''));
  assert.deepEqual(found.map((f) => f.rule), ['table-cell-empty']);
  // A run of three adjacent blanks in a row: one finding, underlined on the first blank cell (not from it
  // to the last, which would mark the TABs leading the cells after it); each blank is related information.
  const [a, b, c] = g.table3Lines.get('deny.1')!;
  const run = setCell(setCell(setCell(g.text, a!, ''), b!, ''), c!, '');
  found = tableFindings(run);
  assert.deepEqual(found.map((f) => [f.rule, f.range, f.message.id, f.message.args['count']]), [['table-cell-empty', r(a!, 1, a!, 1), 'table-cell-empty.cells', 3]]);
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), '表三「（三）不予公开·1.属于国家秘密」中 自然人 至 科研机构 共 3 格未填写');
  assert.deepEqual(found[0]!.related!.map((x) => [x.range, renderMessage(x.message, 'zh-cn')]), [
    [r(a!, 1, a!, 1), '表三 · （三）不予公开·1.属于国家秘密 · 自然人 未填写'],
    [r(b!, 1, b!, 1), '表三 · （三）不予公开·1.属于国家秘密 · 商业企业 未填写'],
    [r(c!, 1, c!, 1), '表三 · （三）不予公开·1.属于国家秘密 · 科研机构 未填写'],
  ]);
  // The fix is unchanged: it fills every cell of the run.
  assert.deepEqual(found[0]!.fixes!.map((x) => [x.title.id, x.edits.map((e) => e.range)]), [['fix.fill-zero', [r(a!, 1, a!, 1), r(b!, 1, b!, 1), r(c!, 1, c!, 1)]]]);
  assert.deepEqual(tableFindings(applyEdits(run, found[0]!.fixes![0]!.edits)), []);
});

test('blank cells: zeros left blank all over 表三, every sum holding with 0 — one finding for the table, filled with 0', () => {
  // Seed 000 with its swap repaired: every sum holds. Its 表三 zeros made blank.
  const lines = readSeed('000').split('\n');
  [lines[336], lines[337]] = [lines[337]!, lines[336]!];
  const t3 = parseReport(lines.join('\n')).tables.find((t) => t.kind === 'table3')!;
  const zeros = t3.rows.flatMap((row) => row.cells.filter((c) => c?.number?.value === 0).map((c) => c!.firstLine));
  assert.ok(zeros.length > 100);
  for (const l of zeros) lines[l] = '\t';
  const text = lines.join('\n');
  const found = tableFindings(text);
  assert.deepEqual(found.map((f) => [f.rule, f.range, f.message]), [
    ['table-cell-empty', r(90, 1, 90, 6), { id: 'table-cell-empty.zeros', args: { table: '表三', count: zeros.length } }],
  ]);
  assert.equal(lines[90], '\t申请人情况');
  assert.deepEqual(found[0]!.related!.map((x) => x.range.start.line), zeros);
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), `表三有 ${zeros.length} 个单元格未填写；按 0 计算各项合计均相符，应是把 0 留空了`);
  assert.deepEqual(found[0]!.fixes!.map((x) => [x.title.id, x.edits.length]), [['fix.fill-zero', zeros.length]]);
  assert.deepEqual(found[0]!.fixes![0]!.edits[0], { range: r(zeros[0]!, 1, zeros[0]!, 1), newText: '0' });
  // Filled, the report is seed 000 repaired again.
  const repaired = readSeed('000').split('\n');
  [repaired[336], repaired[337]] = [repaired[337]!, repaired[336]!];
  assert.equal(applyEdits(text, found[0]!.fixes![0]!.edits), repaired.join('\n'));
  // With a sum that fails even so, the blanks are reported by runs, as before.
  const broken = text.split('\n');
  const total = t3.rows.find((row) => row.key === 'new')!.cells[6]!.firstLine;
  broken[total] = '\t' + String(Number(broken[total]!.trim()) + 1);
  const runs = tableFindings(broken.join('\n')).filter((f) => f.rule === 'table-cell-empty');
  // Whole columns first (社会公益组织 and 法律服务机构 are all zeros in seed 000's results), then rows and runs of cells.
  assert.deepEqual(runs.slice(0, 2).map((f) => [f.message.id, f.message.args['col']]), [
    ['table-cell-empty.column', '社会公益组织'],
    ['table-cell-empty.column', '法律服务机构'],
  ]);
  assert.deepEqual([...new Set(runs.slice(2).map((f) => f.message.id))].sort(), ['table-cell-empty.cell', 'table-cell-empty.cells', 'table-cell-empty.row']);
});

test('invalid cells: text, a unit, a negative or decimal number in 表三', () => {
  const g = generate({ format: '2021', seed: 47 });
  const at = (key: string, k: number) => g.table3Lines.get(key)![k]!;
  const cases: [string, string, string, boolean][] = [
    ['无', 'table-cell-invalid.text', '0', false],
    ['12件', 'table-cell-invalid.unit', '12', true],
    ['-3', 'table-cell-invalid.integer', '', false],
    ['1.5', 'table-cell-invalid.integer', '', false],
  ];
  for (const [value, id, fixText, preferred] of cases) {
    const line = at('open', 1);
    const found = tableFindings(setCell(g.text, line, value)).filter((f) => f.rule === 'table-cell-invalid');
    assert.equal(found.length, 1, value);
    assert.equal(found[0]!.message.id, id, value);
    if (fixText) {
      assert.deepEqual(found[0]!.fixes![0]!.edits, [{ range: r(line, 1, line, 1 + value.length), newText: fixText }], value);
      assert.equal(found[0]!.fixes![0]!.preferred === true, preferred, value);
    } else assert.equal(found[0]!.fixes, undefined, value);
  }
});

test('invalid cells: 表二 counts are non-negative integers with no unit; 本年增/减 may be signed; amounts may have decimals', () => {
  const cellAfter = (text: string, label: string, k: number) => text.split('\n').findIndex((l) => l === '\t' + label) + 1 + k;
  // 2021: 规章 本年制发件数, 行政规范性文件 现行有效件数, 行政许可 本年处理决定数量; 收费金额 an amount.
  const g = generate({ format: '2021', seed: 48 });
  const cases: [string, number, string, string | undefined, string][] = [
    ['规章', 0, '3件', 'table-cell-invalid.unit', '表二 · 规章 · 本年制发件数'],
    ['行政规范性文件', 2, '12.5', 'table-cell-invalid.integer', '表二 · 行政规范性文件 · 现行有效件数'],
    ['行政许可', 0, '-4', 'table-cell-invalid.integer', '表二 · 行政许可 · 本年处理决定数量'],
    ['行政事业性收费', 0, '12.35', undefined, ''],
  ];
  for (const [label, k, value, id, cell] of cases) {
    const line = cellAfter(g.text, label, k);
    const found = tableFindings(setCell(g.text, line, value)).filter((f) => f.rule === 'table-cell-invalid');
    assert.deepEqual(found.map((f) => [f.range, f.message]), id ? [[r(line, 1, line, 1 + value.length), { id, args: { cell, text: value } }]] : [], value);
    if (id === 'table-cell-invalid.unit') assert.deepEqual(found[0]!.fixes![0]!.edits, [{ range: r(line, 1, line, 1 + value.length), newText: '3' }]);
  }
  // 2019: 本年增/减 may be negative, not a fraction; 采购总金额 may be.
  const old = generate({ format: '2019', seed: 48 });
  for (const [label, k, value, id] of [['行政许可', 1, '-3', undefined], ['行政许可', 1, '2.5', 'table-cell-invalid.whole'], ['政府集中采购', 1, '182.32', undefined]] as const) {
    const line = cellAfter(old.text, label, k);
    const found = tableFindings(setCell(old.text, line, value)).filter((f) => f.rule === 'table-cell-invalid');
    assert.deepEqual(found.map((f) => [f.range, f.message.id]), id ? [[r(line, 1, line, 1 + value.length), id]] : [], value);
  }
  assert.equal(renderMessage({ id: 'table-cell-invalid.whole', args: { cell: '表二 · 行政许可 · 本年增/减', text: '2.5' } }, 'zh-cn'), '表二 · 行政许可 · 本年增/减 为 2.5，应为整数');
});

test('invalid cells: the same placeholder in many cells of a table is one finding; fewer stay one each', () => {
  const g = generate({ format: '2021', seed: 48 });
  const lines = g.text.split('\n');
  // 表二's 规章 and 行政规范性文件 rows: three cells each.
  const rows = ['规章', '行政规范性文件'].map((label) => lines.findIndex((l) => l === '\t' + label));
  const cells = rows.flatMap((l) => [l + 1, l + 2, l + 3]);
  assert.ok(cells.every((l) => /^\t\d+$/.test(lines[l]!)), 'value cells follow the labels');
  let text = g.text;
  for (const l of cells) text = setCell(text, l, '/');
  const found = tableFindings(text).filter((f) => f.rule === 'table-cell-invalid');
  assert.deepEqual(found.map((f) => [f.range, f.message]), [
    [r(cells[0]!, 1, cells[0]!, 2), { id: 'table-cell-invalid.placeholders', args: { table: '表二', count: 6, text: '/' } }],
  ]);
  // Underlined on the first such cell, not from the first to the last; every one is related information.
  assert.deepEqual(found[0]!.related!.map((x) => x.range), cells.map((l) => r(l, 1, l, 2)));
  assert.equal(renderMessage(found[0]!.related![0]!.message, 'zh-cn'), '表二 · 规章 · 本年制发件数 为“/”，不是数字');
  assert.equal(renderMessage(found[0]!.message, 'zh-cn'), '表二有 6 个单元格填作“/”，不是数字（无此项数据的填 0）');
  assert.deepEqual(found[0]!.fixes, [{ title: { id: 'fix.zeros', args: {} }, edits: cells.map((l) => ({ range: r(l, 1, l, 2), newText: '0' })) }]);
  // Two: one finding each.
  const two = setCell(setCell(g.text, cells[0]!, '/'), cells[1]!, '/');
  assert.deepEqual(tableFindings(two).filter((f) => f.rule === 'table-cell-invalid').map((f) => [f.range, f.message.id]), [
    [r(cells[0]!, 1, cells[0]!, 2), 'table-cell-invalid.text'],
    [r(cells[1]!, 1, cells[1]!, 2), 'table-cell-invalid.text'],
  ]);
});

test('old 统计表: 专职 + 兼职 ≠ 从事人员, and a 其中 row above its parent', () => {
  const text = readSeed('001').replace('\t人\n\t3\n\n\t\u3000\u3000\u3000专职', '\t人\n\t4\n\n\t\u3000\u3000\u3000专职').replace('其中：主要负责同志参加新闻发布会次数\n\t次\n\t1', '其中：主要负责同志参加新闻发布会次数\n\t次\n\t2');
  const found = tableFindings(text).filter((f) => f.rule === 'table-part-exceeds-whole');
  assert.deepEqual(found.map((f) => [f.range.start.line + 1, renderMessage(f.message, 'zh-cn')]), [
    [55, '「主要负责同志参加新闻发布会次数」为 2，超过其所属的「参加或举办新闻发布会总次数」（1）'],
    [476, '从事政府信息公开工作人员数 为 4，但专职 3 + 兼职 0 = 3'],
  ]);
});

test('fix all: after applying every preferred fix no fixable finding is left, and fixing twice equals once', () => {
  const texts = [readSeed('000'), readSeed('001'), readSeed('004')];
  for (const format of ['2019', '2021'] as const) {
    const g = generate({ format, seed: 50 });
    const open = g.table3Lines.get('open')!;
    texts.push(setCell(setCell(g.text, open[0]!, String(g.table3.get('open')![0]! + 4)), g.table3Lines.get('deny.2')![3]!, ''));
  }
  for (const text of texts) {
    const once = applyEdits(text, fixAllEdits(checkReport(text).findings));
    const twice = applyEdits(once, fixAllEdits(checkReport(once).findings));
    assert.equal(twice, once);
    const left = checkReport(once).findings.filter((f) => f.fixes?.some((x) => x.preferred));
    assert.deepEqual(left.map((f) => f.rule), []);
  }
});

test('every table finding renders in Chinese and English from the catalogue', () => {
  const texts = [readSeed('000'), readSeed('001'), readSeed('004')];
  for (const text of texts) {
    for (const f of checkReport(text).findings) {
      for (const m of [f.message, ...(f.fixes ?? []).map((x) => x.title), ...(f.related ?? []).map((x) => x.message)]) {
        const zh = renderMessage(m, 'zh-cn');
        const en = renderMessage(m, 'en');
        assert.ok(!/\{\w+\}/.test(zh) && !/\{\w+\}/.test(en) && zh !== m.id && en !== m.id, `${m.id}: ${zh} / ${en}`);
      }
    }
  }
});


test('a misaligned row is a table-shape finding and no sum is checked over it', () => {
  const g = generate({ format: '2019', seed: 48 });
  const lines = g.text.split('\n');
  lines.splice(g.table3Lines.get('open')![3]!, 1); // drop one cell of （一）予以公开
  const found = tableFindings(lines.join('\n'));
  assert.deepEqual(found.map((f) => [f.rule, f.message.id, f.message.args['row']]), [['table-shape', 'table-row-unaligned', '（一）予以公开']]);
});

test('full-width digits and thousands separators are read, and hinted at with the plain form', () => {
  const g = generate({ format: '2019', seed: 49 });
  const line = g.table3Lines.get('open')![0]!;
  const value = g.table3.get('open')![0]!;
  const full = String(value).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const text = setCell(g.text, line, full);
  assert.deepEqual(tableFindings(text), [], 'the value is read: every sum holds');
  const hints = checkReport(text).findings.filter((f) => f.rule === 'table-number-format');
  assert.deepEqual(hints.map((f) => [f.severity, f.range, renderMessage(f.message, 'zh-cn'), f.fixes]), [[
    'hint',
    r(line, 1, line, 1 + full.length),
    `表三 · （一）予以公开 · 自然人 写作“${full}”，宜写作 ${value}`,
    [{ title: { id: 'fix.plain-number', args: { plain: String(value) } }, edits: [{ range: r(line, 1, line, 1 + full.length), newText: String(value) }], preferred: true }],
  ]]);
  assert.equal(applyEdits(text, hints[0]!.fixes![0]!.edits), g.text);
  // Thousands separators in the old 统计表 of seed 004 (L99 `1038` → `1,038`).
  const seed = readSeed('004').replace('\t条\n\t1038\n', '\t条\n\t1,038\n');
  const t = checkReport(seed).findings.filter((f) => f.rule === 'table-number-format');
  assert.deepEqual(t.map((f) => [f.range, f.fixes![0]!.edits[0]!.newText]), [[r(98, 1, 98, 6), '1038']]);
});

test('a table typed in full-width digits is one hint, whose fix rewrites every number', () => {
  const plain = generate({ format: '2021', seed: 51 });
  const g = generate({ format: '2021', seed: 51, fullWidthDigits: true });
  const hints = checkReport(g.text).findings.filter((f) => f.rule === 'table-number-format');
  // One per table with full-width numbers, none per cell.
  assert.deepEqual(hints.map((f) => f.message.id), hints.map(() => 'table-number-format.table'));
  assert.ok(hints.length >= 2);
  const t3 = hints.find((f) => f.message.args['table'] === '表三')!;
  const cells = parseReport(g.text).tables.find((t) => t.kind === 'table3')!.rows.flatMap((r) => r.cells.filter((c) => c?.number?.fullWidth));
  assert.equal(t3.message.args['count'], cells.length);
  // Underlined on the number its message quotes (the first), not from the first to the last; every one related.
  assert.deepEqual(t3.range, cells[0]!.number!.range);
  assert.equal(t3.message.args['text'], cells[0]!.number!.text);
  assert.deepEqual(t3.related!.map((x) => x.range), cells.map((c) => c!.number!.range));
  assert.equal(renderMessage(t3.related![0]!.message, 'zh-cn'), `表三 · 一、本年新收政府信息公开申请数量 · 自然人 写作“${cells[0]!.number!.text}”，宜写作 ${cells[0]!.number!.value}`);
  assert.deepEqual(t3.fixes![0]!.edits.map((e) => e.range), cells.map((c) => c!.number!.range));
  assert.deepEqual(t3.fixes!.map((x) => [x.title.id, x.edits.length, x.preferred]), [['fix.plain-numbers', cells.length, true]]);
  // Fix all: the report in plain digits.
  assert.equal(applyEdits(g.text, fixAllEdits(checkReport(g.text).findings.filter((f) => f.rule === 'table-number-format'))), plain.text);
});

test('the fast path (modelSumFails) skips the analysis exactly where no sum fails (seeds, generated, fuzzed)', () => {
  const inputs = ['000', '001', '002', '003', '004'].map(readSeed);
  const rand = rng(7);
  for (let k = 0; k < 300; k++) inputs.push(fuzzInput(rand, k).text);
  let failing = 0;
  for (const text of inputs) {
    const full = analyzeModel(parseReport(text)).some((a) => a.evaluations.some((e) => e.status === 'fail'));
    assert.equal(modelSumFails(parseReport(text)), full, text.slice(0, 80));
    if (full) failing++;
  }
  assert.ok(failing > 10 && failing < inputs.length - 10, `both kinds of input: ${failing} of ${inputs.length} fail`);
});
