// A generator of reports in both national formats, with the variations real reports show, so that
// the parser is tested on the format and not on five files. Deterministic for a given seed.
import {
  TABLE2_BLOCKS,
  TABLE3_CAPTION_ROW,
  TABLE3_GROUPS,
  TABLE3_HEADER_ROWS,
  TABLE3_RESULTS,
  TABLE3_RESULTS_LABEL,
  TABLE3_ROW_BY_KEY,
  TABLE4_HEADER_ROWS,
  TABLE4_RESULTS,
  type Table3Group,
  type Table3RowKey,
} from '../../server/src/core/national';

/** A 表三 row's label as printed. */
const L = (key: Table3RowKey): string => TABLE3_ROW_BY_KEY.get(key)!.label;

export interface GenOptions {
  format: '2019' | '2021';
  seed: number;
  eol?: '\n' | '\r\n';
  bom?: boolean;
  /** `(一)` instead of `（一）` in headings and row labels. */
  halfWidthBrackets?: boolean;
  /** 本年新收到 / 上年转结 / 转结下年度 (the Ningbo variants). */
  ningboLabels?: boolean;
  /** Numbers written with full-width digits. */
  fullWidthDigits?: boolean;
  /** Numbers padded with spaces and NBSP (`\t   12\u00a0`). */
  padding?: boolean;
  /** Long labels wrapped onto a second line without a TAB. */
  wrapLabels?: boolean;
  /** `三、本年度办理结果` printed twice, as after a page break. */
  repeatGroup?: boolean;
  /** A Word bookmark at the start of the first 表三 label cell. */
  bookmark?: boolean;
  /** 表四's five 复议 labels on the third header row (seed 001's layout). */
  table4Layout?: 'second-row' | 'third-row';
  /** Headings indented with spaces / U+3000. */
  indentHeadings?: boolean;
  /** The report's year (in the title and the prose); by default 2020 (2019 format) or 2022 (2021 format). */
  year?: number;
  /** Paragraphs of prose as long as a real report's (about 1,700 characters: subsections (一)–(五) with
   * 一是…二是… enumerations, figures consistent with the tables), instead of one sentence per section. */
  prose?: boolean;
}

