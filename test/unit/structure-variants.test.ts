// The structure rules on generated reports of both formats (test/gen/report.ts), so that they are
// tested on the format and not on five files: a clean report has no structure finding, whatever its
// brackets, indentation, line endings or BOM; each mutation a real report shows gives exactly its
// finding (rule, range, fix), and fix-all repairs it in one pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, checkReport, fixAllEdits, parseReport, renderMessage, type Finding, type Range } from '../../server/src/core/index';
import { toChineseNumeral } from '../../server/src/core/text';
import { generate } from '../gen/report';

const STRUCTURE = new Set([
  'section-content', 'heading-style', 'heading-sequence', 'heading-title', 'section-missing', 'report-format', 'title-incomplete',
  'enumeration-sequence', 'year-mismatch', 'text-table-mismatch', 'conversion-artifact',
]);
const structure = (text: string): Finding[] => checkReport(text).findings.filter((f) => STRUCTURE.has(f.rule));
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const FORMATS = ['2019', '2021'] as const;

/** The lines of a generated report and the index of the line that starts with `prefix`. */
function base(format: '2019' | '2021', seed = 7) {
  const g = generate({ format, seed });
  const lines = g.text.split('\n');
  const at = (prefix: string) => {
    const i = lines.findIndex((l) => l.startsWith(prefix));
    assert.ok(i >= 0, `no line starts with ${prefix}`);
    return i;
  };
  return { g, lines, at, year: format === '2021' ? 2022 : 2020 };
}

/** Fix-all leaves no structure finding with a preferred fix, and a second pass changes nothing. */
function assertFixAllRepairs(text: string): string {
  const once = applyEdits(text, fixAllEdits(checkReport(text).findings));
  const after = checkReport(once).findings;
  assert.deepEqual(after.filter((f) => STRUCTURE.has(f.rule) && f.fixes?.some((x) => x.preferred)).map((f) => f.rule), []);
  assert.equal(applyEdits(once, fixAllEdits(after)), once);
  return once;
}

