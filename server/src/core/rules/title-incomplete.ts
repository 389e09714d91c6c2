// title-incomplete: the title should name the agency, the year and 政府信息公开 (工作年度报告): seed 001's
// `政府信息公开工作年度报告` names neither agency nor year, seed 004's `…政府信息工作年度报告` lacks 公开.
// One finding naming everything missing; no fix (only the author knows the agency's name).
import type { Finding } from '../findings';
import { normLabel, splitLines } from '../text';
import type { Rule } from './types';

const PARTS = {
  agency: { zh: '机关名称', en: 'the agency' },
  year: { zh: '年度', en: 'the year' },
  disclosure: { zh: '“政府信息公开”', en: '"政府信息公开"' },
};

export const titleIncomplete: Rule = {
  id: 'title-incomplete',
  severity: 'information',
  fixable: false,
  description: {
    zh: '标题缺少机关名称、年度或“政府信息公开”',
    en: 'The title lacks the agency, the year or 政府信息公开',
  },
  messages: {
    'title-incomplete': { zh: '标题“{title}”缺少{missing}', en: 'The title "{title}" lacks {missingEn}' },
    'title-incomplete.none': {
      zh: '未找到标题（应为“××（机关）××××年政府信息公开工作年度报告”）',
      en: 'No title found (it should read "<agency> <year>年政府信息公开工作年度报告")',
    },
  },
  check(model, text) {
    const t = model.title;
    if (!t) {
      const first = splitLines(text)[0] ?? '';
      return [{ rule: 'title-incomplete', severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } }, message: { id: 'title-incomplete.none', args: {} } }];
    }
    const missing: (keyof typeof PARTS)[] = [];
    if (!t.agency) missing.push('agency');
    if (t.year === undefined) missing.push('year');
    if (!normLabel(t.text).includes('政府信息公开')) missing.push('disclosure');
    if (!missing.length) return [];
    const finding: Finding = {
      rule: 'title-incomplete',
      severity: 'information',
      range: t.range,
      message: {
        id: 'title-incomplete',
        args: { title: t.text, missing: missing.map((m) => PARTS[m].zh).join('、'), missingEn: missing.map((m) => PARTS[m].en).join(' and ') },
      },
    };
    return [finding];
  },
};
