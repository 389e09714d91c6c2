// section-content: a section of the 2021 format that lacks what the format requires it to say. The
// 2021 format (国办公开办函〔2021〕30号) asks 六、其他需要报告的事项 to state the 信息处理费 collected
// (《政府信息公开信息处理费管理办法》): a 2021-format report whose section 六 never mentions 信息处理费 (or
// 处理费, or fees collected or not in other words: `未收取任何费用`, `未发出收费通知`) gets one information finding
// at that heading. No fix: only the author knows what was collected.
import type { Finding } from '../findings';
import { headingName, sectionHeading, sectionOf, STANDARD_SECTIONS } from '../standard';
import { splitLines } from '../text';
import type { Rule } from './types';

/** The section states the fees: 信息处理费, or what was (not) collected (`未收取任何费用`,
 * `未收取政府信息公开申请费用`, `无相关费用收取`, `收费通知`, `均免费提供`). */
const FEES = /处理费|收取[^。；]{0,12}?费|费用收取|收费|免费/;

export const sectionContent: Rule = {
  id: 'section-content',
  severity: 'information',
  fixable: false,
  description: {
    zh: '国家格式要求某部分说明的内容缺失（2021 年格式：第六部分应说明信息处理费的收取情况）',
    en: 'A section lacks what the national format requires it to state (2021 format: section 6 states the information processing fees collected)',
  },
  messages: {
    'section-content.fee': {
      zh: '“{heading}”未说明信息处理费的收取情况（2021 年格式要求）',
      en: '"{heading}" does not state the information processing fees (信息处理费) collected, as the 2021 format requires',
    },
  },
  check(model, text) {
    if (model.format !== '2021') return [];
    const h = sectionHeading(model, STANDARD_SECTIONS[5]!.tiers);
    const s = h && sectionOf(model, h);
    if (!h || !s) return [];
    const lines = splitLines(text);
    // The section's lines as one text: a paragraph broken mid-word by the conversion (`信息处理` / `费。`) still says it.
    if (FEES.test(lines.slice(s.range.start.line, s.range.end.line + 1).join(''))) return [];
    const finding: Finding = {
      rule: 'section-content',
      severity: 'information',
      range: h.range,
      message: { id: 'section-content.fee', args: { heading: headingName(h) } },
    };
    return [finding];
  },
};
