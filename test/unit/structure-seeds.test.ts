// The structure rules on the five seeds (domain.md §8): for each seed the exact list of findings —
// rule, severity, range, fixes — then fix-all on each seed: nothing fixable left, twice equals once, and
// the text changes only inside the fixed ranges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, fixAllEdits, renderMessage, type Finding, type TextEdit } from '../../server/src/core/index';
import { readSeed } from '../helpers';

const STRUCTURE = new Set([
  'heading-style', 'heading-sequence', 'heading-title', 'section-missing', 'report-format', 'title-incomplete',
  'enumeration-sequence', 'year-mismatch', 'text-table-mismatch', 'conversion-artifact',
]);
type Row = [rule: string, severity: string, range: [number, number, number, number], fixes: [boolean, [number, number, number, number, string][]][] | null];
const rows = (fs: readonly Finding[]): Row[] =>
  fs.filter((f) => STRUCTURE.has(f.rule)).map((f) => [
    f.rule,
    f.severity,
    [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character],
    f.fixes ? f.fixes.map((x) => [x.preferred === true, x.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText] as [number, number, number, number, string])]) : null,
  ]);
const find = (fs: readonly Finding[], rule: string, line: number) => fs.find((f) => f.rule === rule && f.range.start.line === line)!;

test('seed 000: 总体情况 (L4) has no ordinal; the fix inserts 一、', () => {
  const fs = checkReport(readSeed('000')).findings;
  assert.deepEqual(rows(fs), [['heading-style', 'warning', [3, 0, 3, 4], [[true, [[3, 0, 3, 0, '一、']]]]]]);
  assert.equal(renderMessage(fs.find((f) => f.rule === 'heading-style')!.message), '“总体情况”是国家格式的一级标题，缺少序号“一、”');
});

test('seed 001: the hybrid finding, the incomplete title (L1), 6、 (L507), the bookmarks in a cell (L7) and in prose (L508)', () => {
  const fs = checkReport(readSeed('001')).findings;
  assert.deepEqual(rows(fs), [
    ['report-format', 'information', [0, 0, 0, 12], null],
    ['title-incomplete', 'information', [0, 0, 0, 12], null],
    ['conversion-artifact', 'warning', [6, 1, 6, 25], [[true, [[6, 1, 6, 25, '']]]]],
    // The ordinal with the space the fix removes (`6、 `): the underline is what the fix rewrites.
    ['heading-style', 'warning', [506, 0, 506, 3], [[true, [[506, 0, 506, 3, '六、']]]]],
    ['conversion-artifact', 'warning', [507, 0, 507, 19], [[true, [[507, 0, 507, 19, '']]]]],
  ]);
  // One finding for the old format, naming what is old in its related information — not one per heading.
  const hybrid = find(fs, 'report-format', 0);
  assert.deepEqual(hybrid.related!.map((r) => [r.range.start.line, renderMessage(r.message)]), [
    [6, '旧式表格：政府信息公开情况统计表'],
    [456, '非国家格式的部分：五、机构建设及组织保障情况'],
    [457, '旧式表格：政府信息公开情况统计表'],
    [506, '非国家格式的部分：6、监督保障制度'],
  ]);
  assert.equal(renderMessage(find(fs, 'title-incomplete', 0).message), '标题“政府信息公开工作年度报告”缺少机关名称、年度');
  assert.equal(renderMessage(find(fs, 'title-incomplete', 0).message, 'en'), 'The title "政府信息公开工作年度报告" lacks the agency and the year');
  assert.equal(renderMessage(find(fs, 'heading-style', 506).message), '“6、”是三级标题的序号写法，此处是一级标题，应写作“六、”');
  // No heading-title or section-missing for the hybrid's old sections.
  assert.ok(!fs.some((f) => f.rule === 'heading-title' || f.rule === 'section-missing' || f.rule === 'heading-sequence'));
});

