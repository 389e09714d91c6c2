// The national tables, empty, written as text the way real reports save them: every cell a TAB-led
// line, a blank line after every table row, a vertically merged cell as an empty cell (`\t`) at the
// start of each row it continues into. Value cells are empty (`\t`). The labels and layouts are those
// of the national formats (国办公开办函〔2019〕60号, 〔2021〕30号) as the seeds print them.
//
// Used by the `table-missing` fix (insert the missing table) and to start a report from the template;
// the test generator builds its tables from the same labels.

import { TABLE3_ROWS } from './tables/table3';

export type TemplateFormat = '2019' | '2021';
export type TemplateKind = 'table2' | 'table3' | 'table4';

/** One block of 表二: the 条例第二十条 item, its value columns, its rows (label and row key). */
export interface Table2BlockSpec {
  /** The item's numeral: `一` for 第二十条第（一）项. */
  item: string;
  columns: readonly string[];
  rows: readonly { label: string; key: string }[];
}

/** 表二's blocks in each format. */
export const TABLE2_BLOCKS: Readonly<Record<TemplateFormat, readonly Table2BlockSpec[]>> = {
  '2019': [
    { item: '一', columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [{ label: '规章', key: 'regulations' }, { label: '规范性文件', key: 'normativeDocs' }] },
    { item: '五', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [{ label: '行政许可', key: 'licensing' }, { label: '其他对外管理服务事项', key: 'otherServices' }] },
    { item: '六', columns: ['上一年项目数量', '本年增/减', '处理决定数量'], rows: [{ label: '行政处罚', key: 'penalties' }, { label: '行政强制', key: 'enforcement' }] },
    { item: '八', columns: ['上一年项目数量', '本年增/减'], rows: [{ label: '行政事业性收费', key: 'fees' }] },
    { item: '九', columns: ['采购项目数量', '采购总金额'], rows: [{ label: '政府集中采购', key: 'procurement' }] },
  ],
  '2021': [
    { item: '一', columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: [{ label: '规章', key: 'regulations' }, { label: '行政规范性文件', key: 'normativeDocs' }] },
    { item: '五', columns: ['本年处理决定数量'], rows: [{ label: '行政许可', key: 'licensing' }] },
    { item: '六', columns: ['本年处理决定数量'], rows: [{ label: '行政处罚', key: 'penalties' }, { label: '行政强制', key: 'enforcement' }] },
    { item: '八', columns: ['本年收费金额（单位：万元）'], rows: [{ label: '行政事业性收费', key: 'fees' }] },
  ],
};

/** 表三's header: two rows of cells (`''` is an empty cell: a merged cell continued). */
export const TABLE3_CAPTION_ROW: readonly string[] = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'];
export const TABLE3_HEADER_ROWS: readonly (readonly string[])[] = [
  ['', '自然人', '法人或其他组织', '总计'],
  ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
];

/** 表三's result rows as printed, by row key (see tables/table3.ts for the keys). */
export const TABLE3_RESULT_LABELS: Readonly<Record<string, string>> = {
  open: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'deny.1': '1.属于国家秘密',
  'deny.2': '2.其他法律行政法规禁止公开',
  'deny.3': '3.危及“三安全一稳定”',
  'deny.4': '4.保护第三方合法权益',
  'deny.5': '5.属于三类内部事务信息',
  'deny.6': '6.属于四类过程性信息',
  'deny.7': '7.属于行政执法案卷',
  'deny.8': '8.属于行政查询事项',
  'unable.1': '1.本机关不掌握相关政府信息',
  'unable.2': '2.没有现成信息需要另行制作',
  'unable.3': '3.补正后申请内容仍不明确',
  'decline.1': '1.信访举报投诉类申请',
  'decline.2': '2.重复申请',
  'decline.3': '3.要求提供公开出版物',
  'decline.4': '4.无正当理由大量反复申请',
  'decline.5': '5.要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理',
  'other.1': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.2': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.3': '3.其他',
};

/** The group rows of 表三 (labels of merged cells), by group key. */
export const TABLE3_GROUP_LABELS: Readonly<Record<string, string>> = {
  deny: '（三）不予公开',
  unable: '（四）无法提供',
  decline: '（五）不予处理',
  other: '（六）其他处理',
};

/** The other rows of 表三 as printed. */
export const TABLE3_ROW_LABELS = {
  new: '一、本年新收政府信息公开申请数量',
  carried: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  total: '（七）总计',
  carryOver: '四、结转下年度继续办理',
} as const;

const NOT_RESULTS = new Set(['new', 'carried', 'total', 'carryOver']);

/** The result rows of 表三 in the given format, in order (2019: one （六） row; 2021: three sub-rows). */
export function table3ResultKeys(format: TemplateFormat): string[] {
  return TABLE3_ROWS.map((r) => r.key).filter(
    (k) => !NOT_RESULTS.has(k) && (format === '2021' ? k !== 'other' : !k.startsWith('other.')),
  );
}

