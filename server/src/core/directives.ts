// Directives a report carries to silence a rule: `[nianbao-disable rule-id]` for the line it stands on,
// `[nianbao-disable-file rule-id]` (on a line of its own, usually the last) for the whole file; several
// ids are separated by commas or spaces, and none means every rule.
//
// The form is that of the `[bookmark: …]` residue Word already leaves in text exports: ASCII in square
// brackets, after the text of the line. Before parsing, each directive is masked by spaces of the same
// length, so that no position moves and the parser reads the line exactly as without it: a heading stays
// a heading, a cell keeps its number, a table row stays whole. Deleting the directive (and the one space
// the quick fix puts before it) gives back the line byte for byte. See docs/rules.md.
import type { Finding, Fix } from './findings';
import { msg } from './messages';
import type { Range } from './model';
import { allMatches, eolOf, splitLines } from './text';

export interface Directive {
  scope: 'line' | 'file';
  /** The rule ids it names; empty means every rule. */
  rules: string[];
  line: number;
  range: Range;
}

const MARK = '[nianbao-disable';
const DIRECTIVE = /\[nianbao-disable(-file)?(?:[ \u3000]([^[\]\r\n]*))?\]/g;

/** The directives of a text and the text with each of them replaced by spaces (same length). */
export function readDirectives(text: string): { directives: Directive[]; masked: string } {
  if (!text.includes(MARK)) return { directives: [], masked: text };
  const directives: Directive[] = [];
  const lines = splitLines(text);
  lines.forEach((l, line) => {
    if (!l.includes(MARK)) return;
    for (const m of allMatches(DIRECTIVE, l)) {
      const start = m.index;
      directives.push({
        scope: m[1] ? 'file' : 'line',
        rules: (m[2] ?? '').split(/[\s,，、\u3000]+/).filter(Boolean),
        line,
        range: { start: { line, character: start }, end: { line, character: start + m[0].length } },
      });
    }
  });
  const masked = text.replace(DIRECTIVE, (d) => ' '.repeat(d.length));
  return { directives, masked };
}

const names = (d: Directive, rule: string): boolean => d.rules.length === 0 || d.rules.includes(rule);

/** A file directive naming its rule, or a line directive on the line where the finding starts. */
export function isSuppressed(finding: Finding, directives: readonly Directive[]): boolean {
  for (const d of directives) {
    if (!names(d, finding.rule)) continue;
    if (d.scope === 'file' || d.line === finding.range.start.line) return true;
  }
  return false;
}

/**
 * The two quick fixes that silence a finding: for its line (a directive appended to the line where it
 * starts, or the rule added to the directive already there) and for the file (a directive line added at
 * the end). Never preferred: silencing is a choice, not a repair.
 */
export function disableFixes(finding: Finding, text: string, directives: readonly Directive[]): Fix[] {
  const lines = splitLines(text);
  const line = finding.range.start.line;
  const lineText = lines[line] ?? '';
  const rule = finding.rule;
  const onLine = directives.find((d) => d.scope === 'line' && d.line === line && d.rules.length > 0);
  const lineFix: Fix = {
    title: msg('fix.disable-line', { rule }),
    edits: onLine
      ? // The rule added before the `]`: the directive's own text (a full-width space, its separators) stays.
        [{ range: { start: { line, character: onLine.range.end.character - 1 }, end: { line, character: onLine.range.end.character - 1 } }, newText: `, ${rule}` }]
      : [{ range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, newText: ` [nianbao-disable ${rule}]` }],
    preferred: false,
  };
  const last = lines.length - 1;
  const lastText = lines[last] ?? '';
  const eol = eolOf(text);
  const end = { line: last, character: lastText.length };
  const fileFix: Fix = {
    title: msg('fix.disable-file', { rule }),
    // After the last line; when the text ends with a line break, on the empty line after it.
    edits: [{ range: { start: end, end }, newText: lastText === '' ? `[nianbao-disable-file ${rule}]${eol}` : `${eol}[nianbao-disable-file ${rule}]` }],
    preferred: false,
  };
  return [lineFix, fileFix];
}
