// The built CLI on Word documents and web pages: check and extract read them (positions in the
// converted text, cells named), convert writes the text they are read as, fix refuses them. Inputs:
// the corpus .docx of seed 000 (made by python-docx), a page written by test/inputs/make-html.ts
// (GBK), and .docx files zipped here with fflate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { docxToText } from '../../server/src/inputs';
import { generate } from '../gen/report';
import { pageOf } from '../inputs/make-html';
import { nianbao, root, seedText, tempDir } from './process';

const seed000Docx = join(root, 'test/fixtures/corpus/converted/docx/000_b094f87eeea30dda.docx');

/** A minimal .docx of these paragraphs' body XML. */
function docx(body: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

test('check on a .docx (corpus, python-docx): seed 000’s swap at its line in the converted text, the cell named; exit 1', () => {
  const dir = tempDir();
  copyFileSync(seed000Docx, join(dir, '报告.docx'));
  const r = nianbao(['check', join(dir, '报告.docx')]);
  assert.equal(r.code, 1, r.stderr);
  const swap = r.stdout.split('\n').find((l) => l.includes('table-swapped-cells'))!;
  assert.match(swap, /报告\.docx:(\d+):2 {2}error {2}table-swapped-cells {2}（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符$/);
  // The position is in the text `convert` writes: that line is the cell 法律服务机构 of （七）总计 (its value 1).
  const line = Number(/:(\d+):2/.exec(swap)![1]);
  const converted = nianbao(['convert', join(dir, '报告.docx')]);
  assert.equal(converted.code, 0, converted.stderr);
  const lines = converted.stdout.split('\n');
  assert.equal(lines[line - 1], '\t1');
  assert.equal(lines.slice(0, line).reverse().find((l) => l.includes('总计') && l.startsWith('\t（')), '\t（七）总计');
});

test('check on a GBK web page with chrome (make-html.ts), JSON: the findings of its Tika text, ranges in the converted text', () => {
  const dir = tempDir();
  const g = generate({ format: '2021', seed: 11 });
  const lines = g.text.split('\n');
  const [a, b] = [g.table3Lines.get('total')![4]!, g.table3Lines.get('total')![5]!];
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  writeFileSync(join(dir, 'nb.htm'), pageOf(lines.join('\n'), { encoding: 'gbk', meta: 'http-equiv' }));
  const r = nianbao(['check', '--format', 'json', join(dir, 'nb.htm')]);
  assert.equal(r.code, 1, r.stderr);
  const [file] = JSON.parse(r.stdout) as { diagnostics: { rule: string; range: { start: { line: number } } }[] }[];
  const swap = file!.diagnostics.find((d) => d.rule === 'table-swapped-cells')!;
  assert.equal(swap.range.start.line, Math.min(a, b));
});

test('extract on a .docx: the cells of its tables, named', () => {
  const r = nianbao(['extract', '--format', 'csv', seed000Docx]);
  assert.equal(r.code, 0, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => l.includes('（七）总计') && l.includes('法律服务机构'));
  assert.equal(rows.length, 1, r.stdout.slice(0, 500));
  assert.match(rows[0]!, /,1(,|$)/);
});

test('fix on a .docx refuses (exit 2, in the locale); in a folder, .docx and pages are skipped and the .txt fixed', () => {
  const dir = tempDir();
  copyFileSync(seed000Docx, join(dir, 'a.docx'));
  const named = nianbao(['fix', join(dir, 'a.docx')]);
  assert.equal(named.code, 2);
  assert.match(named.stderr, /a\.docx: fix 不改写 Word 文档和网页；请用 nianbao convert 转换为 \.txt 后修复该 \.txt\n/);
  assert.deepEqual(readFileSync(join(dir, 'a.docx')), readFileSync(seed000Docx));
  writeFileSync(join(dir, 'b.txt'), seedText(0));
  const folder = nianbao(['fix', dir]);
  assert.equal(folder.code, 0, folder.stderr);
  assert.match(folder.stderr, /跳过 1 个 \.docx 或网页文件：fix 只改写 \.txt\n/);
  assert.notEqual(readFileSync(join(dir, 'b.txt'), 'utf8'), seedText(0));
});

test('convert: one input to a file; several to a folder as <name>.txt (a GBK .txt as UTF-8); never over an input', () => {
  const dir = tempDir();
  copyFileSync(seed000Docx, join(dir, '000.docx'));
  writeFileSync(join(dir, '001.txt'), iconv.encode(seedText(1), 'gbk'));
  const one = nianbao(['convert', join(dir, '000.docx'), '-o', join(dir, 'single.txt')]);
  assert.equal(one.code, 0, one.stderr);
  const expected = docxToText(readFileSync(seed000Docx));
  assert.ok(expected.ok);
  assert.equal(readFileSync(join(dir, 'single.txt'), 'utf8'), expected.text);

  const out = join(dir, 'out');
  const many = nianbao(['convert', join(dir, '000.docx'), join(dir, '001.txt'), '-o', out]);
  assert.equal(many.code, 0, many.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['000.txt', '001.txt']);
  assert.equal(readFileSync(join(out, '000.txt'), 'utf8'), expected.text);
  assert.equal(readFileSync(join(out, '001.txt'), 'utf8'), seedText(1));

  const over = nianbao(['convert', join(dir, '000.docx'), join(dir, '001.txt'), '-o', dir]);
  assert.equal(over.code, 2);
  assert.match(over.stderr, /001\.txt: 是输入文件之一，不覆盖\n/);
  assert.equal(readFileSync(join(dir, '001.txt')).equals(iconv.encode(seedText(1), 'gbk')), true);
});

test('a folder: .docx and pages are found and checked, but not beside a .txt of the same name; how a file was read goes to stderr', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  copyFileSync(seed000Docx, join(dir, 'sub', 'x.docx'));
  copyFileSync(seed000Docx, join(dir, 'sub', 'y.docx'));
  writeFileSync(join(dir, 'sub', 'y.txt'), seedText(0));
  const tracked = docx(
    // A report's title and two headings of the national outline: recognised as a report.
    '<w:p><w:r><w:t>2021年政府信息公开工作年度报告</w:t></w:r></w:p><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>共</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>21</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>',
  );
  writeFileSync(join(dir, 'tracked.docx'), tracked);
  const r = nianbao(['check', '--verbose', dir]);
  assert.equal(r.code, 1, r.stderr);
  const files = [...new Set(r.stdout.split('\n').map((l) => /^(.*?):\d+:\d+ /.exec(l)?.[1]).filter(Boolean))].map((f) => f!.slice(dir.length + 1));
  assert.deepEqual(files.sort(), ['sub/x.docx', 'sub/y.txt', 'tracked.docx']);
  assert.match(r.stderr, /tracked\.docx: 文件含有未处理的修订，已按全部接受读取（插入 1 处，删除 0 处）\n/);
  assert.match(r.stderr, /x\.docx: \.docx → UTF-8, LF/);
});