for (const format of FORMATS) {
  test(`${format}: a clean report has no structure finding in any of its written forms`, () => {
    const variants = [
      {},
      { halfWidthBrackets: true },
      { indentHeadings: true },
      { eol: '\r\n' as const, bom: true },
      { ningboLabels: true, wrapLabels: true, repeatGroup: true },
      { prose: true },
      { prose: true, year: 2016, eol: '\r\n' as const },
    ];
    for (const v of variants) {
      for (const seed of [1, 2, 3]) assert.deepEqual(structure(generate({ format, seed, ...v }).text), [], JSON.stringify(v));
    }
  });

  test(`${format}: long prose (subsections, 一是…三是, figures) is read: a changed figure is one text-table-mismatch`, () => {
    const text = generate({ format, seed: 5, prose: true }).text;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('共受理政府信息公开申请'));
    const m = /共受理政府信息公开申请(\d+)件/.exec(lines[at]!)!;
    const start = m.index + '共受理政府信息公开申请'.length;
    lines[at] = lines[at]!.slice(0, start) + String(Number(m[1]) + 1) + lines[at]!.slice(start + m[1]!.length);
    assert.deepEqual(
      structure(lines.join('\n')).map((f) => [f.rule, f.range]),
      [['text-table-mismatch', r(at, start, at, start + String(Number(m[1]) + 1).length)]],
    );
  });

  test(`${format}: a standard section heading with no ordinal; a level-3 ordinal at level 1; （2） at level 2`, () => {
    const { lines, at } = base(format);
    const one = at('一、总体情况');
    const two = at('二、主动公开政府信息情况');
    const sub = at('（二）依申请公开情况');
    lines[one] = '总体情况';
    lines[two] = '2、 主动公开政府信息情况';
    lines[sub] = '（2）依申请公开情况。';
    const text = lines.join('\n');
    const fs = structure(text);
    assert.deepEqual(
      fs.map((f) => [f.rule, f.range, f.fixes?.map((x) => [x.preferred, x.edits])]),
      [
        ['heading-style', r(one, 0, one, 4), [[true, [{ range: r(one, 0, one, 0), newText: '一、' }]]]],
        ['heading-style', r(sub, 0, sub, 3), [[true, [{ range: r(sub, 0, sub, 3), newText: '（二）' }]]]],
        // `2、 `: the ordinal with the space the fix removes, no narrower than what the fix rewrites.
        ['heading-style', r(two, 0, two, 3), [[true, [{ range: r(two, 0, two, 3), newText: '二、' }]]]],
      ],
    );
    const fixed = assertFixAllRepairs(text).split('\n');
    assert.deepEqual([fixed[one], fixed[two], fixed[sub]], ['一、总体情况', '二、主动公开政府信息情况', '（二）依申请公开情况。']);
  });

  test(`${format}: a repeated ordinal is one heading-sequence finding whose fix renumbers the rest of the list`, () => {
    const { lines, at } = base(format);
    const four = at('四、');
    const five = at('五、');
    const six = at('六、');
    lines[four] = lines[four]!.replace('四、', '三、');
    lines[five] = lines[five]!.replace('五、', '四、');
    const text = lines.join('\n');
    const fs = structure(text);
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['heading-sequence', r(four, 0, four, 2)]]);
    assert.equal(renderMessage(fs[0]!.message), '序号“三、”与上一个同级标题重复，应为“四、”');
    assert.deepEqual(fs[0]!.fixes, [{
      title: { id: 'fix.renumber', args: { count: 2 } },
      edits: [{ range: r(four, 0, four, 2), newText: '四、' }, { range: r(five, 0, five, 2), newText: '五、' }],
      preferred: true,
    }]);
    assert.equal(fs[0]!.related?.[0]?.range.start.line, at('三、'));
    const fixed = assertFixAllRepairs(text).split('\n');
    assert.deepEqual([fixed[four]!.slice(0, 2), fixed[five]!.slice(0, 2), fixed[six]!.slice(0, 2)], ['四、', '五、', '六、']);
  });

  test(`${format}: an ordinal out of sequence followed by a space is underlined with the space its fix removes`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    const six = at('六、');
    const original = [lines[five], lines[six]];
    lines[five] = lines[five]!.replace('五、', '六、 ');
    lines[six] = lines[six]!.replace('六、', '七、');
    const text = lines.join('\n');
    const fs = structure(text);
    // `六、 ` (the ordinal and the space) is what the fix rewrites on this heading; the later sibling it
    // renumbers follows from it and is not underlined.
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.message.id, f.fixes!.map((x) => [x.edits, x.preferred])]), [
      ['heading-sequence', r(five, 0, five, 3), 'heading-sequence.skipped', [[[{ range: r(five, 0, five, 3), newText: '五、' }, { range: r(six, 0, six, 2), newText: '六、' }], true]]],
    ]);
    const fixed = assertFixAllRepairs(text).split('\n');
    assert.deepEqual([fixed[five], fixed[six]], original);
  });

  test(`${format}: a skipped ordinal is reported — unless a line in between starts with the missing one`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    const six = at('六、');
    lines[five] = lines[five]!.replace('五、', '六、');
    lines[six] = lines[six]!.replace('六、', '七、');
    const text = lines.join('\n');
    const fs = structure(text);
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.fixes![0]!.edits]), [
      ['heading-sequence', r(five, 0, five, 2), [{ range: r(five, 0, five, 2), newText: '五、' }, { range: r(six, 0, six, 2), newText: '六、' }]],
    ]);
    assert.equal(renderMessage(fs[0]!.message, 'en'), 'The ordinal "六、" skips "五、"; it should be "五、"');
    // A 五、 heading too long to be read as a heading stands between: no renumbering.
    const between = (line: string) => [...lines.slice(0, five), line, ...lines.slice(five)].join('\n');
    const long = '很长的标题'.repeat(12) + '。正文。';
    // In every way the headings' ordinals are written: 、，．. after the numeral, brackets with spaces, digits.
    for (const ordinal of ['五、', '五，', '五．', '五.', ' 五、', '（五）', '（ 五 ）', '(五)', '5.', '5、', '（5）']) {
      assert.deepEqual(structure(between(ordinal + long)).filter((f) => f.rule === 'heading-sequence'), [], ordinal);
    }
    // A paragraph that starts with the numeral but no ordinal (五年来…) is no missing heading.
    const bare = structure(between('五年来，我局持续推进政务公开工作，' + long)).filter((f) => f.rule === 'heading-sequence');
    assert.deepEqual(bare.map((f) => [f.rule, f.range]), [['heading-sequence', r(five + 1, 0, five + 1, 2)]]);
  });

  test(`${format}: a mistyped title is a warning, a known variant information; both fixed to the standard title`, () => {
    const { lines, at } = base(format);
    const four = at('四、');
    const five = at('五、');
    lines[four] = '四、政府信息公开行政法复议、行政诉讼情况';
    lines[five] = '五、存在的问题及改进措施';
    const text = lines.join('\n');
    const fs = structure(text);
    assert.deepEqual(fs.map((f) => [f.rule, f.severity, f.range, f.fixes![0]!.edits, f.fixes![0]!.preferred]), [
      ['heading-title', 'warning', r(four, 2, four, 20), [{ range: r(four, 2, four, 20), newText: '政府信息公开行政复议、行政诉讼情况' }], true],
      ['heading-title', 'information', r(five, 2, five, 12), [{ range: r(five, 2, five, 12), newText: '存在的主要问题及改进情况' }], true],
    ]);
    assert.equal(renderMessage(fs[0]!.message), '标题“政府信息公开行政法复议、行政诉讼情况”疑有错字，国家格式的第四部分标题为“政府信息公开行政复议、行政诉讼情况”');
    assertFixAllRepairs(text);
  });

  test(`${format}: a title about something else is offered the standard title, not preferred`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    lines[five] = '五、下一步工作打算';
    const fs = structure(lines.join('\n'));
    assert.deepEqual(fs.map((f) => [f.rule, f.severity, f.range, f.fixes![0]!.edits, f.fixes![0]!.preferred]), [
      ['heading-title', 'information', r(five, 2, five, 9), [{ range: r(five, 2, five, 9), newText: '存在的主要问题及改进情况' }], false],
    ]);
  });

  test(`${format}: a missing section is inserted after the section before it, numbered after it`, () => {
    const { lines, at } = base(format);
    const six = at('六、');
    const five = at('五、');
    const text = lines.slice(0, six).join('\n');
    const fs = structure(text);
    const bodyEnd = five + 2; // 五's heading, a blank line, its paragraph
    const end = lines[bodyEnd]!.length;
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.fixes]), [
      ['section-missing', r(five, 0, five, 14), [{
        title: { id: 'fix.insert-section', args: { heading: '六、其他需要报告的事项' } },
        edits: [{ range: r(bodyEnd, end, bodyEnd, end), newText: '\n\n六、其他需要报告的事项' }],
        preferred: false,
      }]],
    ]);
    // The heading is there; in the 2021 format its section must still state the 信息处理费.
    assert.deepEqual(structure(applyEdits(text, fs[0]!.fixes![0]!.edits)).map((f) => f.rule), format === '2021' ? ['section-content'] : []);
    // A signature after the last section stays last.
    const signed = text + '\n\n某某市某某局\n' + (format === '2021' ? '2023' : '2021') + '年1月20日\n';
    const sf = structure(signed).find((f) => f.rule === 'section-missing')!;
    assert.deepEqual(sf.fixes![0]!.edits[0]!.range, r(bodyEnd, end, bodyEnd, end));
    // So does one after a Word bookmark left on a line of its own (a blank line, not body).
    const marked = text + '\n[bookmark: _GoBack]\n\n某某市某某局\n' + (format === '2021' ? '2023' : '2021') + '年1月20日\n';
    const mf = structure(marked).find((f) => f.rule === 'section-missing')!;
    assert.deepEqual(mf.fixes![0]!.edits[0]!.range, r(bodyEnd, end, bodyEnd, end));
    // And one dated in Chinese numerals, whatever the year's digits.
    for (const date of ['二〇二一年一月二十日', '二〇二三年三月五日', '二〇一九年十二月三十一日']) {
      const cf = structure(text + '\n\n某某市某某局\n' + date + '\n').find((f) => f.rule === 'section-missing')!;
      assert.deepEqual(cf.fixes![0]!.edits[0]!.range, r(bodyEnd, end, bodyEnd, end), date);
    }
  });

  test(`${format}: out of place — a standard section numbered as another`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    const six = at('六、');
    const five4 = lines.slice(five, six);
    const rest = lines.slice(six);
    const swapped = [...lines.slice(0, five), rest[0]!.replace('六、', '五、'), ...rest.slice(1), ...five4.map((l) => l.replace('五、', '六、'))];
    const fs = structure(swapped.join('\n'));
    assert.deepEqual(fs.map((f) => [f.rule, f.range.start.line, renderMessage(f.message)]), [
      ['section-missing', five, '“五、其他需要报告的事项”是国家格式的第六部分，此处位于第五部分'],
      ['section-missing', five + (rest.length), '“六、存在的主要问题及改进情况”是国家格式的第五部分，此处位于第六部分'],
    ]);
  });

  test(`${format}: an absent section is the one finding — the sections after it keep their numbers`, () => {
    const { lines, at } = base(format);
    const three = at('三、收到和处理');
    const four = at('四、');
    const five = at('五、');
    // 四's heading left out: 表四 follows 表三 under 三, and 五、 六、 are numbered as the national outline numbers them.
    const text = [...lines.slice(0, four), ...lines.slice(four + 1)].join('\n');
    const fs = structure(text);
    assert.deepEqual(fs.map((f) => [f.rule, f.range, renderMessage(f.message)]), [
      ['section-missing', r(three, 0, three, 17), '缺少第四部分“政府信息公开行政复议、行政诉讼情况”（应在“三、收到和处理政府信息公开申请情况”之后）'],
    ]);
    assert.equal(fs[0]!.fixes![0]!.preferred, false);
    assert.deepEqual(fs[0]!.fixes![0]!.edits.map((e) => e.newText), ['\n\n四、政府信息公开行政复议、行政诉讼情况']);
    // Renumbered 四、 五、 instead, the sections stand as sections 四 and 五: out of place (and 四's title is heading-title's).
    const renumbered = text.replace('五、存在', '四、存在').replace('六、其他', '五、其他');
    assert.deepEqual(structure(renumbered).filter((f) => f.rule === 'section-missing').map((f) => [f.range.start.line, f.message.id]), [
      [three, 'section-missing'],
      [five - 1, 'section-missing.misplaced'],
      [at('六、') - 1, 'section-missing.misplaced'],
    ]);
  });

  test(`${format}: years — a statistics period of another year, plans dated this year`, () => {
    const { lines, at, year } = base(format);
    const five = at('五、');
    const six = at('六、');
    lines.splice(six + 2, 0, `本报告统计期限自${year - 1}年1月1日起至${year - 1}年12月31日止。`);
    lines.splice(five + 3, 0, `${year}年，本机关将进一步深化政务公开。`, `${year}年全年共开展培训3次。`);
    const text = lines.join('\n');
    const fs = structure(text);
    const plan = five + 3;
    const period = six + 2 + 2;
    const prefix = '本报告统计期限自'.length;
    const second = `本报告统计期限自${year - 1}年1月1日起至`.length;
    const titleYear = r(1, 0, 1, 4); // the title's second line: `2020年政府信息公开工作年度报告`
    assert.equal(lines[1]!.slice(0, 4), String(year));
    // The plan's year is set to the next (preferred); the period and the title contradict each other, and
    // either may be the wrong one: both fixes offered, neither preferred.
    // One finding for the period (both its years wrong), at its first year; its fix sets both.
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.fixes!.map((x) => [x.edits, x.preferred])]), [
      ['year-mismatch', r(plan, 0, plan, 4), [[[{ range: r(plan, 0, plan, 4), newText: String(year + 1) }], true]]],
      ['year-mismatch', r(period, prefix, period, prefix + 4), [
        [[prefix, second].map((c) => ({ range: r(period, c, period, c + 4), newText: String(year) })), false],
        [[{ range: titleYear, newText: String(year - 1) }], false],
      ]],
    ]);
    assert.equal(renderMessage(fs[1]!.fixes![1]!.title), `将标题中的年度改为 ${year - 1}`);
    assertFixAllRepairs(text);
  });

  test(`${format}: years — a statistics period in its other wordings`, () => {
    const { lines, at, year } = base(format);
    const six = at('六、');
    const y = year - 1;
    const fw = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    // Each wording, with the offsets of its years.
    for (const [sentence, years] of [
      [`统计期限为${y}年1月至12月。`, [5]],
      [`统计期限为${y}年度。`, [5]],
      [`统计时间为${y}.1.1—${y}.12.31。`, [5, 14]],
      [`统计期限为${y}-01-01至${y}-12-31。`, [5, 16]],
      [`统计期限自${fw(y)}年１月１日起至${fw(y)}年１２月３１日止。`, [5, 16]],
    ] as const) {
      const withIt = [...lines];
      withIt.splice(six + 2, 0, sentence);
      const got = structure(withIt.join('\n')).filter((f) => f.rule === 'year-mismatch');
      assert.deepEqual(got.map((f) => [f.range, f.fixes![0]!.edits.map((e) => e.range)]), [[r(six + 2, years[0], six + 2, years[0] + 4), years.map((c) => r(six + 2, c, six + 2, c + 4))]], sentence);
    }
    // Months without 统计期限 are no period: `与${y}年1月至12月相比` compares with last year.
    const compared = [...lines];
    compared.splice(six + 2, 0, `与${y}年1月至12月相比，申请数量有所增加。`);
    assert.deepEqual(structure(compared.join('\n')).filter((f) => f.rule === 'year-mismatch'), []);
  });

  test(`${format}: years — plans dated this year in their other wordings`, () => {
    const { lines, at, year } = base(format);
    const five = at('五、');
    for (const [sentence, c] of [
      [`${year}年，本机关将从以下几个方面加强改进。`, 0],
      [`${year}年，本机关将聚焦群众关切，提升公开质量。`, 0],
      [`${year}年，要进一步提高公开质量。`, 0],
      [`在${year}年工作中，本机关将继续深化公开。`, 1],
      [`下一步，本机关将在${year}年进一步完善制度。`, 9],
      [`${year}年政务公开工作重点：`, 0],
    ] as const) {
      const withIt = [...lines];
      withIt.splice(five + 3, 0, sentence);
      const got = structure(withIt.join('\n')).filter((f) => f.rule === 'year-mismatch');
      assert.deepEqual(got.map((f) => [f.range, f.fixes![0]!.edits[0]!.newText]), [[r(five + 3, c, five + 3, c + 4), String(year + 1)]], sentence);
    }
    // A short lead-in that both patterns read is reported once.
    const once = [...lines];
    once.splice(five + 3, 0, `${year}年计划：`);
    assert.deepEqual(structure(once.join('\n')).map((f) => [f.rule, f.range]), [['year-mismatch', r(five + 3, 0, five + 3, 4)]]);
    // A dated sub-heading on the plans.
    const headed = [...lines];
    headed.splice(five + 3, 0, `（一）${year}年工作打算`, '进一步深化政务公开。');
    assert.deepEqual(structure(headed.join('\n')).map((f) => [f.rule, f.range]), [['year-mismatch', r(five + 3, 3, five + 3, 7)]]);
    // After 下一步, a year that is not when the plans are for.
    for (const sentence of [`下一步，本机关将在${year}年工作基础上，进一步完善制度。`, `下一步，巩固${year}年取得的成效。`, `今后，本机关将保持${year}年以来的做法。`]) {
      const past = [...lines];
      past.splice(five + 3, 0, sentence);
      assert.deepEqual(structure(past.join('\n')), [], sentence);
    }
    // A past event dating its own clause: `${year}年新《条例》正式施行，…将继续…`.
    const event = [...lines];
    event.splice(five + 3, 0, `${year}年新《条例》正式施行，本机关将继续加强学习培训。`);
    assert.deepEqual(structure(event.join('\n')), []);
    // The section titled 存在的不足及改进措施 is the problems-and-improvements section all the same.
    const titled = [...lines];
    titled[five] = '五、存在的不足及改进措施';
    titled.splice(five + 3, 0, `${year}年，本机关将进一步深化政务公开。`);
    assert.deepEqual(structure(titled.join('\n')).filter((f) => f.rule === 'year-mismatch').map((f) => f.range), [r(five + 3, 0, five + 3, 4)]);
  });

  test(`${format}: years — past work in the improvements section is no plan`, () => {
    const { lines, at, year } = base(format);
    const five = at('五、');
    lines.splice(
      five + 3,
      0,
      `${year}年，本机关将加强政策解读作为改进重点，全年发布解读材料37件。`, // 将 as 把
      `${year}年，本机关将持续推进公开平台建设，并已全面落实。`, // done, said after 将
      `（一）上年度问题整改情况`,
      `${year}年，本机关对照上年度报告提出的整改计划，逐项落实整改措施。`, // under last year's problems; 计划 a noun
      `（二）${year + 1}年工作打算`,
      `${year}年，本机关将进一步深化政务公开。`, // a plan, dated this year
    );
    const fs = structure(lines.join('\n'));
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['year-mismatch', r(five + 8, 0, five + 8, 4)]]);
  });

  test(`${format}: enumerations — 一是…三是…三是… renumbered once; 是 left out`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    lines[five + 2] = '一是公开质量有待提高。三是公开形式不够丰富。三是解读不够深入。';
    lines.splice(five + 3, 0, '一加强培训教育，完善制度。', '二以需求为导向，增强实效。');
    const text = lines.join('\n');
    const fs = structure(text);
    const p = five + 2;
    const i1 = '一是公开质量有待提高。'.length;
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.fixes![0]!.edits]), [
      ['enumeration-sequence', r(p, i1, p, i1 + 1), [{ range: r(p, i1, p, i1 + 1), newText: '二' }]],
      ['enumeration-sequence', r(p + 1, 0, p + 1, 1), [{ range: r(p + 1, 1, p + 1, 1), newText: '是' }]],
      ['enumeration-sequence', r(p + 2, 0, p + 2, 1), [{ range: r(p + 2, 1, p + 2, 1), newText: '是' }]],
    ]);
    assert.equal(renderMessage(fs[0]!.message), '“三是”接在“一是”之后，应为“二是”');
    const fixed = assertFixAllRepairs(text).split('\n');
    assert.deepEqual(fixed.slice(p, p + 3), ['一是公开质量有待提高。二是公开形式不够丰富。三是解读不够深入。', '一是加强培训教育，完善制度。', '二是以需求为导向，增强实效。']);
  });

  test(`${format}: enumerations in a run-in heading's text are read`, () => {
    const { lines, at } = base(format);
    const two = at('二、');
    const heading = '（一）政府信息管理情况。';
    lines.splice(two, 0, heading + '一是严格落实审查制度；二是规范发布流程；二是加强监督。');
    const fs = structure(lines.join('\n'));
    const c = (heading + '一是严格落实审查制度；二是规范发布流程；').length;
    assert.deepEqual(fs.map((f) => [f.rule, f.range, f.fixes![0]!.edits]), [['enumeration-sequence', r(two, c, two, c + 1), [{ range: r(two, c, two, c + 1), newText: '三' }]]]);
    // The heading itself (`（一）…` is no enumeration) stays a heading.
    assert.ok(parseReport(lines.join('\n')).headings.some((h) => h.line === two && h.runIn));
  });

  test(`${format}: paragraphs that start with a numeral as a word are no items, even beside a marked list`, () => {
    const { lines, at } = base(format);
    const five = at('五、');
    lines[five + 2] = '一是公开质量有待提高。二是公开形式不够丰富。';
    // 三公经费, 一窗受理, 一要…二要… (an enumeration style of its own), a signature date in Chinese numerals.
    lines.splice(five + 3, 0, '三公经费等财政信息按要求公开。', '一窗受理改革持续推进。', '一要提高认识。', '二要加强领导。');
    const text = lines.join('\n') + '\n\n某某市某某局\n二〇二一年一月二十日\n';
    assert.deepEqual(structure(text), []);
    // (Two unmarked items next to each other are still a list that lacks 是: the test above.)
  });

  test(`${format}: figures in the prose against 表三 and 表四`, () => {
    const { g, lines, at, year } = base(format);
    const three = at('三、收到和处理');
    const four = at('四、');
    const received = g.table3.get('new')![6]! + g.table3.get('carried')![6]!;
    const review = g.table4[4]!;
    lines.splice(four + 1, 0, `本年度发生政府信息公开行政复议${review + 3}件，行政诉讼${g.table4[9]! + g.table4[14]!}件。`);
    lines.splice(three + 1, 0, `全年共受理政府信息公开申请${received}件，其中网上申请2件。`, `本年度共收到政府信息公开申请${received + 7}件。`);
    const text = lines.join('\n');
    const fs = structure(text);
    const bad = three + 2;
    const start = '本年度共收到政府信息公开申请'.length;
    const rv = four + 3;
    const rs = '本年度发生政府信息公开行政复议'.length;
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [
      ['text-table-mismatch', r(bad, start, bad, start + String(received + 7).length)],
      ['text-table-mismatch', r(rv, rs, rv, rs + String(review + 3).length)],
    ]);
    assert.equal(renderMessage(fs[1]!.message), `正文称“行政复议${review + 3}件”，但表四 · 行政复议 · 总计为 ${review}`);
    assert.ok(fs.every((f) => f.fixes === undefined));
    // Without 全年/本年: `2020年，本机关共收到…`, `共受理…`, `本年度新收…`.
    const newTotal = g.table3.get('new')![6]!;
    for (const sentence of [`${year}年，本机关共收到政府信息公开申请`, '共受理政府信息公开申请', '本年度新收政府信息公开申请', `${year}年度，本机关新收政府信息公开申请`]) {
      const withIt = [...lines];
      withIt.splice(three + 1, 2, `${sentence}${newTotal + 5}件。`, `${sentence}${newTotal}件。`);
      const got = structure(withIt.join('\n')).filter((f) => f.rule === 'text-table-mismatch' && f.range.start.line === three + 1);
      assert.deepEqual(got.map((f) => f.range), [r(three + 1, sentence.length, three + 1, sentence.length + String(newTotal + 5).length)], sentence);
      assert.deepEqual(structure(withIt.join('\n')).filter((f) => f.range.start.line === three + 2), [], sentence);
    }
  });

  test(`${format}: figures in the prose that are changes, breakdowns, parts or wider totals are not compared`, () => {
    const { g, lines, at } = base(format);
    const two = at('二、');
    const three = at('三、收到和处理');
    const four = at('四、');
    const received = g.table3.get('new')![6]! + g.table3.get('carried')![6]!;
    const docs = g.table2.get('normativeDocs')!;
    const review = g.table4[4]!;
    const suits = g.table4[9]! + g.table4[14]!;
    // Each sentence holds a figure that is no count of the table's, and none of its figures equals one.
    lines.splice(four + 1, 0,
      `全年共办理各类行政复议案件${review + 40}件，其中涉及政府信息公开的行政复议案件${review}件。`,
      `行政复议案件同比减少${review + 2}件，行政复议结果维持${review + 1}件。`,
      `全年共办理行政诉讼案件${suits + 12}件，其中涉及政府信息公开的${suits}件。`);
    lines.splice(three + 1, 0,
      `全年共受理政府信息公开申请数量同比增加${received + 8}件。`,
      `全年共受理群众咨询和政府信息公开申请${received + 300}件，其中政府信息公开申请${received}件。`);
    lines.splice(two + 1, 0,
      `全年以市政府名义发布规范性文件${docs[0]! + 101}件，以市政府办公室名义发布规范性文件${docs[0]! + 102}件。`,
      `全年合法性审核规范性文件${docs[0]! + 103}件，转发上级规范性文件${docs[0]! + 104}件。`,
      `全年发布规范性文件${docs[0]!}件，其中以市政府名义${docs[0]! + 105}件。`);
    // Two counts listed together, each right: the first number is not the second's; a joint count of both.
    lines.splice(four + 1, 0,
      `全年发生政府信息公开行政复议案件${review}件、行政诉讼案件${suits}件。`,
      `全年涉及政府信息公开的行政复议${review}件和行政诉讼${suits}件。`,
      `政府信息公开行政复议、行政诉讼案件共${review + suits + 30}件。`,
      `全县共收到政府信息公开申请${received + 500}件，其中本级收到${received}件。`);
    assert.deepEqual(structure(lines.join('\n')).filter((f) => f.rule === 'text-table-mismatch'), []);
  });

  if (format === '2021') {
    test('2021: a 规范性文件 figure is compared with the column its verb names', () => {
      const { g, lines, at } = base(format);
      const two = at('二、');
      const [issued, repealed, inForce] = g.table2.get('normativeDocs')!;
      // 制发 names 本年制发件数: the figure equals 本年废止件数, but that is not what it says.
      lines.splice(two + 1, 0, `全年制发行政规范性文件${repealed}件，现行有效行政规范性文件${inForce! + 1}件。`);
      const fs = structure(lines.join('\n'));
      const l = two + 1;
      const a = '全年制发行政规范性文件'.length;
      const b = `全年制发行政规范性文件${repealed}件，现行有效行政规范性文件`.length;
      // Figures that only the named column tells apart (with any column, 3 would pass and 8 might).
      assert.ok(repealed !== issued && ![issued, repealed].includes(inForce! + 1));
      assert.deepEqual(fs.map((f) => [f.rule, f.range, renderMessage(f.message)]), [
        ['text-table-mismatch', r(l, a, l, a + String(repealed).length), `正文称“行政规范性文件${repealed}件”，但表二 · 行政规范性文件 · 本年制发件数为 ${issued}`],
        ['text-table-mismatch', r(l, b, l, b + String(inForce! + 1).length), `正文称“行政规范性文件${inForce! + 1}件”，但表二 · 行政规范性文件 · 现行有效件数为 ${inForce}`],
      ]);
    });
  }

  test(`${format}: paragraphs indented with a typed TAB are prose, not table cells`, () => {
    const { year } = base(format);
    const g = generate({ format, seed: 7, prose: true });
    const lines = g.text.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    const five = at('五、');
    const three = at('三、收到和处理');
    lines.splice(five + 1, 0, `${year}年，本机关将继续推动政务公开高质量发展，重点抓好以下几个方面工作：`);
    lines.splice(three + 1, 0, `全年共受理政府信息公开申请${g.table3.get('new')![6]! + 9}件，均已按时答复。`);
    const plain = lines.join('\n');
    // Every paragraph (a sentence, not a heading or a cell) indented with a TAB.
    const isParagraph = (l: string) => !l.startsWith('\t') && l.length > 20 && (l.includes('。') || l.endsWith('：'));
    const indented = lines.map((l) => (isParagraph(l) ? '\t' + l : l)).join('\n');
    assert.ok(lines.filter(isParagraph).length > 5);
    const shift = (f: Finding) => (isParagraph(lines[f.range.start.line]!) ? f.range.start.character + 1 : f.range.start.character);
    const expected = structure(plain).map((f) => [f.rule, f.range.start.line, shift(f)]);
    assert.deepEqual(expected.map((e) => e[0]), ['text-table-mismatch', 'year-mismatch']);
    assert.deepEqual(structure(indented).map((f) => [f.rule, f.range.start.line, f.range.start.character]), expected);
    assert.deepEqual(parseReport(indented).tables.map((t) => t.kind), parseReport(plain).tables.map((t) => t.kind));
  });

  test(`${format}: the flow and the results of 表三 stated in the prose: each figure against its row`, () => {
    const { g, lines, at, year } = base(format);
    const T = (key: string) => g.table3.get(key)![6]!;
    // A group's figure is the sum of its sub-rows (2019: （六）其他处理 is one row).
    const G = (group: string) => [...g.table3].filter(([k]) => k === group || k.startsWith(`${group}.`)).reduce((a, [, v]) => a + v[6]!, 0);
    const figures: [string, number, string][] = [
      ['上年结转', T('carried'), '表三 · 二、上年结转政府信息公开申请数量 · 总计'],
      ['已全部办结', T('total'), '表三 · （七）总计 · 总计'],
      ['其中予以公开', T('open'), '表三 · （一）予以公开 · 总计'],
      ['部分公开', T('partial'), '表三 · （二）部分公开 · 总计'],
      ['不予公开', G('deny'), '表三 · （三）不予公开 · 总计'],
      ['无法提供', G('unable'), '表三 · （四）无法提供 · 总计'],
      ['不予处理', G('decline'), '表三 · （五）不予处理 · 总计'],
      ['其他处理', G('other'), '表三 · （六）其他处理 · 总计'], // 2021: its three sub-rows' sum; 2019: its one row
      ['结转下年度继续办理', T('carryOver'), '表三 · 四、结转下年度继续办理 · 总计'],
    ];
    const paragraph = (values: number[]) =>
      `${year}年，本机关共收到政府信息公开申请${T('new')}件，` + figures.map(([w], k) => `${w}${values[k]}件`).join('，') + '。';
    const one = at('（二）依申请公开') + 1;
    const withIt = (p: string) => [...lines.slice(0, one), p, ...lines.slice(one)].join('\n');
    const right = figures.map((f) => f[1]);
    assert.deepEqual(structure(withIt(paragraph(right))), []);
    // The figure first, as reports also write it.
    const reversed = `其中${T('open')}件予以公开，${T('partial')}件部分公开，${G('deny')}件不予公开，${T('carryOver')}件结转下年度办理。`;
    assert.deepEqual(structure(withIt(`本年度共受理政府信息公开申请${T('new')}件，${reversed}`)), []);
    // Each figure changed alone: one finding, at its digits, naming its row (or group).
    figures.forEach(([word, value, cell], k) => {
      const values = right.map((v, j) => (j === k ? v + 7 : v));
      const p = paragraph(values);
      const start = p.indexOf(`${word}${value + 7}件`) + word.length;
      const fs = structure(withIt(p));
      assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['text-table-mismatch', r(one, start, one, start + String(value + 7).length)]], word);
      assert.equal(renderMessage(fs[0]!.message), `正文称“${word.replace(/^(其中|已全部)/, '')}${value + 7}件”，但${cell}为 ${value}`);
      assert.equal(fs[0]!.fixes, undefined);
    });
    // The same in the reversed order, and in section 三 without the word 申请.
    const wrongOpen = `其中${T('open') + 3}件予以公开`;
    const fs = structure(withIt(`本年度共受理政府信息公开申请${T('new')}件，${wrongOpen}。`));
    const s = `本年度共受理政府信息公开申请${T('new')}件，其中`.length;
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['text-table-mismatch', r(one, s, one, s + String(T('open') + 3).length)]]);
    const three = at('三、收到和处理') + 1;
    const inThree = [...lines.slice(0, three), `办理结果：不予处理${G('decline') + 2}件。`, ...lines.slice(three)].join('\n');
    assert.deepEqual(structure(inThree).map((f) => [f.rule, f.range]), [['text-table-mismatch', r(three, 9, three, 9 + String(G('decline') + 2).length)]]);
  });

  test(`${format}: the flow and the results of 表三 in the wordings reports use`, () => {
    const { g, lines, at, year } = base(format);
    const T = (key: string) => g.table3.get(key)![6]!;
    const G = (group: string) => [...g.table3].filter(([k]) => k.startsWith(`${group}.`)).reduce((a, [, v]) => a + v[6]!, 0);
    const one = at('（二）依申请公开') + 1;
    const lead = `本年度共收到政府信息公开申请${T('new')}件，`;
    // [wording with the figure as {}, the figure's row value]
    const wordings: [string, number][] = [
      ['同意公开{}件', T('open')],
      ['予以公开的{}件', T('open')],
      ['予以公开答复{}件', T('open')],
      ['其中{}件予以公开', T('open')],
      ['同意部分公开{}件', T('partial')],
      ['予以部分公开{}件', T('partial')],
      ['部分予以公开{}件', T('partial')],
      ['不同意公开{}件', G('deny')],
      ['不予以公开{}件', G('deny')],
      ['无法提供{}件（其中本机关不掌握相关政府信息1件）', G('unable')],
      ['上年转结政府信息公开申请{}件', T('carried')],
      [`加上${year - 1}年结转的{}件`, T('carried')],
      [`{}件结转至${year + 1}年继续办理`, T('carryOver')],
      ['依法答复{}宗', T('total')],
      ['办结依申请公开件{}件', T('total')],
      [`共办结{}件（含上年结转${T('carried')}件）`, T('total')],
      ['结转到下年度办理{}件', T('carryOver')],
      ['予以公开：{}件', T('open')],
      // Two results counted together: the sum of their rows.
      ['同意公开或部分公开共{}件', T('open') + T('partial')],
      ['予以公开及部分公开{}件', T('open') + T('partial')],
      ['予以公开和部分公开的申请{}件', T('open') + T('partial')],
    ];
    const withIt = (p: string) => [...lines.slice(0, one), p, ...lines.slice(one)].join('\n');
    for (const [wording, value] of wordings) {
      assert.deepEqual(structure(withIt(lead + wording.replace('{}', String(value)) + '。')), [], wording);
      const wrong = String(value + 11);
      const start = lead.length + wording.indexOf('{}');
      const fs = structure(withIt(lead + wording.replace('{}', wrong) + '。'));
      assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['text-table-mismatch', r(one, start, one, start + wrong.length)]], wording);
    }
    // Figures in Chinese numerals (township reports): read before 件, as their value.
    const cnValue = [...Array(99).keys()].map((k) => k + 1).find((v) => v !== T('carried') && v !== T('open') && v > 10)!;
    const cn = `上年结转${toChineseNumeral(cnValue)}件，予以公开两件`;
    const plain = '依申请公开工作规范有序。'; // a sentence of its own, with no digit
    const cnFs = structure(withIt(plain + cn + '。'));
    const cnAt = (p: string) => plain.length + cn.indexOf(p);
    assert.deepEqual(cnFs.map((f) => [f.range, f.message.args.value]), [
      [r(one, cnAt(toChineseNumeral(cnValue)), one, cnAt(toChineseNumeral(cnValue)) + toChineseNumeral(cnValue).length), cnValue],
      ...(T('open') === 2 ? [] : [[r(one, cnAt('两'), one, cnAt('两') + 1), 2]]),
    ]);
    // …but not an ordinal, nor a numeral before another word (`一个工作日`).
    assert.deepEqual(structure(withIt(`${lead}第一件予以公开，上年结转一个工作日内答复。`)), []);
    // Not the counts: another body's total, a year that is neither this nor the next.
    const w = T('total') + 40;
    for (const trap of [`全县共收到政府信息公开申请${w}件，其中本机关收到${w}件`, `${w}件结转至${year + 2}年继续办理`]) {
      assert.deepEqual(structure(withIt(`${lead}${trap}。`)), [], trap);
    }
  });

  test(`${format}: a statement that there were none, against 表三 and 表四`, () => {
    const { g, lines, at } = base(format);
    const one = at('（二）依申请公开') + 1;
    const five = at('五、');
    // 表四's fifteen cells stand just above the two blank lines before 五、.
    const t4Lines = Array.from({ length: 15 }, (_, k) => five - 17 + k);
    assert.deepEqual(t4Lines.map((l) => lines[l]), g.table4.map((v) => `\t${v}`));
    const requests = '本年度未收到政府信息公开申请，无上年结转申请。';
    const lead = '依申请公开工作规范有序。';
    const cases = '本年度未发生政府信息公开行政复议、行政诉讼案件。';
    const withThem = (ls: string[]) => [...ls.slice(0, one), requests, cases, ...ls.slice(one)].join('\n');
    const T = (key: string) => g.table3.get(key)![6]!;
    const suits = g.table4[9]! + g.table4[14]!;
    const phrase = (l: number, text: string, p: string) => r(l, text.indexOf(p), l, text.indexOf(p) + p.length);
    // The generated tables have requests, carried-over requests, reviews and lawsuits.
    assert.ok(T('new') > 0 && T('carried') > 0 && g.table4[4]! > 0 && suits > 0);
    const both = '未发生政府信息公开行政复议、行政诉讼案件';
    const expected = [
      [phrase(one, requests, '未收到政府信息公开申请'), `正文称“未收到政府信息公开申请”，但表三 · 一、本年新收政府信息公开申请数量 · 总计为 ${T('new')}`],
      [phrase(one, requests, '无上年结转申请'), `正文称“无上年结转申请”，但表三 · 二、上年结转政府信息公开申请数量 · 总计为 ${T('carried')}`],
      [phrase(one + 1, cases, both), `正文称“${both}”，但表四 · 行政复议 · 总计为 ${g.table4[4]}`],
      [phrase(one + 1, cases, both), `正文称“${both}”，但表四 · 行政诉讼 · 未经复议直接起诉 · 总计 + 表四 · 行政诉讼 · 复议后起诉 · 总计为 ${suits}`],
    ];
    const fs = structure(withThem(lines));
    assert.deepEqual(fs.map((f) => [f.range, renderMessage(f.message)]), expected);
    assert.ok(fs.every((f) => f.rule === 'text-table-mismatch' && f.fixes === undefined));
    // `无上年结转` without 申请, ending its clause.
    const short = '本年度未收到政府信息公开申请，无上年结转。';
    const shortFs = structure([...lines.slice(0, one), short, ...lines.slice(one)].join('\n'));
    assert.deepEqual(shortFs.map((f) => f.range), [phrase(one, short, '未收到政府信息公开申请'), phrase(one, short, '无上年结转')]);
    // More wordings of none, each read whole.
    for (const [sentence, p] of <[string, string][]>[
      ['本年度未收到公民、法人或其他组织提出的政府信息公开申请。', '未收到公民、法人或其他组织提出的政府信息公开申请'],
      ['本机关上年度无结转申请。', '上年度无结转申请'],
      ['全年无结转至下年度办理的申请。', '无结转至下年度办理的申请'],
      ['本年度未发生因政府信息公开申请引发的行政复议案件。', '未发生因政府信息公开申请引发的行政复议案件'],
    ]) {
      const got = structure([...lines.slice(0, one), `${lead}${sentence}`, ...lines.slice(one)].join('\n'));
      assert.deepEqual(got.map((f) => f.range), [phrase(one, lead + sentence, p)], sentence);
    }
    // The tables say none too: nothing to report.
    const zeroed = [...lines];
    for (const key of ['new', 'carried']) for (const l of g.table3Lines.get(key)!) zeroed[l] = '\t0';
    for (const l of t4Lines) zeroed[l] = '\t0';
    assert.deepEqual(structure(withThem(zeroed)), []);
    // Negations that state no count: a requester's papers, requests not accepted, last year, an outcome, 无论.
    const traps = ['对未收到申请人补正材料的，按规定办理。', '不存在未受理的申请。', '上年度未收到政府信息公开申请。',
      '全年未发生政府信息公开行政复议被纠错的情况。', '无论是政府信息公开行政复议还是行政诉讼，均依法应诉。'];
    assert.deepEqual(structure([...lines.slice(0, one), ...traps, ...lines.slice(one)].join('\n')), []);
  });

  test(`${format}: figures near the words of 表三 that are not its counts are not compared`, () => {
    const { g, lines, at, year } = base(format);
    const w = g.table3.get('total')![6]! + 50;
    const one = at('（二）依申请公开') + 1;
    // Each trap is a paragraph on requests (its first sentence says so, with no figure), and every figure in
    // it is wrong for the row its words name: only what makes it no count of the table's keeps it from a finding.
    const lead = '依申请公开工作规范有序。';
    const traps = [
      `${year - 1}年共收到政府信息公开申请${w}件，予以公开${w}件，结转下年度${w}件`, // another year
      `上一年度共受理政府信息公开申请${w}件，办结${w}件，予以公开${w}件`, // last year, without its number
      `涉及政府信息公开的行政复议案件中，复议机关责令予以公开${w}件`, // a review's outcome
      `全年收到申请${w}件，予以公开${w}件（含部分公开），信访事项办结${w}件，办结率100%`, // a joint count, petitions
      `全部或部分予以公开${w}件`, // a joint count
      `依申请公开不予公开件数同比增加${w}件`, // a change
      `全年共印发公文368件，其中主动公开256件，依申请公开65件，不予公开${w}件`, // documents by their disclosure
      `受理各类行政许可申请12856件，办结${w}件`, // permits
      `收到群众来信来访申请事项120件，办结${w}件`, // petitions
      `全县共办结${w}件，其中予以公开${w}件，结转下年度${w}件`, // a wider body
      `其中区政府办公室受理22件，办结${w}件，予以公开${w}件`, // a part of the body
      `对涉及第三方合法权益的不予公开${w}件`, // a reason: one sub-row
      `因申请人逾期未按收费通知要求缴纳费用，不予处理${w}件`, // a reason first
      `按期答复${w}件，延期答复2件`, // answers by timeliness
      `县应急局等12个部门未收到政府信息公开申请，其余乡镇均未收到政府信息公开申请`, // other bodies had none
    ];
    for (const trap of traps) {
      const withIt = [...lines.slice(0, one), `${lead}${trap}。`, ...lines.slice(one)].join('\n');
      assert.deepEqual(structure(withIt).map((f) => renderMessage(f.message)), [], trap);
    }
    // This year's count, wrong: compared (the paragraphs are read).
    const wrongNew = [...lines.slice(0, one), `${year}年共收到政府信息公开申请${w}件。`, ...lines.slice(one)].join('\n');
    assert.deepEqual(structure(wrongNew).map((f) => [f.rule, f.range.start.line, f.range.start.character]), [['text-table-mismatch', one, `${year}年共收到政府信息公开申请`.length]]);
  });

  test(`${format}: a title without the agency, the year or 公开`, () => {
    const { lines } = base(format);
    lines[0] = '';
    lines[1] = '政府信息工作年度报告';
    const fs = structure(lines.join('\n'));
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [['title-incomplete', r(1, 0, 1, 10)]]);
    assert.equal(renderMessage(fs[0]!.message), '标题“政府信息工作年度报告”缺少机关名称、年度、“政府信息公开”');
  });

  test(`${format}: Word bookmarks in a heading, a cell and prose are removed by fix-all, and the report reads the same`, () => {
    const { lines, at } = base(format);
    const two = at('二、');
    lines[two] = '二、[bookmark: _GoBack]主动公开政府信息情况';
    lines[two + 1] = '\t[bookmark: _Hlk2]' + lines[two + 1]!.slice(1);
    const text = lines.join('\n');
    const fs = structure(text);
    assert.deepEqual(fs.map((f) => [f.rule, f.range]), [
      ['conversion-artifact', r(two, 2, two, 21)],
      ['conversion-artifact', r(two + 1, 1, two + 1, 18)],
    ]);
    const fixed = assertFixAllRepairs(text);
    assert.equal(fixed, base(format).lines.join('\n'));
  });
}