test('seed 002: 1、 (L3), （4）（5） (L12, L14), the bookmark (L11), 18 规范性文件 against 表二 26 (L6)', () => {
  const fs = checkReport(readSeed('002')).findings;
  assert.deepEqual(rows(fs), [
    // Each ordinal with the space after it that the fix removes (`1、 ` → `一、`).
    ['heading-style', 'warning', [2, 0, 2, 3], [[true, [[2, 0, 2, 3, '一、']]]]],
    ['text-table-mismatch', 'warning', [5, 35, 5, 37], null],
    ['conversion-artifact', 'warning', [10, 0, 10, 19], [[true, [[10, 0, 10, 19, '']]]]],
    ['heading-style', 'warning', [11, 0, 11, 4], [[true, [[11, 0, 11, 4, '（四）']]]]],
    ['heading-style', 'warning', [13, 0, 13, 4], [[true, [[13, 0, 13, 4, '（五）']]]]],
  ]);
  const mismatch = find(fs, 'text-table-mismatch', 5);
  assert.equal(renderMessage(mismatch.message), '正文称“行政规范性文件18个”，但表二 · 规范性文件 · 本年新制作数量为 26');
  assert.deepEqual(mismatch.related!.map((r) => [r.range.start.line, renderMessage(r.message)]), [
    [34, '表二 · 规范性文件 · 本年新制作数量：26'],
    [35, '表二 · 规范性文件 · 本年新公开数量：26'],
    [36, '表二 · 规范性文件 · 对外公开总数量：105'],
  ]);
  assert.equal(renderMessage(find(fs, 'heading-style', 11).message, 'en'), '"（4）" is the ordinal form of a fourth-level heading; this second-level heading should read "（四）"');
  // 全年受理依申请公开207件 agrees with 表三 (一 205 + 二 2 = （七）总计 207): no finding on L8.
  assert.ok(!fs.some((f) => f.rule === 'text-table-mismatch' && f.range.start.line === 7));
});

test('seed 003: the bookmark (L3) and the variant title of the section whose 表四 is missing (L346)', () => {
  const fs = checkReport(readSeed('003')).findings;
  assert.deepEqual(rows(fs), [
    ['conversion-artifact', 'warning', [2, 0, 2, 19], [[true, [[2, 0, 2, 19, '']]]]],
    ['heading-title', 'information', [345, 2, 345, 19], [[true, [[345, 2, 345, 19, '政府信息公开行政复议、行政诉讼情况']]]]],
  ]);
  assert.equal(
    renderMessage(find(fs, 'heading-title', 345).message),
    '标题“政府信息公开行政复议和行政诉讼情况”与国家格式的第四部分标题“政府信息公开行政复议、行政诉讼情况”不一致',
  );
  // The table-missing finding points at the same heading.
  assert.deepEqual(find(fs, 'table-missing', 345).range, { start: { line: 345, character: 0 }, end: { line: 345, character: 19 } });
});

test('seed 004: title (L1), 一基本情况 (L5), the missing 其他需要报告的事项, the plans dated 2020 (L542), 一以/二加强 (L544, L546)', () => {
  const fs = checkReport(readSeed('004')).findings;
  assert.deepEqual(rows(fs), [
    ['report-format', 'information', [0, 0, 0, 23], null],
    ['title-incomplete', 'information', [0, 0, 0, 23], null],
    ['heading-style', 'warning', [4, 0, 4, 1], [[true, [[4, 0, 4, 1, '一、']]]]],
    // Inserted after the last line of the body (L546), before the signature (L548, L550); offered, not preferred.
    ['section-missing', 'warning', [538, 4, 538, 16], [[false, [[545, 114, 545, 114, '\n\n七、其他需要报告的事项']]]]],
    ['year-mismatch', 'warning', [541, 0, 541, 4], [[true, [[541, 0, 541, 4, '2021']]]]],
    ['enumeration-sequence', 'information', [543, 0, 543, 1], [[true, [[543, 1, 543, 1, '是']]]]],
    ['enumeration-sequence', 'information', [545, 0, 545, 1], [[true, [[545, 1, 545, 1, '是']]]]],
  ]);
  assert.equal(renderMessage(find(fs, 'title-incomplete', 0).message), '标题“余姚市兰江街道2020年度政府信息工作年度报告”缺少“政府信息公开”');
  assert.equal(renderMessage(find(fs, 'heading-style', 4).message), '序号“一”应写作“一、”（中文数字后用顿号“、”）');
  assert.equal(renderMessage(find(fs, 'section-missing', 538).message), '缺少第六部分“其他需要报告的事项”（应在“六、存在的问题及改进措施”之后）');
  assert.equal(renderMessage(find(fs, 'year-mismatch', 541).message), '改进计划写作 2020 年，2020 年度报告的计划应是 2021 年的');
  assert.equal(renderMessage(find(fs, 'enumeration-sequence', 543).message), '列举项“一…”漏写了“是”，应为“一是…”');
  // The inserted heading completes the outline.
  const inserted = applyEdits(readSeed('004'), find(fs, 'section-missing', 538).fixes![0]!.edits);
  assert.ok(!checkReport(inserted).findings.some((f) => f.rule === 'section-missing'));
});

