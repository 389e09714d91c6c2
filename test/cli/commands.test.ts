// The built CLI as a process: encodings, SARIF, fix, extract, the cross-year rules, configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { everyRule, fixText, parseReport, reportMeta } from '../../server/src/core';
import { PARALLEL_MIN_FILES, run } from '../../server/src/cli/run';
import { generate } from '../gen/report';
import { baseEnv, nianbao, root, seeds, seedText, tempDir } from './process';

interface Diagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string; edits: unknown[] }[];
}
type Json = { file: string; diagnostics: Diagnostic[] }[];
/** What the tests read of a SARIF result. */
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  message: { text: string };
  /** nianbao writes one location a result. */
  locations: [{ physicalLocation: { artifactLocation: { uri: string }; region: unknown } }];
  fixes?: { artifactChanges: { replacements: unknown[] }[] }[];
}

const json = (stdout: string) => JSON.parse(stdout) as Json;
const seedName = (i: number) => seeds[i]!.split('/').pop()!;
/** GBK where the seed's characters allow it; seed 004 holds an NBSP, which only GB18030 stores. */
const chineseEncoding = (i: number) => (i === 4 ? 'GB18030' : 'GBK');

test('a GBK (or GB18030), UTF-16 LE and UTF-16 BE copy of each seed gives the findings of the UTF-8 original', () => {
  const dir = tempDir();
  for (const [i, seed] of seeds.entries()) {
    const text = seedText(i);
    const name = seedName(i);
    writeFileSync(join(dir, `gbk-${name}`), iconv.encode(text, chineseEncoding(i)));
    writeFileSync(join(dir, `le-${name}`), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    writeFileSync(join(dir, `be-${name}`), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]));
    assert.ok(readFileSync(join(root, seed)).length > 0);
  }
  const original = json(nianbao(['check', '--format', 'json', ...seeds]).stdout);
  const r = nianbao(['check', '--format', 'json', '--verbose', dir]);
  assert.equal(r.code, 1, 'seed 000 has an error');
  const copies = new Map(json(r.stdout).map((e) => [e.file.slice(dir.length + 1), e.diagnostics]));
  assert.equal(copies.size, 15);
  for (const [i, entry] of original.entries()) {
    assert.ok(entry.diagnostics.length > 0, 'every seed has findings to compare');
    for (const prefix of ['gbk', 'le', 'be']) assert.deepEqual(copies.get(`${prefix}-${seedName(i)}`), entry.diagnostics, `${prefix} ${i}`);
  }
  // --verbose names each file's encoding and line breaks.
  for (const [i] of seeds.entries()) {
    assert.ok(r.stderr.includes(`${join(dir, `gbk-${seedName(i)}`)}: ${chineseEncoding(i)}, LF\n`), `verbose gbk ${i}`);
    assert.ok(r.stderr.includes(`${join(dir, `le-${seedName(i)}`)}: UTF-16LE BOM, LF\n`), `verbose le ${i}`);
  }
});

test('sarif: SARIF 2.1.0 with every rule (Chinese and English help), one result per finding, fixes', () => {
  const r = nianbao(['check', '--format', 'sarif', ...seeds]);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'nianbao');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const all = everyRule;
  assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), all.map((x) => x.id));
  for (const [k, rule] of run.tool.driver.rules.entries()) {
    assert.equal(rule.help.text, `${all[k]!.docs.summary.zh}\n${all[k]!.docs.summary.en}`);
    assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[all[k]!.severity]);
  }
  // The same findings as the JSON output, 1-based.
  const expected = json(nianbao(['check', '--format', 'json', ...seeds]).stdout).flatMap((e) =>
    e.diagnostics.map((d) => ({
      ruleId: d.rule,
      message: d.message,
      uri: e.file,
      region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      fixes: d.fixes.length,
    })),
  );
  assert.deepEqual(
    run.results.map((x: SarifResult) => ({
      ruleId: x.ruleId,
      message: x.message.text,
      uri: x.locations[0].physicalLocation.artifactLocation.uri,
      region: x.locations[0].physicalLocation.region,
      fixes: x.fixes?.length ?? 0,
    })),
    expected,
  );
  for (const x of run.results) assert.equal(run.tool.driver.rules[x.ruleIndex].id, x.ruleId);
  const swap = run.results.find((x: SarifResult) => x.ruleId === 'table-swapped-cells');
  assert.deepEqual(swap.fixes[0].artifactChanges[0].replacements, [
    { deletedRegion: { startLine: 337, startColumn: 2, endLine: 337, endColumn: 3 }, insertedContent: { text: '0' } },
    { deletedRegion: { startLine: 338, startColumn: 2, endLine: 338, endColumn: 3 }, insertedContent: { text: '1' } },
  ]);
});

