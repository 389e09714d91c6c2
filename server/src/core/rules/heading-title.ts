// heading-title: a top-level section title that differs from the national format's title for its
// number (国办公开办函〔2019〕60号 and 〔2021〕30号 prescribe the same six). A known wording variant
// (`政府信息公开行政复议和行政诉讼情况`) is information; a title one character off the
// standard one that is no known variant is a typo (`行政法复议`), a warning. The fix writes the
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
      const variant = std.variants.includes(t);
      const distance = Math.min(...[std.title, ...std.variants].map((x) => editDistance(t, x, 1)));
      const typo = !variant && t.length >= 4 && distance <= 1;
      const fixes = [{ title: ctx.message('fix.standard-title', { expected: std.title }), edits: [{ range: h.titleRange, newText: std.title }], preferred: variant || typo || same === std }];
      ctx.report(typo ? 'heading-title.typo' : 'heading-title.variant', { actual: h.title, expected: std.title, n }, h.titleRange, { fixes });
    }
  },
});
