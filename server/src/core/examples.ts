// A complete, correct report in each national format, for the rules' examples (their pages and the
// tests that every bad example gives its rule's finding and every good one none). A rule's example is
// this report with one thing made wrong (`bad`) and as it is (`good`), or a short text of its own.
import { TABLE3_RESULTS } from './national';
import { table2Template, table3Template, table4Template, type TableValues } from './templates';

export interface SampleOptions {
  format?: '2019' | '2021';
  /** The year the report is for (the title's, the statistics period's; the plans are for the next). */
  year?: number;
  agency?: string;
  /** Rows written as given instead of the sample's (by row key; 表四's one row is `data`). */
  table2?: TableValues;
  table3?: TableValues;
  table4?: TableValues;
}

/** 表三's six applicant columns of a row (the 总计 column is their sum). */
type Six = readonly [number, number, number, number, number, number];
/** Six values, column by column. */
const bySix = (f: (k: 0 | 1 | 2 | 3 | 4 | 5) => number): Six => [f(0), f(1), f(2), f(3), f(4), f(5)];
const NONE: Six = [0, 0, 0, 0, 0, 0];
const NEW: Six = [6, 2, 0, 0, 1, 0];
const CARRIED: Six = [1, 0, 0, 0, 0, 0];

/** 表三's rows by key; rows not named are all 0. */
const APPLICANTS: Readonly<Record<string, Six>> = {
  new: NEW,
  carried: CARRIED,
  open: [4, 1, 0, 0, 0, 0],
  partial: [1, 0, 0, 0, 0, 0],
  'deny.4': [0, 1, 0, 0, 0, 0],
  'unable.1': [1, 0, 0, 0, 1, 0],
};

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** 表三 filled so that every relation holds: 十 rows of six, each with its total; （七）总计 and 四 derived. */
function table3Values(format: '2019' | '2021'): TableValues {
  const row = (six: Six) => [...six, sum(six)];
  const values: Record<string, number[]> = {};
  const results = TABLE3_RESULTS[format].map((key) => {
    const six = APPLICANTS[key] ?? NONE;
    values[key] = row(six);
    return six;
  });
  const total = bySix((k) => sum(results.map((six) => six[k])));
  values['new'] = row(NEW);
  values['carried'] = row(CARRIED);
  values['total'] = row(total);
  values['carryOver'] = row(bySix((k) => NEW[k] + CARRIED[k] - total[k]));
  return values;
}

const TABLE2: Readonly<Record<'2019' | '2021', TableValues>> = {
  '2019': {
    regulations: [0, 0, 0],
    normativeDocs: [3, 3, 20],
    licensing: [12, 0, 25],
    otherServices: [5, 0, 8],
    penalties: [6, -1, 4],
    enforcement: [0, 0, 0],
    fees: [0, 0],
    procurement: [2, '35.6万元'],
  },
  '2021': {
    regulations: [0, 0, 0],
    normativeDocs: [3, 1, 12],
    licensing: [25],
    penalties: [4],
    enforcement: [0],
    fees: [0],
  },
};

/** 表四: one 行政复议 upheld, nothing else. */
const TABLE4: TableValues = { data: [1, 0, 0, 0, 1, ...new Array<number>(10).fill(0)] };

/** A report that every rule finds right. */
export function sampleReport(o: SampleOptions = {}): string {
  const format = o.format ?? '2021';
  const year = o.year ?? (format === '2021' ? 2022 : 2020);
  const agency = o.agency ?? '某某市某某局';
  const eol = '\n';
  const received = sum(NEW);
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    '',
    '一、总体情况',
    '',
    `本报告由${agency}编制，统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
    `（一）主动公开情况。全年发布行政规范性文件3件，主动公开政府信息${format === '2021' ? 126 : 98}条。`,
    '',
    `（二）依申请公开情况。全年共收到政府信息公开申请${received}件，均按时答复。`,
    '',
    '二、主动公开政府信息情况',
    '',
    table2Template(format, eol, { ...TABLE2[format], ...o.table2 }),
    '三、收到和处理政府信息公开申请情况',
    '',
    table3Template(format, eol, { ...table3Values(format), ...o.table3 }),
    '四、政府信息公开行政复议、行政诉讼情况',
    '',
    table4Template(eol, { ...TABLE4, ...o.table4 }),
    '五、存在的主要问题及改进情况',
    '',
    `政策解读的形式还不够丰富。${year + 1}年，我局将进一步丰富解读形式：一是制作图解，二是开展在线访谈。`,
    '',
    '六、其他需要报告的事项',
    '',
    '本年度未收取信息处理费。',
    '',
  ].join(eol);
}

/** The text with its first `find` replaced (an example's one change). */
export const changed = (text: string, find: string, replace: string): string => text.replace(find, replace);
