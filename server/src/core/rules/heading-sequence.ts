// heading-sequence: among sibling headings (same parent, same level) the ordinals run 一、二、三… (or
// （一）（二）…, 1. 2. …): one out of order, skipped or repeated is reported once per list, at the first
// heading whose number is not its position; the fix (preferred) renumbers it and every later sibling
// whose number is not its position, so that one repair leaves the list right. It is underlined on that
// first ordinal, with the space after it that the fix removes. A heading without an ordinal keeps its
// place in the count (heading-style reports it).
//
// A skip is not reported when a line between the two siblings starts with the missing ordinal: the
// heading is there, only too long or too odd to be read as one, and renumbering would be wrong; nor at
// the top level when the heading after the gap is numbered as the standard section its title names (the
// section before it is absent: section-missing says so).
import type { TextEdit } from '../findings';
import { ordinalBetween } from '../headings';
import { ordinalRange } from '../numbering';
import { defineRule } from '../rule-api';
import { headingName, numberedAsStandard, renderOrdinal } from '../standard';
import { changed, sampleReport } from '../examples';

export const headingSequence = defineRule({
  id: 'heading-sequence',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'heading-sequence.repeated': {
      zh: '序号“{actual}”与上一个同级标题重复，应为“{expected}”',
      en: 'The ordinal "{actual}" repeats the previous sibling\'s; it should be "{expected}"',
    },
    'heading-sequence.skipped': {
      zh: '序号“{actual}”跳过了“{missing}”，应为“{expected}”',
      en: 'The ordinal "{actual}" skips "{missing}"; it should be "{expected}"',
    },
    'heading-sequence.order': {
      zh: '序号“{actual}”顺序颠倒，应为“{expected}”',
      en: 'The ordinal "{actual}" is out of order; it should be "{expected}"',
    },
    'heading-sequence.previous': { zh: '上一个同级标题：{heading}', en: 'The previous sibling: {heading}' },
    'fix.renumber': { zh: '重新编号（{count} 处）', en: 'Renumber ({count} headings)' },
  },
  docs: {
    summary: {
      zh: '同级标题的序号顺序颠倒、跳号或重复',
      en: 'Sibling headings numbered out of order, with a gap, or twice',
    },
    rationale: {
      zh: '跳号或重号的序号让读者以为漏了一节或多了一节，也常是删改段落后留下的痕迹；一次修复把整组序号重排正确。',
      en: 'A skipped or repeated ordinal makes a reader look for a section that is not there, and is often what an edit left behind; one fix renumbers the whole list.',
    },
    examples: [{ bad: changed(sampleReport(), '（二）依申请公开情况', '（三）依申请公开情况'), good: sampleReport() }],
  },
  check(ctx) {
    const { lines, cells } = ctx;
    for (const list of ctx.siblingLists) {
      const items = list.items;
      const first = items.findIndex((it) => it.heading.ordinal !== undefined && it.heading.ordinal.value !== it.position);
      const item = items[first];
      const o = item?.heading.ordinal;
      if (!item || !o) continue;
      const prev = items[first - 1];
      const prevValue = prev ? (prev.heading.ordinal?.value ?? prev.position) : 0;
      const kind = o.value === prevValue ? 'repeated' : o.value > item.position ? 'skipped' : 'order';
      // The missing heading is there, in any style, only not read as one.
      if (kind === 'skipped' && ordinalBetween(lines, cells, prev?.heading.line ?? -1, item.heading.line, (p) => p.value === item.position)) continue;
      // A top-level heading numbered as the standard section its title names (五、存在的主要问题…) after a
      // gap is right: the section before it is absent (section-missing's finding), renumbering would be wrong.
      if (kind === 'skipped' && list.level === 1 && numberedAsStandard(item.heading.title, o.value)) continue;
      const edits: TextEdit[] = [];
      for (const it of items.slice(first)) {
        if (it.heading.ordinal && it.heading.ordinal.value !== it.position && it.edit) edits.push(it.edit);
      }
      ctx.report(
        `heading-sequence.${kind}`,
        { actual: o.text, expected: item.target, missing: renderOrdinal(item.position, o.style, o.halfWidthBrackets) },
        // Its own ordinal with the space the fix removes after it; the later siblings it renumbers follow from it.
        ordinalRange(item) ?? o.range,
        {
          ...(prev ? { related: [{ range: prev.heading.range, message: ctx.message('heading-sequence.previous', { heading: headingName(prev.heading) }) }] } : {}),
          fixes: [{ title: ctx.message('fix.renumber', { count: edits.length }), edits, preferred: true }],
        },
      );
    }
  },
});
