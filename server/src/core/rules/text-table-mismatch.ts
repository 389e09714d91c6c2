// text-table-mismatch: a figure in the prose that contradicts the table it describes (seed 002: `发布
// 行政规范性文件18个`, but 表二 规范性文件 says 26). Read, conservatively, from sentences of the prose:
//   - 规范性文件 N 个/件 — 表二 规范性文件 (any of its columns: 本年新制作/新公开/对外公开总数; 本年制发/现行有效);
//     not in clauses about clean-ups (清理, 废止, 审查, 备案 …), which count something else;
//   - 全年/本年/共/2021年 … 受理/收到/新收 … (依)申请公开 … N 件 — 表三 一 (本年新收), 一 + 二, or （七）总计, column 总计
//     (a request for a review, a petition or a complaint is not one; without 公开, only inside the sections
//     on requests and reviews);
//   - 行政复议 N 件 — 表四 行政复议·总计; 行政诉讼 N 件 — 表四 诉讼 totals (either or their sum), only in
//     sentences about 信息公开 or inside the sections on requests and reviews (other reviews are not counted
//     in 表四).
//   - the flow and the results of 表三, column 总计, in a paragraph on requests (or the sections on them):
//     上年结转 N 件 — 二; 结转下年度 N 件 (`N件结转至2022年…`) — 四; 办结/答复 N 件 — （七）总计; 予以公开 /
//     部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理 N 件 (`同意公开`, `予以部分公开`, `其中3件不予公开`) —
//     the row, or for a group the sum of its sub-rows or its subtotal row. Not where the sentence before the
//     figure counts other matters (reviews, petitions, permits, the hotline, proposals, documents by their
//     disclosure, funds), a wider body or a part of the body (`全县…`, `其中区政府办公室受理…`), or last year;
//     not two results counted together (`予以公开（含部分公开）`, `同意公开或部分公开共81件`), a result after its
//     reason (`因涉及第三方合法权益不予公开2件`: one sub-row), nor answers by timeliness or channel (`按期答复`).
//   - a statement that there were none is a count of 0: `未收到政府信息公开申请` — 表三 一; `无上年结转（申请）` — 二;
//     `无结转下年度申请` — 四; `未发生（政府信息公开）行政复议、行政诉讼案件` — 表四's totals (the lawsuits' sum) —
//     not `未受理的申请`, `未收到申请人…`, last year's (`上年未收到…`), other bodies' (`其余乡镇均未收到…`), nor
//     an outcome (`未发生行政复议被纠错`).
// A sentence that names a year other than the report's before the figure states that year's figures (except
// `2020年结转的` and `结转至2022年` in the 2021 report), and is not compared. A paragraph that states one count
// twice, once as the table has it, speaks of two scopes: the other figure is not compared.
// Not compared: a year-on-year change (`同比增加8件`), a breakdown by result (`行政复议结果维持2件`) or by
// issuer (`以市政府名义发布规范性文件5件`), a part after 其中 of a total of the same kind (`规范性文件15件，
// 其中…5件`) unless it is the information-disclosure share, and a total of a wider kind whose 其中 names
// that share (`办理行政复议案件35件，其中涉及政府信息公开的1件`) or the body's own (`其中本级…`, `其中本机关收到…`), and one count
// of reviews and lawsuits together (`行政复议、行政诉讼案件共7件`). In the
// 2021 format a 规范性文件 figure is compared with the column its verb names (制发/印发 → 本年制发件数,
// 现行有效 → 现行有效件数) when it names one.
// Two results counted together (`予以公开及部分公开258件`, `同意公开或部分公开共81件`) are compared with the sum
// of their two rows. A 规范性文件 figure in a sentence on a gazette, a journal or a column (`公报`, `刊登…规范性
// 文件45件`) counts documents printed there, not those made: not compared with 表二.
// A figure is written in digits or in Chinese numerals (`两件`, `十八件`, as township reports write them; not
// `第一件`). A figure is compared with the table as written and, where that disagrees or a cell is blank, with the
// table as its own sums have it (`Analyses.repaired`: blanks filled, totals left 0 written, a culprit corrected):
// a figure that agrees with that is right and the table's finding is the one to fix; one that disagrees with
// both is reported (against the filled table where a cell is blank). No fix: either side may be wrong.
// Another year's figure (`2022年共收到申请45件` in the 2023 report) is not compared — but where the sentence names
// no other year and the figure is this year's table's, the year is the slip: reported on the year, with a fix
// (not preferred) that writes the report's year.
import type { Analyses } from '../analyses';
import type { RelatedInformation } from '../findings';
import type { Cell, Range, Table } from '../model';
import { cellByKey, cellTitle, columnTitle, firstTable, groupTitle, tableTitle, type ColumnKey, type RowKey } from '../labels';
import { TABLE3_ROWS, type Table3Group, type Table3RowKey } from '../national';
import { defineRule } from '../rule-api';
import { STANDARD_SECTIONS } from '../standard';
import { allMatches, chineseNumeral } from '../text';
import { changed, sampleReport } from '../examples';

