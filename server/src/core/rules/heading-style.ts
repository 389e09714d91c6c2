// heading-style: a heading's ordinal is not written as its level wants — `1、 总体情况` or `6、` among
// 一、二、 (level 1 wants `一、`), `（4）` among （一）（二）(level 2 wants `（四）`), `一基本情况` (no 、),
// `一.` — or a standard section heading has no ordinal at all (`总体情况`). The fix writes the ordinal
// the heading should carry (numbering.ts), preferred: the number is its position among its siblings.
// The ordinal is underlined with the space after it that the fix removes (`1、 总体情况`: `1、 `).
import type { HeadingLevel } from '../model';
import { ordinalRange } from '../numbering';
import { defineRule } from '../rule-api';
import { renderOrdinal, styleForLevel } from '../standard';
import { changed, sampleReport } from '../examples';

export const headingStyle = defineRule({
  id: 'heading-style',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'heading-style.form': {
      zh: '“{actual}”是{wrongLevel}标题的序号写法，此处是{level}标题，应写作“{expected}”',
      en: '"{actual}" is the ordinal form of a {wrongLevel}-level heading; this {level}-level heading should read "{expected}"',
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
    'level.1': { zh: '一级', en: 'first' },
    'level.2': { zh: '二级', en: 'second' },
    'level.3': { zh: '三级', en: 'third' },
    'level.4': { zh: '四级', en: 'fourth' },
  },
  docs: {
    summary: {
      zh: '标题序号的写法不符合其层级（一、→（一）→1.→（1）），缺少“、”，或国家格式的一级标题没有序号',
      en: "A heading's ordinal is not written as its level wants (一、→（一）→1.→（1）), lacks 、, or a standard section heading has none",
    },
    rationale: {
      zh: '公文标题的层次序号依次为“一、”“（一）”“1.”“（1）”（《党政机关公文格式》）。序号写法错了，读者就分不清层级，大纲也会排错。',
      en: 'Official documents number their heading levels 一、, （一）, 1., （1） in that order (GB/T 9704). A wrong form hides the structure from the reader and puts the outline out of order.',
    },
    examples: [{ bad: changed(sampleReport(), '一、总体情况', '1、总体情况'), good: sampleReport() }],
  },
  check(ctx) {
    for (const list of ctx.siblingLists) {
      for (const item of list.items) {
        const h = item.heading;
        const o = h.ordinal;
        if (item.styleFits || !item.edit) continue;
        if (!o) {
          ctx.report('heading-style.missing', { title: h.title, expected: item.target }, h.titleRange, {
            fixes: [{ title: ctx.message('fix.insert-ordinal', { text: item.target }), edits: [item.edit], preferred: true }],
          });
          continue;
        }
        // The ordinal as the report writes it, but in the right style for the level (its own number).
        const ownForm = renderOrdinal(o.value, styleForLevel(list.level, o), o.halfWidthBrackets);
        const fixes = [{ title: ctx.message('fix.rewrite-ordinal', { text: item.target }), edits: [item.edit], preferred: true }];
        // The ordinal with the space the fix removes after it (`1、 `), not narrower than the fix.
        const range = ordinalRange(item) ?? o.range;
        if (o.styleLevel === list.level) ctx.report('heading-style.separator', { actual: o.text, expected: ownForm }, range, { fixes });
        else {
          const level = (l: HeadingLevel) => ctx.message(`level.${l}`, {});
          ctx.report('heading-style.form', { actual: o.text, expected: ownForm, wrongLevel: level(o.styleLevel), level: level(list.level) }, range, { fixes });
        }
      }
    }
  },
});
