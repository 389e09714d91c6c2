// Which .txt documents are reports: all five seeds, not an ordinary text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isReportText } from '../../server/src/core';
import { readSeed } from '../helpers';

test('every seed is a report', () => {
  for (const k of ['000', '001', '002', '003', '004']) assert.equal(isReportText(readSeed(k)), true, k);
});

test('seed 004 qualifies by its 表三 header alone (its title lacks 公开)', () => {
  const text = readSeed('004');
  assert.equal(isReportText(text.replace('\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '')), false);
});

test('ordinary texts stay plain text', () => {
  assert.equal(isReportText('会议纪要\n\n一、会议内容\n讨论了年度报告的编写。\n'), false);
  assert.equal(isReportText(''), false);
  assert.equal(isReportText('甲\n乙\n丙\n丁\n戊\n某局2020年政府信息公开工作年度报告'), false, 'a title below the first five lines is not a title');
});

test('a title in the first lines, with a BOM, spaces or on the second line', () => {
  assert.equal(isReportText('\ufeff某局 2021 年 政府信息公开 工作年度报告\n'), true);
  assert.equal(isReportText('某某市人民政府办公室\n2022年政府信息公开工作年报\n'), true);
});