test('a hybrid report (2019 tables and the old 统计表) gets one report-format finding and no heading-title', () => {
  const { lines, at } = base('2019');
  const three = at('三、收到和处理');
  lines.splice(three, 0, '三、其他工作情况', '', '\t统计指标', '\t单位', '\t统计数', '', '\t主动公开政府信息数', '\t条', '\t12', '');
  const text = lines.join('\n');
  const fs = structure(text);
  assert.deepEqual(fs.map((f) => [f.rule, f.severity]), [['report-format', 'information'], ['heading-sequence', 'warning']]);
  // The standard 三 after the inserted one is the repeat; renumbering shifts it and every later section by one.
  const again = at('三、收到和处理');
  const ordinal = (l: number) => r(l, 0, l, 2);
  assert.equal(again, three + 10);
  assert.deepEqual(fs[1]!.range, ordinal(again));
  assert.deepEqual(fs[1]!.fixes!.map((f) => [f.edits, f.preferred]), [[
    [
      { range: ordinal(again), newText: '四、' },
      { range: ordinal(at('四、')), newText: '五、' },
      { range: ordinal(at('五、')), newText: '六、' },
      { range: ordinal(at('六、')), newText: '七、' },
    ],
    true,
  ]]);
  assert.deepEqual(fs[0]!.related!.map((x) => renderMessage(x.message)), ['非国家格式的部分：三、其他工作情况', '旧式表格：政府信息公开情况统计表']);
});

