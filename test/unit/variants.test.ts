// Generated reports of both formats with the variations of real reports: the parser must read the
// same numbers, rows and sections from every variant.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outline, parseReport } from '../../server/src/core';
import { generate, type GenOptions } from '../gen/report';

const VARIANTS: Omit<GenOptions, 'format' | 'seed'>[] = [
  {},
  { eol: '\r\n', bom: true },
  { halfWidthBrackets: true },
  { ningboLabels: true },
  { fullWidthDigits: true },
  { padding: true },
  { wrapLabels: true },
  { repeatGroup: true },
  { bookmark: true },
  { table4Layout: 'third-row' },
  { indentHeadings: true },
  { eol: '\r\n', halfWidthBrackets: true, ningboLabels: true, padding: true, wrapLabels: true, repeatGroup: true, bookmark: true, table4Layout: 'third-row', indentHeadings: true },
];

for (const format of ['2019', '2021'] as const) {
  VARIANTS.forEach((variant, i) => {
    test(`${format} report, variant ${JSON.stringify(variant)}`, () => {
      const g = generate({ format, seed: 1000 + i, ...variant });
      const model = parseReport(g.text);
      assert.deepEqual(model.problems, []);
      assert.equal(model.format, format);

      const t3 = model.tables.find((t) => t.kind === 'table3')!;
      assert.equal(t3.format, format);
      assert.deepEqual(t3.rows.map((r) => r.key), [...g.table3.keys()].sort((a, b) => order(a) - order(b)));
      const lines = g.text.replace(/^\ufeff/, '').split(/\r?\n/);
      for (const row of t3.rows) {
        assert.deepEqual(row.cells.map((c) => c!.number?.value), g.table3.get(row.key), row.key);
        row.cells.forEach((c, k) => {
          assert.equal(c!.firstLine, g.table3Lines.get(row.key)![k], `${row.key}[${k}] line`);
          const digits = lines[c!.firstLine]!.slice(c!.number!.range.start.character, c!.number!.range.end.character);
          assert.equal(Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))), c!.number!.value);
        });
      }
      const t4 = model.tables.find((t) => t.kind === 'table4')!;
      assert.deepEqual(t4.rows[0]!.cells.map((c) => c!.number?.value), g.table4);
      const t2 = model.tables.find((t) => t.kind === 'table2')!;
      for (const row of t2.rows) assert.deepEqual(row.cells.filter(Boolean).map((c) => c!.number!.value), g.table2.get(row.key), row.key);
      assert.equal(t2.rows.length, g.table2.size);

      const top = outline(model).map((n) => n.name.replace(/^[\s\u3000]+/, ''));
      assert.deepEqual(top, ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
      assert.equal(model.headings.filter((h) => h.level === 2).length, 2);
      assert.equal(model.title?.year, format === '2019' ? 2020 : 2022);
    });
  });
}

const ORDER = ['new', 'carried', 'open', 'partial', 'deny', 'unable', 'decline', 'other', 'total', 'carryOver'];
function order(key: string): number {
  const [head, n] = key.split('.');
  return ORDER.indexOf(head!) * 100 + Number(n ?? 0);
}

test('TAB-indented paragraphs are prose, not a table', () => {
  const model = parseReport('某局2020年政府信息公开工作年度报告\n\t一、总体情况\n\t本年度我局认真贯彻条例，做好各项工作。\n\n\t二、主动公开政府信息情况\n');
  assert.deepEqual(model.tables, []);
  assert.deepEqual(model.headings.map((h) => [h.line, h.title]), [[1, '总体情况'], [4, '主动公开政府信息情况']]);
});

test('a row with a missing cell is a table problem, and the next row is still read', () => {
  const g = generate({ format: '2019', seed: 7 });
  const lines = g.text.split('\n');
  const cut = g.table3Lines.get('open')![3]!; // drop one cell of （一）予以公开
  lines.splice(cut, 1);
  const model = parseReport(lines.join('\n'));
  assert.deepEqual(model.problems.map((p) => (p.code === 'table-row-unaligned' ? [p.code, p.args.row, p.args.found, p.args.expected] : [p.code])), [['table-row-unaligned', '（一）予以公开', 6, 7]]);
  const t3 = model.tables.find((t) => t.kind === 'table3')!;
  assert.deepEqual(t3.rows.find((r) => r.key === 'partial')!.cells.map((c) => c!.number!.value), g.table3.get('partial'));
});

test('an unknown row label is reported and its values are not given to another row', () => {
  const g = generate({ format: '2019', seed: 8 });
  const lines = g.text.split('\n');
  const at = g.table3Lines.get('partial')![6]! + 2;
  lines.splice(at, 0, '\t（九）自定义行', '\t1', '\t2', '\t3', '\t4', '\t5', '\t6', '\t21', '');
  const model = parseReport(lines.join('\n'));
  assert.deepEqual(model.problems.map((p) => (p.code === 'table-row-unknown' ? [p.code, p.args.row] : [p.code])), [['table-row-unknown', '（九）自定义行']]);
  const t3 = model.tables.find((t) => t.kind === 'table3')!;
  assert.deepEqual(t3.rows.find((r) => r.key === 'deny.1')!.cells.map((c) => c!.number!.value), g.table3.get('deny.1'));
});