interface Claim {
  /** The phrase as written (`发布行政规范性文件18个`). */
  quote: string;
  /** What it counts (a message: the English message names it). */
  what: What;
  value: number;
  range: Range;
  /** The table cells the figure may stand for; it agrees when it equals one of the sums. */
  sums: Sum[];
  /** The sentence dates the figure another year than the report's (`2022年共收到…` in the 2023 report): its
   * year as written. Such a figure is not compared; where it is this year's table's, the year is the slip. */
  year?: { value: number; range: Range };
}

/** A table cell and how messages name it (`表二 · 行政规范性文件 · 本年制发件数`). */
interface NamedCell {
  cell: Cell;
  title: string;
}

/** Cells whose numbers add up to what a claim may stand for, and how a message names their sum. */
interface Sum {
  cells: NamedCell[];
  title: string;
}

/** A line can hold a claim only if it mentions one of these. */
const MENTIONS = /规范性文件|申请|复议|诉讼/;
// Hoisted: a regex literal is a new object each time it is evaluated, and these run on every line.
const HAS_DIGIT = /\d/;
/** A figure: digits, or a Chinese numeral (`两件`, `十八件`; not `第一件`, `每一件`). */
const N = String.raw`((?<!\d)\d+|(?<![第每])[〇零一二两三四五六七八九十]{1,3})`;
const pattern = (source: string): RegExp => new RegExp(source, 'g');
/** A Chinese numeral before a unit of count: a sentence with one may state a figure though it has no digit. */
const CN_FIGURE = /[〇零一二两三四五六七八九十][件宗起]/;
const REVIEWS: What = 'what.reviews';
const SUITS: What = 'what.suits';

const DOCS = [pattern(String.raw`(?:行政)?规范性文件\s*${N}\s*(?:个|件|份|部)`), pattern(String.raw`${N}\s*(?:个|件|份|部)(?:行政)?规范性文件`)];
const DOCS_OTHER = /清理|废止|失效|审查|审核|备案|报备|报送|转发|修订|修改|征求意见|解读|名义/;
/** Before a 规范性文件 figure in its sentence: documents printed in a gazette, a journal or a column, not those made. */
const PUBLISHED_IN = /公报|刊登|刊发|刊载|登载|期刊|杂志|报刊|专栏|栏目|汇编/;
/** The 2021 column a 规范性文件 figure's clause names. */
const DOCS_ISSUED = /制发|印发|出台|制定|发布/;
const DOCS_IN_FORCE = /现行有效/;
/** A change or a breakdown, not the count: words between the subject and the number. */
const NOT_A_COUNT = /同比|较上年|比上年|增加|减少|增长|下降|上升|维持|纠正|纠错|撤销|驳回|确认违法|审结|结果|败诉|胜诉/;
const APPLICATIONS = pattern(String.raw`(?:全年|本年度?|今年|年内|共计|累计|合计|共|(?:19|20)\d\d\s*年度?)[^。；\d]{0,8}?(?:受理|收到|办理|新收)[^。；，,\d]{0,16}?${N}\s*(?:件|个|份|条)`);
/** Each: the words, then the figure (its gap, then its figure, as groups 1 and 2); the figure, then the words (groups reversed). */
const REVIEW = [pattern(String.raw`行政复议(?:案件|申请)?([^。；，,\d]{0,6}?)${N}\s*(?:件|起|宗|个)`), pattern(String.raw`${N}\s*(?:件|起|宗)([^。；，,、和及与\d]{0,4}?)行政复议`)];
const SUIT = [pattern(String.raw`行政诉讼(?:案件)?([^。；，,\d]{0,6}?)${N}\s*(?:件|起|宗|个)`), pattern(String.raw`${N}\s*(?:件|起|宗)([^。；，,、和及与\d]{0,4}?)行政诉讼`)];

/** What may stand between a word of 表三 and its figure: `予以公开的`, `不予公开申请共`, `上年结转政府信息公开申请`. */
const TAIL = String.raw`(?:答复)?(?:的|类)?(?:政府信息公开|信息公开|政府信息|依申请公开件?)?(?:申请)?(?:数量)?(?:共计|合计|共|为|有|计|达)?[：:]?\s*${N}\s*(?:件|宗)`;
/** …and before a word, for the figure first: `其中30件予以公开`, `2件结转下年度办理`. */
const HEAD = String.raw`${N}\s*(?:件|宗)(?:申请)?(?:已|均|被|决定|为)?`;

/**
 * The flow and the results of 表三 as the prose states them (`上年结转2件`, `已办结56件`, `予以公开30件`,
 * `其中3件不予公开`), each with the template row(s) it stands for: a row, or a group of sub-rows (their sum,
 * or the group's subtotal row where printed). 办结 (done) is (七)总计.
 */
interface FlowWords {
  /** A word the figure's clause holds, for `counted` (`予以公开`). */
  keyword: string;
  /** A sentence without one of these states no such figure (the patterns are not run). */
  hints: readonly string[];
  what: What;
  forward: RegExp;
  reverse?: RegExp;
  /** A result (予以公开 … 其他处理): `（含部分公开）` after it makes it a count of two. */
  result: boolean;
  /** The year a word may name, relative to the report's (`2020年结转的` in the 2021 report: −1). */
  yearShift?: number;
}
/** What a flow's figure stands for: a row, the group of sub-rows, or two rows counted together. */
type Stands =
  | { row: Table3RowKey; group?: undefined; rows?: undefined }
  | { group: Table3Group; row?: undefined; rows?: undefined }
  | { rows: readonly [Table3RowKey, Table3RowKey]; row?: undefined; group?: undefined };
