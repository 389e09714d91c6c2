// title-incomplete: the title should name the agency, the year and 政府信息公开 (工作年度报告): seed 001's
// `政府信息公开工作年度报告` names neither agency nor year, seed 004's `…政府信息工作年度报告` lacks 公开.
// One finding naming everything missing; no fix (only the author knows the agency's name).
import { defineRule } from '../rule-api';
import { normLabel } from '../text';
import { changed, sampleReport } from '../examples';

export const titleIncomplete = defineRule({
  id: 'title-incomplete',
  severity: 'information',
  fix: 'none',
  messages: {
    'title-incomplete': { zh: '标题“{title}”缺少{missing}', en: 'The title "{title}" lacks {missing}' },
    'title-incomplete.none': {
      zh: '未找到标题（应为“××（机关）××××年政府信息公开工作年度报告”）',
      en: 'No title found (it should read "<agency> <year>年政府信息公开工作年度报告")',
    },
    'part.agency': { zh: '机关名称', en: 'the agency' },
    'part.year': { zh: '年度', en: 'the year' },
    'part.disclosure': { zh: '“政府信息公开”', en: '"政府信息公开"' },
  },
  docs: {
    summary: {
      zh: '标题缺少机关名称、年度或“政府信息公开”',
      en: 'The title lacks the agency, the year or 政府信息公开',
    },
    rationale: {
      zh: '年报标题应写明是哪个机关、哪一年度的政府信息公开工作年度报告；标题不全，读者在网站和汇总中无法辨认，跨年比较也无法配对。',
      en: 'The title names whose report it is and for which year; without them readers cannot tell reports apart on a website or in a collection, and the reports of consecutive years cannot be paired.',
    },
    examples: [{ bad: changed(sampleReport(), '某某市某某局2022年政府信息公开工作年度报告', '政府信息公开工作年度报告'), good: sampleReport() }],
  },
  check(ctx) {
    const t = ctx.model.title;
    if (!t) {
      const first = ctx.lines[0] ?? '';
      ctx.report('title-incomplete.none', {}, { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } });
      return;
    }
    const missing = [];
    if (!t.agency) missing.push(ctx.message('part.agency', {}));
    if (t.year === undefined) missing.push(ctx.message('part.year', {}));
    if (!normLabel(t.text).includes('政府信息公开')) missing.push(ctx.message('part.disclosure', {}));
    if (missing.length) ctx.report('title-incomplete', { title: t.text, missing }, t.range);
  },
});
