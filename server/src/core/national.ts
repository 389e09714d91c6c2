// The national format as data, written once: the tables of 国办公开办函〔2019〕60号 and 〔2021〕30号
// (表二, 表三, 表四) and the old 统计表 — their rows and columns (stable keys, printed labels, the names
// messages use, the words and variants they are recognised by) and the relations their cells must
// satisfy. The parsers (tables/), the templates, the arithmetic and the rules all read it from here;
// nothing else spells a label or a relation. Keys are typed unions: a wrong key does not compile.

export type NationalFormat = '2019' | '2021';

// ---------------------------------------------------------------------------------------------------
// Tables by kind: their names.

export type TableKind = 'table2' | 'table3' | 'table4' | 'stats' | 'unknown';

/** A table named after its content. */
export const TABLE_NAMES: Readonly<Record<TableKind, string>> = {
  table2: '表二 主动公开政府信息情况',
  table3: '表三 收到和处理政府信息公开申请情况',
  table4: '表四 政府信息公开行政复议、行政诉讼情况',
  stats: '政府信息公开情况统计表',
  unknown: '表格',
};

/** Short names, as messages name a table (`表三`). */
export const TABLE_SHORT: Readonly<Record<TableKind, string>> = {
  table2: '表二',
  table3: '表三',
  table4: '表四',
  stats: '统计表',
  unknown: '表格',
};

// ---------------------------------------------------------------------------------------------------
// 表二 主动公开政府信息情况: blocks by 条例第二十条 item, each a caption, a header (信息内容 and its
// columns), then rows. No sums: plausibility only (amount-unit, table-cell-invalid).

/** What a column holds: a count (a non-negative integer), a signed change (本年增/减), or an amount. */
export type ValueKind = 'count' | 'change' | 'amount';

/** Every column of 表二 by key: its printed label, the labels it is known by (matched as a prefix, so
 * that a unit may follow), what it holds. */
export const TABLE2_COLUMNS = {
  made: { label: '本年新制作数量', kind: 'count' },
  published: { label: '本年新公开数量', kind: 'count' },
  totalPublished: { label: '对外公开总数量', kind: 'count' },
  previous: { label: '上一年项目数量', kind: 'count' },
  change: { label: '本年增/减', also: ['本年增减'], kind: 'change' },
  decisions: { label: '处理决定数量', also: ['本年处理决定数量'], kind: 'count' },
  procurementCount: { label: '采购项目数量', kind: 'count' },
  procurementAmount: { label: '采购总金额', kind: 'amount' },
  issued: { label: '本年制发件数', kind: 'count' },
  repealed: { label: '本年废止件数', kind: 'count' },
  inForce: { label: '现行有效件数', kind: 'count' },
  feeAmount: { label: '本年收费金额', kind: 'amount' },
} as const satisfies Record<string, { label: string; also?: readonly string[]; kind: ValueKind }>;
export type Table2ColumnKey = keyof typeof TABLE2_COLUMNS;

/** Every row of 表二 by key: its printed label and the labels it is known by. */
export const TABLE2_ROWS = {
  regulations: { label: '规章' },
  normativeDocs: { label: '规范性文件', also: ['行政规范性文件'] },
  licensing: { label: '行政许可' },
  otherServices: { label: '其他对外管理服务事项' },
  penalties: { label: '行政处罚' },
  enforcement: { label: '行政强制' },
  fees: { label: '行政事业性收费' },
  procurement: { label: '政府集中采购' },
} as const satisfies Record<string, { label: string; also?: readonly string[] }>;
export type Table2RowKey = keyof typeof TABLE2_ROWS;

/** One block of 表二: the 条例第二十条 item (its numeral), its value columns as printed, its rows as printed. */
export interface Table2Block {
  readonly item: string;
  readonly columns: readonly { readonly key: Table2ColumnKey; readonly label: string }[];
  readonly rows: readonly { readonly key: Table2RowKey; readonly label: string }[];
}