type Flow = FlowWords & Stands;
const flow = (keyword: string, what: What, words: string, reverse: boolean, at: Stands & Pick<FlowWords, 'result' | 'yearShift' | 'hints'>): Flow => ({
  keyword,
  what,
  forward: new RegExp(`${words}${TAIL}`, 'g'),
  ...(reverse ? { reverse: new RegExp(`${HEAD}${words}`, 'g') } : {}),
  ...at,
});
const CARRY = '(?:结转|转结)';
/** Not a breakdown of the answers by timeliness or channel (`按期答复47件，延期答复2件`), nor a result's own word. */
const ANSWERED = '(?<!公开|提供|处理|按期|延期|逾期|超期|书面|电话|当场|提前|网上|邮件|邮寄|当面|口头)(?:办结|答复)';
const FLOWS: readonly Flow[] = [
  flow('上年', 'what.carried', `(?:上一?年度?|\\d{4}年度?)${CARRY}`, false, { hints: ['结转', '转结'], row: 'carried', result: false, yearShift: -1 }),
  flow('下年', 'what.carryOver', `${CARRY}(?:至|到|入)?(?:下一?年度?|\\d{4}年度?)(?:继续)?(?:办理)?`, true, { hints: ['结转', '转结'], row: 'carryOver', result: false, yearShift: 1 }),
  flow('办结', 'what.answered', ANSWERED, false, { hints: ['办结', '答复'], row: 'total', result: false }),
  // `予以公开及部分公开258件`, `同意公开或部分公开共81件`: the two results together.
  flow('部分公开', 'what.openPartial', '(?<![不分部])(?:予以|同意)(?:全部)?公开(?:或者?|和|及|与|、|以及)(?:予以|同意)?部分(?:予以)?公开', true, { hints: ['部分公开'], rows: ['open', 'partial'], result: false }),
  flow('予以公开', 'what.open', '(?<![不分部])(?:予以|同意)公开', true, { hints: ['公开'], row: 'open', result: true }),
  flow('部分', 'what.partial', '(?:予以|同意)?部分(?:予以)?公开', true, { hints: ['部分'], row: 'partial', result: true }),
  flow('不予公开', 'what.deny', '(?:不予以?|不同意)公开', true, { hints: ['不予', '不同意'], group: 'deny', result: true }),
  flow('无法提供', 'what.unable', '无法提供', true, { hints: ['无法提供'], group: 'unable', result: true }),
  flow('不予处理', 'what.decline', '不予处理', true, { hints: ['不予处理'], group: 'decline', result: true }),
  flow('其他处理', 'what.other', '其他处理', false, { hints: ['其他处理'], group: 'other', result: true }),
];
/** Words of FLOWS: a sentence without one states none of them. */
const FLOW_WORDS = new RegExp([...new Set(FLOWS.flatMap((f) => f.hints))].join('|'));
/** A negation: the sentence may state a count of 0. */
const NONE = /未|没有|无/;
/** Statements that no request (of a kind) was received or carried over: `本年度未收到政府信息公开申请`. */
const NONE_REQUESTS: readonly { re: RegExp; what: What; row: Table3RowKey }[] = [
  // Not `未受理的申请` (some were refused), nor `未收到申请人…` / `申请材料`.
  {
    re: /(?:(?:未|没有)(?:收到|接到|接收|新收)过?(?:任何)?(?:公民、法人(?:和|或|及)其他组织|申请人)?(?:提出|提交)?的?(?:(?:政府)?信息公开|依申请公开)?的?|无(?:(?:政府)?信息公开|依申请公开))申请(?![人表书材])/g,
    what: 'what.received',
    row: 'new',
  },
  // `无上年结转申请`, or `无上年结转` ending its clause.
  {
    re: /(?:(?:无|没有)上一?年度?|上一?年度?(?:无|没有))(?:结转|转结)(?:的?(?:政府信息公开)?申请|(?=[，,。；]|$))/g,
    what: 'what.carried',
    row: 'carried',
  },
  { re: /(?:无|没有)(?:结转|转结)(?:至|到)?下一?年度?(?:继续)?(?:办理)?的?(?:政府信息公开)?申请/g, what: 'what.carryOver', row: 'carryOver' },
];
/** `未发生政府信息公开行政复议、行政诉讼案件`, `无行政复议案件`: no review, no lawsuit (only these words between). */
const NONE_CASES = new RegExp(
  String.raw`(?:未|没有|无)(?:发生|收到|出现|产生|接到|有)?过?(?:一起|一例|一件|任何)?(?:因|涉及|有关|针对)?(?:本机关|本单位)?的?` +
    String.raw`(?:政府信息公开|依申请公开|信息公开)?(?:申请)?(?:答复)?(?:工作|方面|事项)?而?(?:引发|引起|提起)?的?(?:被申请)?(行政复议|行政诉讼)(?:案件)?` +
    String.raw`(?:(?:、|和|及|与|或|以及)(行政复议|行政诉讼|诉讼)(?:案件)?)?`,
  'g',
);
/** After a negated review or lawsuit: what did not happen is its outcome, not the case (`未发生行政复议被纠错`). */
const NOT_NONE_AFTER = /^(?:案件|事件|情况)?(?:中|被|败诉|纠正|纠错|撤销|确认违法|结果|决定)/;
/** Before a figure of 表三 in its clause: a year-on-year change. */
const CHANGE = /同比|较上年|比上年/;
/** Before a result in its clause: a reason, which makes it a breakdown (`因涉及第三方合法权益不予公开2件`). */
const REASON = /因|属于|涉及/;
/** Before a figure of 表三 in its sentence: the sentence counts other matters (reviews, petitions, permits, the
 * hotline, proposals, documents by their disclosure, funds). */
