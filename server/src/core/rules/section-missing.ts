// section-missing: a section of the national outline is absent (seed 004 has no 其他需要报告的事项), or,
// in a report in a national format, out of place (a standard section numbered as another, or placed
// under another section). Sections are found by their keywords at any level (standard.ts), so an old
// outline that holds 收到和处理政府信息公开申请情况 as `（一）` under another section still has it.
//
// An absent section's fix (offered, not preferred: its text must be written) inserts its heading where
// it belongs: after the section of the standard section before it — for the last section, before the
// closing signature — numbered after that section; or before the first section when it is 总体情况.
// Hybrid and undated reports are told only what is absent; a report in the pre-2019 style nothing.
import type { Fix } from '../findings';
import type { Heading, ReportModel, Section } from '../model';
import { defineRule } from '../rule-api';
import { bodyEnd, headingName, isNational, renderOrdinal, START, STANDARD_SECTIONS, standardOf } from '../standard';
import { changed, sampleReport } from '../examples';

/** With fewer standard sections found than this, the report does not follow the outline at all. */
const MIN_FOUND = 2;

export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'warning',
  fix: 'suggestion',
  messages: {
    'section-missing': {
      zh: '缺少第{n:cn}部分“{title}”（应在“{after}”之后）',
      en: 'Section {n}, "{title}", is missing (it belongs after "{after}")',
    },
    'section-missing.first': {
      zh: '缺少第{n:cn}部分“{title}”（应在“{before}”之前）',
      en: 'Section {n}, "{title}", is missing (it belongs before "{before}")',
    },
    'section-missing.none': {
      zh: '未找到国家格式的各部分标题（总体情况、主动公开政府信息情况……其他需要报告的事项）',
      en: 'None of the national outline\'s sections (总体情况 … 其他需要报告的事项) was found',
    },
    'section-missing.misplaced': {
      zh: '“{actual}”是国家格式的第{n:cn}部分，此处位于第{position:cn}部分',
      en: '"{actual}" is section {n} of the national format but stands as section {position} here',
    },
    'section-missing.nested': {
      zh: '“{actual}”是国家格式的第{n:cn}部分，应为一级标题，此处位于“{parent}”之下',
      en: '"{actual}" is section {n} of the national format and should be a top-level heading, not under "{parent}"',
    },
    'fix.insert-section': { zh: '插入标题“{heading}”', en: 'Insert the heading "{heading}"' },
  },
  docs: {
    summary: {
      zh: '缺少国家格式规定的部分（如“其他需要报告的事项”），或该部分位置不对',
      en: 'A section of the national outline is absent or out of place',
    },
    rationale: {
      zh: '国家格式规定年报依次包括六个部分；缺了一部分（常见的是“其他需要报告的事项”），报告就不完整，读者也找不到应在那里说明的内容，例如信息处理费的收取情况。',
      en: 'The national format prescribes six sections in order; a report without one of them (often 其他需要报告的事项) is incomplete, and what belongs there — the fees collected, for one — cannot be found.',
    },
    examples: [{ bad: changed(sampleReport(), '六、其他需要报告的事项\n\n本年度未收取信息处理费。\n', ''), good: sampleReport() }],
  },
  check(ctx) {
    const { model, lines } = ctx;
    if (!applies(model)) return;
    const found = STANDARD_SECTIONS.map((s) => ctx.sections.heading(s.tiers));
    const count = found.filter(Boolean).length;
    if (count < MIN_FOUND) {
      if (isNational(model)) ctx.report('section-missing.none', {}, model.title?.range ?? START);
      return;
    }
    STANDARD_SECTIONS.forEach((std, i) => {
      const h = found[i];
      if (h) {
        const m = isNational(model) ? misplaced(model, h, std.n) : undefined;
        const actual = headingName(h);
        if (m && 'nested' in m) ctx.report('section-missing.nested', { actual, n: std.n, parent: m.nested }, h.range);
        else if (m) ctx.report('section-missing.misplaced', { actual, n: std.n, position: m.position }, h.range);
        return;
      }
      // In a national report, the top-level section in its place with a title of no standard section is
      // this one, mistitled: heading-title's finding.
      const inPlace = model.sections.filter((s) => s.heading.level === 1)[i];
      if (isNational(model) && inPlace && !standardOf(inPlace.heading.title)) return;
      const before = found.slice(0, i).map((x) => x && topSection(model.sections, x)).filter((s): s is Section => s !== undefined).pop();
      const after = found.slice(i + 1).map((x) => x && topSection(model.sections, x)).find((s): s is Section => s !== undefined);
      const anchor = before ?? after;
      if (!anchor) return;
      const value = before ? (before.heading.ordinal?.value ?? model.sections.indexOf(before) + 1) + 1 : 1;
      const heading = renderOrdinal(value, 'cn-dun') + std.title;
      const eol = ctx.eol;
      const title = ctx.message('fix.insert-section', { heading });
      let fix: Fix;
      if (before) {
        const next = model.sections[model.sections.indexOf(before) + 1];
        const end = bodyEnd(lines, next ? next.heading.line - 1 : lines.length - 1);
        const at = { line: end, character: (lines[end] ?? '').length };
        fix = { title, edits: [{ range: { start: at, end: at }, newText: `${eol}${eol}${heading}` }], preferred: false };
      } else {
        const at = { line: anchor.heading.line, character: 0 };
        fix = { title, edits: [{ range: { start: at, end: at }, newText: `${heading}${eol}${eol}` }], preferred: false };
      }
      const name = headingName(anchor.heading);
      if (before) ctx.report('section-missing', { n: std.n, title: std.title, after: name }, anchor.heading.range, { fixes: [fix] });
      else ctx.report('section-missing.first', { n: std.n, title: std.title, before: name }, anchor.heading.range, { fixes: [fix] });
    });
  },
});

/** National reports; hybrids; and undated-or-recent reports with no recognised table. */
function applies(model: ReportModel): boolean {
  if (model.format === 'pre-2019') return false;
  if (model.format === 'unknown') return model.title?.year === undefined || model.title.year >= 2019;
  return true;
}

/** The top-level section holding a heading. */
function topSection(sections: readonly Section[], h: Heading): Section | undefined {
  return sections.find((s) => s.range.start.line <= h.line && h.line <= s.range.end.line);
}

/** A standard section in a national report that is numbered as another, or nested under another section. */
function misplaced(model: ReportModel, h: Heading, n: number): { nested: string } | { position: number } | undefined {
  if (h.level !== 1) {
    const parent = topSection(model.sections, h);
    return !parent || parent.heading === h ? undefined : { nested: headingName(parent.heading) };
  }
  // Its position among the top-level sections, not its ordinal: a wrong number is heading-sequence's.
  // A section numbered as its standard number after an absent one (五、存在的主要问题… where 四 is missing)
  // is in its place: the absent section is the finding.
  const top = model.sections.filter((s) => s.heading.level === 1);
  const position = top.findIndex((s) => s.heading === h) + 1;
  return position === n || h.ordinal?.value === n ? undefined : { position };
}