export interface Generated {
  text: string;
  /** 表三 values by row key (seven per row). */
  table3: Map<string, number[]>;
  /** 表四's fifteen values. */
  table4: number[];
  /** 表二 values by row key. */
  table2: Map<string, number[]>;
  /** 0-based line of each 表三 value cell, by row key. */
  table3Lines: Map<string, number[]>;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th of the golden set's generated variants (tools/golden.ts), drawing its options from `r`. */
export function goldenVariant(i: number, r: () => number): GenOptions {
  return {
    format: i % 2 ? '2021' : '2019',
    seed: i,
    eol: r() < 0.3 ? '\r\n' : '\n',
    halfWidthBrackets: r() < 0.3,
    ningboLabels: r() < 0.3,
    fullWidthDigits: r() < 0.2,
    padding: r() < 0.3,
    wrapLabels: r() < 0.3,
    repeatGroup: r() < 0.2,
    bookmark: r() < 0.2,
    table4Layout: r() < 0.5 ? 'second-row' : 'third-row',
    indentHeadings: r() < 0.3,
    prose: r() < 0.5,
  };
}

/** The result rows of 表三 in the given format, in order. */
export function resultKeys(format: '2019' | '2021'): Table3RowKey[] {
  return [...TABLE3_RESULTS[format]];
}

export function generate(o: GenOptions): Generated {
  const r = rng(o.seed);
  const int = (max: number) => Math.floor(r() * (max + 1));
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const paren = (s: string) => (o.halfWidthBrackets ? s.replace(/（/g, '(').replace(/）/g, ')') : s);
  const num = (n: number) => {
    let s = String(n);
    if (o.fullWidthDigits) s = s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    if (o.padding) s = ' '.repeat(int(6)) + s + (r() < 0.5 ? '\u00a0' : ' ');
    return '\t' + s;
  };
  const label = (s: string) => {
    const text = paren(s);
    if (o.wrapLabels && text.length > 12) return ['\t' + text.slice(0, 8), text.slice(8)];
    return ['\t' + text];
  };
  const indent = o.indentHeadings ? '  \u3000' : '';

  // 表三 values: balanced per column (一 + 二 = （七） + 四) with row totals.
  const results = resultKeys(o.format);
  const table3 = new Map<string, number[]>();
  const withTotal = (six: number[]) => [...six, six.reduce((a, b) => a + b, 0)];
  const sumRows = (rows: number[][]) => rows[0]!.map((_, k) => rows.reduce((a, row) => a + row[k]!, 0));
  for (const k of results) table3.set(k, withTotal(Array.from({ length: 6 }, () => (r() < 0.6 ? 0 : int(30)))));
  const total = sumRows(results.map((k) => table3.get(k)!));
  const carryOver = withTotal(Array.from({ length: 6 }, () => int(3)));
  const carried = withTotal(total.slice(0, 6).map((t, k) => Math.min(t + carryOver[k]!, int(3))));
  const fresh = total.map((t, k) => t + carryOver[k]! - carried[k]!);
  table3.set('new', fresh).set('carried', carried).set('total', total).set('carryOver', carryOver);

  const year = o.year ?? 2019 + (o.format === '2021' ? 3 : 1);
  const prose = o.prose ? proseOf(r, year, paren, fresh[6]!) : undefined;
  push(`某某市某某局`, `${year}年政府信息公开工作年度报告`, '');
  push(`${indent}一、总体情况`, '', prose ? prose.overview : '本机关认真贯彻《中华人民共和国政府信息公开条例》。', '');
  if (prose) push(...prose.subsections);
  else push(paren('（一）主动公开情况。全年主动公开政府信息100条。'), paren('（二）依申请公开情况。'), '');
  push(`${indent}二、主动公开政府信息情况`);

  const table2 = new Map<string, number[]>();
  for (const b of TABLE2_BLOCKS[o.format]) {
    push(paren(`\t第二十条第（${b.item}）项`), '', '\t信息内容', ...b.columns.map((c) => '\t' + c.label), '');
    for (const { label: row, key } of b.rows) {
      const values = b.columns.map(() => int(50));
      table2.set(key, values);
      push('\t' + row, ...values.map(num), '');
    }
  }
  push('', `${indent}三、收到和处理政府信息公开申请情况`, '');
  for (const cells of [TABLE3_CAPTION_ROW, ...TABLE3_HEADER_ROWS]) push(...cells.map((c) => '\t' + c), '');
  const table3Lines = new Map<string, number[]>();
  const row = (key: string, labels: string[][]) => {
    for (const l of labels) push(...l);
    const lines: number[] = [];
    for (const v of table3.get(key)!) {
      lines.push(out.length);
      push(num(v));
    }
    table3Lines.set(key, lines);
    push('');
  };
  const ningbo = o.ningboLabels;
  const first = label(ningbo ? L('new').replace('本年新收', '本年新收到') : L('new'));
  if (o.bookmark) first[0] = '\t[bookmark: _Hlk1]' + first[0]!.slice(1);
  row('new', [first]);
  row('carried', [label(ningbo ? L('carried').replace('结转', '转结') : L('carried'))]);
  let group = '';
  results.forEach((k, i) => {
    const labels: string[][] = [];
    if (i === 0) labels.push(['\t' + TABLE3_RESULTS_LABEL]);
    else labels.push(['\t']);
    if (i === 2 && o.repeatGroup) labels.push(['\t' + TABLE3_RESULTS_LABEL]);
    const g = k.includes('.') ? (k.split('.')[0] as Table3Group) : '';
    if (g && g !== group) labels.push(label(TABLE3_GROUPS[g].label));
    else if (g) labels.push(['\t']);
    group = g;
    labels.push(label(L(k)));
    row(k, labels);
  });
  row('total', [['\t'], label(L('total'))]);
  row('carryOver', [label(ningbo ? L('carryOver').replace('结转', '转结') : L('carryOver'))]);

  push('', `${indent}四、政府信息公开行政复议、行政诉讼情况`, '');
  if (o.table4Layout === 'third-row') {
    // Seed 001's layout: the five 复议 labels on the third header row.
    const results4 = TABLE4_RESULTS.map((c) => '\t' + c.label);
    push('\t行政复议', '\t行政诉讼', '', '\t', '\t未经复议直接起诉', '\t复议后起诉', '', ...results4, ...results4, ...results4, '');
  } else {
    for (const cells of TABLE4_HEADER_ROWS) push(...cells.map((c) => '\t' + c), '');
  }
  const table4 = [0, 1, 2].flatMap(() => {
    const four = Array.from({ length: 4 }, () => int(3));
    return [...four, four.reduce((a, b) => a + b, 0)];
  });
  push(...table4.map(num), '', '');
  push(`${indent}五、存在的主要问题及改进情况`, '', ...(prose ? prose.problems : ['一是公开质量有待提高。二是公开形式不够丰富。']), '');
  // The 2021 format asks this section to state the 信息处理费 collected.
  const other = o.format === '2021' ? '本年度未收取信息处理费，无其他需要报告的事项。' : '本年度无其他需要报告的事项。';
  push(`${indent}六、其他需要报告的事项`, '', ...(prose ? [...prose.other, other] : [other]), '');
  const text = (o.bom ? '\ufeff' : '') + out.join(o.eol ?? '\n');
  return { text, table3, table4, table2, table3Lines };
}

// Prose as real reports write it: long paragraphs of the phrases these reports use, with figures that
// agree with the tables (so that the text-table rules read them and find nothing).
const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署',
  '认真执行《中华人民共和国政府信息公开条例》，围绕中心工作，突出公开重点，不断提升政务公开工作质量',
  '进一步健全完善政府信息公开工作机制，明确分管领导和具体承办人员，形成主要领导亲自抓、分管领导具体抓的工作格局',
  '依托政府门户网站政府信息公开专栏，及时发布机构职能、规划计划、财政预决算、重大项目等信息',
  '聚焦群众关心关注的重点领域，持续做好稳就业、保民生、优化营商环境等方面的信息发布和政策解读',
  '严格落实政府信息公开保密审查制度，坚持先审查、后公开，一事一审，全年未发生泄密事件',
  '通过政务新媒体、新闻发布会、在线访谈等多种形式，增强政策解读的针对性和实效性',
  '规范依申请公开办理流程，严格按照法定时限答复，做到依法依规、应公开尽公开',
  '加强政府信息公开平台建设，优化栏目设置，提升信息检索和下载的便利性',
  '定期开展政务公开专项检查，对发现的问题及时督促整改，确保各项工作落到实处',
];
const SUBSECTIONS = ['主动公开情况', '依申请公开情况', '政府信息管理情况', '政府信息公开平台建设情况', '监督保障情况'];
const ORDINALS = ['一', '二', '三', '四', '五'];

