// heading-title: a top-level section title that differs from the national format's title for its
// number (国办公开办函〔2019〕60号 and 〔2021〕30号 prescribe the same six). A wording variant — a known
// one (`政府信息公开行政复议和行政诉讼情况`), or the title with 与, 和, 及 or 以及 for 、 (and the other way
// round), (or a comma), or with 政府信息公开(工作) added or left out — is information; a title one character off the
// standard one that is no such variant is a typo (`行政法复议`: a character that changes the meaning), a warning. The fix writes the
// standard title; it is preferred where the title is a variant, a typo or plainly the same section
// by its keywords, not where the title is about something else.
//
// Only for reports in a national format: a hybrid gets one report-format finding instead, and a
// title that is another standard section's (a section out of place) is section-missing's.
import { defineRule } from '../rule-api';
import { editDistance, isNational, STANDARD_SECTIONS, standardOf } from '../standard';
import { normLabel } from '../text';
import { changed, sampleReport } from '../examples';

export const headingTitle = defineRule({
  id: 'heading-title',
  severity: 'information',
  fix: 'safe',
  messages: {
    'heading-title.variant': {
      zh: '标题“{actual}”与国家格式的第{n:cn}部分标题“{expected}”不一致',
      en: 'The title "{actual}" differs from the national format\'s title for section {n}, "{expected}"',
    },
    'heading-title.typo': {
      zh: '标题“{actual}”疑有错字，国家格式的第{n:cn}部分标题为“{expected}”',
      en: 'The title "{actual}" looks mistyped; the national format\'s title for section {n} is "{expected}"',
      severity: 'warning',
    },
    'fix.standard-title': { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
  },
  docs: {
    summary: {
      zh: '一级标题与国家格式规定的标题不一致，或有错字',
      en: 'A top-level title differs from the national format\'s title for its number, or has a typo',
    },
    rationale: {
      zh: '国家格式规定了六个部分的标题；用词不同的标题只是提示，但一字之差改变了意思的（如“行政法复议”）是错字，应当改正。',
      en: 'The national format prescribes the six section titles; a reworded title is a hint, but a one-character slip that changes the meaning (行政法复议) is a typo to correct.',
    },
    examples: [{ bad: changed(sampleReport(), '四、政府信息公开行政复议', '四、政府信息公开行政法复议'), good: sampleReport() }],
  },
  check(ctx) {
    const model = ctx.model;
    if (!isNational(model)) return;
    let position = 0;
    for (const section of model.sections) {
      const h = section.heading;
      if (h.level !== 1) continue;
      position++;
      // Its place among the top-level sections, not its ordinal: a wrong number is heading-sequence's.
      const n = position;
      const std = STANDARD_SECTIONS[n - 1];
      if (!std) continue;
      const t = normLabel(h.title);
      if (t === std.title) continue;
      const same = standardOf(t);
      if (same && same !== std) continue; // another section's title: out of place, not mistitled
      // A wording variant: a listed one, or the title with its conjunctions written otherwise (与, 和, 及 for
      // 、) or with 政府信息公开工作 added (`政府信息公开工作存在的主要问题及改进情况`).
      const known = [std.title, ...std.variants];
      const worded = wording(t);
      const variant = std.variants.includes(t) || known.some((x) => wording(x) === worded);
      const distance = Math.min(...known.map((x) => editDistance(t, x, 1)));
      const typo = !variant && t.length >= 4 && distance <= 1;
      const fixes = [{ title: ctx.message('fix.standard-title', { expected: std.title }), edits: [{ range: h.titleRange, newText: std.title }], preferred: variant || typo || same === std }];
      ctx.report(typo ? 'heading-title.typo' : 'heading-title.variant', { actual: h.title, expected: std.title, n }, h.titleRange, { fixes });
    }
  },
});

/** A title as its wording is compared: conjunctions as one, 政府信息公开(工作) and 本机关 dropped, 的 dropped. */
function wording(title: string): string {
  return title.replace(/以及|与|和|及|、|，|,/g, '、').replace(/政府信息公开工作|政府信息公开|本机关|本单位|的/g, '');
}