test('a damaged .docx: exit 2, the reason in the locale; the other files are still checked', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.docx'), 'not a zip');
  writeFileSync(join(dir, 'good.txt'), seedText(3));
  const r = nianbao(['check', join(dir, 'bad.docx'), join(dir, 'good.txt')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\.docx: 不是 \.docx 文件（不是 ZIP 压缩包）\n/);
  assert.match(r.stdout, /good\.txt:\d+:\d+ /);
});

test('the convert command line: -o taken, --format and --dry-run refused', async () => {
  const { parseCommandLine } = await import('../../server/src/cli/args');
  assert.deepEqual(parseCommandLine(['convert', 'a.docx', '-o', 'a.txt'], {}), {
    kind: 'convert',
    output: 'a.txt',
    locale: 'zh-cn',
    paths: ['a.docx'],
    ignore: [],
    verbose: false,
  });
  assert.deepEqual(parseCommandLine(['convert', '--format', 'csv', 'a.docx'], {}), { kind: 'usage-error', message: { id: 'args.notFor', args: { command: 'convert', option: '--format' } }, locale: 'zh-cn' });
  assert.deepEqual(parseCommandLine(['convert', '--dry-run', 'a.docx'], {}), { kind: 'usage-error', message: { id: 'args.notFor', args: { command: 'convert', option: '--dry-run' } }, locale: 'zh-cn' });
});
