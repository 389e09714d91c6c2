// The CLI's formatters: pure functions, findings in, string out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core';
import { countFindings, formatJson, formatText, summaryLine, type FileResult } from '../../server/src/cli/format';

const r = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

const shape: Finding = {
  rule: 'table-shape',
  severity: 'warning',
  range: r(9, 1, 9, 5),
  message: { id: 'table-row-unaligned', args: { table: '表三', row: '（一）予以公开', found: 6, expected: 7 } },
};
const withFix: Finding = {
  rule: 'table-row-total',
  severity: 'error',
  range: r(20, 1, 20, 3),
  message: { id: 'table-duplicate-row', args: { table: '表三', row: '总计' } },
  related: [{ range: r(18, 1, 18, 2), message: { id: 'table-row-unknown', args: { table: '表三', row: 'x' } } }],
  fixes: [{ title: { id: 'rule-failed', args: { rule: 'r', error: 'e' } }, edits: [{ range: r(20, 1, 20, 3), newText: '12' }], preferred: true }],
};

const results: FileResult[] = [
  { file: 'a.txt', findings: [shape, withFix] },
  { file: 'b.txt', findings: [] },
];

test('json: one array, every file, contract keys in a fixed order', () => {
  const json = formatJson(results, 'en');
  assert.ok(json.endsWith(']\n'));
  const parsed = JSON.parse(json) as unknown[];
  assert.equal(parsed.length, 2);
  assert.deepEqual(parsed[1], { file: 'b.txt', diagnostics: [] });
  assert.equal(
    JSON.stringify((parsed[0] as { diagnostics: unknown[] }).diagnostics[0]),
    JSON.stringify({
      rule: 'table-shape',
      severity: 'warning',
      message: '表三 row "（一）予以公开" has 6 data cells where 7 are expected; its columns cannot be aligned',
      range: r(9, 1, 9, 5),
      fixes: [],
    }),
  );
  assert.equal(
    JSON.stringify((parsed[0] as { diagnostics: unknown[] }).diagnostics[1]),
    JSON.stringify({
      rule: 'table-row-total',
      severity: 'error',
      message: 'Row "总计" appears twice in 表三; only its first occurrence is read',
      range: r(20, 1, 20, 3),
      fixes: [{ title: 'Rule r failed: e', edits: [{ range: r(20, 1, 20, 3), newText: '12' }] }],
      related: [{ range: r(18, 1, 18, 2), message: '"x" is not a row of 表三' }],
    }),
  );
});

test('json: messages in Chinese for zh-cn', () => {
  const parsed = JSON.parse(formatJson(results, 'zh-cn')) as { diagnostics: { message: string }[] }[];
  assert.equal(parsed[0]?.diagnostics[0]?.message, '表三「（一）予以公开」行有 6 个数据单元格，应为 7 个，无法与表头各列对齐');
});

test('text: 1-based line and column, then the summary', () => {
  const text = formatText(results, { locale: 'en', color: false });
  assert.deepEqual(text.split('\n'), [
    'a.txt:10:2  warning  table-shape  表三 row "（一）予以公开" has 6 data cells where 7 are expected; its columns cannot be aligned',
    'a.txt:21:2  error  table-row-total  Row "总计" appears twice in 表三; only its first occurrence is read',
    'Checked 2 files: 1 error, 1 warning, 0 information',
    '',
  ]);
});

test('text: colour only the severity, only when asked', () => {
  const coloured = formatText(results, { locale: 'zh-cn', color: true });
  assert.ok(coloured.includes('a.txt:10:2  \x1b[33mwarning\x1b[0m  table-shape  '));
  assert.ok(coloured.includes('\x1b[31merror\x1b[0m'));
  assert.ok(!formatText(results, { locale: 'zh-cn', color: false }).includes('\x1b'));
});

test('text: a message with line breaks stays on one line', () => {
  const f: Finding = { ...shape, message: { id: 'table-row-unknown', args: { table: '表三', row: '其他\n处理' } } };
  const text = formatText([{ file: 'x.txt', findings: [f] }], { locale: 'zh-cn', color: false });
  assert.equal(text.split('\n').length, 3);
});

test('summary line in both languages', () => {
  const c = countFindings(results);
  assert.deepEqual(c, { files: 2, error: 1, warning: 1, information: 0, hint: 0 });
  assert.equal(summaryLine(c, 'zh-cn'), '检查了 2 个文件：1 个错误，1 个警告，0 个提示');
  assert.equal(
    summaryLine({ files: 5, error: 0, warning: 3, information: 1, hint: 0 }, 'en'),
    'Checked 5 files: 0 errors, 3 warnings, 1 information',
  );
  assert.equal(
    summaryLine({ files: 1, error: 2, warning: 1, information: 2, hint: 1 }, 'en'),
    'Checked 1 file: 2 errors, 1 warning, 2 information, 1 hint',
  );
  assert.equal(summaryLine({ files: 0, error: 0, warning: 0, information: 0, hint: 2 }, 'zh-cn'), '检查了 0 个文件：0 个错误，0 个警告，0 个提示，2 个建议');
});