/** 表四's five results and its header (the seeds' layout: the five 复议 labels on the second row). */
export const TABLE4_RESULTS: readonly string[] = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
export const TABLE4_HEADER_ROWS: readonly (readonly string[])[] = [
  ['行政复议', '行政诉讼'],
  [...TABLE4_RESULTS, '未经复议直接起诉', '复议后起诉'],
  ['', '', '', '', '', ...TABLE4_RESULTS, ...TABLE4_RESULTS],
];
const TABLE4_WIDTH = 15;

/** A filled table's values: by row key, the row's value cells in column order (表四: its one row, `data`). */
export type TableValues = Readonly<Record<string, readonly (number | string)[]>>;

/** A row's value cells: its values, or `n` empty cells. */
const valueCells = (values: TableValues | undefined, key: string, n: number): string[] =>
  values?.[key]?.map(String) ?? new Array<string>(n).fill('');

/** The rows of cells of 表三 in the given format: the header rows, then each row with its label cells
 * (merged cells as `''`) followed by seven value cells. */
function table3Rows(format: TemplateFormat, values?: TableValues): string[][] {
  const cells = (key: string) => valueCells(values, key, 7);
  const rows: string[][] = [[...TABLE3_CAPTION_ROW], ...TABLE3_HEADER_ROWS.map((r) => [...r])];
  rows.push([TABLE3_ROW_LABELS.new, ...cells('new')], [TABLE3_ROW_LABELS.carried, ...cells('carried')]);
  let group = '';
  table3ResultKeys(format).forEach((key, i) => {
    const row = [i === 0 ? TABLE3_ROW_LABELS.results : ''];
    const g = key.includes('.') ? key.slice(0, key.indexOf('.')) : '';
    if (g) row.push(g !== group ? TABLE3_GROUP_LABELS[g]! : '');
    group = g;
    row.push(TABLE3_RESULT_LABELS[key]!, ...cells(key));
    rows.push(row);
  });
  rows.push(['', TABLE3_ROW_LABELS.total, ...cells('total')], [TABLE3_ROW_LABELS.carryOver, ...cells('carryOver')]);
  return rows;
}

function table2Rows(format: TemplateFormat, values?: TableValues): string[][] {
  const rows: string[][] = [];
  for (const b of TABLE2_BLOCKS[format]) {
    rows.push([`第二十条第（${b.item}）项`], ['信息内容', ...b.columns]);
    for (const r of b.rows) rows.push([r.label, ...valueCells(values, r.key, b.columns.length)]);
  }
  return rows;
}

function table4Rows(values?: TableValues): string[][] {
  return [...TABLE4_HEADER_ROWS.map((r) => [...r]), valueCells(values, 'data', TABLE4_WIDTH)];
}

/** Rows of cells as text: each cell a TAB-led line, each row followed by a blank line; every line
 * (the last blank line included) ends with `eol`, so templates can be concatenated and inserted. */
function write(rows: readonly (readonly string[])[], eol: string): string {
  let out = '';
  for (const row of rows) {
    for (const cell of row) out += '\t' + cell + eol;
    out += eol;
  }
  return out;
}

/** 表二 主动公开政府信息情况, empty, or filled with `values`. */
export function table2Template(format: TemplateFormat, eol: string, values?: TableValues): string {
  return write(table2Rows(format, values), eol);
}

/** 表三 收到和处理政府信息公开申请情况, empty, or filled with `values`. */
export function table3Template(format: TemplateFormat, eol: string, values?: TableValues): string {
  return write(table3Rows(format, values), eol);
}

/** 表四 政府信息公开行政复议、行政诉讼情况, empty, or filled with `values` (the same in both formats). */
export function table4Template(eol: string, values?: TableValues): string {
  return write(table4Rows(values), eol);
}

export function tableTemplate(kind: TemplateKind, format: TemplateFormat, eol: string): string {
  switch (kind) {
    case 'table2':
      return table2Template(format, eol);
    case 'table3':
      return table3Template(format, eol);
    case 'table4':
      return table4Template(eol);
  }
}

/** The six sections of the national formats, in order (the same titles in 2019 and 2021). */
export const SECTION_TITLES: readonly string[] = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

/** A new, empty report in the given format: the title (agency and year to fill in), the six
 * sections, 表二, 表三 and 表四 empty under theirs, and in the 2021 format the prompt for the
 * 信息处理费 that section 六 must state. Every line ends with `eol`. */
export function reportSkeleton(format: TemplateFormat, eol = '\n'): string {
  const tables: Record<number, string> = {
    1: table2Template(format, eol),
    2: table3Template(format, eol),
    3: table4Template(eol),
  };
  // The 2021 format asks section 六 to state the 信息处理费 collected.
  const prompts: Record<number, string> = format === '2021' ? { 5: `（说明本年度信息处理费的收取情况。）${eol}${eol}` } : {};
  let out = `（机关名称）${format}年政府信息公开工作年度报告${eol}${eol}`;
  SECTION_TITLES.forEach((title, i) => {
    out += title + eol + eol;
    out += tables[i] ?? prompts[i] ?? eol;
  });
  return out;
}
