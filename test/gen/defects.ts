// Defects of the classes real reports still slipped past the checker with, injected into a correct report
// (the examples' sample, `sampleReport`) in several wordings, each with the findings it must give — rule,
// exact range, message, fix — and the same report without it, which must give none. The unit tests
// (test/unit/root-causes.test.ts) check each exactly; bench/recall.ts counts recall and false positives
// per class over more years, agencies and both formats.
import { sampleReport, type SampleOptions } from '../../server/src/core/examples';

export type DefectClass =
  | 'table-label'
  | 'missing-row'
  | 'text-arithmetic'
  | 'years'
  | 'residue'
  | 'enumerations'
  | 'one-finding'
  | 'prose-figures'
  | 'severity';

export interface Expected {
  rule: string;
  severity?: string;
  /** 0-based line, and the characters of the range on it (a range that ends on another line: `endLine`). */
  line: number;
  start: number;
  end: number;
  endLine?: number;
  /** The Chinese message, where the test checks it. */
  message?: string;
  /** The new texts of the first fix's edits, in order; `preferred` whether it is. */
  fix?: string[];
  preferred?: boolean;
}

export interface Defect {
  cls: DefectClass;
  name: string;
  format: '2019' | '2021';
  bad: string;
  good: string;
  expect: Expected[];
}

/** Where `needle` is (its `nth` occurrence, from 0): its line and character. */
export function locate(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}

/** The range of `part` inside the `nth` occurrence of `context` (`part` defaults to the context itself). */
function where(text: string, context: string, part = context, nth = 0): Pick<Expected, 'line' | 'start' | 'end'> {
  const p = locate(text, context, nth);
  const off = context.indexOf(part);
  if (off < 0) throw new Error(`${part} not in ${context}`);
  return { line: p.line, start: p.character + off, end: p.character + off + part.length };
}

const replace = (text: string, find: string, to: string): string => {
  if (!text.includes(find)) throw new Error(`not found: ${find}`);
  return text.replace(find, to);
};

