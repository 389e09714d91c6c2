// heading-style: a heading's ordinal is not written as its level wants — `1、 总体情况` or `6、` among
// 一、二、 (level 1 wants `一、`), `（4）` among （一）（二）(level 2 wants `（四）`), `一基本情况` (no 、),
// `一.` — or a standard section heading has no ordinal at all (`总体情况`). The fix writes the ordinal
// the heading should carry (numbering.ts), preferred: the number is its position among its siblings.
import type { Finding } from '../findings';
import { siblingLists } from '../numbering';
import { renderOrdinal, styleForLevel } from '../standard';
import { splitLines } from '../text';
import type { Rule } from './types';

const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];
const LEVEL_NAMES_EN = ['', 'first', 'second', 'third', 'fourth'];

export const headingStyle: Rule = {
  id: 'heading-style',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '标题序号的写法不符合其层级（一、→（一）→1.→（1）），缺少“、”，或国家格式的一级标题没有序号',
    en: "A heading's ordinal is not written as its level wants (一、→（一）→1.→（1）), lacks 、, or a standard section heading has none",
  },
  messages: {
    'heading-style.form': {
      zh: '“{actual}”是{wrongLevel}标题的序号写法，此处是{level}标题，应写作“{expected}”',
      en: '"{actual}" is the ordinal form of a {wrongLevelEn}-level heading; this {levelEn}-level heading should read "{expected}"',
    },
    'heading-style.separator': {
      zh: '序号“{actual}”应写作“{expected}”（中文数字后用顿号“、”）',
      en: 'The ordinal "{actual}" should read "{expected}" (a Chinese numeral takes 、)',
    },
    'heading-style.missing': {
      zh: '“{title}”是国家格式的一级标题，缺少序号“{expected}”',
      en: '"{title}" is a top-level section of the national format but has no ordinal; write "{expected}"',
    },
    'fix.rewrite-ordinal': { zh: '改为“{text}”', en: 'Change to "{text}"' },
    'fix.insert-ordinal': { zh: '加上序号“{text}”', en: 'Insert the ordinal "{text}"' },
  },
  check(model, text) {
    const lines = splitLines(text);
    const out: Finding[] = [];
    for (const list of siblingLists(model, lines)) {
      for (const item of list.items) {
        const h = item.heading;
        const o = h.ordinal;
        if (item.styleFits || !item.edit) continue;
        if (!o) {
          out.push({
            rule: 'heading-style',
            severity: 'warning',
            range: h.titleRange,
            message: { id: 'heading-style.missing', args: { title: h.title, expected: item.target } },
            fixes: [{ title: { id: 'fix.insert-ordinal', args: { text: item.target } }, edits: [item.edit], preferred: true }],
          });
          continue;
        }
        // The ordinal as the report writes it, but in the right style for the level (its own number).
        const ownForm = renderOrdinal(o.value, styleForLevel(list.level, o), o.halfWidthBrackets);
        const sameFamily = o.styleLevel === list.level;
        out.push({
          rule: 'heading-style',
          severity: 'warning',
          range: o.range,
          message: sameFamily
            ? { id: 'heading-style.separator', args: { actual: o.text, expected: ownForm } }
            : {
                id: 'heading-style.form',
                args: {
                  actual: o.text,
                  expected: ownForm,
                  wrongLevel: LEVEL_NAMES[o.styleLevel]!,
                  wrongLevelEn: LEVEL_NAMES_EN[o.styleLevel]!,
                  level: LEVEL_NAMES[list.level]!,
                  levelEn: LEVEL_NAMES_EN[list.level]!,
                },
              },
          fixes: [{ title: { id: 'fix.rewrite-ordinal', args: { text: item.target } }, edits: [item.edit], preferred: true }],
        });
      }
    }
    return out;
  },
};
