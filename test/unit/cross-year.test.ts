// Which reports of a folder are one agency's: names written differently from year to year still pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossYearFindings, parseReport, reportMeta, yearReport } from '../../server/src/core';
import { agencyKey } from '../../server/src/core/cross-year';
import { generate } from '../gen/report';

test('agency names: 人民政府 and 政府, 办公室 and 办, spaces are one body; a government and its office are two', () => {
  assert.equal(agencyKey('临澧县人民政府办公室'), agencyKey('临澧县政府办公室'));
  assert.equal(agencyKey('临澧县政府办'), agencyKey('临澧县人民政府办公室'));
  assert.equal(agencyKey('临澧县 人民政府'), agencyKey('临澧县政府'));
  assert.notEqual(agencyKey('临澧县人民政府'), agencyKey('临澧县人民政府办公室'));
  assert.notEqual(agencyKey('临澧县人民政府办公室'), agencyKey('澧县人民政府办公室'));
});

test('cross-year: last year\'s report under a differently written name is compared', () => {
  const cur = generate({ format: '2021', seed: 11 });
  const prev = generate({ format: '2021', seed: 12 });
  const lines = prev.text.split('\n');
  // Last year's carry-over, 法律服务机构 one more than this year's carried-over.
  const carried = cur.table3.get('carried')!;
  prev.table3Lines.get('carryOver')!.forEach((l, k) => (lines[l] = '\t' + (carried[k]! + (k === 4 || k === 6 ? 1 : 0))));
  const prevText = lines.join('\n').replace('2022年', '2021年');
  const report = (name: string, text: string) => {
    const model = parseReport(text);
    return yearReport(name, model, reportMeta(model, text));
  };
  const pair = (a: string, b: string) =>
    crossYearFindings([report('2021.txt', prevText.replace('某某市某某局', a)), report('2022.txt', cur.text.replace('某某市某某局', b))])
      .filter((f) => f.finding.rule === 'cross-year-carry')
      .map((f) => [f.name, f.finding.rule, f.finding.range.start.line]);
  const at = cur.table3Lines.get('carried')!;
  const expected = [4, 6].map((k) => ['2022.txt', 'cross-year-carry', at[k]]); // 法律服务机构 and 总计
  assert.deepEqual(pair('临澧县人民政府办公室', '临澧县政府办公室'), expected);
  assert.deepEqual(pair('临澧县人民政府办公室', '临澧县政府办'), expected);
  assert.deepEqual(pair('临澧县人民政府', '临澧县人民政府办公室'), []);
});