const OTHER_MATTERS = /复议|诉讼|信访|来信|来访|投诉|举报|许可|处罚|热线|12345|信箱|留言|诉求|咨询|建议|提案|复文|公文|发文|资金|保密审查|主动公开/;
/** Before a figure or a statement: last year's (`上一年度共受理…`, `上年未收到…`; not 较上年, nor 上年结转). */
const LAST_YEAR = /(?<![较比与同])(?:上一?年|去年|前年)(?!度?的?(?:结转|转结|同期))/;
/**
 * Before a figure of 表三 in its sentence: the sentence speaks of a wider body (`全县共收到申请582件…其中予以公开301件`)
 * or of a part of the body (`其中区政府办公室受理22件，办结22件，予以公开15件`), not of what the table counts.
 */
const OTHER_SCOPE = /全(?:省|市|州|盟|县|区|旗|镇|乡)|各级|各部门|各单位|各乡镇|其中[^，。；\d]{0,12}?(?:本级|办公室|局|委|部门|单位|政府)[^，。；\d]{0,4}?共?(?:收到|受理|新收|办理|办结)/;
/** A sentence or clause that starts with a reason: what follows is a breakdown (`因申请人逾期未缴纳费用，不予处理1件`). */
const REASON_FIRST = /(?:^|[，,：:])\s*(?:因|由于)/;
/** Before a statement of none in its clause: another body's (`其余乡镇均未收到…`, `县应急局等12个部门未收到…`). */
const OTHER_BODIES = /等|其余|其他|另有|各|(?<!本)部门|乡镇|街道|(?<!本)单位|(?<!\d)\d+个/;
/** The reporting body's own share of a wider total. */
const OWN_SHARE = /(?:本机关|本单位|本部门)[^，。；\d]{0,4}?(?:收到|受理|新收|办理)/;
const YEAR = /(\d{4})\s*年/g;
const YEAR_IN = /(\d{4})年/;
/** `2020年结转的` (last year's requests carried into this one) or `结转至2022年` (this year's carried on): no other year's figure. */
function carryYear(sentence: string, m: RegExpExecArray, year: number): boolean {
  const y = Number(m[1]);
  if (y === year - 1) return CARRIED_FROM.test(sentence.slice(m.index + m[0].length));
  return y === year + 1 && CARRIED_TO.test(sentence.slice(0, m.index));
}
const CARRIED_FROM = /^度?的?(?:结转|转结)/;
const CARRIED_TO = /(?:结转|转结)(?:至|到|入)?$/;
/** After a figure: `予以公开30件（含部分公开）`, one count of two results. */
const JOINT = /^\s*(?:[（(]\s*)?(?:含|包括)/;
/** Before a figure: `同意公开或部分公开共81件`, one count of two results. */
const JOINED = /(?:公开|提供|处理|全部)(?:或者?|和|及|与|、)$/;

export const textTableMismatch = defineRule({
  id: 'text-table-mismatch',
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    'text-table-mismatch': {
      zh: '正文称“{quote}”，但{cell}为 {expected}',
      en: 'The text says "{quote}" ({what}: {value}), but {cell} is {expected}',
    },
    'text-table-mismatch.filled': {
      zh: '正文称“{quote}”，但按表中各项之和，{cell}为 {expected}',
      en: 'The text says "{quote}" ({what}: {value}), but by the sums of the table {cell} is {expected}',
    },
    'text-table-mismatch.year': {
      zh: '正文把“{quote}”写作 {actual} 年的数字，但它正是本年度的{cell}；本报告为 {year} 年度，年份疑有误',
      en: 'The text dates "{quote}" {actual}, but it is this year\'s {cell}; this is the report for {year}: the year looks wrong',
    },
    'text-table-mismatch.cell': { zh: '{cell}：{value}', en: '{cell}: {value}' },
    'fix.report-year': { zh: '年份改为 {year}', en: 'Change the year to {year}' },
    // What a figure counts, as the English message names it.
    'what.docs': { zh: '规范性文件', en: 'normative documents' },
    'what.received': { zh: '收到的申请', en: 'requests received' },
    'what.carried': { zh: '上年结转的申请', en: 'requests carried over from last year' },
    'what.carryOver': { zh: '结转下年度的申请', en: 'requests carried over to next year' },
    'what.answered': { zh: '办结的申请', en: 'requests answered' },
    'what.open': { zh: '予以公开', en: 'requests granted' },
    'what.partial': { zh: '部分公开', en: 'requests partly granted' },
    'what.openPartial': { zh: '予以公开及部分公开', en: 'requests granted in whole or in part' },
    'what.deny': { zh: '不予公开', en: 'requests refused' },
    'what.unable': { zh: '无法提供', en: 'requests the body could not answer' },
    'what.decline': { zh: '不予处理', en: 'requests not processed' },
    'what.other': { zh: '其他处理', en: 'requests otherwise handled' },
    'what.reviews': { zh: '行政复议', en: 'administrative reconsiderations' },
    'what.suits': { zh: '行政诉讼', en: 'lawsuits' },
  },
  docs: {
    summary: {
      zh: '正文中的数字与其所述表格的数据不一致',
      en: 'A figure in the prose contradicts the table it describes',
    },
    rationale: {
      zh: '正文和表格说的是同一组数字：“全年共收到政府信息公开申请48件”必须与表三一致。二者不一致时，读者不知道该信哪一个；这类矛盾也是年报审查中最常被指出的问题。',
      en: 'The prose and the tables state the same figures: "48 requests received this year" must agree with 表三. When they differ a reader cannot tell which to believe, and reviewers point out such contradictions first.',
    },
    examples: [{ bad: changed(sampleReport(), '收到政府信息公开申请9件', '收到政府信息公开申请12件'), good: sampleReport() }],
  },
  check(ctx) {
    const compared: { claim: Claim; options: Valued[]; filled: boolean }[] = [];
    // A paragraph that states a count twice, once as the table has it, speaks of two bodies or two scopes
    // (`全县共收到申请312件，其中本机关收到24件`): the other figure is not the table's.
    const agreed = new Set<string>();
    // The cells as the table's own sums have them (blanks filled, totals left 0 written, culprits corrected):
    // a figure that agrees with these is right, and the table's finding is the one to fix.
    let repaired: Map<Cell, number> | undefined;
    const repairedOf = (cell: Cell): number | undefined => {
      if (!repaired) {
        const all = new Map<Cell, number>();
        ctx.model.tables.forEach((t, ti) => {
          if (t.kind === 'table3' || t.kind === 'table4') for (const [c, v] of ctx.repaired(ti)) all.set(c, v);
        });
        repaired = all;
      }
      return repaired.get(cell);
    };
    const misdated = new Set<string>();
    for (const claim of claims(ctx)) {
      const options = valued(claim.sums, (c) => c.number?.value);
      const written = options.length > 0 && options.length === claim.sums.length;
      if (claim.year) {
        // Another year's figure that is this year's table's: the year is the slip (once per year written).
        const key = `${claim.year.range.start.line} ${claim.year.range.start.character}`;
        const match = written && claim.value > 0 ? options.find((o) => o.value === claim.value) : undefined;
        if (match && !misdated.has(key)) {
          misdated.add(key);
          const s = match.sum;
          const report = ctx.model.title?.year ?? claim.year.value;
          ctx.report('text-table-mismatch.year', { quote: claim.quote, actual: claim.year.value, cell: s.title, year: report }, claim.year.range, {
            fixes: [{ title: ctx.message('fix.report-year', { year: report }), edits: [{ range: claim.year.range, newText: String(report) }] }],
          });
        }
        continue;
      }
      if (written && options.some((o) => o.value === claim.value)) {
        agreed.add(`${claim.range.start.line} ${claim.what}`);
        continue;
      }
      // The table as its sums have it: blank cells filled, wrong cells corrected.
      const fixed = valued(claim.sums, (c) => repairedOf(c) ?? c.number?.value);
      if (fixed.some((o) => o.value === claim.value)) {
        agreed.add(`${claim.range.start.line} ${claim.what}`);
        continue;
      }
      if (written) compared.push({ claim, options, filled: false });
      else if (fixed.length > 0 && fixed.length === claim.sums.length) compared.push({ claim, options: fixed, filled: true });
      // else a blank or invalid cell: nothing to compare
    }
    for (const { claim, options, filled } of compared) {
      const [first] = options;
      if (!first || agreed.has(`${claim.range.start.line} ${claim.what}`)) continue;
      const related: RelatedInformation[] = options.flatMap(({ sum }) =>
        sum.cells.map((c) => ({ range: c.cell.number?.range ?? c.cell.range, message: ctx.message('text-table-mismatch.cell', { cell: c.title, value: c.cell.number?.text ?? String(repairedOf(c.cell) ?? '') }) })),
      );
      const args = { quote: claim.quote, what: ctx.message(claim.what, {}), value: claim.value, cell: first.sum.title, expected: first.value };
      ctx.report(filled ? 'text-table-mismatch.filled' : 'text-table-mismatch', args, claim.range, { related });
    }
  },
});

