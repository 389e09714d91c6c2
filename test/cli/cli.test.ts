// The built CLI (server/out/cli.js), run as a child process from the repository root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseEnv, nianbao, root, seedDir, seeds, seedText, tempDir } from './process';

/** Seed 002 with one value cell removed from 表三's first row, so that row has a cell missing. */
function reportWithMissingCell(): string {
  const lines = seedText(2).split('\n');
  const i = lines.findIndex((l) => l.startsWith('\t一、本年新收政府信息公开申请数'));
  assert.ok(i >= 0, 'seed 002 has 表三 row 一');
  lines.splice(i + 2, 1);
  return lines.join('\n');
}

interface JsonEntry {
  file: string;
  diagnostics: Record<string, unknown>[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'];

function assertPosition(p: unknown): void {
  assert.deepEqual(Object.keys(p as object), ['line', 'character']);
  for (const v of Object.values(p as object)) assert.ok(Number.isInteger(v) && (v as number) >= 0, `0-based integer: ${v}`);
}
function assertRange(r: unknown): void {
  assert.deepEqual(Object.keys(r as object), ['start', 'end']);
  const { start, end } = r as { start: unknown; end: unknown };
  assertPosition(start);
  assertPosition(end);
}

/** Parse the JSON output and check every entry and diagnostic against the contract. */
function parseJson(stdout: string): JsonEntry[] {
  const out = JSON.parse(stdout) as JsonEntry[];
  assert.ok(Array.isArray(out));
  for (const entry of out) {
    assert.deepEqual(Object.keys(entry), ['file', 'diagnostics']);
    assert.equal(typeof entry.file, 'string');
    for (const d of entry.diagnostics) {
      const keys = Object.keys(d);
      assert.deepEqual(keys.filter((k) => k !== 'related'), ['rule', 'severity', 'message', 'range', 'fixes']);
      assert.match(d.rule as string, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(SEVERITIES.includes(d.severity as string));
      assert.equal(typeof d.message, 'string');
      assertRange(d.range);
      for (const fix of d.fixes as Record<string, unknown>[]) {
        assert.deepEqual(Object.keys(fix), ['title', 'edits']);
        assert.equal(typeof fix.title, 'string');
        for (const e of fix.edits as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(e), ['range', 'newText']);
          assertRange(e.range);
          assert.equal(typeof e.newText, 'string');
        }
      }
      if ('related' in d) {
        for (const rel of d.related as Record<string, unknown>[]) {
          assert.deepEqual(Object.keys(rel), ['range', 'message']);
          assertRange(rel.range);
          assert.equal(typeof rel.message, 'string');
        }
      }
    }
  }
  return out;
}

const hasError = (out: JsonEntry[]) => out.some((e) => e.diagnostics.some((d) => d.severity === 'error'));

test('json over the seeds folder: the 5 seeds in sorted order, their findings, exit 1', () => {
  assert.equal(seeds.length, 5);
  const r = nianbao(['check', '--format', 'json', '--locale', 'zh-cn', seedDir]);
  const out = parseJson(r.stdout);
  assert.deepEqual(
    out.map((e) => e.file),
    seeds,
  );
  assert.deepEqual(
    out.map((e) => e.diagnostics.map((d) => d.rule)),
    [
      ['heading-style', 'table-swapped-cells'],
      ['report-format', 'title-incomplete', 'conversion-artifact', 'table-cell-empty', 'table-cell-empty', 'heading-style', 'conversion-artifact'],
      ['heading-style', 'text-table-mismatch', 'conversion-artifact', 'heading-style', 'heading-style', 'amount-unit'],
      ['conversion-artifact', 'table-missing', 'heading-title'],
      ['report-format', 'title-incomplete', 'heading-style', 'amount-unit', 'table-cell-empty', 'section-missing', 'year-mismatch', 'enumeration-sequence', 'enumeration-sequence'],
    ],
  );
  const { related, ...swap } = out[0]!.diagnostics[1]!;
  assert.deepEqual(swap, {
    rule: 'table-swapped-cells',
    severity: 'error',
    message: '（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符',
    range: { start: { line: 336, character: 1 }, end: { line: 337, character: 2 } },
    fixes: [{
      title: '交换 法律服务机构 与 其他',
      edits: [
        { range: { start: { line: 336, character: 1 }, end: { line: 336, character: 2 } }, newText: '0' },
        { range: { start: { line: 337, character: 1 }, end: { line: 337, character: 2 } }, newText: '1' },
      ],
    }],
  });
  assert.equal(r.code, 1, 'seed 000 has an error');
  assert.equal(r.stderr, '');
});

test('a missing file: exit 2, named on stderr, the others still reported', () => {
  const r = nianbao(['check', '--format', 'json', seeds[0]!, 'no/such-report.txt', seeds[1]!]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no\/such-report\.txt/);
  assert.deepEqual(
    parseJson(r.stdout).map((e) => e.file),
    [seeds[0], seeds[1]],
  );
});

test('a folder: .txt files found recursively, non-reports skipped with a note', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.hidden'));
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'b.txt'), seedText(0));
  writeFileSync(join(dir, 'a-notes.txt'), '会议纪要\n今天讨论了三件事。\n');
  writeFileSync(join(dir, 'sub', 'C.TXT'), seedText(1));
  writeFileSync(join(dir, '.hidden', 'd.txt'), seedText(1));
  writeFileSync(join(dir, 'node_modules', 'e.txt'), seedText(1));
  writeFileSync(join(dir, 'f.md'), seedText(1));

