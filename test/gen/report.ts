// A generator of reports in both national formats, with the variations real reports show, so that
// the parser is tested on the format and not on five files. Deterministic for a given seed.
import { TABLE3_ROWS } from '../../server/src/core/tables/table3';

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

const RESULT_LABELS: Record<string, string> = {
  open: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'deny.1': '1.属于国家秘密', 'deny.2': '2.其他法律行政法规禁止公开', 'deny.3': '3.危及“三安全一稳定”',
  'deny.4': '4.保护第三方合法权益', 'deny.5': '5.属于三类内部事务信息', 'deny.6': '6.属于四类过程性信息',
  'deny.7': '7.属于行政执法案卷', 'deny.8': '8.属于行政查询事项',
  'unable.1': '1.本机关不掌握相关政府信息', 'unable.2': '2.没有现成信息需要另行制作', 'unable.3': '3.补正后申请内容仍不明确',
  'decline.1': '1.信访举报投诉类申请', 'decline.2': '2.重复申请', 'decline.3': '3.要求提供公开出版物',
  'decline.4': '4.无正当理由大量反复申请', 'decline.5': '5.要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理',
  'other.1': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.2': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.3': '3.其他',
};
const GROUP_LABELS: Record<string, string> = { deny: '（三）不予公开', unable: '（四）无法提供', decline: '（五）不予处理', other: '（六）其他处理' };

/** The result rows of 表三 in the given format, in order. */
export function resultKeys(format: '2019' | '2021'): string[] {
  return TABLE3_ROWS.map((r) => r.key).filter(
    (k) => !['new', 'carried', 'total', 'carryOver'].includes(k) && (format === '2021' ? k !== 'other' : !k.startsWith('other.')),
  );
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
  const t2block = (item: string, cols: string[], rows: string[], keys: string[]) => {
    push(paren(`\t第二十条第（${item}）项`), '', '\t信息内容', ...cols.map((c) => '\t' + c), '');
    rows.forEach((row, i) => {
      const values = cols.map(() => int(50));
      table2.set(keys[i]!, values);
      push('\t' + row, ...values.map(num), '');
    });
  };
  if (o.format === '2019') {
    t2block('一', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件'], ['regulations', 'normativeDocs']);
    t2block('五', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可', '其他对外管理服务事项'], ['licensing', 'otherServices']);
    t2block('六', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制'], ['penalties', 'enforcement']);
    t2block('八', ['上一年项目数量', '本年增/减'], ['行政事业性收费'], ['fees']);
    t2block('九', ['采购项目数量', '采购总金额'], ['政府集中采购'], ['procurement']);
  } else {
    t2block('一', ['本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '行政规范性文件'], ['regulations', 'normativeDocs']);
    t2block('五', ['本年处理决定数量'], ['行政许可'], ['licensing']);
    t2block('六', ['本年处理决定数量'], ['行政处罚', '行政强制'], ['penalties', 'enforcement']);
    t2block('八', ['本年收费金额（单位：万元）'], ['行政事业性收费'], ['fees']);
  }
  push('', `${indent}三、收到和处理政府信息公开申请情况`, '');
  push('\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '\t申请人情况', '');
  push('\t', '\t自然人', '\t法人或其他组织', '\t总计', '');
  push('\t', '\t', '\t商业企业', '\t科研机构', '\t社会公益组织', '\t法律服务机构', '\t其他', '\t', '');
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
  const first = label(`一、本年新收${ningbo ? '到' : ''}政府信息公开申请数量`);
  if (o.bookmark) first[0] = '\t[bookmark: _Hlk1]' + first[0]!.slice(1);
  row('new', [first]);
  row('carried', [label(`二、上年${ningbo ? '转结' : '结转'}政府信息公开申请数量`)]);
  let group = '';
  results.forEach((k, i) => {
    const labels: string[][] = [];
    if (i === 0) labels.push(['\t三、本年度办理结果']);
    else labels.push(['\t']);
    if (i === 2 && o.repeatGroup) labels.push(['\t三、本年度办理结果']);
    const g = k.includes('.') ? k.split('.')[0]! : '';
    if (g && g !== group) labels.push(label(GROUP_LABELS[g]!));
    else if (g) labels.push(['\t']);
    group = g;
    labels.push(label(RESULT_LABELS[k]!));
    row(k, labels);
  });
  row('total', [['\t'], label('（七）总计')]);
  row('carryOver', [label(`四、${ningbo ? '转结' : '结转'}下年度继续办理`)]);

  push('', `${indent}四、政府信息公开行政复议、行政诉讼情况`, '');
  const results4 = ['\t结果维持', '\t结果纠正', '\t其他结果', '\t尚未审结', '\t总计'];
  if (o.table4Layout === 'third-row') {
    push('\t行政复议', '\t行政诉讼', '', '\t', '\t未经复议直接起诉', '\t复议后起诉', '', ...results4, ...results4, ...results4, '');
  } else {
    push('\t行政复议', '\t行政诉讼', '', ...results4, '\t未经复议直接起诉', '\t复议后起诉', '', '\t', '\t', '\t', '\t', '\t', ...results4, ...results4, '');
  }
  const table4 = [0, 1, 2].flatMap(() => {
    const four = Array.from({ length: 4 }, () => int(3));
    return [...four, four.reduce((a, b) => a + b, 0)];
  });
  push(...table4.map(num), '', '');
  push(`${indent}五、存在的主要问题及改进情况`, '', '一是公开质量有待提高。二是公开形式不够丰富。', '');
  push(`${indent}六、其他需要报告的事项`, '', '本年度无其他需要报告的事项。', '');
  const text = (o.bom ? '\ufeff' : '') + out.join(o.eol ?? '\n');
  return { text, table3, table4, table2, table3Lines };
}