function proseOf(r: () => number, year: number, paren: (s: string) => string, requests: number) {
  const index = () => Math.floor(r() * PHRASES.length);
  /** Two different phrases. */
  const two = (sep: string) => {
    const a = index();
    return PHRASES[a]! + sep + PHRASES[(a + 1 + Math.floor(r() * (PHRASES.length - 1))) % PHRASES.length]!;
  };
  const paragraph = (n: number) => Array.from({ length: n }, () => two('，') + '。').join('');
  const items = (n: number) => Array.from({ length: n }, (_, k) => `${ORDINALS[k]}是${two('。')}。`).join('');
  const subsections = SUBSECTIONS.flatMap((title, k) => {
    const figures =
      k === 0 ? `${year}年，本机关共主动公开政府信息${Math.floor(r() * 900) + 100}条。` : k === 1 ? `${year}年，全年共受理政府信息公开申请${requests}件。` : '';
    return [paren(`（${ORDINALS[k]}）${title}`), figures + items(2 + Math.floor(r() * 2)), ''];
  });
  return {
    overview: `${year}年，本机关${paragraph(3)}`,
    subsections,
    problems: [`${year}年，本机关政府信息公开工作取得了一定成效，但仍存在一些不足：${items(2)}`, `下一步，${items(3)}`],
    other: [paragraph(1)],
  };
}