  const r = nianbao(['check', '--format', 'json', dir]);
  assert.deepEqual(
    parseJson(r.stdout).map((e) => e.file),
    [join(dir, 'b.txt'), join(dir, 'sub', 'C.TXT')],
  );
  assert.ok(r.code === 0 || r.code === 1);
  assert.match(r.stderr, /跳过 1 个不是年报的 \.txt 文件/);
  assert.match(r.stderr, /跳过 1 个不是年报的 \.txt 文件/);

  // A file named on the command line is checked even when it does not look like a report.
  const direct = nianbao(['check', '--format', 'json', join(dir, 'a-notes.txt')]);
  assert.deepEqual(
    parseJson(direct.stdout).map((e) => e.file),
    [join(dir, 'a-notes.txt')],
  );
  assert.equal(direct.stderr, '');
});

test('a folder with an undecodable file: the rest is checked, the file named on stderr, exit 2', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0xff, 0x42, 0x80, 0x43, 0x0a]));
  writeFileSync(join(dir, 'ok.txt'), seedText(2));
  const r = nianbao(['check', '--format', 'json', dir]);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    `nianbao: ${join(dir, 'broken.txt')}: 无法识别编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030\n`,
  );
  const out = parseJson(r.stdout);
  assert.deepEqual(out.map((e) => e.file), [join(dir, 'ok.txt')]);
  assert.deepEqual(out[0]!.diagnostics, parseJson(nianbao(['check', '--format', 'json', seeds[2]!]).stdout)[0]!.diagnostics);
  assert.ok(out[0]!.diagnostics.length > 0);
});

test('a BOM and CRLF line endings give the same diagnostics', () => {
  const dir = tempDir();
  for (const [i, text] of [seedText(0), reportWithMissingCell()].entries()) {
    writeFileSync(join(dir, `lf${i}.txt`), text);
    writeFileSync(join(dir, `crlf${i}.txt`), '\ufeff' + text.replace(/\n/g, '\r\n'));
  }
  const r = nianbao(['check', '--format', 'json', '--locale', 'en', dir]);
  const byName = new Map(parseJson(r.stdout).map((e) => [e.file.slice(dir.length + 1), e.diagnostics]));
  assert.equal(byName.size, 4);
  for (const i of [0, 1]) {
    assert.ok(byName.get(`lf${i}.txt`)!.length > 0, 'there are findings to compare');
    assert.deepEqual(byName.get(`crlf${i}.txt`), byName.get(`lf${i}.txt`));
  }
});

test('bad arguments: exit 2, usage on stderr, nothing on stdout', () => {
  for (const args of [['check', '--bogus', seeds[0]!], ['check'], ['lint', seeds[0]!], [], ['check', '--format', 'xml', seeds[0]!]]) {
    const r = nianbao(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^nianbao: /);
    assert.match(r.stderr, /用法：nianbao check/);
    assert.doesNotMatch(r.stderr, /Usage:/);
    const en = nianbao([...args, '--locale', 'en']);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /^nianbao: .*\n\nUsage: nianbao check/);
    assert.doesNotMatch(en.stderr, /用法/);
  }
});

test('help in the locale (Chinese by default, English with --locale en or an English LANG) and version', () => {
  for (const flag of ['--help', '-h']) {
    const r = nianbao([flag]);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith('用法：nianbao check'));
    assert.ok(!r.stdout.includes('Usage:'));
    const en = nianbao([flag, '--locale', 'en']);
    assert.ok(en.stdout.startsWith('Usage: nianbao check'));
    assert.ok(!en.stdout.includes('用法'));
  }
  const v = nianbao(['--version']);
  assert.equal(v.code, 0);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  assert.equal(v.stdout, `${pkg.version}\n`);
});

