// section-content: a section of the 2021 format that lacks what the format requires it to say. The
// 2021 format (国办公开办函〔2021〕30号) asks 六、其他需要报告的事项 to state the 信息处理费 collected
// (《政府信息公开信息处理费管理办法》): a 2021-format report whose section 六 never mentions 信息处理费 (or
// 处理费, or fees collected or not in other words: `未收取任何费用`, `未发出收费通知`) gets one information finding
// at that heading. No fix: only the author knows what was collected.
import { defineRule } from '../rule-api';
import { headingName, STANDARD_SECTIONS } from '../standard';
import { changed, sampleReport } from '../examples';

/** The section states the fees: 信息处理费, or what was (not) collected (`未收取任何费用`,
 * `未收取政府信息公开申请费用`, `无相关费用收取`, `收费通知`, `均免费提供`). */
const FEES = /处理费|收取[^。；]{0,12}?费|费用收取|收费|免费/;

export const sectionContent = defineRule({
  id: 'section-content',
  severity: 'information',
  fix: 'none',
  messages: {
    'section-content.fee': {
      zh: '“{heading}”未说明信息处理费的收取情况（2021 年格式要求）',
      en: '"{heading}" does not state the information processing fees (信息处理费) collected, as the 2021 format requires',
    },
  },
  docs: {
    summary: {
      zh: '国家格式要求某部分说明的内容缺失（2021 年格式：第六部分应说明信息处理费的收取情况）',
      en: 'A section lacks what the national format requires it to state (2021 format: section 6 states the information processing fees collected)',
    },
    rationale: {
      zh: '2021 年格式要求在“其他需要报告的事项”中说明按《政府信息公开信息处理费管理办法》收取信息处理费的情况；没有收取也应写明。',
      en: 'The 2021 format requires section 六 to state the information processing fees collected under the fee rules (政府信息公开信息处理费管理办法) — and to say so when none were.',
    },
    examples: [{ bad: changed(sampleReport(), '本年度未收取信息处理费。', '本年度无其他需要报告的事项。'), good: sampleReport() }],
  },
  check(ctx) {
    if (ctx.model.format !== '2021') return;
    const h = ctx.sections.heading(STANDARD_SECTIONS[5].tiers);
    const s = h && ctx.sections.of(h);
    if (!h || !s) return;
    // The section's lines as one text: a paragraph broken mid-word by the conversion (`信息处理` / `费。`) still says it.
    if (FEES.test(ctx.lines.slice(s.range.start.line, s.range.end.line + 1).join(''))) return;
    ctx.report('section-content.fee', { heading: headingName(h) }, h.range);
  },
});