/** The defects of every class in one format, on the sample report with these options (year, agency). */
export function defects(format: '2019' | '2021', o: Omit<SampleOptions, 'format'> = {}): Defect[] {
  const good = sampleReport({ ...o, format });
  const year = o.year ?? (format === '2021' ? 2022 : 2020);
  const out: Defect[] = [];
  const add = (cls: DefectClass, name: string, bad: string, expect: (bad: string) => Expected[], clean = good) =>
    out.push({ cls, name, format, bad, good: clean, expect: expect(bad) });

  // 1. Slips in the national tables' own labels: the fix writes the standard label.
  const slips: [string, string, string][] =
    format === '2021'
      ? [['现行有效件数', '现形有效件数', '表二'], ['本年制发件数', '本年制法件数', '表二'], ['行政规范性文件', '行政规范姓文件', '表二'], ['四、结转下年度继续办理', '四四、结转下年度继续办理', '表三'], ['（一）予以公开', '（一）予已公开', '表三'], ['科研机构', '科研机枃', '表三'], ['尚未审结', '尚末审结', '表四']]
      : [['本年新制作数量', '本年新制做数量', '表二'], ['对外公开总数量', '对外公开总数里', '表二'], ['其他对外管理服务事项', '其他对外管里服务事项', '表二'], ['四、结转下年度继续办理', '四四、结转下年度继续办理', '表三'], ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数里', '表三'], ['社会公益组织', '社会公益组识', '表三'], ['结果纠正', '结果纠王', '表四']];
  for (const [std, slip, table] of slips) {
    add('table-label', `${slip} for ${std}`, replace(good, `\t${std}\n`, `\t${slip}\n`), (bad) => [
      { rule: 'table-label', severity: 'warning', ...where(bad, `\t${slip}\n`, slip), message: `${table}的标签“${slip}”疑有错字，国家格式为“${std}”`, fix: [std], preferred: true },
    ]);
  }
  // …and a standard row missing: the fix inserts it with empty cells.
  const enforcement = format === '2021' ? '\t行政强制\n\t0\n\n' : '\t行政强制\n\t0\n\t0\n\t0\n\n';
  add('missing-row', '表二 without 行政强制', replace(good, enforcement, ''), (bad) => [
    { rule: 'table-label', ...where(bad, '\t行政处罚\n', '行政处罚'), message: '表二缺少“行政强制”行', fix: [format === '2021' ? '\t行政强制\n\t\n\n' : '\t行政强制\n\t\n\t\n\t\n\n'], preferred: true },
  ]);
  const deny8 = '\t\n\t\n\t8.属于行政查询事项\n' + '\t0\n'.repeat(7) + '\n';
  add('missing-row', '表三 without （三）不予公开·8', replace(good, deny8, ''), (bad) => [
    { rule: 'table-label', ...where(bad, '\t1.本机关不掌握相关政府信息\n', '1.本机关不掌握相关政府信息'), message: '表三缺少“（三）不予公开·8”行，各列合计无法核对', fix: ['\t8.属于行政查询事项\n' + '\t\n'.repeat(7) + '\n'], preferred: true },
  ]);

  // 2. Prose figures that contradict each other: a total and its parts, a share and its counts.
  const published = format === '2021' ? 126 : 98;
  const total = `主动公开政府信息${published}条。`;
  const partsOf = (a: number, b: number, c: number) => `主动公开政府信息${published}条，其中政策文件${a}条、工作动态${b}条、其他信息${c}条。`;
  add('text-arithmetic', 'total and three parts (、)', replace(good, total, partsOf(40, 30, 10)), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, `信息${published}条，其中`, String(published)), message: `总数 ${published}条 与其中各项之和 80 不符：“政策文件40条”、“工作动态30条”、“其他信息10条”` },
  ], replace(good, total, partsOf(40, 30, published - 70)));
  add('text-arithmetic', 'the parts in the next sentence', replace(good, total, `主动公开政府信息${published}条。其中政策文件50条，工作动态20条。`), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, `信息${published}条。其中`, String(published)), message: `总数 ${published}条 与其中各项之和 70 不符：“政策文件50条”、“工作动态20条”` },
  ], replace(good, total, `主动公开政府信息${published}条。其中政策文件50条，工作动态${published - 50}条。`));
  const answered = '均按时答复。';
  add('text-arithmetic', 'requests by applicant', replace(good, answered, '其中自然人6件、法人2件。'), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, '申请9件，其中', '9'), message: '总数 9件 与其中各项之和 8 不符：“自然人6件”、“法人2件”' },
  ], replace(good, answered, '其中自然人6件、法人3件。'));
  add('text-arithmetic', 'requests by applicant (；)', replace(good, answered, '其中：自然人7件；法人或其他组织3件。'), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, '申请9件，其中', '9'), message: '总数 9件 与其中各项之和 10 不符：“自然人7件”、“法人或其他组织3件”' },
  ], replace(good, answered, '其中：自然人6件；法人或其他组织3件。'));
  add('text-arithmetic', 'a share', replace(good, answered, '其中自然人6件，占60%；法人3件，占33.3%。'), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, '占60%', '60'), message: '正文称“自然人6件”占 60%，但 6 ÷ 9 = 66.7%' },
  ], replace(good, answered, '其中自然人6件，占66.7%；法人3件，占33.3%。'));
  add('text-arithmetic', 'a share with decimals (truncated is right)', replace(good, answered, '其中自然人6件，占66.6%；法人3件，占30.0%。'), (bad) => [
    { rule: 'text-arithmetic', ...where(bad, '占30.0%', '30.0'), message: '正文称“法人3件”占 30.0%，但 3 ÷ 9 = 33.3%' },
  ], replace(good, answered, '其中自然人6件，占66.6%；法人3件，占33.3%。'));
  add('text-arithmetic', 'not exhaustive (等): nothing', replace(good, total, `主动公开政府信息${published}条，其中政策文件40条、工作动态30条等。`), () => []);
  add('text-arithmetic', 'parts by channel, which overlap: nothing', replace(good, total, `主动公开政府信息${published}条，其中通过门户网站发布${published}条、政务微博发布40条。`), () => []);

  // 3. Years: a run-in sub-heading's paragraph; this year's figures dated another year.
  const plans = `政策解读的形式还不够丰富。${year + 1}年，我局将`;
  for (const lead of ['（三）下一步打算。', '（二）下一步工作计划。', '（三）下一步工作打算：']) {
    add('years', `plans after ${lead}`, replace(good, plans, `政策解读的形式还不够丰富。\n\n${lead}${year}年，我局将`), (bad) => [
      { rule: 'year-mismatch', ...where(bad, `${lead}${year}年`, String(year)), message: `改进计划写作 ${year} 年，${year} 年度报告的计划应是 ${year + 1} 年的`, fix: [String(year + 1)], preferred: true },
    ], replace(good, plans, `政策解读的形式还不够丰富。\n\n${lead}${year + 1}年，我局将`));
  }
  for (const lead of [`${year - 1}年共收到`, `${year - 1}年，本机关共收到`, `${year - 1}年度共受理`]) {
    add('years', `this year's figure dated ${lead}`, replace(good, '全年共收到', lead), (bad) => [
      { rule: 'text-table-mismatch', ...where(bad, lead, String(year - 1)), fix: [String(year)], preferred: false },
    ]);
  }

  // 4. Residue of web editors and converters: removed, an entity replaced by its character.
  const para = '政策解读的形式还不够丰富。';
  const residue: [string, string, string][] = [
    ['<!--[if !supportLists]-->', '<!--[if !supportLists]-->', ''],
    ['<span lang="EN-US"></span>', '<span lang="EN-US"></span>', ''],
    ['&nbsp;&nbsp;', '&nbsp;&nbsp;', '\u00a0\u00a0'],
    ['&lt;&lt;条例&gt;&gt;', '&lt;&lt;', '<<'],
    ['HYPERLINK "http://www.gov.cn/" ', 'HYPERLINK "http://www.gov.cn/" ', ''],
    ['{ PAGE \\* MERGEFORMAT }', '{ PAGE \\* MERGEFORMAT }', ''],
  ];
  for (const [inserted, first, fix] of residue) {
    add('residue', inserted, replace(good, para, inserted + para), (bad) => {
      const e: Expected[] = [{ rule: 'conversion-artifact', ...where(bad, inserted, first), fix: [fix], preferred: true }];
      if (inserted.startsWith('&lt;')) e.push({ rule: 'conversion-artifact', ...where(bad, inserted, '&gt;&gt;'), fix: ['>>'], preferred: true });
      return e;
    });
  }

  // 5. Enumerations: every break; renumbering stays in its paragraph; 1. 2. items are their own list.
  const items = '一是制作图解，二是开展在线访谈。';
  add('enumerations', 'two breaks in one list', replace(good, items, '一是制作图解，三是开展在线访谈，三是加强培训，五是强化考核。'), (bad) => [
    { rule: 'enumeration-sequence', ...where(bad, '三是开展', '三'), message: '“三是”接在“一是”之后，应为“二是”', fix: ['二'], preferred: true },
    { rule: 'enumeration-sequence', ...where(bad, '五是强化', '五'), message: '“五是”接在“三是”之后，应为“四是”', fix: ['四'], preferred: true },
  ]);
  add('enumerations', 'items in paragraphs of their own', replace(good, items, '一是制作图解。\n二是开展在线访谈。\n四是加强培训。\n五是强化考核。'), (bad) => [
    { rule: 'enumeration-sequence', ...where(bad, '四是加强', '四'), message: '“四是”接在“二是”之后，应为“三是”', fix: ['三'], preferred: true },
    { rule: 'enumeration-sequence', ...where(bad, '五是强化', '五'), message: '“五是”是本列举的第四项，应为“四是”', fix: ['四'], preferred: true },
  ]);
  add('enumerations', '1. 2. items inside and after a 一是 list: nothing', replace(good, items, '一是制作图解，二是开展在线访谈：\n1.图文解读。\n2.视频解读。\n三是加强培训。\n1.集中培训。\n3.个别辅导。'), () => []);

  // 6. One root cause, one finding.
  const t3 = (rows: Record<string, (number | string)[]>) => sampleReport({ ...o, format, table3: rows });
  const results = format === '2021' ? 'other.3' : 'other';
  const rowsWithTotal = (total: number | string): Record<string, (number | string)[]> => ({
    new: [6, 2, 0, 0, 1, 0, total],
    carried: [1, 0, 0, 0, 0, 0, total],
    open: [4, 1, 0, 0, 0, 0, total],
    partial: [1, 0, 0, 0, 0, 0, total],
    'deny.4': [0, 1, 0, 0, 0, 0, total],
    'unable.1': [1, 0, 0, 0, 1, 0, total],
    total: [6, 2, 0, 0, 1, 0, total],
    carryOver: [1, 0, 0, 0, 0, 0, total],
  });
  add('one-finding', '总计 column left 0', t3(rowsWithTotal(0)), (bad) => {
    // Underlined on the first total to write; the others are its related information.
    const first = locate(bad, '\t6\n\t2\n\t0\n\t0\n\t1\n\t0\n\t0\n');
    return [{ rule: 'table-row-total', line: first.line + 6, start: 1, end: 2, message: '表三的总计列为 0，但各行均有数字：8 行的总计应为各类申请人之和', fix: ['9', '1', '5', '1', '1', '2', '9', '1'], preferred: true }];
  });
  add('one-finding', '（七）总计 row left 0', t3({ total: [0, 0, 0, 0, 0, 0, 0] }), (bad) => {
    // Underlined on the row's label; the totals to write are its related information.
    const at = locate(bad, '\t（七）总计\n');
    return [{ rule: 'table-column-total', line: at.line, start: 1, end: 6, message: '表三（七）总计行为 0，但各办理结果均有数字：4 列的总计应为各办理结果之和', fix: ['6', '2', '1', '9'], preferred: true }];
  });
  add('one-finding', 'zeros and the results\' totals left blank', t3({ open: [4, 1, '', '', '', '', ''], partial: [1, '', '', '', '', '', ''], 'deny.4': ['', 1, '', '', '', '', ''], 'unable.1': [1, '', '', '', 1, '', ''], [results]: ['', '', '', '', '', '', ''] }), (bad) => {
    // Underlined on the table's first label; the blank cells are its related information.
    const at = locate(bad, '\t申请人情况\n');
    return [{ rule: 'table-cell-empty', line: at.line, start: 1, end: 6, message: '表三有 29 个单元格未填写：把 0 留空了（25 格），各行的总计也没有填（4 格）；按 0 计算、补上总计后各项合计均相符' }];
  });
  add('one-finding', 'the prose right, a total wrong', t3({ new: [6, 2, 0, 0, 1, 0, 8] }), (bad) => {
    const at = locate(bad, '\t6\n\t2\n\t0\n\t0\n\t1\n\t0\n\t8\n');
    return [{ rule: 'table-culprit-cell', line: at.line + 6, start: 1, end: 2, fix: ['9'], preferred: true }];
  });

  // 7. Prose figures: two results counted together; documents printed in a gazette are not 表二's.
  for (const phrase of ['予以公开及部分公开{}件', '同意公开或部分公开共{}件', '予以公开和部分公开的申请{}件']) {
    add('prose-figures', phrase, replace(good, answered, `其中${phrase.replace('{}', '7')}。`), (bad) => [
      { rule: 'text-table-mismatch', ...where(bad, phrase.replace('{}', '7'), '7'), message: `正文称“${phrase.replace('{}', '7')}”，但表三 · （一）予以公开 · 总计 + 表三 · （二）部分公开 · 总计为 6` },
    ], replace(good, answered, `其中${phrase.replace('{}', '6')}。`));
  }
  for (const gazette of ['全年在政府公报刊登规范性文件45件', '编发公报12期，刊登规章、规范性文件等30件']) {
    add('prose-figures', `gazette: ${gazette}`, replace(good, '全年发布行政规范性文件3件', gazette), () => []);
  }

  // 8. Severity: a wording variant of a section title is information, a meaning-changing character a warning.
  const four = '四、政府信息公开行政复议、行政诉讼情况';
  const std4 = '政府信息公开行政复议、行政诉讼情况';
  for (const [title, severity] of [['政府信息公开行政复议与行政诉讼情况', 'information'], ['政府信息公开工作行政复议、行政诉讼情况', 'information'], ['行政复议和行政诉讼情况', 'information'], ['政府信息公开行政法复议、行政诉讼情况', 'warning']] as const) {
    add('severity', title, replace(good, four, `四、${title}`), (bad) => [
      { rule: 'heading-title', severity, ...where(bad, `四、${title}`, title), fix: [std4], preferred: true },
    ]);
  }
  return out;
}