/** A sum of cells and its value. */
interface Valued {
  sum: Sum;
  value: number;
}

/** The sums whose every cell has a value (`valueOf`), with their values, in order. */
function valued(sums: readonly Sum[], valueOf: (cell: Cell) => number | undefined): Valued[] {
  return sums.flatMap((sum) => {
    let value = 0;
    for (const c of sum.cells) {
      const v = valueOf(c.cell);
      if (v === undefined) return [];
      value += v;
    }
    return [{ sum, value }];
  });
}

/** What a figure counts: one of the rule's `what.*` messages. */
type What = `what.${'docs' | 'received' | 'carried' | 'carryOver' | 'answered' | 'open' | 'partial' | 'openPartial' | 'deny' | 'unable' | 'decline' | 'other' | 'reviews' | 'suits'}`;

/** The clause (between commas) of a sentence that holds the offset. */
function clauseAt(sentence: string, offset: number): string {
  const before = clauseStart(sentence, offset, '、') - 1;
  const after = [sentence.indexOf('，', offset), sentence.indexOf(',', offset)].filter((i) => i >= 0);
  return sentence.slice(before + 1, after.length ? Math.min(...after) : sentence.length);
}

/** The value of a figure: digits, or a Chinese numeral (1–99, 两, 〇); undefined for a numeral beyond. */
const figure = (digits: string): number | undefined => (isDigitCode(digits.charCodeAt(0)) ? Number(digits) : chineseNumeral(digits));

