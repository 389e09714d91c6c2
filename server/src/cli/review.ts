// `nianbao check --format html`: one self-contained page for a folder of reports, for a reviewer —
// a summary table (report, agency, year, format, errors, warnings), then per report each finding with
// the lines it concerns and the cell or heading its message names. No script, no remote resource; it
// prints legibly (A4, tables not split across pages where they fit). Pure: data in, HTML out.
import { defineMessages, languageOf, renderMessage, type Finding, type Severity } from '../core';
import type { ArgsOf } from '../core/messages';

export interface ReviewFile {
  /** The path as given. */
  file: string;
  agency?: string;
  year?: number;
  /** The national format read from its tables (`2019`, `2021`, `hybrid`, `pre-2019`, `unknown`). */
  format: string;
  findings: readonly Finding[];
  /** The report's lines, for the lines each finding concerns. */
  lines: readonly string[];
  /** The report could not be read: why. */
  error?: string;
}

export const reviewMessages = defineMessages({
  'review.title': { zh: '年报校对审查报告', en: 'Report review' },
  'review.generated': { zh: '共 {files} 份年报，{errors} 个错误，{warnings} 个警告（nianbao {version}）', en: '{files} report{files:s}, {errors} error{errors:s}, {warnings} warning{warnings:s} (nianbao {version})' },
  'review.report': { zh: '年报', en: 'Report' },
  'review.agency': { zh: '机关', en: 'Agency' },
  'review.year': { zh: '年度', en: 'Year' },
  'review.format': { zh: '格式', en: 'Format' },
  'review.errors': { zh: '错误', en: 'Errors' },
  'review.warnings': { zh: '警告', en: 'Warnings' },
  'review.others': { zh: '提示', en: 'Other' },
  'review.line': { zh: '行', en: 'Line' },
  'review.severity': { zh: '级别', en: 'Severity' },
  'review.rule': { zh: '规则', en: 'Rule' },
  'review.finding': { zh: '问题', en: 'Finding' },
  'review.text': { zh: '原文', en: 'Text' },
  'review.fix': { zh: '可修复', en: 'Fix' },
  'review.none': { zh: '未发现问题。', en: 'Nothing found.' },
  'review.unreadable': { zh: '无法读取：{error}', en: 'Could not be read: {error}' },
  'severity.error': { zh: '错误', en: 'error' },
  'severity.warning': { zh: '警告', en: 'warning' },
  'severity.information': { zh: '信息', en: 'information' },
  'severity.hint': { zh: '建议', en: 'hint' },
  'format.2019': { zh: '2019 年格式', en: '2019 format' },
  'format.2021': { zh: '2021 年格式', en: '2021 format' },
  'format.hybrid': { zh: '混合格式', en: 'hybrid' },
  'format.pre-2019': { zh: '2019 年以前的格式', en: 'pre-2019' },
  'format.unknown': { zh: '未识别', en: 'not recognised' },
});

type M = (typeof reviewMessages)['table'];
type ReviewFormat = '2019' | '2021' | 'hybrid' | 'pre-2019' | 'unknown';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML, every character that could open markup escaped (control characters shown as U+XXXX). */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/[\u0000-\u0008\v\f\u000e-\u001f\u007f]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** At most this many lines of a finding's text are shown, and this many characters either side of it. */
const MAX_LINES = 3;
const CONTEXT = 40;

