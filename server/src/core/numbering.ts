// The numbering the headings should have: for each list of sibling headings (same parent, same level;
// below the top level a heading numbered 1 starts a new list),
// each heading's position and the ordinal it should carry — its level's style (its own where that is
// right) and its position as the number. heading-style and heading-sequence report the differences;
// their fixes write the same ordinal text over the same range, so that fix-all applies them together.
import type { TextEdit } from './findings';
import type { Heading, HeadingLevel, Range, ReportModel, Section } from './model';
import { ordinalFits, renderOrdinal, styleForLevel } from './standard';

export interface NumberedHeading {
  heading: Heading;
  /** 1-based position among its siblings of the same level. */
  position: number;
  /** The ordinal it should carry (`三、`, `（四）`, `2.`). */
  target: string;
  /** The style is right for the level (a heading with no ordinal has none to be right). */
  styleFits: boolean;
  /** The edit that writes `target`: over the ordinal and the space after it, or inserted before the
   * title; undefined when the heading already reads so. */
  edit?: TextEdit;
}

export interface SiblingList {
  level: HeadingLevel;
  parent?: Heading;
  items: NumberedHeading[];
}

/** Every list of sibling headings, top level first, then depth first in document order. */
export function siblingLists(model: ReportModel, lines: readonly string[]): SiblingList[] {
  const out: SiblingList[] = [];
  const visit = (sections: readonly Section[], parent: Heading | undefined): void => {
    const byLevel = new Map<HeadingLevel, Heading[]>();
    for (const s of sections) {
      const list = byLevel.get(s.heading.level) ?? [];
      list.push(s.heading);
      byLevel.set(s.heading.level, list);
    }
    for (const [level, headings] of byLevel) {
      // Below the top level, a heading numbered 1 after others starts a new list (under 五、, problems
      // （一）（二） then measures （一）（二）): the lists are numbered each on their own.
      const runs: Heading[][] = [];
      let run: Heading[] | undefined;
      for (const h of headings) {
        if (!run || (level > 1 && h.ordinal?.value === 1)) runs.push((run = []));
        run.push(h);
      }
      for (const run of runs) {
        const list: SiblingList = { level, items: run.map((h, i) => numbered(h, i + 1, lines)) };
        if (parent) list.parent = parent;
        out.push(list);
      }
    }
    for (const s of sections) visit(s.children, s.heading);
  };
  visit(model.sections, undefined);
  return out;
}

/** Where a heading's ordinal is underlined: the ordinal with the space after it that its edit removes
 * (`1、 总体情况`: `1、 `, rewritten `一、`), so that the underline is no narrower than the fix; the ordinal
 * alone where the edit removes nothing after it. */
export function ordinalRange(item: NumberedHeading): Range | undefined {
  const o = item.heading.ordinal;
  if (!o) return undefined;
  const end = item.edit?.range.end;
  return end && end.line === o.range.end.line && end.character > o.range.end.character ? { start: o.range.start, end } : o.range;
}

function numbered(h: Heading, position: number, lines: readonly string[]): NumberedHeading {
  const o = h.ordinal;
  const target = renderOrdinal(position, styleForLevel(h.level, o), o?.halfWidthBrackets ?? false);
  const item: NumberedHeading = { heading: h, position, target, styleFits: o !== undefined && ordinalFits(h.level, o) };
  const range: Range = o
    ? { start: o.range.start, end: h.titleRange.start }
    : { start: h.titleRange.start, end: h.titleRange.start };
  const current = o ? (lines[h.line] ?? '').slice(range.start.character, range.end.character) : '';
  if (current !== target) item.edit = { range, newText: target };
  return item;
}