test('a 2021 report with the 2019 tables is told to use the 2021 format', () => {
  const { lines } = base('2019');
  lines[1] = '2021年政府信息公开工作年度报告';
  const fs = structure(lines.join('\n'));
  assert.deepEqual(fs.map((f) => [f.rule, renderMessage(f.message)]), [
    ['report-format', '2021年度报告应采用 2021 年格式（国办公开办函〔2021〕30号），此处使用的是 2019 年格式的表格'],
  ]);
});

test('what real reports write and is no error: two lists under one heading, 将 as 把, a review request, the year before the agency', () => {
  for (const format of FORMATS) {
    const { lines, at, year } = base(format);
    const five = at('五、');
    lines.splice(five + 1, 0,
      '（一）存在的主要问题', '公开质量有待提高。', '（二）原因分析', '人员不足。',
      '（一）改进措施', '加强培训。', '（二）工作计划', '继续推进。',
      `${year}年，我局将政务公开工作纳入年度考核，取得了实效。`,
      `${year}年，本机关已将公开目录全面更新，将继续完善。`,
    );
    const one = at('一、总体情况');
    lines.splice(one + 1, 0, '全年共受理行政复议申请5件，收到信访投诉12件。');
    lines[1] = `${year}年度某某市某某局政府信息公开工作年度报告`;
    lines[0] = '';
    assert.deepEqual(structure(lines.join('\n')), [], format);
  }
});