test('fix on a GBK file with CRLF: written back in GBK with CRLF, changed only where fixed; --dry-run prints a diff and writes nothing', () => {
  const dir = tempDir();
  const file = join(dir, '年报.txt');
  const crlf = seedText(0).replace(/\n/g, '\r\n');
  const original = iconv.encode(crlf, 'gbk');
  writeFileSync(file, original);

  const dry = nianbao(['fix', '--dry-run', file]);
  assert.equal(dry.code, 0);
  assert.deepEqual(readFileSync(file), original, 'dry run writes nothing');
  assert.ok(dry.stdout.startsWith(`--- ${file}\n+++ ${file}\n@@ -`), dry.stdout.slice(0, 200));
  // The swap of 法律服务机构 (L337) and 其他 (L338) in （七）总计.
  assert.ok(dry.stdout.includes('\n@@ -334,8 +334,8 @@\n \t4\r\n \t1\r\n \t0\r\n-\t1\r\n \t0\r\n+\t1\r\n \t26\r\n'), dry.stdout);
  assert.match(dry.stderr, /^可修复 .*年报\.txt：\d+ 处修改（\d+ 轮）\n$/);

  const r = nianbao(['fix', file]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^已修复 .*年报\.txt：\d+ 处修改（\d+ 轮）\n/);
  const written = readFileSync(file);
  // What the core's fixes make of the text, encoded in GBK: so every byte outside the fixes is the original's.
  const expected = fixText(crlf, {});
  assert.ok(expected.edits >= 2);
  assert.deepEqual(written, iconv.encode(expected.text, 'gbk'));
  const text = iconv.decode(written, 'gbk');
  assert.equal(text.split('\r\n').length, text.split('\n').length, 'every line break is CRLF');
  const lines = text.split('\r\n');
  assert.deepEqual([lines[336], lines[337]], ['\t0', '\t1'], 'the swap is fixed');
  // Nothing fixable is left, and fixing again changes nothing.
  assert.ok(expected.findings.every((f) => !f.fixes?.some((x) => x.preferred)));
  const again = nianbao(['fix', file]);
  assert.equal(again.code, 0);
  assert.deepEqual(readFileSync(file), written);
  assert.ok(!again.stdout.includes('已修复'));
});

test('fix keeps a UTF-8 BOM and UTF-16 files as they are', () => {
  const dir = tempDir();
  const text = seedText(0);
  const bom = join(dir, 'bom.txt');
  const le = join(dir, 'le.txt');
  writeFileSync(bom, '\ufeff' + text);
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
  const r = nianbao(['fix', bom, le]);
  assert.equal(r.code, 0, r.stderr);
  const fixed = fixText(text, {}).text;
  assert.notEqual(fixed, text);
  assert.deepEqual(readFileSync(bom), Buffer.from('\ufeff' + fixed, 'utf8'));
  assert.deepEqual(readFileSync(le), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(fixed, 'utf16le')]));
});

