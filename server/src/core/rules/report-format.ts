// report-format: the report does not follow a national format. A hybrid (2019 tables beside the old
// 统计表 and old sections, seeds 001 and 004) or a report in the pre-2019 style gets ONE information
// finding, at the title, listing in its related information what is old-style (the 统计表, the sections
// that are no section of the national outline) — instead of a finding for every old heading. A report
// for 2021 or later that uses the 2019 tables gets one too: the 2021 format (国办公开办函〔2021〕30号)
// applies from the 2021 reports on. A report in the 2021 format with one table still in the 2019 layout
// (表三 with a single （六）其他处理 row beside the 2021 表二) gets one at that table.
import type { RelatedInformation } from '../findings';
import { tableTitle } from '../labels';
import { defineRule } from '../rule-api';
import { headingName, START, standardOf } from '../standard';
import { sampleReport } from '../examples';

export const reportFormat = defineRule({
  id: 'report-format',
  severity: 'information',
  fix: 'none',
  messages: {
    'report-format.hybrid': {
      zh: '本报告未完全采用国家规定的格式（国办公开办函〔2019〕60号）：混用了旧式统计表或章节',
      en: 'This report does not fully follow the national format (国办公开办函〔2019〕60号): it mixes in the old statistics table or sections',
    },
    'report-format.pre-2019': {
      zh: '本报告采用 2019 年以前的旧格式（统计指标·单位·统计数），未采用国家规定的格式',
      en: 'This report uses the pre-2019 style (统计指标·单位·统计数), not the national format',
    },
    'report-format.outdated': {
      zh: '{year}年度报告应采用 2021 年格式（国办公开办函〔2021〕30号），此处使用的是 2019 年格式的表格',
      en: 'A report for {year} should use the 2021 format (国办公开办函〔2021〕30号); its tables are in the 2019 format',
    },
    'report-format.mixed': {
      zh: '{table}使用的是 2019 年格式（国办公开办函〔2019〕60号），而本报告的其他表格采用 2021 年格式',
      en: '{table} is in the 2019 format (国办公开办函〔2019〕60号) while the report\'s other tables are in the 2021 format',
    },
    'report-format.setting': {
      zh: '设置指定采用 {setting} 年格式（format），但{tables}使用的是 {read} 年格式',
      en: 'The format setting says {setting}, but {tables} are in the {read} format',
    },
    'report-format.old-table': { zh: '旧式表格：{name}', en: 'Old-style table: {name}' },
    'report-format.old-section': { zh: '非国家格式的部分：{title}', en: 'Not a section of the national format: {title}' },
  },
  docs: {
    summary: {
      zh: '报告未采用国家规定的格式（混用旧式统计表和章节，或年份已应使用 2021 年格式）',
      en: 'The report does not follow the national format (old tables and sections mixed in, or the 2019 tables in a 2021+ report)',
    },
    rationale: {
      zh: '国办公开办函〔2019〕60号和〔2021〕30号规定了年报的章节和表格；沿用旧式统计表或章节，读者和上级无法按统一口径比较、汇总。旧格式只报一条，不逐个标题报错。',
      en: 'The national formats (国办公开办函〔2019〕60号, 〔2021〕30号) fix the sections and tables of every report; old tables or sections cannot be compared or added up on the same basis. An old-style report gets one finding, not one per heading.',
    },
    examples: [{ bad: sampleReport({ format: '2019', year: 2022 }), good: sampleReport({ format: '2021', year: 2022 }) }],
  },
  check(ctx) {
    const model = ctx.model;
    const range = model.title?.range ?? START;
    // The `format` setting overrides the tables: where they tell the other national format, say that (once),
    // not that the tables are mixed or out of date.
    const read = model.formatRead;
    if (read === '2019' || read === '2021') {
      const tables = model.tables.filter((t) => t.format === read).map(tableTitle);
      ctx.report('report-format.setting', { setting: model.format, read, tables }, range);
      return;
    }
    if (model.format === '2019' && model.title?.year !== undefined && model.title.year >= 2021) {
      ctx.report('report-format.outdated', { year: model.title.year }, range);
      return;
    }
    if (model.format === '2021') {
      for (const t of model.tables) if (t.format === '2019') ctx.report('report-format.mixed', { table: tableTitle(t) }, t.cells[0]?.range ?? t.range);
      return;
    }
    if (model.format !== 'hybrid' && model.format !== 'pre-2019') return;
    const related: RelatedInformation[] = [];
    for (const t of model.tables) {
      if (t.kind === 'stats') related.push({ range: t.cells[0]?.range ?? t.range, message: ctx.message('report-format.old-table', { name: t.name }) });
    }
    for (const s of model.sections) {
      if (s.heading.level === 1 && !standardOf(s.heading.title)) {
        related.push({ range: s.heading.range, message: ctx.message('report-format.old-section', { title: headingName(s.heading) }) });
      }
    }
    related.sort((a, b) => a.range.start.line - b.range.start.line);
    ctx.report(`report-format.${model.format}`, {}, range, related.length ? { related } : undefined);
  },
});
