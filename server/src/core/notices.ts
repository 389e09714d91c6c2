// What the checker says about the text itself rather than the report: a directive that names no rule,
// and lines too long to read whole. Like the cross-year rules, these ids are in `everyRule` (settings may
// set their severity or turn them off, docs/rules.md lists them), but they are no rules of the registry:
// `checkText` makes their findings, because they concern the whole text (its directives, its lines).
import type { Directive } from './directives';
import { changed, sampleReport } from './examples';
import type { Finding } from './findings';
import { defineNotice } from './rule-api';
import { lineAt, splitLines } from './text';

/** Longer lines are read only up to this many UTF-16 code units (a line of a real report is a few hundred). */
export const MAX_LINE_LENGTH = 65_536;

export const directiveUnknownRule = defineNotice({
  id: 'directive-unknown-rule',
  severity: 'warning',
  messages: {
    'directive-unknown-rule': {
      zh: '停用指令中的 {rule} 不是规则编号，它不停用任何规则',
      en: '{rule} in the directive is not a rule id; it disables nothing',
    },
  },
  docs: {
    summary: { zh: '停用指令中的规则编号不存在', en: 'A disable directive names a rule that does not exist' },
    rationale: {
      zh: '规则编号写错的停用指令不停用任何规则，作者却以为问题已处理；指出写错的编号。',
      en: 'A directive with a mistyped rule id silences nothing, while its author believes it does; the id is pointed out.',
    },
    examples: [
      {
        bad: changed(sampleReport(), '本年度未收取信息处理费。', '本年度未收取信息处理费。 [nianbao-disable section-contnet]'),
        good: changed(sampleReport(), '本年度未收取信息处理费。', '本年度未收取信息处理费。 [nianbao-disable section-content]'),
      },
    ],
  },
});

export const lineTooLong = defineNotice({
  id: 'line-too-long',
  severity: 'information',
  messages: {
    'line-too-long': {
      zh: '有 {count} 行超过 {max} 个字符，每行只检查前 {max} 个字符（其上的问题不提供修复）；第一处在第 {line} 行，共 {length} 个字符',
      en: '{count} line(s) longer than {max} characters: each is checked only as far as its first {max} (no fixes are offered on them); the first is line {line}, of {length} characters',
    },
  },
  docs: {
    summary: { zh: '行过长，只检查了前一部分', en: 'A line too long to check whole' },
    rationale: {
      zh: '报告中的一行不会有数万字；这样的行多半是转换出错或粘贴了别的内容。为保证检查及时完成，只检查其前一部分，并明确告知。',
      en: 'No line of a report runs to tens of thousands of characters; such a line is usually a conversion gone wrong or something pasted in. It is checked only as far as makes sense, so that the check stays quick, and that is said.',
    },
    examples: [{ bad: sampleReport() + '备注：' + '某'.repeat(70_000) + '\n', good: sampleReport() + '备注：无。\n' }],
  },
});

export const notices = [directiveUnknownRule, lineTooLong] as const;

/** One finding per rule id a directive names that is no rule, at the id. */
export function unknownRuleFindings(text: string, directives: readonly Directive[], known: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  if (!directives.length) return out;
  const lines = splitLines(text);
  for (const d of directives) {
    const source = (lines[d.line] ?? '').slice(d.range.start.character, d.range.end.character);
    // The ids stand after `[nianbao-disable` or `[nianbao-disable-file`, in order.
    let from = (d.scope === 'file' ? '[nianbao-disable-file' : '[nianbao-disable').length;
    for (const id of d.rules) {
      const at = source.indexOf(id, from);
      if (at < 0) continue;
      from = at + id.length;
      if (known.has(id)) continue;
      const start = d.range.start.character + at;
      out.push(directiveUnknownRule.finding('directive-unknown-rule', { rule: id }, { start: { line: d.line, character: start }, end: { line: d.line, character: start + id.length } }));
    }
  }
  return out;
}

/**
 * The text with every line longer than `MAX_LINE_LENGTH` cut there (line breaks and every other line kept,
 * so that each position before a cut is where it was), and the long lines; the same text when none is.
 */
/** False when no stretch between line feeds is longer than MAX_LINE_LENGTH, and so no line is (a line
 * ended by CR alone is part of such a stretch): an editor's check of a long report need not split it. */
function mayHaveLongLine(text: string): boolean {
  for (let from = 0; from <= text.length; ) {
    const lf = text.indexOf('\n', from);
    const end = lf < 0 ? text.length : lf;
    if (end - from > MAX_LINE_LENGTH) return true;
    from = end + 1;
  }
  return false;
}

export function capLines(text: string): { text: string; long: { line: number; length: number }[] } {
  if (text.length <= MAX_LINE_LENGTH || !mayHaveLongLine(text)) return { text, long: [] };
  const lines = splitLines(text);
  const long: { line: number; length: number }[] = [];
  lines.forEach((l, line) => {
    if (l.length > MAX_LINE_LENGTH) long.push({ line, length: l.length });
  });
  if (!long.length) return { text, long };
  const parts: string[] = [];
  let start = 0; // where line `next` starts
  let next = 0;
  let kept = 0; // the text up to here is in `parts`
  for (const { line, length } of long) {
    for (; next < line; next++) {
      const end = start + lineAt(lines, next).length;
      start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
    parts.push(text.slice(kept, start + MAX_LINE_LENGTH));
    kept = start + length;
  }
  parts.push(text.slice(kept));
  return { text: parts.join(''), long };
}

/** The findings, those on a cut line without their fixes (a fix there was made from part of the line). */
export function withoutFixesOnCutLines(findings: readonly Finding[], long: readonly { line: number }[]): Finding[] {
  if (!long.length) return [...findings];
  const cut = new Set(long.map((l) => l.line));
  const onCut = (r: { start: { line: number }; end: { line: number } }) => {
    for (let l = r.start.line; l <= r.end.line; l++) if (cut.has(l)) return true;
    return false;
  };
  const touches = (f: Finding) => onCut(f.range) || (f.fixes ?? []).some((x) => x.edits.some((e) => onCut(e.range)));
  return findings.map((f) => (f.fixes?.length && touches(f) ? { ...f, fixes: [] } : f));
}

/** The one finding that says lines were cut, from the first one's cut to its end; none when no line was. */
export function longLineNotice(long: readonly { line: number; length: number }[]): Finding[] {
  const first = long[0];
  if (!first) return [];
  const range = { start: { line: first.line, character: MAX_LINE_LENGTH }, end: { line: first.line, character: first.length } };
  return [lineTooLong.finding('line-too-long', { count: long.length, max: MAX_LINE_LENGTH, line: first.line + 1, length: first.length }, range)];
}