test('extract of seed 002: every 表三 cell with its row and column labels, value and line', () => {
  const r = nianbao(['extract', '--format', 'json', seeds[2]!]);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
  const t3 = rows.filter((x) => x.table === '表三');
  const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  const rowLabels = [
    '一、本年新收政府信息公开申请数量',
    '二、上年结转政府信息公开申请数量',
    '（一）予以公开',
    '（二）部分公开',
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map((s) => `（三）不予公开·${s}`),
    ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map((s) => `（四）无法提供·${s}`),
    ...['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((s) => `（五）不予处理·${s}`),
    '（六）其他处理',
    '（七）总计',
    '四、结转下年度继续办理',
  ];
  assert.deepEqual(
    t3.map((x) => `${x.row} / ${x.column}`),
    rowLabels.flatMap((row) => columns.map((c) => `${row} / ${c}`)),
  );
  const lines = seedText(2).split('\n');
  for (const x of t3) {
    assert.deepEqual(Object.keys(x), ['file', 'agency', 'year', 'format', 'table', 'row', 'column', 'value', 'text', 'blank', 'line']);
    assert.equal(x.file, seeds[2]);
    assert.equal(x.agency, '嘉兴市秀洲区人民政府');
    assert.equal(x.year, 2020);
    assert.equal(x.format, '2019');
    assert.equal(x.blank, false);
    const cell = lines[(x.line as number) - 1]!.trim();
    assert.equal(x.text, cell);
    assert.equal(x.value, Number(cell), `${x.row} / ${x.column}`);
  }
  // Seed 002's 表三 balances: （七）总计 + 四 = 一 + 二, per column.
  const value = (row: string, col: string) => t3.find((x) => x.row === row && x.column === col)!.value as number;
  for (const c of columns) {
    assert.equal(value(rowLabels[0]!, c) + value(rowLabels[1]!, c), value('（七）总计', c) + value('四、结转下年度继续办理', c));
  }
});

test('extract --format csv of a folder: one CSV (UTF-8 with BOM, CRLF) with a file column; blank cells flagged', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), seedText(1));
  writeFileSync(join(dir, 'b.txt'), seedText(2));
  const out = join(dir, 'tables.csv');
  const r = nianbao(['extract', '--format', 'csv', '-o', out, dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const csv = readFileSync(out, 'utf8');
  assert.ok(csv.startsWith('\ufefffile,agency,year,format,table,row,column,value,text,blank,line\r\n'));
  const records = csv.slice(1).trimEnd().split('\r\n').slice(1);
  const fromJson = JSON.parse(nianbao(['extract', join(dir, 'a.txt'), join(dir, 'b.txt')]).stdout) as Record<string, unknown>[];
  assert.equal(records.length, fromJson.length);
  assert.ok(records.some((l) => l.startsWith(`${join(dir, 'a.txt')},`)) && records.some((l) => l.startsWith(`${join(dir, 'b.txt')},`)));
  // Seed 001 names neither agency nor year (title, statistics period); its 表三 is blank but for （七）总计.
  const blank = fromJson.filter((x) => x.file === join(dir, 'a.txt') && x.table === '表三' && x.blank === true);
  assert.equal(blank.length, 160);
  assert.ok(blank.every((x) => x.value === null && x.text === ''));
  const total = fromJson.find((x) => x.file === join(dir, 'a.txt') && x.table === '表三' && x.row === '（七）总计' && x.column === '总计')!;
  assert.equal(total.value, 0);
  assert.ok(records.includes(`${join(dir, 'a.txt')},,,hybrid,表三,（七）总计,总计,0,0,false,${total.line}`), records.filter((l) => l.includes('（七）总计,总计')).join('\n'));
});

/** 0-based lines of the three value cells of a 2021 表二 item-1 row (本年制发 · 本年废止 · 现行有效). */
function table2Lines(text: string, label: string): number[] {
  const lines = text.split('\n');
  const i = lines.indexOf(`\t${label}`);
  assert.ok(i > 0, label);
  return [i + 1, i + 2, i + 3];
}

function setLine(text: string, line: number, value: number): string {
  const lines = text.split('\n');
  lines[line] = `\t${value}`;
  return lines.join('\n');
}

