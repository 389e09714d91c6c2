// A generator of reports in both national formats, with the variations real reports show, so that
// the parser is tested on the format and not on five files. Deterministic for a given seed.
import {
  TABLE2_BLOCKS,
  TABLE3_CAPTION_ROW,
  TABLE3_GROUP_LABELS,
  TABLE3_HEADER_ROWS,
  TABLE3_RESULT_LABELS,
  TABLE3_ROW_LABELS,
  TABLE4_HEADER_ROWS,
  TABLE4_RESULTS,
  table3ResultKeys,
} from '../../server/src/core/templates';

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

/** The result rows of 表三 in the given format, in order. */
export function resultKeys(format: '2019' | '2021'): string[] {
  return table3ResultKeys(format);
}

export function generate(o: GenOptions): Generated {
  const r = rng(o.seed);
  const int = (max: number) => Math.floor(r() * (max + 1));
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  const paren = (s: string) => (o.halfWidthBrackets ? s.replace(/（/g, '(').replace(/）/g, ')') : s);
  const num = (n: number) => {
    let s = String(n);
    if (o.fullWidthDigits) s = s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
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

  push(`某某市某某局`, `${2019 + (o.format === '2021' ? 3 : 1)}年政府信息公开工作年度报告`, '');
  push(`${indent}一、总体情况`, '', '本机关认真贯彻《中华人民共和国政府信息公开条例》。', '');
  push(paren('（一）主动公开情况。全年主动公开政府信息100条。'), paren('（二）依申请公开情况。'), '');
  push(`${indent}二、主动公开政府信息情况`);

  const table2 = new Map<string, number[]>();
  for (const b of TABLE2_BLOCKS[o.format]) {
    push(paren(`\t第二十条第（${b.item}）项`), '', '\t信息内容', ...b.columns.map((c) => '\t' + c), '');
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
  const first = label(ningbo ? TABLE3_ROW_LABELS.new.replace('本年新收', '本年新收到') : TABLE3_ROW_LABELS.new);
  if (o.bookmark) first[0] = '\t[bookmark: _Hlk1]' + first[0]!.slice(1);
  row('new', [first]);
  row('carried', [label(ningbo ? TABLE3_ROW_LABELS.carried.replace('结转', '转结') : TABLE3_ROW_LABELS.carried)]);
  let group = '';
  results.forEach((k, i) => {
    const labels: string[][] = [];
    if (i === 0) labels.push(['\t' + TABLE3_ROW_LABELS.results]);
    else labels.push(['\t']);
    if (i === 2 && o.repeatGroup) labels.push(['\t' + TABLE3_ROW_LABELS.results]);
    const g = k.includes('.') ? k.split('.')[0]! : '';
    if (g && g !== group) labels.push(label(TABLE3_GROUP_LABELS[g]!));
    else if (g) labels.push(['\t']);
    group = g;
    labels.push(label(TABLE3_RESULT_LABELS[k]!));
    row(k, labels);
  });
  row('total', [['\t'], label(TABLE3_ROW_LABELS.total)]);
  row('carryOver', [label(ningbo ? TABLE3_ROW_LABELS.carryOver.replace('结转', '转结') : TABLE3_ROW_LABELS.carryOver)]);

  push('', `${indent}四、政府信息公开行政复议、行政诉讼情况`, '');
  if (o.table4Layout === 'third-row') {
    // Seed 001's layout: the five 复议 labels on the third header row.
    const results4 = TABLE4_RESULTS.map((c) => '\t' + c);
    push('\t行政复议', '\t行政诉讼', '', '\t', '\t未经复议直接起诉', '\t复议后起诉', '', ...results4, ...results4, ...results4, '');
  } else {
    for (const cells of TABLE4_HEADER_ROWS) push(...cells.map((c) => '\t' + c), '');
  }
  const table4 = [0, 1, 2].flatMap(() => {
    const four = Array.from({ length: 4 }, () => int(3));
    return [...four, four.reduce((a, b) => a + b, 0)];
  });
  push(...table4.map(num), '', '');
  push(`${indent}五、存在的主要问题及改进情况`, '', '一是公开质量有待提高。二是公开形式不够丰富。', '');
  // The 2021 format asks this section to state the 信息处理费 collected.
  push(`${indent}六、其他需要报告的事项`, '', o.format === '2021' ? '本年度未收取信息处理费，无其他需要报告的事项。' : '本年度无其他需要报告的事项。', '');
  const text = (o.bom ? '\ufeff' : '') + out.join(o.eol ?? '\n');
  return { text, table3, table4, table2, table3Lines };
}
