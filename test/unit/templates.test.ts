// The empty national tables as text: read back by the parser as the right table, with no problem
// and every value cell blank; laid out line for line as the seeds print them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReport, isReportText, parseReport, type Table } from '../../server/src/core';
import { TABLE2_BLOCKS, TABLE3_RESULTS, TABLE3_ROWS } from '../../server/src/core/national';
import {
  reportSkeleton,
  SECTION_TITLES,
  table2Template,
  table3Template,
  table4Template,
  tableTemplate,
} from '../../server/src/core/templates';
import { readSeed } from '../helpers';

const KINDS = ['table2', 'table3', 'table4'] as const;
const FORMATS = ['2019', '2021'] as const;
const EOLS = ['\n', '\r\n'] as const;

/** The value cells of a table: for 表二 only the columns of each row's own block. */
function valueCells(t: Table) {
  if (t.kind !== 'table2') return t.rows.flatMap((r) => r.cells);
  return t.blocks!.flatMap((b) => b.rows.flatMap((r) => b.columns.map((c) => t.rows[r]!.cells[c])));
}

for (const format of FORMATS) {
  for (const kind of KINDS) {
    for (const eol of EOLS) {
      test(`${kind} template, ${format} format, ${JSON.stringify(eol)}: read back as an empty ${kind}`, () => {
        const text = tableTemplate(kind, format, eol);
        const model = parseReport(text);
        assert.deepEqual(model.problems, []);
        assert.deepEqual(model.tables.map((t) => t.kind), [kind]);
        const t = model.tables[0]!;
        assert.equal(t.format, kind === 'table4' ? undefined : format);

        const cells = valueCells(t);
        assert.ok(cells.length > 0);
        cells.forEach((c, i) => {
          assert.ok(c, `value cell ${i} exists`);
          assert.ok(c.blank && c.text === '', `value cell ${i} is empty`);
        });

        if (kind === 'table2') {
          const blocks = TABLE2_BLOCKS[format];
          assert.deepEqual(t.blocks!.map((b) => b.caption), blocks.map((b) => `第二十条第（${b.item}）项`));
          assert.deepEqual(t.rows.map((r) => r.key), blocks.flatMap((b) => b.rows.map((r) => r.key)));
          assert.equal(cells.length, blocks.reduce((n, b) => n + b.rows.length * b.columns.length, 0));
        } else if (kind === 'table3') {
          const keys = ['new', 'carried', ...TABLE3_RESULTS[format], 'total', 'carryOver'];
          const order = new Map<string, number>(TABLE3_ROWS.map((r, k) => [r.key, k]));
          assert.deepEqual(t.rows.map((r) => r.key), [...keys].sort((a, b) => order.get(a)! - order.get(b)!));
          assert.equal(cells.length, keys.length * 7);
        } else {
          assert.equal(t.rows.length, 1);
          assert.equal(cells.length, 15);
        }

        // Every line ends with `eol`; cells are TAB-led lines; the text ends with the blank line after
        // the last row.
        assert.ok(text.endsWith('\t' + eol + eol));
        const lines = text.slice(0, -eol.length).split(eol);
        for (const l of lines) assert.ok(l === '' || (l.startsWith('\t') && !/[\r\n]/.test(l)), JSON.stringify(l));
        assert.equal(text.split('\r\n').length - 1, eol === '\r\n' ? lines.length : 0);
      });
    }
  }
}

test('table2Template / table3Template / table4Template are tableTemplate', () => {
  for (const format of FORMATS) {
    assert.equal(table2Template(format, '\n'), tableTemplate('table2', format, '\n'));
    assert.equal(table3Template(format, '\r\n'), tableTemplate('table3', format, '\r\n'));
    assert.equal(table4Template('\n'), tableTemplate('table4', format, '\n'));
  }
});

test('the three templates one after the other, under their headings, are a 2021 report', () => {
  const text = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']
    .map((h, k) => h + '\n' + tableTemplate(KINDS[k]!, '2021', '\n'))
    .join('');
  const model = parseReport(text);
  assert.deepEqual(model.problems, []);
  assert.equal(model.format, '2021');
  assert.deepEqual(model.tables.map((t) => t.kind), ['table2', 'table3', 'table4']);
  assert.deepEqual(model.sections.map((s) => s.tables), [[0], [1], [2]]);
});

/** The seed's lines with every number cell emptied to `\t`. */
const emptied = (lines: readonly string[]) =>
  lines.map((l) => (/^\t[\s\u00a0]*[+-]?\d+(?:\.\d+)?(?:万元|元)?[\s\u00a0]*$/.test(l) ? '\t' : l));
const templateLines = (text: string) => text.slice(0, -1).split('\n');

test('the 2019 表三 and 表四 templates are seed 002 line for line, numbers emptied', () => {
  const seed = readSeed('002').split('\n');
  // 1-based L97–L356: 表三 and the blank line after it; L359–L401: 表四.
  assert.deepEqual(emptied(seed.slice(96, 356)), templateLines(table3Template('2019', '\n')));
  assert.deepEqual(emptied(seed.slice(358, 401)), templateLines(table4Template('\n')));
});

test('the 2019 表二 template is seed 003 line for line, but for the unit seed 003 adds to 采购总金额', () => {
  const seed = emptied(readSeed('003').split('\n').slice(11, 82));
  const tpl = templateLines(table2Template('2019', '\n'));
  assert.equal(seed.length, tpl.length);
  const differ = seed.map((l, i) => [i, l, tpl[i]]).filter(([, a, b]) => a !== b);
  assert.deepEqual(differ, [[65, '\t采购总金额（万元）', '\t采购总金额']]);
});

for (const format of FORMATS) {
  test(`reportSkeleton(${format}): a report with the title, the six sections and the three tables, nothing found but blanks`, () => {
    const text = reportSkeleton(format);
    assert.ok(isReportText(text));
    const { model, findings } = checkReport(text);
    assert.deepEqual(model.problems, []);
    assert.equal(model.format, format);
    assert.deepEqual(model.sections.map((s) => `${s.heading.ordinal?.text ?? ''}${s.heading.title}`), [...SECTION_TITLES]);
    assert.deepEqual(model.tables.map((t) => t.kind), ['table2', 'table3', 'table4']);
    // Sections 二, 三 and 四 hold their tables.
    const lineOf = (title: string) => text.split('\n').indexOf(title);
    model.tables.forEach((t, i) => {
      assert.ok(t.range.start.line > lineOf(SECTION_TITLES[i + 1]!) && t.range.end.line < lineOf(SECTION_TITLES[i + 2]!));
    });
    // An empty report is only blank: no arithmetic, shape or missing-table finding.
    assert.deepEqual([...new Set(findings.map((f) => f.rule))].filter((r) => r !== 'table-cell-empty'), []);
    assert.ok(findings.length > 0);
  });
}

test('reportSkeleton with a year: the title is for that year, and the report still finds nothing but blanks', () => {
  const text = reportSkeleton('2021', '\n', 2025);
  assert.equal(text.split('\n')[0], '（机关名称）2025年政府信息公开工作年度报告');
  const { model, findings } = checkReport(text);
  assert.equal(model.title?.year, 2025);
  assert.deepEqual([...new Set(findings.map((f) => f.rule))], ['table-cell-empty']);
  assert.equal(reportSkeleton('2021'), reportSkeleton('2021', '\n', 2021));
});