test('cross-year: a folder with one agency\'s 2021 and 2022 reports gives cross-year-carry and cross-year-stock on the later one', () => {
  const dir = tempDir();
  const cur = generate({ format: '2021', seed: 11 });
  const prev = generate({ format: '2021', seed: 12 });
  assert.match(cur.text, /^某某市某某局\n2022年政府信息公开工作年度报告/);
  let prevText = prev.text.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告');
  // Last year's carry-over is this year's carried-over, but 法律服务机构 (and so 总计) is one more.
  const carried = cur.table3.get('carried')!;
  prev.table3Lines.get('carryOver')!.forEach((line, k) => {
    prevText = setLine(prevText, line, carried[k]! + (k === 4 || k === 6 ? 1 : 0));
  });
  // 现行有效件数: 规章 agrees (last year + 制发 − 废止), 行政规范性文件 is 2 off.
  const [rIssued, rRepealed, rInForce] = table2Lines(cur.text, '规章').map((l) => Number(cur.text.split('\n')[l]!.trim()));
  const [nIssued, nRepealed, nInForce] = table2Lines(cur.text, '行政规范性文件').map((l) => Number(cur.text.split('\n')[l]!.trim()));
  prevText = setLine(prevText, table2Lines(prevText, '规章')[2]!, rInForce! - rIssued! + rRepealed!);
  prevText = setLine(prevText, table2Lines(prevText, '行政规范性文件')[2]!, nInForce! - nIssued! + nRepealed! + 2);
  writeFileSync(join(dir, '2022.txt'), cur.text);
  writeFileSync(join(dir, '2021.txt'), prevText);
  // Another agency's report of 2021 and a report of this agency in another folder are not compared.
  writeFileSync(join(dir, 'other.txt'), prevText.replace('某某市某某局', '某某县某某局'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', '2021.txt'), prevText.replace('某某市某某局', '某某县某某局'));

  const r = nianbao(['check', '--format', 'json', '--rule', 'cross-year-carry,cross-year-stock', dir]);
  assert.equal(r.code, 0, r.stderr);
  const cross = json(r.stdout).flatMap((e) => e.diagnostics.map((d) => ({ file: e.file.slice(dir.length + 1), rule: d.rule, severity: d.severity, range: d.range, message: d.message })));
  const at = (line: number, text: string) => ({ start: { line, character: 1 }, end: { line, character: 1 + text.length } });
  const carriedLines = cur.table3Lines.get('carried')!;
  const inForceLine = table2Lines(cur.text, '行政规范性文件')[2]!;
  const prevName = join(dir, '2021.txt');
  assert.deepEqual(cross, [
    {
      file: '2022.txt',
      rule: 'cross-year-stock',
      severity: 'information',
      range: at(inForceLine, String(nInForce)),
      message: `表二 · 行政规范性文件 · 现行有效件数 为 ${nInForce}，但 2021 年报告（${prevName}）为 ${nInForce! - nIssued! + nRepealed! + 2}，加本年制发 ${nIssued}、减本年废止 ${nRepealed} 应为 ${nInForce! + 2}`,
    },
    ...[4, 6].map((k) => ({
      file: '2022.txt',
      rule: 'cross-year-carry',
      severity: 'warning',
      range: at(carriedLines[k]!, String(carried[k])),
      message: `表三 · 二、上年结转 · ${['法律服务机构', '总计'][k === 4 ? 0 : 1]} 为 ${carried[k]}，但 2021 年报告（${prevName}）的“四、结转下年度继续办理”为 ${carried[k]! + 1}`,
    })),
  ].sort((a, b) => a.range.start.line - b.range.start.line));

  // A configuration can turn them off, as any rule; a directive in the report silences them too.
  writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'cross-year-carry': 'off' } }));
  const off = json(nianbao(['check', '--format', 'json', '--rule', 'cross-year-carry,cross-year-stock', dir]).stdout);
  assert.deepEqual(off.flatMap((e) => e.diagnostics.map((d) => d.rule)), ['cross-year-stock']);
  writeFileSync(join(dir, '2022.txt'), cur.text + '\n[nianbao-disable-file cross-year-stock]\n');
  const silenced = json(nianbao(['check', '--format', 'json', '--rule', 'cross-year-carry,cross-year-stock', dir]).stdout);
  assert.deepEqual(silenced.flatMap((e) => e.diagnostics.map((d) => d.rule)), []);

  // Reports filed by year (`2021年/`, `2022年/`, one level down or more) are compared as one folder;
  // the same reports in folders not named as years are not.
  const years = tempDir();
  for (const [folder, text] of [['2021年', prevText], ['2022年', cur.text]] as const) {
    mkdirSync(join(years, folder, '县'), { recursive: true });
    writeFileSync(join(years, folder, '县', 'report.txt'), text);
  }
  mkdirSync(join(years, 'draft'));
  writeFileSync(join(years, 'draft', 'report.txt'), prevText);
  const byYear = json(nianbao(['check', '--format', 'json', '--rule', 'cross-year-carry,cross-year-stock', years]).stdout);
  const prevByYear = join(years, '2021年', '县', 'report.txt');
  assert.deepEqual(
    byYear.flatMap((e) => e.diagnostics.map((d) => ({ file: e.file.slice(years.length + 1), rule: d.rule, severity: d.severity, range: d.range, message: d.message }))),
    cross.map((c) => ({ ...c, file: join('2022年', '县', 'report.txt'), message: c.message.replace(prevName, prevByYear) })),
  );
});

