// Hostile input through the server's check path (checkDocument: maxFileSize prefix + checkText):
// no throw, no parser failure, and time linear in the size — each input is checked at n and 4n, and
// the time may grow at most 8-fold (linear: 4; quadratic: 16). Ratios, never absolute times.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textModel } from '../../server/src/core/index';
import { checkDocument } from '../../server/src/lsp/checker';
import { checkablePrefix, defaultSettings } from '../../server/src/lsp/settings';
import { rng } from '../gen/report';
import { readSeed } from '../helpers';

const KB = 1024;
const SEED = readSeed('000');

/** `unit(i)` repeated until the text has `n` code units. */
function fill(n: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, len = 0; len < n; i++) {
    const u = unit(i);
    parts.push(u);
    len += u.length;
  }
  return parts.join('');
}

const r = rng(99);
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const INPUTS: Record<string, (n: number) => string> = {
  'binary (random UTF-16 code units)': (n) => fill(n, () => String.fromCharCode(Math.floor(r() * 0x10000))),
  'one line': (n) => fill(n, (i) => `${CN[i % 9]}是共公开信息${i}条；`),
  'tiny tables (表二 openings)': (n) => fill(n, (i) => `\t第二十条第（${CN[i % 8]}）项\n\t${i}\n\n`),
  'tiny tables (表四 openings)': (n) => fill(n, (i) => `\t行政复议\n\t行政诉讼\n\t${i}\n\n`),
  'tiny tables (表三 openings)': (n) => fill(n, (i) => `\t本列数据的勾稽关系\n\t（七）总计\n\t${i}\n\n`),
  // The layouts without marks and with TABs between cells (core/layouts/): openings that never align.
  'captions without marks (表二 openings, no TAB)': (n) => fill(n, (i) => `第二十条第（${CN[i % 8]}）项\n`),
  '表二 headers without marks, no rows': (n) => fill(n, (i) => `第二十条第（一）项\n信息内容\n本年新制作数量\n${i % 2 ? '' : '信息内容\n'}`),
  '表三 header words without marks, no rows': (n) => fill(n, () => '申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n'),
  '表四 header labels without marks, no data': (n) => fill(n, () => '行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n'),
  '表三 rows without marks': (n) => '申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n' + fill(n, (i) => `（${CN[i % 7]}）予以公开\n${i}\n0\n0\n0\n0\n0\n${i}\n`),
  'rows with TABs between cells': (n) => fill(n, (i) => (i % 50 ? `规章\t${i}\t0\t0\n` : '第二十条第（一）项\n')),
  'nested ordinals, four levels': (n) => fill(n, (i) => `${CN[i % 10]}、甲\n（${CN[i % 10]}）乙\n${i % 9 + 1}.丙\n（${i % 9 + 1}）丁\n`),
  'nested brackets on one line': (n) => '（'.repeat(n / 2) + '一' + '）'.repeat(n / 2),
  'lone surrogates': (n) => fill(n, (i) => (i % 2 ? '\ud800\t\n' : '\t\udfff一、\n')),
  'NUL bytes': (n) => fill(n, (i) => (i % 3 ? '\u0000\t\u0000\n' : '\u0000一、\u0000')),
  'seed with NULs and CRs': (n) => fill(n, () => SEED.replace(/\n/g, '\r').replace(/。/g, '\u0000')),
};

function best(text: string, runs = 3, settings = defaultSettings()): number {
  let ms = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const checked = checkDocument(text, 1, settings);
    ms = Math.min(ms, performance.now() - t0);
    assert.deepEqual(checked.result.failures, []);
    assert.ok(!checked.result.reports.some((r) => r.result.model.problems.some((p) => p.code === 'parser-failed')));
  }
  return ms;
}

/**
 * The growth of the check time from `small` to `large` (min of runs, floored at 5 ms to keep clock
 * noise out); on a shared machine a stray pause can inflate one measurement, so the best of three
 * attempts counts — a quadratic pass fails all three.
 */
function growth(small: string, large: string, settings = defaultSettings()): { ratio: number; a: number; b: number } {
  best(small, 1, settings); // warm-up
  let result = { ratio: Infinity, a: 0, b: 0 };
  for (let attempt = 0; attempt < 3 && result.ratio >= 8; attempt++) {
    const a = best(small, 2, settings);
    const b = best(large, 2, settings);
    const ratio = Math.max(b, 5) / Math.max(a, 5);
    if (ratio < result.ratio) result = { ratio, a, b };
  }
  return result;
}

for (const [name, make] of Object.entries(INPUTS)) {
  test(`hostile input, ${name}: no failure, time linear (n and 4n)`, () => {
    const { ratio, a, b } = growth(make(64 * KB), make(256 * KB));
    assert.ok(ratio < 8, `${name}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms`);
  });
}

