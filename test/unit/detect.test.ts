// Which .txt documents are reports: every seed and every real report of the corpus (as text and as
// converted), not an ordinary text, nor a notice that only mentions annual reports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isReportText } from '../../server/src/core';
import { readSeed, repoRoot } from '../helpers';

test('every seed is a report', () => {
  for (const k of ['000', '001', '002', '003', '004']) assert.equal(isReportText(readSeed(k)), true, k);
});

test('every real report of the corpus is a report, as text and as converted', () => {
  const corpus = join(repoRoot(), 'test', 'fixtures', 'corpus');
  const dirs = ['real', ...readdirSync(join(corpus, 'converted')).filter((d) => d !== 'docx').map((d) => join('converted', d))];
  let n = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(join(corpus, dir)).filter((f) => f.endsWith('.txt'))) {
      assert.equal(isReportText(readFileSync(join(corpus, dir, f), 'utf8')), true, join(dir, f));
      n++;
    }
  }
  assert.ok(n >= 7, `${n} files`);
});

test('seed 004 qualifies by its 表三 header alone (its title lacks 公开)', () => {
  const text = readSeed('004');
  assert.equal(isReportText(text.replace('\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '')), false);
});

test('ordinary texts stay plain text', () => {
  assert.equal(isReportText('会议纪要\n\n一、会议内容\n讨论了年度报告的编写。\n'), false);
  assert.equal(isReportText(''), false);
  assert.equal(isReportText('甲\n乙\n丙\n丁\n戊\n某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n'), false, 'a title below the first five lines is not a title');
});

/** A notice asking units to send their reports: the words of a report's title, none of its structure. */
const NOTICE = [
  '关于报送2023年政府信息公开工作年度报告的通知',
  '',
  '各乡镇人民政府、街道办事处，县政府各部门：',
  '根据《中华人民共和国政府信息公开条例》规定，现将报送2023年政府信息公开工作年度报告有关事项通知如下：',
  '一、报送内容',
  '各单位应当按照国家规定的格式编制年度报告，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。',
  '二、报送时间',
  '请于2024年1月20日前将年报电子版报送县政务公开办。',
  '',
  '县政务公开办',
  '2024年1月5日',
].join('\n');

test('a notice that only mentions annual reports is not a report', () => {
  assert.equal(isReportText(NOTICE), false);
});

test('a title and a report’s structure: two headings of the national outline, or a table header', () => {
  const title = '\ufeff某局 2021 年 政府信息公开 工作年度报告\n';
  assert.equal(isReportText(title), false, 'a title alone');
  assert.equal(isReportText(title + '一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n'), true);
  assert.equal(isReportText(title + '（一）总体情况\n正文。\n'), false, 'one heading');
  assert.equal(isReportText('某某市人民政府办公室\n2022年政府信息公开工作年报\n\t信息内容\n\t本年制发件数\n'), true);
  assert.equal(isReportText('某某市人民政府办公室\n2022年政府信息公开工作年报\n\t行政复议\n\t结果维持\n'), true);
});
