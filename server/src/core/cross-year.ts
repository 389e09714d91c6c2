// Checks across documents: one agency's reports for consecutive years, side by side in one folder (the CLI reads
// folders named as years, `2021/` and `2022/`, as one).
//   cross-year-carry  二、上年结转 of year Y = 四、结转下年度继续办理 of Y−1, per column of 表三
//   cross-year-stock  2021 format 表二: 现行有效件数 (Y) = 现行有效件数 (Y−1) + 本年制发件数 − 本年废止件数
// Their metadata lives in `crossRules`, beside the single-report registry, so that settings and
// `.nianbao.json` know their ids. Pure: models in, findings out; never throws.
import type { Finding } from './findings';
import type { Cell, Range, ReportModel, Table } from './model';
import type { ReportMeta } from './extract';
import { sampleReport } from './examples';
import { TABLE2_BLOCKS } from './national';
import { cellByKey, columnTitle, firstTable, type ColumnKey, type RowKey } from './labels';
import { defineCrossRule, type CrossRule, type YearReport } from './rule-api';

export type { CrossRule, YearReport } from './rule-api';

export interface CrossFinding {
  /** The `name` of the report the finding points into. */
  name: string;
  finding: Finding;
}

const numberRange = (cell: Cell): Range => cell.number?.range ?? cell.range;

/** The number in a row's column, by row key and column key, and its cell; undefined when blank or not a number. */
function numberOf(table: Table, rowKey: RowKey, colKey: ColumnKey): { cell: Cell; value: number } | undefined {
  const cell = cellByKey(table, rowKey, colKey)?.cell;
  return cell?.number ? { cell, value: cell.number.value } : undefined;
}

export const crossYearCarry = defineCrossRule({
  id: 'cross-year-carry',
  severity: 'warning',
  fix: 'none',
  messages: {
    'cross-year-carry': {
      zh: '表三 · 二、上年结转 · {column} 为 {value}，但 {prevYear} 年报告（{prevName}）的“四、结转下年度继续办理”为 {prev}',
      en: "表三 · 二、上年结转 · {column} is {value}, but the {prevYear} report ({prevName}) carries {prev} over to this year",
    },
  },
  docs: {
    summary: {
      zh: '本年“上年结转”与上一年度报告的“结转下年度继续办理”不一致（同一机关、同一文件夹）',
      en: "The applications carried over from last year differ from last year's report's carry-over (same agency, same folder)",
    },
    rationale: {
      zh: '上一年度结转下年度继续办理的申请，就是本年度上年结转的申请，两份报告的数字必须一致；不一致说明其中一份填错了。',
      en: "The requests last year's report carried over to this year are this year's requests carried over from last year: the two reports must agree, or one of them is wrong.",
    },
    examples: [
      {
        bad: [sampleReport({ year: 2021, table3: { carried: [2, 0, 0, 0, 0, 0, 2], carryOver: [2, 0, 0, 0, 0, 0, 2] } }), sampleReport({ year: 2022, table2: { normativeDocs: [3, 1, 14] } })],
        good: [sampleReport({ year: 2021 }), sampleReport({ year: 2022, table2: { normativeDocs: [3, 1, 14] } })],
      },
    ],
  },
  check(ctx) {
    const t = firstTable(ctx.current.model, 'table3');
    const p = firstTable(ctx.previous.model, 'table3');
    if (!t || !p) return;
    t.columns.forEach((column, col) => {
      const here = numberOf(t, 'carried', column.key as ColumnKey);
      const there = numberOf(p, 'carryOver', column.key as ColumnKey);
      if (!here || !there || here.value === there.value) return;
      const args = { column: columnTitle(t, col), value: here.value, prev: there.value, prevYear: ctx.previousYear, prevName: ctx.previous.name };
      ctx.report('cross-year-carry', args, numberRange(here.cell));
    });
  },
});

/** The 2021 表二's rows of documents in force, with their labels as printed. */
const STOCK_ROWS = TABLE2_BLOCKS['2021'][0].rows;