test('a report written as real 2021-format reports are, with consistent figures, has no structure finding', () => {
  const { g, lines, at, year } = base('2021', 11);
  const received = g.table3.get('new')![6]!;
  const carried = g.table3.get('carried')![6]!;
  const review = g.table4[4]!;
  const suits = g.table4[9]! + g.table4[14]!;
  const docs = g.table2.get('normativeDocs')![0]!;
  const one = at('一、总体情况');
  lines.splice(one + 1, at('二、') - one - 1,
    '',
    `${year}年，某某市某某局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》（以下简称《条例》），围绕中心、服务大局，扎实推进政务公开各项工作。现将有关情况报告如下：`,
    `（一）主动公开情况。全年通过门户网站主动公开政府信息1,286条，其中制发行政规范性文件${docs}件，发布政策解读材料36篇，召开新闻发布会4场。一是聚焦重点领域。二是强化政策解读。三是回应社会关切。`,
    `（二）依申请公开情况。全年共收到政府信息公开申请${received}件，加上年结转${carried}件，均在法定期限内答复。`,
    '（三）政府信息管理情况。严格落实公开属性源头认定机制，开展规范性文件清理，废止文件12件。',
    '（四）平台建设情况。优化政府信息公开专栏，更新栏目22个。',
    `（五）监督保障情况。将政务公开纳入年度绩效考核，组织业务培训3次，全年未发生政府信息公开工作责任追究情况。本年度发生政府信息公开行政复议${review}件，行政诉讼${suits}件。`,
    '',
  );
  const five = at('五、');
  lines.splice(five + 1, at('六、') - five - 1,
    '',
    `${year}年，本机关政务公开工作取得一定成效，但仍存在一些不足：一是政策解读形式较为单一；二是基层政务公开标准化规范化水平有待提升。`,
    `${year + 1}年，本机关将着力做好以下工作：一是加强政策解读，丰富解读形式；二是深化基层政务公开标准化规范化建设；三是加强业务培训。`,
    '',
  );
  const six = at('六、');
  lines.splice(six + 1, lines.length - six - 1,
    '',
    `本机关${year}年度未收取信息处理费。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
    '某某市某某局',
    `${year + 1}年1月20日`,
  );
  const text = lines.join('\n');
  assert.deepEqual(structure(text).map((f) => `${f.rule}@${f.range.start.line}: ${renderMessage(f.message)}`), []);
  // And with one figure off, exactly that figure is reported.
  const off = text.replace(`全年共收到政府信息公开申请${received}件`, `全年共收到政府信息公开申请${received + carried + 9}件`);
  assert.deepEqual(structure(off).map((f) => f.rule), ['text-table-mismatch']);
});

test('2021: a table still in the 2019 layout beside the 2021 ones is reported once, at that table', () => {
  const recent = base('2021');
  const old = base('2019');
  // 表三 of the 2019 report (one （六）其他处理 row) in place of the 2021 one, the rest as it is.
  const part = (b: typeof recent) => [b.at('三、收到和处理'), b.at('四、')] as const;
  const [a, z] = part(recent);
  const [oa, oz] = part(old);
  const lines = [...recent.lines.slice(0, a), ...old.lines.slice(oa, oz), ...recent.lines.slice(z)];
  const text = lines.join('\n');
  const t3 = parseReport(text).tables.find((t) => t.kind === 'table3')!;
  const fs = structure(text).filter((f) => f.rule === 'report-format');
  assert.deepEqual(fs.map((f) => [f.range, renderMessage(f.message)]), [
    [t3.cells[0]!.range, '表三使用的是 2019 年格式（国办公开办函〔2019〕60号），而本报告的其他表格采用 2021 年格式'],
  ]);
  // Both reports as generated: nothing.
  assert.deepEqual(structure(recent.lines.join('\n')).filter((f) => f.rule === 'report-format'), []);
});

test('2019 tables under the old seven-section outline: one report-format finding, not one per section', () => {
  const { lines, at } = base('2019');
  const [one, three, four, five, six] = [at('一、'), at('三、收到和处理'), at('四、'), at('五、'), at('六、')];
  lines[one] = '一、概述';
  lines[three] = '三、依申请公开政府信息情况';
  lines[four] = '五、因政府信息公开申请行政复议、提起行政诉讼的情况';
  lines[five] = '六、政府信息公开工作存在的主要问题及改进情况';
  lines[six] = '七、其他需要报告的事项';
  lines.splice(four, 0, '四、政府信息公开的收费及减免情况', '', '本年度未收取任何费用。', '');
  const text = lines.join('\n');
  assert.equal(parseReport(text).format, 'hybrid');
  const fs = structure(text);
  assert.deepEqual(fs.map((f) => [f.rule, f.range.start.line, f.message.id]), [['report-format', 0, 'report-format.hybrid']]);
  assert.deepEqual(fs[0]!.related!.map((x) => renderMessage(x.message)), ['非国家格式的部分：四、政府信息公开的收费及减免情况']);
});

test('2021: section 六 must state the 信息处理费 collected; the 2019 format does not ask it', () => {
  const { lines, at } = base('2021');
  const six = at('六、');
  lines[six + 2] = '本年度无其他需要报告的事项。';
  const fs = structure(lines.join('\n'));
  assert.deepEqual(fs.map((f) => [f.rule, f.severity, f.range, f.fixes]), [['section-content', 'information', r(six, 0, six, 11), undefined]]);
  assert.equal(renderMessage(fs[0]!.message), '“六、其他需要报告的事项”未说明信息处理费的收取情况（2021 年格式要求）');
  const old = base('2019');
  old.lines[old.at('六、') + 2] = '本年度无其他需要报告的事项。';
  assert.deepEqual(structure(old.lines.join('\n')), []);
  // Stated in other words; or in a sub-section of 六 that repeats the section's title (the section is still 六).
  for (const stated of [['本年度未收取任何费用。'], ['本年度未发出收费通知，未收取费用。'], ['（一）收取信息处理费情况', '本年度未收取信息处理费。', '（二）其他需要报告的事项', '无。'],
    ['本机关未向申请人收取政府信息公开相关费用。'], ['本年度未收取政府信息公开申请费用。'], ['本年度无相关费用收取。'], ['依申请公开信息均免费提供。'],
    // A sentence broken mid-word by the conversion.
    ['本年度未收取信息处理', '费。']]) {
    const { lines: l2, at: at2 } = base('2021');
    l2.splice(at2('六、') + 2, 1, ...stated);
    assert.deepEqual(structure(l2.join('\n')), [], stated[0]);
  }
});

test('2021: a sub-section of 五 that repeats the standard title leaves 五 the section', () => {
  const { lines, at } = base('2021');
  const five = at('五、');
  lines.splice(five + 2, 1, '（一）上年度问题整改情况', '对照上年度报告，逐项落实整改。', '（二）存在的主要问题及改进措施', '公开质量有待提高。');
  assert.deepEqual(structure(lines.join('\n')), []);
});