/** Where the clause that holds the offset starts: after a comma or `also` (a colon for the figures of 表三, an
 * enumeration comma for 规范性文件, whose lists name one kind of document each). */
function clauseStart(sentence: string, offset: number, also = '：'): number {
  return Math.max(sentence.lastIndexOf('，', offset), sentence.lastIndexOf(',', offset), sentence.lastIndexOf(also, offset)) + 1;
}


/** The sums a group of 表三 results may be written as: its sub-rows (all of them), its subtotal row. */
function groupSums(t3: Table, group: Table3Group): Sum[] {
  const keys = TABLE3_ROWS.filter((r) => r.group === group).map((r) => r.key);
  const subRows = keys.map((k) => cellAt(t3, k, 'total'));
  const total = t3.columns.findIndex((c) => c.key === 'total');
  const title = `${tableTitle(t3)} · ${groupTitle(group)} · ${columnTitle(t3, total)}`;
  const all = subRows.every((c) => c !== undefined) ? [{ cells: subRows as NamedCell[], title }] : [];
  return [...all, ...one(cellAt(t3, group, 'total'))];
}

/** The cell of a table by row key and column key, named. */
function cellAt(table: Table | undefined, rowKey: RowKey, colKey: ColumnKey): NamedCell | undefined {
  const c = table && cellByKey(table, rowKey, colKey);
  return c && { cell: c.cell, title: cellTitle(table, c.row, c.col) };
}

const one = (c: NamedCell | undefined): Sum[] => (c ? [{ cells: [c], title: c.title }] : []);
const two = (a: NamedCell | undefined, b: NamedCell | undefined): Sum[] => (a && b ? [{ cells: [a, b], title: `${a.title} + ${b.title}` }] : []);

