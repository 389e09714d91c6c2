// The CLI's formatters: pure functions, findings in, string out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/core';
import { artifactUri, countFindings, fixedLine, formatJson, formatSarif, formatText, progressLine, summaryLine, unifiedDiffBytes, type FileResult } from '../../server/src/cli/output';
import { run } from '../../server/src/cli/run';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeds, root, tempDir } from './process';

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

test('sarif: levels, 1-based regions, related locations and fixes; rule metadata in both languages', () => {
  const log = JSON.parse(formatSarif(results, 'en'));
  const run0 = log.runs[0];
  const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
  assert.deepEqual(run0.results.map((x: { ruleId: string; ruleIndex: number }) => ids[x.ruleIndex]), ['table-shape', 'table-row-total']);
  assert.deepEqual(run0.results[1], {
    ruleId: 'table-row-total',
    ruleIndex: ids.indexOf('table-row-total'),
    level: 'error',
    message: { text: 'Row "总计" appears twice in 表三; only its first occurrence is read' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 21, startColumn: 2, endLine: 21, endColumn: 4 } } }],
    relatedLocations: [
      { id: 0, message: { text: '"x" is not a row of 表三' }, physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 19, startColumn: 2, endLine: 19, endColumn: 3 } } },
    ],
    fixes: [
      {
        description: { text: 'Rule r failed: e' },
        artifactChanges: [{ artifactLocation: { uri: 'a.txt' }, replacements: [{ deletedRegion: { startLine: 21, startColumn: 2, endLine: 21, endColumn: 4 }, insertedContent: { text: '12' } }] }],
      },
    ],
  });
  const rule = run0.tool.driver.rules[ids.indexOf('cross-year-carry')];
  assert.equal(rule.defaultConfiguration.level, 'warning');
  assert.match(rule.help.text, /上年结转[\s\S]*\n.*carried over/);
  assert.equal(JSON.parse(formatSarif(results, 'zh-cn')).runs[0].tool.driver.rules[ids.indexOf('cross-year-carry')].shortDescription.text, rule.help.text.split('\n')[0]);
  assert.deepEqual(run0.artifacts, [{ location: { uri: 'a.txt' } }, { location: { uri: 'b.txt' } }]);
});

test("sarif: each rule's helpUri is its page, its fix kind a property", () => {
  const page = (id: string) => `file:///pkg/docs/rules/${id}.md`;
  const rules = JSON.parse(formatSarif(results, 'en', page)).runs[0].tool.driver.rules;
  for (const r of rules) assert.equal(r.helpUri, page(r.id));
  assert.deepEqual(rules.find((r: { id: string }) => r.id === 'table-swapped-cells').properties, { severity: 'error', fixable: true, fix: 'safe' });
  assert.equal(JSON.parse(formatSarif(results, 'en')).runs[0].tool.driver.rules[0].helpUri, undefined);
});

test('sarif: artifact URIs', () => {
  assert.equal(artifactUri('年报/a b.txt'), '%E5%B9%B4%E6%8A%A5/a%20b.txt');
  assert.equal(artifactUri('/srv/年报#1.txt'), 'file:///srv/%E5%B9%B4%E6%8A%A5%231.txt');
  assert.equal(artifactUri('C:\\报告\\a.txt'), 'file:///C:/%E6%8A%A5%E5%91%8A/a.txt');
});

test('fix output: the unified diff keeps the line breaks; the fixed line in both languages', () => {
  const before = '一\r\n二\r\n三\r\n';
  const after = '一\r\n2\r\n三\r\n';
  const diff = unifiedDiffBytes('dir/a.txt', Buffer.from(before), Buffer.from(after));
  assert.equal(diff.toString('utf8'), '--- dir/a.txt\n+++ dir/a.txt\n@@ -1,3 +1,3 @@\n 一\r\n-二\r\n+2\r\n 三\r\n');
  // A name cannot add lines to the diff.
  assert.equal(unifiedDiffBytes('a\n+++ b.txt', Buffer.from(before), Buffer.from(after)).toString('utf8').split('\n')[0], '--- a\\x0a+++ b.txt');
  assert.equal(fixedLine('a.txt', 3, 2, false, 'zh-cn'), '已修复 a.txt：3 处修改（2 轮）');
  assert.equal(fixedLine('a.txt', 1, 1, true, 'en'), 'Would fix a.txt: 1 edit (1 pass)');
});

test('progress: a line on stderr when it is a terminal and the run is long, erased at the end', () => {
  assert.equal(progressLine(3, 40, 'reports/a.txt', 'en', 80), '\rChecking 3/40 reports/a.txt\x1b[K');
  assert.equal(progressLine(3, 40, 'x'.repeat(100), 'zh-cn', 40), `\r检查中 3/40 …${'x'.repeat(20)}\x1b[K`);
  const dir = tempDir();
  const paths = Array.from({ length: 24 }, (_, i) => join(dir, `${String(i).padStart(2, '0')}.txt`));
  for (const p of paths) writeFileSync(p, readFileSync(join(root, seeds[2]!)));
  for (const tty of [true, false]) {
    let err = '';
    let clock = 0;
    const code = run(['check', '--format', 'json', ...paths, join(dir, 'missing.txt')], {
      stdout: () => {},
      stderr: (t) => (err += t),
      env: {},
      isTTY: false,
      stderrIsTTY: tty,
      now: () => (clock += 50),
    });
    assert.equal(code, 2, 'a missing file');
    if (tty) {
      assert.ok(err.includes(`\r检查中 24/24 ${paths[23]}`), err);
      assert.ok(err.endsWith('\r\x1b[K'));
    } else assert.ok(!err.includes('\r'));
  }
});