/** Every line outside the edits' lines is unchanged, and on an edited line the text before the first
 * edit and after the last is unchanged (the edits keep the line count here). */
function assertOnlyEditedRanges(before: string, after: string, edits: readonly TextEdit[]): void {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    const on = edits.filter((e) => e.range.start.line === i);
    if (!on.length) {
      assert.equal(b[i], a[i], `line ${i + 1} changed outside any fix`);
      continue;
    }
    const first = Math.min(...on.map((e) => e.range.start.character));
    const last = Math.max(...on.map((e) => e.range.end.character));
    assert.equal(b[i]!.slice(0, first), a[i]!.slice(0, first), `line ${i + 1}: text before the fix changed`);
    assert.equal(b[i]!.slice(b[i]!.length - (a[i]!.length - last)), a[i]!.slice(last), `line ${i + 1}: text after the fix changed`);
  }
}

for (const seed of ['000', '001', '002', '003', '004']) {
  test(`seed ${seed}: fix-all leaves nothing fixable, twice equals once, and changes only the fixed ranges`, () => {
    const text = readSeed(seed);
    const edits = fixAllEdits(checkReport(text).findings);
    assert.ok(edits.length > 0);
    const once = applyEdits(text, edits);
    const after = checkReport(once).findings;
    assert.deepEqual(after.filter((f) => f.fixes?.some((x) => x.preferred)).map((f) => f.rule), []);
    assert.equal(applyEdits(once, fixAllEdits(after)), once);
    assertOnlyEditedRanges(text, once, edits);
    // What is left is what a person must decide.
    const left = new Set(after.map((f) => f.rule));
    for (const rule of left) assert.ok(!['heading-style', 'heading-sequence', 'conversion-artifact', 'year-mismatch', 'enumeration-sequence'].includes(rule), rule);
  });
}

test('the format setting against the tables: one finding that says so, on the title (two lines), in both directions; no setting, none', () => {
  const seed = readSeed('000'); // its tables are in the 2019 format
  const forced = checkReport(seed, { config: { format: '2021' } }).findings.filter((f) => f.rule === 'report-format');
  assert.deepEqual(forced.map((f) => [f.rule, f.severity, f.range, f.message, f.fixes]), [
    ['report-format', 'information', { start: { line: 0, character: 0 }, end: { line: 1, character: 17 } }, { id: 'report-format.setting', args: { setting: '2021', read: '2019', tables: ['表二', '表三'] } }, undefined],
  ]);
  assert.equal(renderMessage(forced[0]!.message, 'zh-cn'), '设置指定采用 2021 年格式（format），但表二、表三使用的是 2019 年格式');
  assert.deepEqual(checkReport(seed, { config: { format: '2019' } }).findings.filter((f) => f.rule === 'report-format'), []);
  assert.deepEqual(checkReport(seed).findings.filter((f) => f.rule === 'report-format'), []);
});
