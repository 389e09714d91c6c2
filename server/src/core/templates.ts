// The national tables, empty, written as text the way real reports save them: every cell a TAB-led
// line, a blank line after every table row, a vertically merged cell as an empty cell (`\t`) at the
// start of each row it continues into. Value cells are empty (`\t`). The labels and layouts are those
// of the national formats (国办公开办函〔2019〕60号, 〔2021〕30号) as the seeds print them.
//
// Used by the `table-missing` fix (insert the missing table) and to start a report from the template;
// the test generator builds its tables from the same labels.

import {
  TABLE2_BLOCKS,
  TABLE3_CAPTION_ROW,
  TABLE3_GROUPS,
  TABLE3_HEADER_ROWS,
  TABLE3_RESULTS,
  TABLE3_RESULTS_LABEL,
  TABLE3_FORMAT_ROWS,
  TABLE4_HEADER_ROWS,
  TABLE4_COLUMNS,
  type NationalFormat,
  type Table3RowKey,
} from './national';

export type TemplateFormat = NationalFormat;
export type TemplateKind = 'table2' | 'table3' | 'table4';

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
  // The template's rows in order: 一, 二, the results (under 三's merged label, each group's sub-rows
  // under the group's), （七）总计 (under 三's label too), 四.
  const results = new Set<Table3RowKey>(TABLE3_RESULTS[format]);
  let firstResult = true;
  let group: string | undefined;
  for (const { key, label, group: g } of TABLE3_FORMAT_ROWS[format]) {
    if (key === 'total') rows.push(['', label, ...cells(key)]);
    else if (!results.has(key)) rows.push([label, ...cells(key)]);
    else {
      const row = [firstResult ? TABLE3_RESULTS_LABEL : ''];
      firstResult = false;
      if (g) row.push(g !== group ? TABLE3_GROUPS[g].label : '');
      group = g;
      row.push(label, ...cells(key));
      rows.push(row);
    }
  }
  return rows;
}

function table2Rows(format: TemplateFormat, values?: TableValues): string[][] {
  const rows: string[][] = [];
  for (const b of TABLE2_BLOCKS[format]) {
    rows.push([`第二十条第（${b.item}）项`], ['信息内容', ...b.columns.map((c) => c.label)]);
    for (const r of b.rows) rows.push([r.label, ...valueCells(values, r.key, b.columns.length)]);
  }
  return rows;
}

function table4Rows(values?: TableValues): string[][] {
  return [...TABLE4_HEADER_ROWS.map((r) => [...r]), valueCells(values, 'data', TABLE4_COLUMNS.length)];
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

/** A new, empty report in the given format: the title (the agency to fill in; `year`, the year it
 * reports on, by default the format's), the six sections, 表二, 表三 and 表四 empty under theirs, and
 * in the 2021 format the prompt for the 信息处理费 that section 六 must state. Every line ends with `eol`. */
export function reportSkeleton(format: TemplateFormat, eol = '\n', year: number = Number(format)): string {
  const tables: Record<number, string> = {
    1: table2Template(format, eol),
    2: table3Template(format, eol),
    3: table4Template(eol),
  };
  // The 2021 format asks section 六 to state the 信息处理费 collected.
  const prompts: Record<number, string> = format === '2021' ? { 5: `（说明本年度信息处理费的收取情况。）${eol}${eol}` } : {};
  let out = `（机关名称）${year}年政府信息公开工作年度报告${eol}${eol}`;
  SECTION_TITLES.forEach((title, i) => {
    out += title + eol + eol;
    out += tables[i] ?? prompts[i] ?? eol;
  });
  return out;
}
