// table-label: the national tables' own labels. A standard row or column label of 表二, 表三 or 表四 written
// with a slip of a character or two (a homophone or a look-alike, `现形有效件数` for `现行有效件数`,
// `本年新制做数量`; a doubled ordinal, `四四、结转下年度继续办理`): the parser reads it as the standard label
// (label-slips.ts), and the fix (preferred) writes the standard label. A label written otherwise but not
// wrongly (longer, shorter, another punctuation, 本年新收到, 上年转结) is no slip.
// A standard row missing from a table — a row of a 表二 block that has others, a row of a 表三 that has its
// （七）总计 (without it the column totals cannot be checked) — is one finding per row, at the row after the
// gap, with a fix (preferred) that inserts the row, its label and empty cells, where the template has it and
// in the table's own layout (layouts/write.ts); table-cell-empty then asks for its values. (The parser's shape problems stay table-shape's, and a table
// with one gets no missing-row finding: a row that seems missing may sit in another's cells.)
import type { Fix } from '../findings';
import { slipOf } from '../label-slips';
import type { Cell, Row, Table } from '../model';
import {
  TABLE2_BLOCKS,
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_FORMAT_ROWS,
  TABLE3_GROUPS,
  TABLE3_ROW_BY_KEY,
  TABLE4_GROUPS,
  TABLE4_RESULTS,
  TABLE_SHORT,
  type Table2RowKey,
  type Table3Group,
} from '../national';
import { withoutUnit } from '../tables/common';
import { rowText } from '../layouts/write';
import { defineRule, type RuleContext, type RuleMessages } from '../rule-api';
import { chineseNumeral, isBlank } from '../text';
import { changed, sampleReport } from '../examples';

/** Every label a 表二 column or row is known by. */
const TABLE2_COLUMN_LABELS = Object.values(TABLE2_COLUMNS).flatMap((c) => [c.label, ...('also' in c ? c.also : [])]);
const TABLE2_ROW_LABELS = (key: Table2RowKey): string[] => {
  const r = TABLE2_ROWS[key];
  const printed = Object.values(TABLE2_BLOCKS).flatMap((bs) => bs.flatMap((b) => b.rows.filter((x) => x.key === key).map((x) => x.label)));
  return [...new Set([r.label, ...('also' in r ? r.also : []), ...printed])];
};
/** The header words of 表三 and 表四 a slip is measured against (the short ones, 其他 and 总计, cannot slip). */
const TABLE3_HEADER = ['申请人情况', '法人或其他组织', ...TABLE3_COLUMNS.map((c) => c.label)];
const TABLE4_HEADER = [...new Set<string>(['行政诉讼', ...TABLE4_GROUPS.map((g) => g.header), ...TABLE4_RESULTS.map((r) => r.label)])];

export const tableLabel = defineRule({
  id: 'table-label',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'table-label.slip': {
      zh: '{table}的标签“{actual}”疑有错字，国家格式为“{expected}”',
      en: 'The {table} label "{actual}" looks mistyped; the national format has "{expected}"',
    },
    'table-label.missing-row': {
      zh: '{table}缺少“{row}”行',
      en: '{table} lacks the row "{row}"',
    },
    'table-label.missing-row-sums': {
      zh: '{table}缺少“{row}”行，各列合计无法核对',
      en: '{table} lacks the row "{row}"; its column totals cannot be checked',
    },
    'fix.standard-label': { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
    'fix.insert-row': { zh: '插入“{row}”行（数据待填）', en: 'Insert the row "{row}" (values to fill in)' },
  },
  docs: {
    summary: {
      zh: '表二、表三、表四的标准行列标签有错字，或缺少国家格式规定的行',
      en: 'A standard row or column label of 表二, 表三 or 表四 has a slip, or a row of the national format is missing',
    },
    rationale: {
      zh: '表格的行列标签是国家格式规定的文字，上级汇总和读者比对都按标签读数；一字之差（如“现形有效件数”）印在公开的报告里，显得粗疏，也让按标签检索的程序读错。少了一行，该行的数据就无处可填，各列合计也无从核对。',
      en: "The tables' row and column labels are the national format's words: whoever adds the reports up or compares them reads the figures by their labels. A slip (现形有效件数) printed in a published report looks careless and misleads any program that reads by label; a missing row leaves its figures nowhere to go and the column totals uncheckable.",
    },
    examples: [
      { bad: changed(sampleReport(), '\t现行有效件数', '\t现形有效件数'), good: sampleReport() },
      { bad: changed(sampleReport(), '\t四、结转下年度继续办理', '\t四四、结转下年度继续办理'), good: sampleReport() },
      { bad: changed(sampleReport(), '\t行政强制\n\t0\n\n', ''), good: sampleReport() },
    ],
  },
  check(ctx) {
    // A table whose rows the parser could not all align (table-shape) may hold a "missing" row in another's
    // cells: its shape is the finding, not its rows.
    const shaky = new Set(ctx.model.problems.map((p) => p.table));
    ctx.model.tables.forEach((table, ti) => {
      if (table.kind === 'table2') table2(ctx, table, !shaky.has(ti));
      else if (table.kind === 'table3') table3(ctx, table, !shaky.has(ti));
      else if (table.kind === 'table4') headerSlips(ctx, table, TABLE4_HEADER);
    });
  },
});

type Ctx = RuleContext<RuleMessages>;

function slip(ctx: Ctx, table: Table, cell: Cell, standards: readonly string[]): void {
  const s = slipOf(cell.label, standards);
  if (!s) return;
  const expected = s.standard;
  ctx.report('table-label.slip', { table: TABLE_SHORT[table.kind], actual: cell.label, expected }, cell.range, {
    fixes: [{ title: ctx.message('fix.standard-label', { expected }), edits: [{ range: cell.range, newText: expected }], preferred: true }],
  });
}