test('the summary line follows --locale, then the environment, else Chinese', () => {
  const last = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';
  const en = nianbao(['check', '--locale', 'en', seeds[0]!]);
  assert.match(last(en.stdout), /^Checked 1 file: \d+ errors?, \d+ warnings?, \d+ information(, \d+ hints?)?$/);
  const zh = nianbao(['check', '--locale', 'zh-cn', seeds[0]!], { ...baseEnv(), LANG: 'en_US.UTF-8' });
  assert.match(last(zh.stdout), /^检查了 1 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示(，\d+ 个建议)?$/);
  assert.match(last(nianbao(['check', seeds[0]!], { ...baseEnv(), LANG: 'en_US.UTF-8' }).stdout), /^Checked 1 file:/);
  assert.match(last(nianbao(['check', seeds[0]!], { ...baseEnv(), LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' }).stdout), /^检查了/);
  assert.match(last(nianbao(['check', seeds[0]!]).stdout), /^检查了 1 个文件/);
});

test('text format: one line per finding, then the summary; exit status follows the severities', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'broken.txt'), reportWithMissingCell());
  const args = ['check', '--locale', 'en', join(dir, 'broken.txt'), ...seeds];
  const r = nianbao(args);
  const lines = r.stdout.trimEnd().split('\n');
  const summary = lines.pop() ?? '';
  assert.match(summary, /^Checked 6 files: \d+ errors?, \d+ warnings?, \d+ information(, \d+ hints?)?$/);
  for (const line of lines) assert.match(line, /^.+:\d+:\d+ {2}(error|warning|information|hint) {2}[a-z-]+ {2}.+$/);
  assert.ok(!r.stdout.includes('\x1b'), 'no colour when stdout is not a terminal');

  // The same findings as the JSON output, one line each, with 1-based positions.
  const json = parseJson(nianbao(['check', '--format', 'json', '--locale', 'en', ...args.slice(3)]).stdout);
  const expected = json.flatMap((e) =>
    e.diagnostics.map((d) => {
      const start = (d.range as { start: { line: number; character: number } }).start;
      return `${e.file}:${start.line + 1}:${start.character + 1}  ${d.severity}  ${d.rule}  ${(d.message as string).replace(/\s*[\r\n]\s*/g, ' ')}`;
    }),
  );
  assert.deepEqual(lines, expected);
  assert.equal(r.code, hasError(json) ? 1 : 0);
});

test('check --format html -o: one page for the folder, written whole; the unreadable files named on it', () => {
  const dir = tempDir();
  for (const i of [0, 2]) writeFileSync(join(dir, `00${i}.txt`), seedText(i));
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x41, 0xff, 0x42, 0x80, 0x43]));
  const out = join(dir, 'review.html');
  const r = nianbao(['check', '--format', 'html', '-o', out, dir]);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.equal((html.match(/<tr><td><a href="#r\d+">/g) ?? []).length, 3, 'a summary row per file');
  assert.match(html, /broken\.txt<\/h2>\n<p class="error">无法读取：无法识别编码/);
  assert.match(html, /<code>table-swapped-cells<\/code>/);
  assert.doesNotMatch(html, /<script/i);
});

test('check to a pipe writes JSON and text as each folder is done: the same bytes as -o FILE writes whole, and the same exit status', () => {
  const dir = tempDir();
  for (const [i, sub] of ['a', 'b', 'c'].entries()) {
    mkdirSync(join(dir, sub));
    writeFileSync(join(dir, sub, `${i}.txt`), seedText(i));
  }
  mkdirSync(join(dir, 'empty'));
  for (const format of ['json', 'text']) {
    const piped = nianbao(['check', '--format', format, dir]);
    const out = join(dir, `..`, `out-${format}`);
    const written = nianbao(['check', '--format', format, '-o', out, dir]);
    assert.equal(piped.code, 1, piped.stderr);
    assert.equal(written.code, piped.code);
    assert.equal(piped.stdout, readFileSync(out, 'utf8'), format);
  }
  const json = JSON.parse(nianbao(['check', '--format', 'json', dir]).stdout) as { file: string }[];
  assert.deepEqual(json.map((e) => e.file.slice(dir.length)), ['/a/0.txt', '/b/1.txt', '/c/2.txt']);
  assert.equal(nianbao(['check', '--format', 'json', join(dir, 'empty')]).stdout, '[]\n', 'no report: an empty array, as before');
});
