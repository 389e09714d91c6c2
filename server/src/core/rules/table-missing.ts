// table-missing: a table of the national format (表二, 表三, 表四) is absent, often replaced by a
// sentence (seed 003: `本年度无因政府信息公开产生行政复议及行政诉讼件。` instead of 表四). The tables are
// required whenever the report follows a national format (2019, 2021 or a hybrid with the old 统计表),
// and in a report with no recognised table at all that has the national sections' headings — unless
// its title dates it before 2019. Never for a report in the pre-2019 style.
//
// The finding points at the heading of the section that should hold the table. The fix (one, not
// preferred: a person must fill the table in) inserts the empty template right after that heading's
// line; it never removes the user's text.
import type { Analyses } from '../analyses';
import type { Fix } from '../findings';
import type { Heading, Range } from '../model';
import { defineRule } from '../rule-api';
import { START, STANDARD_SECTIONS, type StandardSection } from '../standard';
import { tableTemplate, type TemplateKind } from '../templates';
import { isBlank } from '../text';
import { sampleReport } from '../examples';

interface Required {
  kind: TemplateKind;
  short: string;
  /** The section that holds the table: its title names the table in messages, its tiers find its heading. */
  section: StandardSection;
  /** What the table counts, for the English message. */
  what: 'what.table2' | 'what.table3' | 'what.table4';
}

const REQUIRED: readonly Required[] = [
  { kind: 'table2', short: '表二', section: STANDARD_SECTIONS[1], what: 'what.table2' },
  { kind: 'table3', short: '表三', section: STANDARD_SECTIONS[2], what: 'what.table3' },
  { kind: 'table4', short: '表四', section: STANDARD_SECTIONS[3], what: 'what.table4' },
];

export const tableMissing = defineRule({
  id: 'table-missing',
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    'table-missing': { zh: '缺少{table}（{name}）', en: 'Missing {table} ({what})' },
    'table-missing.prose': {
      zh: '缺少{table}（{name}），该节只有文字说明',
      en: 'Missing {table} ({what}); the section has only prose in its place',
    },
    // What each table counts, as the English message names it (the Chinese one names its section).
    'what.table2': { zh: '主动公开政府信息情况', en: 'proactive disclosure' },
    'what.table3': { zh: '收到和处理政府信息公开申请情况', en: 'requests received and handled' },
    'what.table4': { zh: '政府信息公开行政复议、行政诉讼情况', en: 'administrative reconsideration and litigation' },
    'fix.insert-table-template': { zh: '插入空白的{table}模板', en: 'Insert an empty {table} template' },
  },
  docs: {
    summary: {
      zh: '缺少国家格式要求的表格（表二、表三或表四），或以文字说明代替了表格',
      en: 'A table the national format requires (表二, 表三 or 表四) is absent or replaced by prose',
    },
    rationale: {
      zh: '国家格式要求每份年报都以表二、表三、表四列出统计数据，即使全部为 0；用一句“本年度未发生……”代替表格，读者无法比较，上级也无法汇总。',
      en: 'The national format requires every report to give its figures in 表二, 表三 and 表四, even when they are all 0; a sentence such as "no cases this year" in place of a table cannot be compared or added up.',
    },
    examples: [{ bad: sampleReport().replace(/(?<=四、政府信息公开行政复议、行政诉讼情况\n\n)[^五]*/, '本年度未发生政府信息公开行政复议、行政诉讼案件。\n\n'), good: sampleReport() }],
  },
  check(ctx) {
    const { model, lines } = ctx;
    if (!tablesRequired(ctx)) return;
    const format = model.format === '2021' ? '2021' : '2019';
    for (const req of REQUIRED) {
      if (model.tables.some((t) => t.kind === req.kind)) continue;
      const heading = ctx.sections.heading(req.section.tiers);
      const range: Range = heading?.range ?? model.title?.range ?? START;
      const prose = heading !== undefined && onlyProse(ctx, heading);
      const args = { table: req.short, name: req.section.title, what: ctx.message(req.what, {}) };
      let fixes: Fix[] | undefined;
      if (heading) {
        const eol = ctx.eol;
        const at = { line: heading.line, character: (lines[heading.line] ?? '').length };
        fixes = [{
          title: ctx.message('fix.insert-table-template', { table: req.short }),
          edits: [{ range: { start: at, end: at }, newText: eol + tableTemplate(req.kind, format, eol) }],
          preferred: false,
        }];
      }
      ctx.report(prose ? 'table-missing.prose' : 'table-missing', args, range, fixes ? { fixes } : undefined);
    }
  },
});

/** The national tables are required: a national format, or no table at all under national headings. */
function tablesRequired(report: Analyses): boolean {
  const model = report.model;
  switch (model.format) {
    case '2019':
    case '2021':
    case 'hybrid':
      return true;
    case 'pre-2019':
      return false;
    case 'unknown': {
      if (model.title?.year !== undefined && model.title.year < 2019) return false;
      // At least two of the three sections that hold the tables.
      return REQUIRED.filter((req) => report.sections.heading(req.section.tiers) !== undefined).length >= 2;
    }
  }
}

/** The section holds text but no table: the table was replaced by a sentence. */
function onlyProse(report: Analyses, heading: Heading): boolean {
  const { model, lines } = report;
  const s = report.sections.of(heading);
  const end = s ? s.range.end.line : heading.line;
  if (model.tables.some((t) => t.firstLine > heading.line && t.firstLine <= end)) return false;
  // A run-in heading's paragraph, or any line after the heading.
  if (!isBlank((lines[heading.line] ?? '').slice(heading.range.end.character).replace(/^[。.]/, ''))) return true;
  for (let l = heading.line + 1; l <= end; l++) if (!isBlank(lines[l] ?? '')) return true;
  return false;
}