/** 表二's blocks in each format. */
export const TABLE2_BLOCKS: Readonly<Record<NationalFormat, readonly [Table2Block, ...Table2Block[]]>> = {
  '2019': [
    { item: '一', columns: [{ key: 'made', label: '本年新制作数量' }, { key: 'published', label: '本年新公开数量' }, { key: 'totalPublished', label: '对外公开总数量' }], rows: [{ key: 'regulations', label: '规章' }, { key: 'normativeDocs', label: '规范性文件' }] },
    { item: '五', columns: [{ key: 'previous', label: '上一年项目数量' }, { key: 'change', label: '本年增/减' }, { key: 'decisions', label: '处理决定数量' }], rows: [{ key: 'licensing', label: '行政许可' }, { key: 'otherServices', label: '其他对外管理服务事项' }] },
    { item: '六', columns: [{ key: 'previous', label: '上一年项目数量' }, { key: 'change', label: '本年增/减' }, { key: 'decisions', label: '处理决定数量' }], rows: [{ key: 'penalties', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
    { item: '八', columns: [{ key: 'previous', label: '上一年项目数量' }, { key: 'change', label: '本年增/减' }], rows: [{ key: 'fees', label: '行政事业性收费' }] },
    { item: '九', columns: [{ key: 'procurementCount', label: '采购项目数量' }, { key: 'procurementAmount', label: '采购总金额' }], rows: [{ key: 'procurement', label: '政府集中采购' }] },
  ],
  '2021': [
    { item: '一', columns: [{ key: 'issued', label: '本年制发件数' }, { key: 'repealed', label: '本年废止件数' }, { key: 'inForce', label: '现行有效件数' }], rows: [{ key: 'regulations', label: '规章' }, { key: 'normativeDocs', label: '行政规范性文件' }] },
    { item: '五', columns: [{ key: 'decisions', label: '本年处理决定数量' }], rows: [{ key: 'licensing', label: '行政许可' }] },
    { item: '六', columns: [{ key: 'decisions', label: '本年处理决定数量' }], rows: [{ key: 'penalties', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
    { item: '八', columns: [{ key: 'feeAmount', label: '本年收费金额（单位：万元）' }], rows: [{ key: 'fees', label: '行政事业性收费' }] },
  ],
};

/** The columns only one format's 表二 has: they tell the format. */
export const TABLE2_FORMAT_COLUMNS: Readonly<Record<NationalFormat, ReadonlySet<Table2ColumnKey>>> = {
  '2019': new Set(['made', 'published', 'totalPublished', 'previous', 'change', 'procurementCount', 'procurementAmount']),
  '2021': new Set(['issued', 'repealed', 'inForce', 'feeAmount']),
};

// ---------------------------------------------------------------------------------------------------
// 表三 收到和处理政府信息公开申请情况 (both formats).

export const TABLE3_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
  { key: 'total', label: '总计' },
] as const;
export type Table3ColumnKey = (typeof TABLE3_COLUMNS)[number]['key'];

/** The six applicant columns, which each row's 总计 sums. */
export const TABLE3_APPLICANTS: readonly Table3ColumnKey[] = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'];

/** 表三's header as printed: the caption row, then two rows of column labels (`''` a merged cell continued). */
export const TABLE3_CAPTION_ROW: readonly [string, string] = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'];
export const TABLE3_HEADER_ROWS: readonly [readonly [string, string, string, string], readonly string[]] = [
  ['', '自然人', '法人或其他组织', '总计'],
  ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
];

/**
 * The groups of result rows: the group's label as printed, and each sub-row's printed label and the words
 * it is recognised by (the 2021 （六）其他处理's third sub-row, 其他, has none of its own).
 */
export const TABLE3_GROUPS = {
  deny: {
    label: '（三）不予公开',
    items: [
      { label: '1.属于国家秘密', words: ['国家秘密'] },
      { label: '2.其他法律行政法规禁止公开', words: ['禁止公开'] },
      { label: '3.危及“三安全一稳定”', words: ['三安全一稳定', '三安全'] },
      { label: '4.保护第三方合法权益', words: ['第三方合法权益', '第三方'] },
      { label: '5.属于三类内部事务信息', words: ['内部事务'] },
      { label: '6.属于四类过程性信息', words: ['过程性'] },
      { label: '7.属于行政执法案卷', words: ['行政执法案卷', '执法案卷'] },
      { label: '8.属于行政查询事项', words: ['行政查询'] },
    ],
  },
  unable: {
    label: '（四）无法提供',
    items: [
      { label: '1.本机关不掌握相关政府信息', words: ['不掌握'] },
      { label: '2.没有现成信息需要另行制作', words: ['另行制作'] },
      { label: '3.补正后申请内容仍不明确', words: ['仍不明确', '补正后'] },
    ],
  },
  decline: {
    label: '（五）不予处理',
    items: [
      { label: '1.信访举报投诉类申请', words: ['信访', '举报投诉'] },
      { label: '2.重复申请', words: ['重复申请'] },
      { label: '3.要求提供公开出版物', words: ['公开出版物'] },
      { label: '4.无正当理由大量反复申请', words: ['大量反复'] },
      { label: '5.要求行政机关确认或重新出具已获取信息', words: ['确认或重新出具', '重新出具'] },
    ],
  },
  other: {
    label: '（六）其他处理',
    items: [
      { label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', words: ['逾期不补正', '不补正'] },
      { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', words: ['收费通知', '缴纳费用'] },
      { label: '3.其他', words: [] },
    ],
  },
} as const satisfies Record<string, { label: string; items: readonly { label: string; words: readonly string[] }[] }>;
export type Table3Group = keyof typeof TABLE3_GROUPS;

type SubRowKey = { [G in Table3Group]: `${G}.${number}` }[Table3Group];
/** A row of 表三: the template's, or a group's subtotals printed on its label's row (keyed by the group). */
export type Table3RowKey = 'new' | 'carried' | 'open' | 'partial' | SubRowKey | 'other' | 'total' | 'carryOver' | Table3Group;

/** A template row of 表三: its key, its label as printed, the name messages give it, its group, and the
 * words a label is recognised by (the variants real reports print: 本年新收到, 上年转结 …). */
export interface Table3Row {
  readonly key: Table3RowKey;
  readonly label: string;
  readonly name: string;
  readonly group?: Table3Group;
  readonly words?: readonly string[];
}

const groupRows = (g: Table3Group): Table3Row[] =>
  TABLE3_GROUPS[g].items.map((item, i) => ({ key: `${g}.${i + 1}`, label: item.label, name: `${TABLE3_GROUPS[g].label}·${i + 1}`, group: g }));

/** Every template row of 表三, in order; `other` is the 2019 single row, `other.1`–`other.3` the 2021 sub-rows. */
export const TABLE3_ROWS: readonly Table3Row[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', name: '一、本年新收政府信息公开申请数量', words: ['本年新收'] },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', name: '二、上年结转政府信息公开申请数量', words: ['上年结转', '上年转结'] },
  { key: 'open', label: '（一）予以公开', name: '（一）予以公开', words: ['予以公开'] },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', name: '（二）部分公开', words: ['部分公开'] },
  ...groupRows('deny'),
  ...groupRows('unable'),
  ...groupRows('decline'),
  ...groupRows('other'),
  { key: 'other', label: '（六）其他处理', name: '（六）其他处理' },
  { key: 'total', label: '（七）总计', name: '（七）总计', words: ['总计', '合计'] },
  { key: 'carryOver', label: '四、结转下年度继续办理', name: '四、结转下年度继续办理', words: ['结转下年度', '转结下年度'] },
];

/** Each template row of 表三 by key. */
export const TABLE3_ROW_BY_KEY: ReadonlyMap<Table3RowKey, Table3Row> = new Map(TABLE3_ROWS.map((r) => [r.key, r]));

/** The label of the merged cell over the result rows, and the words it is recognised by. */
export const TABLE3_RESULTS_LABEL = '三、本年度办理结果';
export const TABLE3_RESULTS_WORDS: readonly string[] = ['本年度办理结果'];

/** The template rows of each format: （六）其他处理 is one row in 2019, three sub-rows in 2021. */
export const TABLE3_FORMAT_ROWS: Readonly<Record<NationalFormat, readonly Table3Row[]>> = {
  '2019': TABLE3_ROWS.filter((r) => !r.key.startsWith('other.')),
  '2021': TABLE3_ROWS.filter((r) => r.key !== 'other'),
};

/** The rows that are not results: the flow of requests and the total. */
const NOT_RESULTS: ReadonlySet<Table3RowKey> = new Set(['new', 'carried', 'total', 'carryOver']);

/** The result rows of each format, in order, which （七）总计 sums. */
export const TABLE3_RESULTS: Readonly<Record<NationalFormat, readonly Table3RowKey[]>> = {
  '2019': TABLE3_FORMAT_ROWS['2019'].filter((r) => !NOT_RESULTS.has(r.key)).map((r) => r.key),
  '2021': TABLE3_FORMAT_ROWS['2021'].filter((r) => !NOT_RESULTS.has(r.key)).map((r) => r.key),
};

/**
 * The relations of 表三, per its header and its layout:
 *   row      every row's 总计 = its six applicant cells;
 *   column   （七）总计 = the result rows, per column;
 *   balance  一 + 二 = （七）总计 + 四, per column (printed in the header: 第一项加第二项之和，等于第三项加第四项之和).
 */
export const TABLE3_RELATIONS = {
  row: { total: 'total', addends: TABLE3_APPLICANTS },
  column: { total: 'total' },
  balance: { lhs: ['new', 'carried'], rhs: ['total', 'carryOver'] },
} as const satisfies {
  row: { total: Table3ColumnKey; addends: readonly Table3ColumnKey[] };
  column: { total: Table3RowKey };
  balance: { lhs: readonly Table3RowKey[]; rhs: readonly Table3RowKey[] };
};

// ---------------------------------------------------------------------------------------------------
// 表四 政府信息公开行政复议、行政诉讼情况 (both formats): three groups of five columns, one data row.

export const TABLE4_RESULTS = [
  { key: 'kept', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议', header: '行政复议' },
  { key: 'suitDirect', label: '行政诉讼·未经复议直接起诉', header: '未经复议直接起诉' },
  { key: 'suitAfterReview', label: '行政诉讼·复议后起诉', header: '复议后起诉' },
] as const;

export type Table4ColumnKey = `${(typeof TABLE4_GROUPS)[number]['key']}.${(typeof TABLE4_RESULTS)[number]['key']}`;

/** 表四's columns in order: each group's five results. */
export const TABLE4_COLUMNS: readonly { readonly key: Table4ColumnKey; readonly label: string }[] = TABLE4_GROUPS.flatMap((g) =>
  TABLE4_RESULTS.map((r) => ({ key: `${g.key}.${r.key}` as Table4ColumnKey, label: `${g.label}·${r.label}` })),
);

/** 表四's header as printed (the seeds' layout: the five 复议 labels on the second row). */
export const TABLE4_HEADER_ROWS: readonly (readonly string[])[] = [
  ['行政复议', '行政诉讼'],
  [...TABLE4_RESULTS.map((r) => r.label), '未经复议直接起诉', '复议后起诉'],
  ['', '', '', '', '', ...TABLE4_RESULTS.map((r) => r.label), ...TABLE4_RESULTS.map((r) => r.label)],
];

/** The relation of 表四: in each group, 总计 = the four other results. */
export const TABLE4_RELATIONS = {
  group: { total: 'total', addends: ['kept', 'corrected', 'other', 'pending'] },
} as const;

// ---------------------------------------------------------------------------------------------------
// The pre-2019 政府信息公开情况统计表 (国办发〔2014〕32号): 统计指标 · 单位 · 统计数.

/** Its relations: 从事政府信息公开工作人员数 = 专职 + 兼职; a `其中` row is at most its parent row. */
export const STATS_RELATIONS = {
  staff: { total: '从事政府信息公开工作人员数', parts: ['专职', '兼职'] },
  part: { prefix: '其中' },
} as const;
