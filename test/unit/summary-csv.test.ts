// The workspace check's summary as CSV: a BOM, CRLF, one row per report and a row of totals, findings
// per rule most first; a file name that a spreadsheet would read as a formula is defused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, summaryCsv, totals } from '../../shared/summary';
import type { ReportSummary } from '../../shared/protocol';

const report = (uri: string, error: number, warning: number, rules: Record<string, number>): ReportSummary => ({
  uri,
  counts: { error, warning, information: 0, hint: 0 },
  rules,
});

const reports = [
  report('file:///w/a.txt', 1, 2, { 'table-swapped-cells': 1, 'heading-style': 2 }),
  report('file:///w/=cmd.txt', 0, 1, { 'heading-style': 1 }),
];

test('totals: reports, reports with errors, findings, per rule most first', () => {
  assert.deepEqual(totals(reports), { reports: 2, withErrors: 1, findings: 4, rules: [['heading-style', 3], ['table-swapped-cells', 1]] });
});

test('the CSV: BOM, CRLF, a row per report and the totals, in Chinese or English', () => {
  const name = (uri: string) => uri.slice('file:///w/'.length);
  assert.equal(
    summaryCsv(reports, 'zh-cn', name),
    '\ufeff文件,错误,警告,信息,提示,heading-style,table-swapped-cells\r\n' +
      'a.txt,1,2,0,0,2,1\r\n' +
      "'=cmd.txt,0,1,0,0,1,0\r\n" +
      '合计（2 份年报，1 份有错误）,1,3,0,0,3,1\r\n',
  );
  assert.match(summaryCsv(reports, 'en', name), /^\ufefffile,errors,warnings,information,hints,/);
  assert.match(summaryCsv(reports, 'en', name), /\r\n"total \(2 reports, 1 with errors\)",1,3,0,0,3,1\r\n$/);
});

test('formula injection: = + - @ TAB CR are defused; quotes and commas quoted; numbers left alone', () => {
  for (const c of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${c}1`).replace(/^"/, '').startsWith(`'${c}`), JSON.stringify(c));
  assert.equal(csvCell('a,"b"'), '"a,""b"""');
  assert.equal(csvCell(-1), '-1');
  assert.equal(csvCell('年报.txt'), '年报.txt');
});