/**
 * Wordings written after the rules, not tuned for: the bench counts them apart (`held out`), so that its
 * recall says something about wordings the rules were not built on. Some are expected to be missed (a
 * figure in Chinese numerals, a two-character label).
 */
export function heldOut(format: '2019' | '2021', o: Omit<SampleOptions, 'format'> = {}): Defect[] {
  const good = sampleReport({ ...o, format });
  const year = o.year ?? (format === '2021' ? 2022 : 2020);
  const out: Defect[] = [];
  const add = (cls: DefectClass, name: string, bad: string, expect: (bad: string) => Expected[]) => out.push({ cls, name, format, bad, good, expect: expect(bad) });
  const published = format === '2021' ? 126 : 98;
  const total = `主动公开政府信息${published}条。`;
  const answered = '均按时答复。';
  add('text-arithmetic', 'parts after 其中：', replace(good, total, `主动公开政府信息${published}条，其中：政策法规类40条，工作动态类30条，其他类20条。`), (bad) => [{ rule: 'text-arithmetic', ...where(bad, `信息${published}条，其中`, String(published)) }]);
  add('text-arithmetic', 'parts in a parenthesis', replace(good, '申请9件，均按时答复。', '申请9件（其中自然人5件、法人3件），均按时答复。'), (bad) => [{ rule: 'text-arithmetic', ...where(bad, '申请9件（', '9') }]);
  add('text-arithmetic', 'a share (占比)', replace(good, answered, '其中自然人6件，占比60%，法人3件，占比33.3%。'), (bad) => [{ rule: 'text-arithmetic', ...where(bad, '占比60%', '60') }]);
  add('text-arithmetic', 'parts in Chinese numerals', replace(good, answered, '其中自然人六件、法人两件。'), (bad) => [{ rule: 'text-arithmetic', ...where(bad, '申请9件，其中', '9') }]);
  add('years', 'plans after （四）下一步工作安排。', replace(good, `政策解读的形式还不够丰富。${year + 1}年，我局将`, `政策解读的形式还不够丰富。\n\n（四）下一步工作安排。${year}年，我局将`), (bad) => [{ rule: 'year-mismatch', ...where(bad, `安排。${year}年`, String(year)) }]);
  add('years', 'this year\'s figure dated last year, 受理', replace(good, '全年共收到政府信息公开申请9件', `${year - 1}年全年受理政府信息公开申请9件`), (bad) => [{ rule: 'text-table-mismatch', ...where(bad, `${year - 1}年全年`, String(year - 1)) }]);
  const slips: [string, string][] = format === '2021' ? [['行政许可', '行政许诃'], ['本年废止件数', '本年废址件数'], ['规章', '规张']] : [['本年新公开数量', '本年新公开数最'], ['行政许可', '行政许诃'], ['规章', '规张']];
  for (const [std, slip] of slips) add('table-label', `${slip} for ${std}`, replace(good, `\t${std}\n`, `\t${slip}\n`), (bad) => [{ rule: 'table-label', ...where(bad, `\t${slip}\n`, slip) }]);
  for (const [inserted, first] of [['<br/>', '<br/>'], ['&#8220;', '&#8220;'], ['<o:p></o:p>', '<o:p></o:p>'], ['PAGEREF _Toc123 \\h ', 'PAGEREF _Toc123 \\h '], ['<![if !supportLists]>', '<![if !supportLists]>']] as const) {
    add('residue', inserted, replace(good, '政策解读的形式还不够丰富。', inserted + '政策解读的形式还不够丰富。'), (bad) => [{ rule: 'conversion-artifact', ...where(bad, inserted, first) }]);
  }
  add('prose-figures', '同意公开、部分公开', replace(good, answered, '其中同意公开、部分公开共7件。'), (bad) => [{ rule: 'text-table-mismatch', ...where(bad, '共7件', '7') }]);
  add('enumerations', 'a repeated item', replace(good, '一是制作图解，二是开展在线访谈。', '一是制作图解，二是开展在线访谈，二是加强培训。'), (bad) => [{ rule: 'enumeration-sequence', ...where(bad, '二是加强', '二') }]);
  add('severity', '以及 for 、', replace(good, '四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议以及行政诉讼情况'), (bad) => [{ rule: 'heading-title', severity: 'information', ...where(bad, '政府信息公开行政复议以及行政诉讼情况') }]);
  return out;
}