/** Header cells that are a slip of one of the table's header words. */
function headerSlips(ctx: Ctx, table: Table, words: readonly string[]): void {
  const exact = new Set(words);
  for (const h of table.header) {
    const l = withoutUnit(h.label);
    if (h.blank || exact.has(l) || l === '合计' || l.includes('勾稽关系')) continue;
    slip(ctx, table, h, words);
  }
}

function table2(ctx: Ctx, table: Table, rows: boolean): void {
  for (const h of table.header) {
    if (h.blank || h.label === '信息内容' || h.label.startsWith('第二十条') || TABLE2_COLUMN_LABELS.some((l) => h.label.startsWith(l))) continue;
    slip(ctx, table, h, TABLE2_COLUMN_LABELS);
  }
  for (const row of table.rows) {
    const key = row.key as Table2RowKey;
    if (!row.labelCell || !(key in TABLE2_ROWS)) continue;
    const labels = TABLE2_ROW_LABELS(key);
    if (!labels.some((l) => row.labelCell!.label.startsWith(l))) slip(ctx, table, row.labelCell, labels);
  }
  // Rows missing from a block that has others.
  if (!rows) return;
  const format = table.format === '2021' ? '2021' : '2019';
  for (const block of table.blocks ?? []) {
    const spec = TABLE2_BLOCKS[format].find((b) => `item${chineseNumeral(b.item) ?? b.item}` === block.key);
    if (!spec || !block.rows.length) continue;
    const present = block.rows.map((i) => table.rows[i]!);
    // A row of the block that is no standard row (`规张`) may be the one that seems missing.
    if (present.some((p) => !(p.key in TABLE2_ROWS))) continue;
    spec.rows.forEach((r, k) => {
      if (present.some((p) => p.key === r.key)) return;
      const before = spec.rows.slice(0, k).map((x) => present.find((p) => p.key === x.key)).filter((x): x is Row => x !== undefined).pop();
      const after = spec.rows.slice(k + 1).map((x) => present.find((p) => p.key === x.key)).find((x): x is Row => x !== undefined);
      missingRow(ctx, table, r.label, spec.columns.length, before, after, false);
    });
  }
}

function table3(ctx: Ctx, table: Table, rows: boolean): void {
  headerSlips(ctx, table, TABLE3_HEADER);
  for (const row of table.rows) {
    if (!row.labelCell) continue;
    const std = row.subtotal ? TABLE3_GROUPS[row.key as Table3Group]?.label : TABLE3_ROW_BY_KEY.get(row.key as never)?.label;
    if (std) slip(ctx, table, row.labelCell, [std]);
  }
  // Rows missing from a table that has its （七）总计 (one cut short is table-shape's).
  if (!rows || !table.rows.some((r) => r.key === 'total')) return;
  const format = table.format ?? (ctx.model.format === '2021' ? '2021' : '2019');
  const template = TABLE3_FORMAT_ROWS[format === '2021' ? '2021' : '2019'];
  const has = (key: string) => table.rows.find((r) => r.key === key && !r.subtotal);
  template.forEach((r, k) => {
    if (has(r.key)) return;
    const before = template.slice(0, k).map((x) => has(x.key)).filter((x): x is Row => x !== undefined).pop();
    const after = template.slice(k + 1).map((x) => has(x.key)).find((x): x is Row => x !== undefined);
    missingRow(ctx, table, r.label, TABLE3_COLUMNS.length, before, after, true, r.name);
  });
}

/**
 * A missing row: reported at the label of the row after it (else the one before), with a fix that inserts its
 * label and `width` empty cells after the row before it (and its blank line), else before the row after it.
 */
function missingRow(ctx: Ctx, table: Table, label: string, width: number, before: Row | undefined, after: Row | undefined, sums: boolean, name = label): void {
  const at = (after ?? before)?.labelCell;
  if (!at) return;
  const eol = ctx.eol;
  const cells = rowText(table.layout, [label, ...new Array<string>(width).fill('')], eol);
  let line: number;
  let text: string;
  const end = before ? lastLine(before) : undefined;
  if (table.layout !== undefined) {
    // A layout without blank lines between rows (layouts/): the row right after the one before, else before the one after.
    line = end !== undefined && end + 1 < ctx.lines.length ? end + 1 : after!.labelCell!.firstLine;
    text = cells;
  } else if (end !== undefined && isBlank(ctx.lines[end + 1] ?? 'x') && end + 2 < ctx.lines.length) {
    line = end + 2; // after the row before and its blank line
    text = cells + eol;
  } else if (end !== undefined && end + 1 < ctx.lines.length) {
    line = end + 1; // rows not set apart by blank lines: the inserted one is, so that it stays a row of its own
    text = eol + cells + eol;
  } else {
    line = after!.labelCell!.firstLine;
    text = cells + (isBlank(ctx.lines[line - 1] ?? 'x') ? eol : '');
  }
  const fix: Fix = { title: ctx.message('fix.insert-row', { row: name }), edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text }], preferred: true };
  ctx.report(sums ? 'table-label.missing-row-sums' : 'table-label.missing-row', { table: TABLE_SHORT[table.kind], row: name }, at.range, { fixes: [fix] });
}

/** The last line of a row: its last cell's (its label's where it has none). */
function lastLine(row: Row): number {
  let last = row.labelCell?.lastLine ?? -1;
  for (const c of row.cells) if (c && c.lastLine > last) last = c.lastLine;
  return last;
}