test('configuration: the nearest .nianbao.json sets rules and ignores files; --config names one; a bad one is exit 2', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'a.txt'), seedText(2));
  writeFileSync(join(dir, 'drafts', 'b.txt'), seedText(0));
  writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'amount-unit': 'error' }, ignores: ['drafts/**'] }));
  const r = nianbao(['check', '--format', 'json', '--rule', 'amount-unit', dir]);
  assert.equal(r.code, 1, 'amount-unit raised to error');
  assert.deepEqual(json(r.stdout).map((e) => [e.file, e.diagnostics.map((d) => `${d.rule}:${d.severity}`)]), [[join(dir, 'a.txt'), ['amount-unit:error']]]);
  assert.match(r.stderr, /忽略了 1 个文件/);

  // --config: that file for every report; its problems are named and make the exit status 2.
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ rules: { 'amount-unit': 'off', 'no-such-rule': 'off' } }));
  const c = nianbao(['check', '--format', 'json', '--rule', 'amount-unit', '--config', other, join(dir, 'a.txt')]);
  assert.equal(c.code, 2);
  assert.deepEqual(json(c.stdout), [{ file: join(dir, 'a.txt'), diagnostics: [] }]);
  assert.equal(c.stderr, `nianbao: ${other}: rules.no-such-rule: 没有编号为 no-such-rule 的规则\n`);
  const missing = nianbao(['check', '--config', join(dir, 'nope.json'), join(dir, 'a.txt')]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stdout, '');
  assert.match(missing.stderr, /nope\.json: 文件或文件夹不存在/);
});

test('globs, --rule and --ignore-rule', () => {
  const dir = tempDir();
  mkdirSync(join(dir, '2020'));
  writeFileSync(join(dir, '2020', 'a.txt'), seedText(0));
  writeFileSync(join(dir, '2020', 'b.txt'), seedText(2));
  writeFileSync(join(dir, '2020', 'c.md'), seedText(2));
  const glob = nianbao(['check', '--format', 'json', '2020/*'], undefined, dir);
  assert.deepEqual(json(glob.stdout).map((e) => e.file), ['2020/a.txt', '2020/b.txt']);
  assert.equal(glob.code, 1);
  const none = nianbao(['check', 'nothing/**/*.txt'], undefined, dir);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /没有匹配的 \.txt、\.docx 或网页文件/);

  const only = nianbao(['check', '--format', 'json', '--rule', 'amount-unit', '2020'], undefined, dir);
  assert.equal(only.code, 0, 'the swap is not checked');
  assert.deepEqual(json(only.stdout).map((e) => e.diagnostics.map((d) => d.rule)), [[], ['amount-unit']]);
  const all = json(nianbao(['check', '--format', 'json', '2020/a.txt'], undefined, dir).stdout)[0]!.diagnostics.map((d) => d.rule);
  assert.ok(all.includes('table-swapped-cells'));
  const ignore = nianbao(['check', '--format', 'json', '--ignore-rule', 'table-swapped-cells', '2020/a.txt'], undefined, dir);
  assert.deepEqual(json(ignore.stdout)[0]!.diagnostics.map((d) => d.rule), all.filter((id) => id !== 'table-swapped-cells'));
  assert.equal(ignore.code, 0, 'the only error is ignored');
});

test('the generator used for the cross-year test parses as a 2021 report with agency and year', () => {
  const model = parseReport(generate({ format: '2021', seed: 11 }).text);
  assert.equal(model.format, '2021');
  assert.equal(model.title?.agency, '某某市某某局');
  assert.equal(model.title?.year, 2022);
});

