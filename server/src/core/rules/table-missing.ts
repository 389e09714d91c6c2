// table-missing: a table of the national format (表二, 表三, 表四) is absent, often replaced by a
// sentence (seed 003: `本年度无因政府信息公开产生行政复议及行政诉讼件。` instead of 表四). The tables are
// required whenever the report follows a national format (2019, 2021 or a hybrid with the old 统计表),
// and in a report with no recognised table at all that has the national sections' headings — unless
// its title dates it before 2019. Never for a report in the pre-2019 style.
//
// The finding points at the heading of the section that should hold the table. The fix (one, not
// preferred: a person must fill the table in) inserts the empty template right after that heading's
// line; it never removes the user's text.
import type { Finding, Fix } from '../findings';
import type { Heading, Range, ReportModel } from '../model';
import { sectionHeading, sectionOf, START, STANDARD_SECTIONS, type StandardSection } from '../standard';
import { tableTemplate, type TemplateKind } from '../templates';
import { eolOf, isBlank, splitLines } from '../text';
import type { Rule } from './types';

interface Required {
  kind: TemplateKind;
  short: string;
  /** The section that holds the table: its title names the table in messages, its tiers find its heading. */
  section: StandardSection;
  nameEn: string;
}

const REQUIRED: readonly Required[] = [
  {
    kind: 'table2',
    short: '表二',
    section: STANDARD_SECTIONS[1]!,
    nameEn: 'proactive disclosure',
  },
  {
    kind: 'table3',
    short: '表三',
    section: STANDARD_SECTIONS[2]!,
    nameEn: 'requests received and handled',
  },
  {
    kind: 'table4',
    short: '表四',
    section: STANDARD_SECTIONS[3]!,
    nameEn: 'administrative reconsideration and litigation',
  },
];

export const tableMissing: Rule = {
  id: 'table-missing',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '缺少国家格式要求的表格（表二、表三或表四），或以文字说明代替了表格',
    en: 'A table the national format requires (表二, 表三 or 表四) is absent or replaced by prose',
  },
  messages: {
    'table-missing': { zh: '缺少{table}（{name}）', en: 'Missing {table} ({nameEn})' },
    'table-missing.prose': {
      zh: '缺少{table}（{name}），该节只有文字说明',
      en: 'Missing {table} ({nameEn}); the section has only prose in its place',
    },
    'fix.insert-table-template': { zh: '插入空白的{table}模板', en: 'Insert an empty {table} template' },
  },
  check(model, text) {
    if (!tablesRequired(model)) return [];
    const lines = splitLines(text);
    const format = model.format === '2021' ? '2021' : '2019';
    const out: Finding[] = [];
    for (const req of REQUIRED) {
      if (model.tables.some((t) => t.kind === req.kind)) continue;
      const heading = sectionHeading(model, req.section.tiers);
      const range: Range = heading?.range ?? model.title?.range ?? START;
      const prose = heading !== undefined && onlyProse(model, heading, lines);
      const args = { table: req.short, name: req.section.title, nameEn: req.nameEn };
      const finding: Finding = {
        rule: 'table-missing',
        severity: 'warning',
        range,
        message: { id: prose ? 'table-missing.prose' : 'table-missing', args },
      };
      if (heading) {
        const eol = eolOf(text);
        const at = { line: heading.line, character: (lines[heading.line] ?? '').length };
        const fix: Fix = {
          title: { id: 'fix.insert-table-template', args: { table: req.short } },
          edits: [{ range: { start: at, end: at }, newText: eol + tableTemplate(req.kind, format, eol) }],
          preferred: false,
        };
        finding.fixes = [fix];
      }
      out.push(finding);
    }
    return out;
  },
};

/** The national tables are required: a national format, or no table at all under national headings. */
function tablesRequired(model: ReportModel): boolean {
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
      return REQUIRED.filter((req) => sectionHeading(model, req.section.tiers) !== undefined).length >= 2;
    }
  }
}

/** The section holds text but no table: the table was replaced by a sentence. */
function onlyProse(model: ReportModel, heading: Heading, lines: readonly string[]): boolean {
  const s = sectionOf(model, heading);
  const end = s ? s.range.end.line : heading.line;
  if (model.tables.some((t) => t.firstLine > heading.line && t.firstLine <= end)) return false;
  // A run-in heading's paragraph, or any line after the heading.
  if (!isBlank((lines[heading.line] ?? '').slice(heading.range.end.character).replace(/^[。.]/, ''))) return true;
  for (let l = heading.line + 1; l <= end; l++) if (!isBlank(lines[l] ?? '')) return true;
  return false;
}