/** The lines a finding concerns (a cell's TAB left out), as HTML, what it underlines in `<mark>`; `…` where more follow. */
function excerpt(f: Finding, lines: readonly string[]): string {
  const { start, end } = f.range;
  const out: string[] = [];
  for (let l = start.line; l <= end.line && out.length < MAX_LINES; l++) {
    const line = lines[l] ?? '';
    const from = l === start.line ? start.character : 0;
    const to = l === end.line ? end.character : line.length;
    const lead = line.startsWith('\t') ? 1 : 0;
    const cut = (a: number, b: number) => escapeHtml(line.slice(Math.max(a, lead), Math.max(b, lead)));
    // A long paragraph is shown around what the finding concerns.
    const a = Math.max(lead, from - CONTEXT);
    const b = Math.min(line.length, to + CONTEXT);
    const marked = to - from > 3 * CONTEXT ? `${cut(from, from + CONTEXT)}…${cut(to - CONTEXT, to)}` : cut(from, to);
    const shown = to > from ? `${cut(a, from)}<mark>${marked}</mark>${cut(to, b)}` : cut(a, b);
    out.push(`${a > lead ? '…' : ''}${shown}${b < line.length ? '…' : ''}`.trim());
  }
  if (end.line - start.line + 1 > MAX_LINES) out.push('…');
  return out.join('\n');
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#1f2328;line-height:1.5}
h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.15em;margin:1.6em 0 .4em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #d0d7de;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}pre{margin:0;white-space:pre-wrap;font-family:inherit}
.error{color:#b42318;font-weight:600}.warning{color:#9a6700;font-weight:600}.information,.hint{color:#57606a}
p.meta{color:#57606a;margin:0 0 1em}a{color:#0969da}mark{background:#fff1a8;color:inherit}
table.findings{table-layout:fixed}table.findings col.line{width:3.5em}table.findings col.sev{width:7.5em}table.findings col.rule{width:12em}td{overflow-wrap:anywhere}
@media print{body{margin:0;font-size:10pt}mark{background:none;text-decoration:underline}h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;

/** The review page of the files, in the locale's language. */
export function reviewHtml(files: readonly ReviewFile[], locale: string, version: string): string {
  const lang = languageOf(locale);
  const t = <K extends keyof M>(id: K, args: ArgsOf<M[K]>): string => escapeHtml(reviewMessages.render(id, args, locale));
  const count = (f: ReviewFile, s: Severity | 'other') => f.findings.filter((x) => (s === 'other' ? x.severity === 'information' || x.severity === 'hint' : x.severity === s)).length;
  const anchor = (i: number) => `r${i + 1}`;
  const errors = files.reduce((n, f) => n + count(f, 'error'), 0);
  const warnings = files.reduce((n, f) => n + count(f, 'warning'), 0);
  const formatName = (f: string) => (`format.${f}` in reviewMessages.table ? t(`format.${f}` as `format.${ReviewFormat}`, {}) : escapeHtml(f));
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${t('review.title', {})}</title><style>${STYLE}</style></head>`,
    '<body>',
    `<h1>${t('review.title', {})}</h1>`,
    `<p class="meta">${t('review.generated', { files: files.length, errors, warnings, version })}</p>`,
    '<table>',
    `<thead><tr><th>${t('review.report', {})}</th><th>${t('review.agency', {})}</th><th>${t('review.year', {})}</th><th>${t('review.format', {})}</th><th>${t('review.errors', {})}</th><th>${t('review.warnings', {})}</th><th>${t('review.others', {})}</th></tr></thead>`,
    '<tbody>',
    ...files.map(
      (f, i) =>
        `<tr><td><a href="#${anchor(i)}">${escapeHtml(f.file)}</a></td><td>${escapeHtml(f.agency ?? '')}</td><td class="n">${f.year ?? ''}</td><td>${formatName(f.format)}</td>` +
        `<td class="n">${count(f, 'error')}</td><td class="n">${count(f, 'warning')}</td><td class="n">${count(f, 'other')}</td></tr>`,
    ),
    '</tbody></table>',
  ];
  files.forEach((f, i) => {
    out.push(`<h2 id="${anchor(i)}">${escapeHtml(f.file)}</h2>`);
    if (f.error !== undefined) {
      out.push(`<p class="error">${t('review.unreadable', { error: f.error })}</p>`);
      return;
    }
    if (!f.findings.length) {
      out.push(`<p>${t('review.none', {})}</p>`);
      return;
    }
    out.push(
      '<table class="findings"><colgroup><col class="line"><col class="sev"><col class="rule"><col><col><col></colgroup>',
      `<thead><tr><th>${t('review.line', {})}</th><th>${t('review.severity', {})}</th><th>${t('review.rule', {})}</th><th>${t('review.finding', {})}</th><th>${t('review.text', {})}</th><th>${t('review.fix', {})}</th></tr></thead>`,
      '<tbody>',
    );
    for (const x of f.findings) {
      const fixes = (x.fixes ?? []).map((fix) => escapeHtml(renderMessage(fix.title, locale))).join('<br>');
      out.push(
        `<tr><td class="n">${x.range.start.line + 1}</td><td class="${x.severity}">${t(`severity.${x.severity}`, {})}</td><td><code>${escapeHtml(x.rule)}</code></td>` +
          `<td>${escapeHtml(renderMessage(x.message, locale))}</td><td><pre>${excerpt(x, f.lines)}</pre></td><td>${fixes}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  });
  out.push('</body></html>', '');
  return out.join('\n');
}