test('report meta: the year from the statistics period when the title has none', () => {
  const text = (period: string) => `某某市某某局政府信息公开工作年度报告\n\n一、总体情况\n\n本报告所列数据的统计期限${period}。\n`;
  assert.deepEqual(reportMeta(parseReport(text('自2020年1月1日起至2020年12月31日止')), text('自2020年1月1日起至2020年12月31日止')), { agency: '某某市某某局', year: 2020 });
  assert.deepEqual(reportMeta(parseReport(text('自2021年1月1日起至12月31日止')), text('自2021年1月1日起至12月31日止')), { agency: '某某市某某局', year: 2021 });
  assert.deepEqual(reportMeta(parseReport(text('自2021年1月1日起至2022年12月31日止')), text('自2021年1月1日起至2022年12月31日止')), { agency: '某某市某某局' });
  // The period as the year rule reads it: without 自, with 到 or a dash.
  assert.deepEqual(reportMeta(parseReport(text('为2020年1月1日到2020年12月31日')), text('为2020年1月1日到2020年12月31日')), { agency: '某某市某某局', year: 2020 });
  assert.deepEqual(reportMeta(parseReport(text('为2019年1月1日—12月31日')), text('为2019年1月1日—12月31日')), { agency: '某某市某某局', year: 2019 });
  // The first period whose years agree gives the year.
  const two = text('自2021年1月1日起至2022年12月31日止；上年为2020年1月1日至2020年12月31日');
  assert.deepEqual(reportMeta(parseReport(two), two), { agency: '某某市某某局', year: 2020 });
  const seed3 = seedText(3);
  assert.deepEqual(reportMeta(parseReport(seed3), seed3), { agency: '余姚市公共资源交易管理办公室', year: 2020 });
});

test('a long run checked in worker threads gives what a run in one thread gives, in order', () => {
  const dir = tempDir();
  const names: string[] = [];
  for (let i = 0; i < PARALLEL_MIN_FILES + 6; i++) {
    const folder = join(dir, `f${i % 3}`);
    mkdirSync(folder, { recursive: true });
    const g = generate({ format: i % 2 ? '2021' : '2019', seed: 100 + i, eol: i % 3 ? '\n' : '\r\n' });
    const name = join(folder, `${String(i).padStart(3, '0')}.txt`);
    // Some reports with a broken cell, a GBK copy, an undecodable file and a non-report.
    const text = i % 5 === 0 ? g.text.replace(/\n\t(\d+)\n/, '\n\t$1x\n') : g.text;
    writeFileSync(name, i % 7 === 0 ? iconv.encode(text, 'gbk') : text);
    names.push(name);
  }
  writeFileSync(join(dir, 'f0', 'zz-bad.txt'), Buffer.from([0xff, 0x80, 0x41]));
  writeFileSync(join(dir, 'f1', 'zz-notes.txt'), '会议纪要\n');
  const viaProcess = nianbao(['check', '--format', 'json', '--verbose', dir], { ...baseEnv(), NIANBAO_THREADS: '3' });
  let stdout = '';
  let stderr = '';
  const code = run(['check', '--format', 'json', '--verbose', dir], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTTY: false });
  assert.equal(typeof code, 'number', 'no worker threads in this run');
  assert.equal(viaProcess.code, 2);
  assert.equal(code, 2);
  assert.equal(viaProcess.stdout, stdout);
  assert.equal(viaProcess.stderr, stderr);
  assert.equal(json(stdout).length, names.length);
  assert.ok(json(stdout).some((e) => e.diagnostics.some((d) => d.rule === 'table-cell-invalid')));
});

test('fix over a folder of every seed in GBK/GB18030 with CRLF: each file is the core fix-all of its text, in its own encoding; a second fix changes nothing', () => {
  const dir = tempDir();
  const expected = seeds.map((_, i) => {
    const crlf = seedText(i).replace(/\n/g, '\r\n');
    writeFileSync(join(dir, seedName(i)), iconv.encode(crlf, chineseEncoding(i)));
    const fixed = fixText(crlf, {});
    assert.ok(fixed.passes <= 10);
    return iconv.encode(fixed.text, chineseEncoding(i));
  });
  const r = nianbao(['fix', dir]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assert.equal(r.stderr, '');
  seeds.forEach((_, i) => assert.deepEqual(readFileSync(join(dir, seedName(i))), expected[i], seedName(i)));
  const again = nianbao(['fix', '--dry-run', dir]);
  assert.equal(again.stdout, '', 'nothing left to fix');
  seeds.forEach((_, i) => assert.deepEqual(readFileSync(join(dir, seedName(i))), expected[i]));
});