/**
 * The four lines of issue 15 whose time was quadratic in their length, each in a real report (the prose
 * after its title, or a cell after a blank line inside 表二, where the page-break test reads it): at 15K
 * and 60K code units (under MAX_LINE_LENGTH, so that all of the line is read).
 */
const REPORT = readSeed('002').split('\n');
const FIRST_CELL = REPORT.findIndex((l) => l.startsWith('\t'));
const inProse = (line: string) => [...REPORT.slice(0, 5), line, ...REPORT.slice(5)].join('\n');
const inTable = (line: string) => [...REPORT.slice(0, FIRST_CELL + 3), '', line, ...REPORT.slice(FIRST_CELL + 3)].join('\n');
const QUADRATIC_BEFORE: Record<string, (n: number) => string> = {
  'an unclosed [bookmark: repeated': (n) => inProse('[bookmark: '.repeat(n / 11)),
  'an unclosed [nianbao-disable repeated': (n) => inProse('[nianbao-disable '.repeat(n / 17)),
  'a cell of a TAB, spaces and x (the 续表 page-break test)': (n) => inTable('\t' + ' '.repeat(n) + 'x'),
  '发布行政规范性文件, digits, 个': (n) => inProse('发布行政规范性文件' + '1'.repeat(n) + '个'),
};

for (const [name, make] of Object.entries(QUADRATIC_BEFORE)) {
  test(`hostile line, ${name}: time linear in its length (n and 4n)`, () => {
    const { ratio, a, b } = growth(make(15_000), make(60_000));
    assert.ok(ratio < 8, `${name}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms`);
  });
}

test('100,000 tiny tables are read, in linear time', () => {
  const text = fill(100_000 * 16, (i) => `\t行政复议\n\t行政诉讼\n\t${i % 10}\n\n`);
  const checked = checkDocument(text, 1, { ...defaultSettings(), maxFileSize: 64 * 1024 * KB });
  assert.equal(checked.truncated, false);
  const tables = textModel(checked.result).tables.length;
  assert.ok(tables >= 100_000, `${tables} tables`);
});

test('a 50 MB document: only the prefix is checked, so 50 MB costs about what 12.5 MB does', () => {
  // A small limit keeps the test quick; past the prefix the text is only counted.
  const settings = { ...defaultSettings(), maxFileSize: 256 * KB };
  const copies = Math.ceil((50 * 1024 * KB) / Buffer.byteLength(SEED + '\n'));
  const big = Array.from({ length: copies }, (_, i) => SEED + (i % 2 ? '\n' : '\r\n')).join('');
  const quarter = big.slice(0, big.length / 4);
  const { ratio, a, b } = growth(quarter, big, settings);
  assert.ok(ratio < 8, `12.5 MB: ${a.toFixed(0)} ms, 50 MB: ${b.toFixed(0)} ms`);
  const checked = checkDocument(big, 1, settings);
  assert.equal(checked.truncated, true);
  assert.equal(checked.bytes, Buffer.byteLength(big));
  assert.ok(checked.bytes >= 50 * 1024 * KB);
  assert.equal(checked.result.lineCount, checked.lines + 1, 'the prefix ends with a line break');
});

test('checkablePrefix: whole lines, CRLF kept whole, bytes of UTF-8, a long first line cut at the limit', () => {
  assert.deepEqual(checkablePrefix('ab\ncd\n', 100), { text: 'ab\ncd\n', truncated: false, bytes: -1, lines: -1 });
  // 一 is 3 bytes: 'a\n一一\n' is 9 bytes.
  assert.deepEqual(checkablePrefix('a\n一一\nb', 8), { text: 'a\n', truncated: true, bytes: 10, lines: 1 });
  assert.deepEqual(checkablePrefix('a\n一一\nb', 9), { text: 'a\n一一\n', truncated: true, bytes: 10, lines: 2 });
  assert.deepEqual(checkablePrefix('ab\r\ncd', 3), { text: 'ab', truncated: true, bytes: 6, lines: 1 });
  assert.deepEqual(checkablePrefix('ab\r\ncd', 4), { text: 'ab\r\n', truncated: true, bytes: 6, lines: 1 });
  assert.deepEqual(checkablePrefix('abcdef', 4), { text: 'abcd', truncated: true, bytes: 6, lines: 1 });
  // A surrogate pair is 4 bytes, a lone surrogate counts 2.
  assert.deepEqual(checkablePrefix('\ud83d\ude00\nx\ud800', 5), { text: '\ud83d\ude00\n', truncated: true, bytes: 8, lines: 1 });
});
