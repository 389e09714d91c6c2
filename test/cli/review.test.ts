// The review page: a summary row per report, each finding with its line, rule, message, text and
// fixes; everything from the reports escaped; no script and no remote resource; both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, reportMeta, textModel } from '../../server/src/core';
import { splitLines } from '../../server/src/core/text';
import { reviewHtml, type ReviewFile } from '../../server/src/cli/review';
import { readSeed } from '../helpers';

const review = (file: string, text: string): ReviewFile => {
  const r = checkText(text);
  const model = textModel(r);
  const meta = reportMeta(model, text);
  return { file, ...meta, format: model.format, findings: r.findings, lines: splitLines(text) };
};

test('seed 000 and a hostile report: summary, findings with their text, everything escaped, no script', () => {
  const hostile = readSeed('002').replace(/^.*$/m, '<script>alert(1)</script>某某区"&\u001b[31m2020年政府信息公开工作年度报告');
  const html = reviewHtml([review('000.txt', readSeed('000')), review('<b>002</b>.txt', hostile)], 'zh-cn', '0.1.0');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /\bsrc=|\bhref="(?!#)/, 'no remote resource, only links within the page');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('U+001B'), 'a control character is shown, not emitted');
  assert.ok(html.includes('<a href="#r2">&lt;b&gt;002&lt;/b&gt;.txt</a>'));
  // Seed 000: its summary row (余姚市人民政府办公室, 2020, 2019 format, 2 errors? the swap is one) and the swap's row.
  const row = html.split('\n').find((l) => l.includes('href="#r1"'))!;
  assert.match(row, /<td>余姚市人民政府办公室<\/td><td class="n">2020<\/td><td>2019 年格式<\/td><td class="n">1<\/td>/);
  assert.match(html, /<td class="n">337<\/td><td class="error">错误<\/td><td><code>table-swapped-cells<\/code><\/td><td>（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符<\/td><td><pre><mark>1<\/mark>\n<mark>0<\/mark><\/pre><\/td><td>交换 法律服务机构 与 其他<\/td><\/tr>/);
  const en = reviewHtml([review('000.txt', readSeed('000'))], 'en', '0.1.0');
  assert.match(en, /<html lang="en">/);
  assert.match(en, /In （七）总计, 法律服务机构 \(1\) and 其他 \(0\) look swapped/);
});

test('a long paragraph is shown around what the finding concerns, marked', () => {
  const seed = readSeed('002');
  const html = reviewHtml([review('002.txt', seed)], 'zh-cn', '0.1.0');
  // Seed 002 line 6: 规范性文件18个 in a paragraph of some 200 characters; 40 characters either side.
  const row = html.split('\n').find((l) => l.includes('<td class="n">6</td>'))!;
  const cell = /<pre>(.*?)<\/pre>/.exec(row)![1]!;
  assert.match(cell, /^2020年，.*行政规范性文件<mark>18<\/mark>个，.*…$/);
  const line = seed.split('\n')[5]!;
  assert.equal(cell.indexOf('<mark>'), line.indexOf('18个'), 'from the line\'s start: less than 40 characters before');
  assert.ok(cell.replace(/<\/?mark>/g, '').length <= 2 + 80 + 2 + 1, cell);
});