export const crossYearStock = defineCrossRule({
  id: 'cross-year-stock',
  severity: 'information',
  fix: 'none',
  messages: {
    'cross-year-stock': {
      zh: '表二 · {row} · 现行有效件数 为 {value}，但 {prevYear} 年报告（{prevName}）为 {prev}，加本年制发 {issued}、减本年废止 {repealed} 应为 {expected}',
      en: '表二 · {row} · in force is {value}, but the {prevYear} report ({prevName}) had {prev}; plus {issued} issued minus {repealed} repealed makes {expected}',
    },
  },
  docs: {
    summary: {
      zh: '表二“现行有效件数”与上一年度报告的现行有效件数加本年制发、减本年废止不符（2021 年格式）',
      en: "表二's documents in force differ from last year's in force plus issued minus repealed this year (2021 format)",
    },
    rationale: {
      zh: '现行有效的规章和规范性文件，应等于上年末现行有效的加上本年制发的、减去本年废止的。不符可能是清理文件造成的，也可能是填错了，值得核对（因此只是提示）。',
      en: "Documents in force are last year's in force plus those issued minus those repealed this year. A difference may come from a clean-up or from a wrong figure; worth a look, hence information only.",
    },
    examples: [{ bad: [sampleReport({ year: 2021 }), sampleReport({ year: 2022 })], good: [sampleReport({ year: 2021 }), sampleReport({ year: 2022, table2: { normativeDocs: [3, 1, 14] } })] }],
  },
  check(ctx) {
    const t = firstTable(ctx.current.model, 'table2');
    const p = firstTable(ctx.previous.model, 'table2');
    if (!t || !p) return;
    for (const { key, label } of STOCK_ROWS) {
      const inForce = numberOf(t, key, 'inForce');
      const issued = numberOf(t, key, 'issued');
      const repealed = numberOf(t, key, 'repealed');
      const before = numberOf(p, key, 'inForce');
      if (!inForce || !issued || !repealed || !before) continue;
      const expected = before.value + issued.value - repealed.value;
      if (inForce.value === expected) continue;
      const args = { row: label, value: inForce.value, prev: before.value, issued: issued.value, repealed: repealed.value, expected, prevYear: ctx.previousYear, prevName: ctx.previous.name };
      ctx.report('cross-year-stock', args, numberRange(inForce.cell));
    }
  },
});

/** The cross-document rules, in the order their findings are reported. */
export const crossRules: readonly CrossRule[] = [crossYearCarry, crossYearStock];

/**
 * The cross-year findings of the reports of one folder: reports are grouped by agency; each report
 * of year Y is compared with the report of year Y−1 of the same agency. An agency with two reports
 * for one year is not compared for that year (which of them counts would be a guess); a report
 * without agency or year is left out.
 */
export function crossYearFindings(reports: readonly YearReport[]): CrossFinding[] {
  const byKey = new Map<string, YearReport[]>();
  for (const r of reports) {
    if (!r.meta.agency || r.meta.year === undefined) continue;
    const key = `${agencyKey(r.meta.agency)}\u0000${r.meta.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const out: CrossFinding[] = [];
  for (const r of reports) {
    if (!r.meta.agency) continue;
    const agency = agencyKey(r.meta.agency);
    const same = byKey.get(`${agency}\u0000${r.meta.year}`);
    const prevs = byKey.get(`${agency}\u0000${(r.meta.year ?? 0) - 1}`);
    const prev = prevs?.[0];
    if (same?.length !== 1 || prevs?.length !== 1 || !prev) continue;
    try {
      for (const rule of crossRules) for (const finding of rule.check(r, prev)) out.push({ name: r.name, finding });
    } catch {
      // A malformed model gives no cross-year finding rather than an exception.
    }
  }
  return out;
}

/**
 * An agency's name as one body writes it from year to year: `某某县人民政府办公室`, `某某县政府办公室` and
 * `某某县政府办` are one (but not `某某县人民政府`, another body); spaces dropped.
 */
export function agencyKey(agency: string): string {
  return agency.replace(/\s/g, '').replace(/人民政府/g, '政府').replace(/办公室$/, '办');
}

/** The rows these rules read: 表三's carried and carry-over, 表二's stock rows. */
const READ_ROWS = new Set<string>(['carried', 'carryOver', ...STOCK_ROWS.map((r) => r.key)]);

/** A value cell cut down to what these rules read: its number (they pass over a cell without one). */
const numberOnly = (c: Cell | undefined): Cell | undefined =>
  c?.number && { text: '', label: '', range: c.number.range, firstLine: c.firstLine, lastLine: c.lastLine, blank: c.blank, number: c.number };

/**
 * A report as these rules need it: its 表二 and 表三 with only the rows they read, each value cell cut
 * down to its number — so that a run over hundreds of reports keeps (and copies between threads) little.
 */
export function yearReport(name: string, model: ReportModel, meta: ReportMeta): YearReport {
  const tables = model.tables
    .filter((t) => t.kind === 'table2' || t.kind === 'table3')
    .map((t): Table => ({
      kind: t.kind,
      name: t.name,
      firstLine: t.firstLine,
      lastLine: t.lastLine,
      range: t.range,
      cells: [],
      header: [],
      columns: t.columns,
      rows: t.rows
        .filter((r) => READ_ROWS.has(r.key))
        .map((r) => ({ key: r.key, label: r.label, cells: r.cells.map(numberOnly), ...(r.misaligned ? { misaligned: true } : {}) })),
    }));
  const slim: ReportModel = { lineCount: model.lineCount, sections: [], headings: [], enumerations: [], artifacts: [], problems: [], format: model.format, formatEvidence: [], tables };
  return { name, model: slim, meta };
}
