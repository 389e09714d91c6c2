// heading-sequence: among sibling headings (same parent, same level) the ordinals run 一、二、三… (or
// （一）（二）…, 1. 2. …): one out of order, skipped or repeated is reported once per list, at the first
// heading whose number is not its position; the fix (preferred) renumbers it and every later sibling
// whose number is not its position, so that one repair leaves the list right. A heading without an
// ordinal keeps its place in the count (heading-style reports it).
//
// A skip is not reported when a line between the two siblings starts with the missing ordinal: the
// heading is there, only too long or too odd to be read as one, and renumbering would be wrong; nor at
// the top level when the heading after the gap is numbered as the standard section its title names (the
// section before it is absent: section-missing says so).
import type { Finding, TextEdit } from '../findings';
import { siblingLists } from '../numbering';
import { headingName, numberedAsStandard, renderOrdinal } from '../standard';
import { splitLines } from '../text';
import { ordinalBetween } from '../headings';
import type { Rule } from './types';

export const headingSequence: Rule = {
  id: 'heading-sequence',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '同级标题的序号顺序颠倒、跳号或重复',
    en: 'Sibling headings numbered out of order, with a gap, or twice',
  },
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
  check(model, text) {
    const lines = splitLines(text);
    const out: Finding[] = [];
    for (const list of siblingLists(model, lines)) {
      const items = list.items;
      const first = items.findIndex((it) => it.heading.ordinal !== undefined && it.heading.ordinal.value !== it.position);
      if (first < 0) continue;
      const item = items[first]!;
      const o = item.heading.ordinal!;
      const prev = items[first - 1];
      const prevValue = prev ? (prev.heading.ordinal?.value ?? prev.position) : 0;
      const kind = o.value === prevValue ? 'repeated' : o.value > item.position ? 'skipped' : 'order';
      // The missing heading is there, in any style, only not read as one.
      if (kind === 'skipped' && ordinalBetween(lines, prev?.heading.line ?? -1, item.heading.line, (p) => p.value === item.position)) continue;
      // A top-level heading numbered as the standard section its title names (五、存在的主要问题…) after a
      // gap is right: the section before it is absent (section-missing's finding), renumbering would be wrong.
      if (kind === 'skipped' && list.level === 1 && numberedAsStandard(item.heading.title, o.value)) continue;
      const edits: TextEdit[] = [];
      for (const it of items.slice(first)) {
        if (it.heading.ordinal && it.heading.ordinal.value !== it.position && it.edit) edits.push(it.edit);
      }
      const finding: Finding = {
        rule: 'heading-sequence',
        severity: 'warning',
        range: o.range,
        message: {
          id: `heading-sequence.${kind}`,
          args: {
            actual: o.text,
            expected: item.target,
            missing: renderOrdinal(item.position, o.style, o.halfWidthBrackets),
          },
        },
        fixes: [{ title: { id: 'fix.renumber', args: { count: edits.length } }, edits, preferred: true }],
      };
      if (prev) finding.related = [{ range: prev.heading.range, message: { id: 'heading-sequence.previous', args: { heading: headingName(prev.heading) } } }];
      out.push(finding);
    }
    return out;
  },
};
