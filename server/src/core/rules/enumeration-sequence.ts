// enumeration-sequence: `一是…二是…三是…` items inside prose. A list starts at 一是 and ends at a heading;
// every break in it is reported: each run of items (continuing each other, in one paragraph) whose numbers
// are not their positions, with a fix (preferred) that renumbers that run, never another paragraph's items
// (`1.` `2.` items are no part of such a list: they are read as headings or left alone, never given 是). An item
// whose 是 is missing (`一以群众需求为目标…`, `二加强培训…`, seed 004) is reported on its own, with a fix
// (preferred) that inserts 是. A list that starts above 一 is not reported: its first item may sit in a
// heading's paragraph, where items are not read.
import type { TextEdit } from '../findings';
import type { Enumeration } from '../model';
import { defineRule } from '../rule-api';
import { toChineseNumeral } from '../text';
import { changed, sampleReport } from '../examples';

export const enumerationSequence = defineRule({
  id: 'enumeration-sequence',
  severity: 'information',
  fix: 'safe',
  messages: {
    'enumeration-sequence.order': {
      zh: '“{actual}”接在“{previous}”之后，应为“{expected}”',
      en: '"{actual}" follows "{previous}"; it should be "{expected}"',
    },
    'enumeration-sequence.position': {
      zh: '“{actual}”是本列举的第{n:cn}项，应为“{expected}”',
      en: '"{actual}" is item {n} of its enumeration; it should be "{expected}"',
    },
    'enumeration-sequence.unmarked': {
      zh: '列举项“{numeral}…”漏写了“是”，应为“{numeral}是…”',
      en: 'The item "{numeral}…" lacks 是; write "{numeral}是…"',
    },
    'enumeration-sequence.previous': { zh: '上一项：“{item}”', en: 'The previous item: "{item}"' },
    'fix.renumber-items': { zh: '重新编号（{count} 处）', en: 'Renumber ({count} items)' },
    'fix.insert-shi': { zh: '改为“{numeral}是”', en: 'Change to "{numeral}是"' },
  },
  docs: {
    summary: {
      zh: '“一是……二是……”的序号顺序有误，或漏写了“是”',
      en: 'A 一是…二是… enumeration out of sequence, or with 是 left out',
    },
    rationale: {
      zh: '“一是……二是……三是”是公文列举的常用写法；重号、跳号或漏写“是”，多是修改时留下的，读来像漏了一条。',
      en: '一是…二是…三是 is how official prose lists its points; a repeated or skipped numeral, or a missing 是, is usually left by an edit and reads as if a point were lost.',
    },
    examples: [{ bad: changed(sampleReport(), '二是开展在线访谈', '三是开展在线访谈'), good: sampleReport() }],
  },
  check(ctx) {
    const model = ctx.model;
    const headingLines = model.headings.map((h) => h.line);
    let list: Enumeration[] = [];
    const flush = () => {
      reportSequence(list);
      list = [];
    };
    /**
     * Every break in a list from 一 on. The list is cut into runs: items that continue each other as written
     * (each one more than the one before) in one paragraph. A run whose numbers are not its items' positions
     * in the list is one finding, at its first item, with a fix (preferred) that renumbers that run alone —
     * never an item of another paragraph or another list (`一是…三是…三是`: the first 三 is the break; the
     * second, right once the first is, is none).
     */
    const reportSequence = (items: readonly Enumeration[]): void => {
      if (items[0]?.value !== 1) return;
      const shi = (x: Enumeration) => toChineseNumeral(x.value) + (x.marked ? '是' : '');
      // The runs after the first item, each with the item before it; an item's index is its position less one.
      const runs: { prev: Enumeration; first: Placed; all: Placed[] }[] = [];
      let before: Enumeration | undefined;
      for (const [index, item] of items.entries()) {
        const run = runs.at(-1);
        if (before && run && item.line === before.line && item.value === before.value + 1) run.all.push({ item, index });
        else if (before) runs.push({ prev: before, first: { item, index }, all: [{ item, index }] });
        before = item;
      }
      for (const { prev, first, all } of runs) {
        const { item: e, index: start } = first;
        if (e.value === start + 1) continue;
        const edits: TextEdit[] = all.filter(({ item, index }) => item.value !== index + 1).map(({ item, index }) => ({ range: numeralRange(item), newText: toChineseNumeral(index + 1) }));
        const expected = toChineseNumeral(start + 1) + (e.marked ? '是' : '');
        const more = {
          related: [{ range: prev.range, message: ctx.message('enumeration-sequence.previous', { item: shi(prev) }) }],
          fixes: [{ title: ctx.message('fix.renumber-items', { count: edits.length }), edits, preferred: true }],
        };
        // Named after the item before it where that one is right; else by its position.
        if (prev.value === start) ctx.report('enumeration-sequence.order', { actual: shi(e), previous: shi(prev), expected }, numeralRange(e), more);
        else ctx.report('enumeration-sequence.position', { actual: shi(e), n: start + 1, expected }, numeralRange(e), more);
      }
    };
    let h = 0;
    for (const e of model.enumerations) {
      let crossed = false;
      for (let next = headingLines[h]; next !== undefined && next <= e.line; next = headingLines[++h]) crossed = true;
      if (crossed || e.value === 1) flush();
      list.push(e);
      if (!e.marked) {
        const numeral = toChineseNumeral(e.value);
        const at = e.range.end;
        ctx.report('enumeration-sequence.unmarked', { numeral }, e.range, {
          fixes: [{ title: ctx.message('fix.insert-shi', { numeral }), edits: [{ range: { start: at, end: at }, newText: '是' }], preferred: true }],
        });
      }
    }
    flush();
  },
});

/** An item of a list and its index in it. */
interface Placed {
  item: Enumeration;
  index: number;
}

/** The numeral's own range (without 是). */
const numeralRange = (e: Enumeration) => (e.marked ? { start: e.range.start, end: { line: e.range.end.line, character: e.range.end.character - 1 } } : e.range);