/** 。；！？ end a sentence. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

function claims(report: Analyses): Claim[] {
  const { model, lines, cells } = report;
  const t2 = firstTable(model, 'table2');
  const t3 = firstTable(model, 'table3');
  const t4 = firstTable(model, 'table4');
  if (!t2 && !t3 && !t4) return [];
  const inSections = new Uint8Array(lines.length);
  for (const std of [STANDARD_SECTIONS[2], STANDARD_SECTIONS[3]]) {
    const h = report.sections.heading(std.tiers);
    const s = h && report.sections.of(h);
    if (s) inSections.fill(1, s.range.start.line, s.range.end.line + 1);
  }
  // The cells each kind of claim stands for, found at the first claim of the kind (most lines make none).
  let docSums: Sum[] | undefined;
  const docs = () => (docSums ??= t2 && t2.rows.some((r) => r.key === 'normativeDocs') ? t2.columns.flatMap((c) => one(cellAt(t2, 'normativeDocs', c.key as ColumnKey))) : []);
  // In the 2021 format, the column the clause's verb names, where it names one.
  const docsFor = (clause: string): Sum[] => {
    const named = t2?.format === '2021' ? (DOCS_IN_FORCE.test(clause) ? 'inForce' : DOCS_ISSUED.test(clause) ? 'issued' : undefined) : undefined;
    return named ? one(cellAt(t2, 'normativeDocs', named)) : docs();
  };
  let requestSums: Sum[] | undefined;
  const requests = () =>
    (requestSums ??= [...one(cellAt(t3, 'new', 'total')), ...two(cellAt(t3, 'new', 'total'), cellAt(t3, 'carried', 'total')), ...one(cellAt(t3, 'total', 'total'))]);
  let reviewSums: Sum[] | undefined;
  const reviews = () => (reviewSums ??= one(cellAt(t4, 'data', 'review.total')));
  let suitSums: Sum[] | undefined;
  const suits = () => {
    if (!suitSums) {
      const direct = cellAt(t4, 'data', 'suitDirect.total');
      const after = cellAt(t4, 'data', 'suitAfterReview.total');
      suitSums = [...two(direct, after), ...one(direct), ...one(after)];
    }
    return suitSums;
  };
  const flowSums = new Map<Flow, Sum[]>();
  const flowSumsOf = (f: Flow, t3: Table): Sum[] => {
    let sums = flowSums.get(f);
    if (!sums) flowSums.set(f, (sums = f.rows ? two(cellAt(t3, f.rows[0], 'total'), cellAt(t3, f.rows[1], 'total')) : f.row ? one(cellAt(t3, f.row, 'total')) : groupSums(t3, f.group)));
    return sums;
  };
  // The sentence names a year other than the report's before the figure (`2020年共收到…` in the 2021 report: an earlier year's figure).
  const year = model.title?.year;
  const otherYearAt = (sentence: string, to: number): RegExpExecArray | undefined =>
    year === undefined ? undefined : allMatches(YEAR, sentence.slice(0, to)).find((m) => Number(m[1]) !== year && !carryYear(sentence, m, year));
  const otherYear = (sentence: string, to: number): boolean => otherYearAt(sentence, to) !== undefined;
  /** The year another year's figure is dated by, where it may be this year's figure misdated: the sentence
   * names no other year, nor the report's own, before the figure. */
  const misdated = (sentence: string, base: number, l: number, to: number): Claim['year'] => {
    const before = sentence.slice(0, to);
    const ys = allMatches(YEAR, before);
    const [m] = ys;
    const written = m?.[1];
    if (ys.length !== 1 || before.includes(String(year)) || !m || written === undefined) return undefined;
    return { value: Number(written), range: at(l, base + m.index, written) };
  };
  const out: Claim[] = [];
  /** The range of `written` (a figure, or a statement of none) at `start` of line `l`. */
  const at = (l: number, start: number, written: string): Range => ({ start: { line: l, character: start }, end: { line: l, character: start + written.length } });
  // Made once, not per sentence (a closure per sentence was most of this rule's garbage).
  const caseClaims = (sentence: string, base: number, l: number, res: RegExp[], keyword: string, other: string, what: Claim['what'], sums: () => Sum[]) => {
    for (const [k, re] of res.entries()) for (const d of allMatches(re, sentence)) {
      const [, first, second] = d;
      const [digits, gap] = k === 0 ? [second, first] : [first, second];
      if (digits === undefined || gap === undefined) continue; // both groups always take part
      if (gap.includes(other) || NOT_A_COUNT.test(gap) || !counted(sentence, d.index, d.index + d[0].length, keyword)) continue;
      // `行政复议、行政诉讼案件共7件`: one count of both, which neither total is.
      if (sentence.slice(Math.max(0, d.index - 6), d.index).includes(other)) continue;
      const at0 = k === 0 ? d[0].lastIndexOf(digits) : d[0].indexOf(digits);
      const value = figure(digits);
      if (value === undefined) continue;
      out.push({ quote: d[0].trim(), what, value, range: at(l, base + d.index + at0, digits), sums: sums() });
    }
  };
  // `本年度未收到政府信息公开申请`, `无上年结转申请`, `未发生政府信息公开行政复议、行政诉讼案件`: a count of 0.
  const noneClaims = (sentence: string, base: number, l: number, onRequests: boolean) => {
    if (!NONE.test(sentence)) return;
    const zero = (from: number, text: string, what: What, sums: Sum[]) => out.push({ quote: text, what, value: 0, range: at(l, base + from, text), sums });
    if (t3 && (onRequests || inSections[l] === 1)) {
      for (const z of NONE_REQUESTS) for (const d of allMatches(z.re, sentence)) {
        const lead = sentence.slice(clauseStart(sentence, d.index), d.index);
        if (CHANGE.test(lead) || OTHER_MATTERS.test(lead) || LAST_YEAR.test(lead) || OTHER_BODIES.test(lead) || otherYear(sentence, d.index)) continue;
        zero(d.index, d[0], z.what, one(cellAt(t3, z.row, 'total')));
      }
    }
    if (t4 && (inSections[l] === 1 || sentence.includes('信息公开'))) {
      for (const d of allMatches(NONE_CASES, sentence)) {
        // `未发生行政复议被纠错`: no review corrected, not no review.
        if (NOT_NONE_AFTER.test(sentence.slice(d.index + d[0].length)) || otherYear(sentence, d.index)) continue;
        const lead = sentence.slice(clauseStart(sentence, d.index), d.index);
        if (LAST_YEAR.test(lead) || OTHER_BODIES.test(lead)) continue;
        for (const word of [d[1], d[2]].filter((w): w is string => w !== undefined)) {
          // No lawsuit: both totals are 0 — their sum (suits()' first), not either alone.
          if (word.endsWith('复议')) zero(d.index, d[0], REVIEWS, reviews());
          else zero(d.index, d[0], SUITS, suits().slice(0, 1));
        }
      }
    }
  };
  lines.forEach((line, l) => {
    if (cells[l] === 1 || (inSections[l] !== 1 && !MENTIONS.test(line))) return;
    const onRequests = line.includes('申请');
    // A statement of none is about requests or about reviews and lawsuits.
    const none = (onRequests || line.includes('复议') || line.includes('诉讼')) && NONE.test(line);
    const cn = CN_FIGURE.test(line);
    if (!none && !cn && !HAS_DIGIT.test(line)) return;
    // Sentences (runs between 。；！？), with their offsets in the line; only those with a digit (or a
    // negation) are read.
    for (let base = 0, end = 0; base < line.length; base = end + 1) {
      let digit = false;
      for (end = base; end < line.length && !isSentenceEnd(line.charCodeAt(end)); end++) digit ||= isDigitCode(line.charCodeAt(end));
      if (!digit && !none && !cn) continue;
      const sentence = line.slice(base, end);
      if (none) noneClaims(sentence, base, l, onRequests);
      if (!digit && !(cn && CN_FIGURE.test(sentence))) continue;
      if (t2 && sentence.includes('规范性文件')) {
        for (const re of DOCS) for (const d of allMatches(re, sentence)) {
          const [whole, digits] = d;
          const clause = clauseAt(sentence, d.index);
          if (digits === undefined || DOCS_OTHER.test(clause) || PUBLISHED_IN.test(sentence.slice(0, d.index)) || !counted(sentence, d.index, d.index + whole.length, '规范性文件')) continue;
          const at0 = whole.indexOf(digits);
          const value = figure(digits);
          if (value === undefined) continue;
          out.push({ quote: whole.trim(), what: 'what.docs', value, range: at(l, base + d.index + at0, digits), sums: docsFor(clause) });
        }
      }
      if (t3 && sentence.includes('申请')) {
        for (const d of allMatches(APPLICATIONS, sentence)) {
          // Requests for information, not for a review, a petition or a complaint.
          if (!d[0].includes('申请') || OTHER_MATTERS.test(d[0]) || (!d[0].includes('公开') && inSections[l] !== 1)) continue;
          const [whole, digits] = d;
          if (digits === undefined || NOT_A_COUNT.test(whole) || !counted(sentence, d.index, d.index + whole.length, '申请')) continue;
          const at0 = whole.lastIndexOf(digits);
          const value = figure(digits);
          const before = sentence.slice(0, d.index + at0);
          if (value === undefined || OTHER_SCOPE.test(before) || LAST_YEAR.test(before)) continue;
          const claim: Claim = { quote: whole.trim(), what: 'what.received', value, range: at(l, base + d.index + at0, digits), sums: requests() };
          if (otherYear(sentence, d.index + at0)) {
            const y = misdated(sentence, base, l, d.index + at0);
            if (!y) continue;
            claim.year = y;
          }
          out.push(claim);
        }
      }
      // The flow and the results, in a paragraph on requests (or in the sections on them).
      if (t3 && (onRequests || inSections[l] === 1) && FLOW_WORDS.test(sentence)) {
        for (const f of FLOWS) {
          if (!f.hints.some((h) => sentence.includes(h))) continue;
          for (const re of f.reverse ? [f.forward, f.reverse] : [f.forward]) for (const d of allMatches(re, sentence)) {
            const from = d.index;
            const to = from + d[0].length;
            const digits = d[1];
            if (digits === undefined) continue; // the figure, group 1 of every flow's pattern
            // What leads to the figure in its clause: not a review, a petition, a change; nor another year's figure.
            const figureAt = from + (re === f.forward ? d[0].lastIndexOf(digits) : d[0].indexOf(digits));
            const clause = sentence.slice(clauseStart(sentence, from), figureAt);
            const before = sentence.slice(0, figureAt);
            if (CHANGE.test(clause) || OTHER_MATTERS.test(before) || OTHER_SCOPE.test(before) || LAST_YEAR.test(before)) continue;
            const misdatedYear = otherYear(sentence, figureAt) ? misdated(sentence, base, l, figureAt) : undefined;
            if (otherYear(sentence, figureAt) && !misdatedYear) continue;
            if (f.result && (REASON.test(clause) || REASON_FIRST.test(before))) continue;
            // A year in the words names last year (上年结转) or next (结转下年度), or the figure is another's.
            const named = YEAR_IN.exec(d[0]);
            if (named && (year === undefined || f.yearShift === undefined || Number(named[1]) !== year + f.yearShift)) continue;
            if ((f.result && JOINT.test(sentence.slice(to))) || JOINED.test(sentence.slice(0, from)) || !counted(sentence, from, to, f.keyword)) continue;
            const start = base + figureAt;
            const value = figure(digits);
            if (value === undefined) continue;
            out.push({ quote: d[0].trim(), what: f.what, value, range: at(l, start, digits), sums: flowSumsOf(f, t3), ...(misdatedYear ? { year: misdatedYear } : {}) });
          }
        }
      }
      if (t4 && (inSections[l] === 1 || sentence.includes('信息公开'))) {
        // Each pattern of REVIEW (SUIT) holds 行政复议 (行政诉讼): a sentence without it has no match.
        if (sentence.includes('行政复议')) caseClaims(sentence, base, l, REVIEW, '行政复议', '诉讼', REVIEWS, reviews);
        if (sentence.includes('行政诉讼')) caseClaims(sentence, base, l, SUIT, '行政诉讼', '复议', SUITS, suits);
      }
    }
  });
  return out;
}

/**
 * A figure (`from`…`to` in the sentence) counts what its table counts: not a part after 其中 of a total
 * of the same `keyword` (unless it is the information-disclosure share), nor a wider total whose later
 * 其中 names that share (`行政复议案件35件，其中涉及政府信息公开的1件`).
 */
function counted(sentence: string, from: number, to: number, keyword: string): boolean {
  const before = sentence.lastIndexOf('其中', from);
  if (before >= 0 && sentence.slice(0, before).includes(keyword) && !sentence.slice(before, to).includes('信息公开')) return false;
  const after = sentence.indexOf('其中', to);
  if (after >= 0) {
    const share = sentence.slice(after);
    if (share.includes('信息公开') && share.includes(keyword)) return false;
    if (share.includes('信息公开') && !sentence.slice(from, to).includes('信息公开')) return false;
    // `全县…共收到申请582件，其中县政府本级收到44件` (本机关): the body's own share follows.
    if (share.includes('本级') || OWN_SHARE.test(share)) return false;
  }
  return true;
}
