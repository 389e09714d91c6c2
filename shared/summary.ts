// The summary of a workspace check as CSV, for Excel and WPS: UTF-8 with a BOM (so that they read it
// as UTF-8), CRLF, RFC 4180 quoting, and no cell that a spreadsheet would take for a formula (a text
// starting with = + - @, TAB or CR gets a leading '). One row per report — its findings by severity
// and by rule — then a row of totals. Pure; the client writes it.
import type { ReportSummary } from './protocol';

/** A CSV field: numbers as they are; text quoted where needed and defused as a formula. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface SummaryTotals {
  reports: number;
  withErrors: number;
  findings: number;
  /** Findings per rule, most first (then by rule id). */
  rules: [string, number][];
}

export function totals(reports: readonly ReportSummary[]): SummaryTotals {
  const rules = new Map<string, number>();
  let findings = 0;
  for (const r of reports) {
    for (const [rule, n] of Object.entries(r.rules)) rules.set(rule, (rules.get(rule) ?? 0) + n);
    findings += r.counts.error + r.counts.warning + r.counts.information + r.counts.hint;
  }
  return {
    reports: reports.length,
    withErrors: reports.filter((r) => r.counts.error > 0).length,
    findings,
    rules: [...rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}

const HEADERS = {
  zh: { file: '文件', error: '错误', warning: '警告', information: '信息', hint: '提示', total: '合计（{reports} 份年报，{withErrors} 份有错误）' },
  en: { file: 'file', error: 'errors', warning: 'warnings', information: 'information', hint: 'hints', total: 'total ({reports} reports, {withErrors} with errors)' },
};

/** The CSV of the reports' findings; `name` gives each report's name (a path relative to the workspace). */
export function summaryCsv(reports: readonly ReportSummary[], locale: string, name: (uri: string) => string): string {
  const h = /^zh/i.test(locale) ? HEADERS.zh : HEADERS.en;
  const sum = totals(reports);
  const rules = sum.rules.map(([r]) => r);
  const severities = ['error', 'warning', 'information', 'hint'] as const;
  const rows: (string | number)[][] = [[h.file, ...severities.map((s) => h[s]), ...rules]];
  for (const r of reports) rows.push([name(r.uri), ...severities.map((s) => r.counts[s]), ...rules.map((rule) => r.rules[rule] ?? 0)]);
  const total = h.total.replace('{reports}', String(sum.reports)).replace('{withErrors}', String(sum.withErrors));
  rows.push([total, ...severities.map((s) => reports.reduce((n, r) => n + r.counts[s], 0)), ...sum.rules.map(([, n]) => n)]);
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
