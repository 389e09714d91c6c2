// Applying fixes: text edits over the document, as in LSP (0-based lines, UTF-16 characters).
// Offsets come from the text's own line starts (`\r\n`, `\r` and `\n` each end a line); line endings
// are never normalised and nothing outside an edit's range changes. Pure, never throws.
//
// Edits conflict when they overlap: two replacements sharing at least one character, an insertion
// strictly inside a replaced range, or two insertions at the same point (their order would be a
// guess). Two fixes with an identical edit (same range, same text) agree: it is made once. Touching is not overlapping: an insertion at the start of a replaced range goes before its
// new text, one at its end after it. Within one fix, insertions at the same point are applied in
// the fix's order (as LSP orders them); a fix whose own edits overlap is malformed and skipped.
import type { Finding, Fix, TextEdit } from './findings';
import type { Position } from './model';

/** An edit as a span of comparable points (offsets or positions) and its new text. */
interface Span<K> {
  start: K;
  end: K;
  newText: string;
}

type Compare<K> = (a: K, b: K) => number;

function conflict<K>(a: Span<K>, b: Span<K>, cmp: Compare<K>, sameFix: boolean): boolean {
  const aEmpty = cmp(a.start, a.end) === 0;
  const bEmpty = cmp(b.start, b.end) === 0;
  if (aEmpty && bEmpty) return !sameFix && cmp(a.start, b.start) === 0;
  if (aEmpty) return cmp(b.start, a.start) < 0 && cmp(a.start, b.end) < 0;
  if (bEmpty) return cmp(a.start, b.start) < 0 && cmp(b.start, a.end) < 0;
  return cmp(a.start, b.end) < 0 && cmp(b.start, a.end) < 0;
}

/** Whether a fix's own edits are free of overlaps (same-point insertions allowed). */
function wellFormed<K>(spans: readonly Span<K>[], cmp: Compare<K>): boolean {
  for (const [i, a] of spans.entries()) {
    for (const b of spans.slice(i + 1)) if (conflict(a, b, cmp, true)) return false;
  }
  return true;
}

/**
 * Accepts groups (fixes) in order: a group is taken whole when it is well formed and none of its
 * spans conflicts with a span already taken. Returns the taken spans, in group order, and how many
 * groups were skipped.
 */
function accept<K>(groups: readonly Span<K>[][], cmp: Compare<K>): { spans: Span<K>[]; applied: number; skipped: number } {
  const taken: Span<K>[] = [];
  let applied = 0;
  let skipped = 0;
  const same = (a: Span<K>, b: Span<K>) => cmp(a.start, b.start) === 0 && cmp(a.end, b.end) === 0 && a.newText === b.newText;
  for (const group of groups) {
    // An edit identical to one already taken agrees with it: two fixes that make the same change
    // (a renumbering and a style fix writing the same ordinal) do not conflict, and it is made once.
    const fresh = group.filter((s) => !taken.some((t) => same(s, t)));
    const ok = wellFormed(group, cmp) && fresh.every((s) => taken.every((t) => !conflict(s, t, cmp, false)));
    if (ok) {
      taken.push(...fresh);
      applied++;
    } else skipped++;
  }
  return { spans: taken, applied, skipped };
}

/** Start offsets of every line, in UTF-16 code units, and the length of each line without its break. */
function lineTable(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

/** A finite integer, or 0. */
const int = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : 0);

/**
 * The offset of a position, clamped as LSP clamps: a line past the end is the end of the text, a
 * character past the end of its line is the end of that line (before its line break).
 */
function offsetOf(table: { starts: number[]; ends: number[] }, p: Position | undefined): number {
  const line = int(p?.line);
  if (line < 0) return 0;
  const start = table.starts[line];
  const end = table.ends[line];
  if (start === undefined || end === undefined) return table.ends[table.ends.length - 1] ?? 0;
  return Math.min(Math.max(start + int(p?.character), start), end);
}

const byNumber: Compare<number> = (a, b) => a - b;
const byPosition: Compare<Position> = (a, b) => a.line - b.line || a.character - b.character;

/** An edit as an offset span; a range written end-first is read start-first. */
function toOffsets(table: { starts: number[]; ends: number[] }, edit: TextEdit): Span<number> {
  const a = offsetOf(table, edit?.range?.start);
  const b = offsetOf(table, edit?.range?.end);
  return { start: Math.min(a, b), end: Math.max(a, b), newText: typeof edit?.newText === 'string' ? edit.newText : '' };
}

/** Replaces the spans (non-conflicting, in any order) in `text`, working from the end backwards. */
function replaceSpans(text: string, spans: readonly Span<number>[]): string {
  // Sorted by start, then end, then given order: an insertion before a replacement at the same
  // point, same-point insertions in order. Applying from the end backwards keeps offsets valid.
  const order = spans
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s.start - y.s.start || x.s.end - y.s.end || x.i - y.i);
  const pieces: string[] = [];
  let tail = text.length;
  for (const { s } of order.reverse()) {
    pieces.push(text.slice(s.end, tail), s.newText);
    tail = s.start;
  }
  pieces.push(text.slice(0, tail));
  return pieces.reverse().join('');
}

/**
 * Applies one set of edits together (positions refer to `text` as given). An edit that conflicts
 * with an earlier one of the list is dropped; insertions at the same point keep their order.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const table = lineTable(text);
  const spans: Span<number>[] = [];
  for (const e of edits ?? []) {
    const s = toOffsets(table, e);
    if (spans.every((t) => !conflict(s, t, byNumber, true))) spans.push(s);
  }
  return replaceSpans(text, spans);
}

/**
 * Applies fixes in order, each with all its edits or not at all: a fix any of whose edits overlaps
 * an edit already accepted (or whose own edits overlap) is skipped whole.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number } {
  const table = lineTable(text);
  const groups = (fixes ?? []).map((f) => (f?.edits ?? []).map((e) => toOffsets(table, e)));
  const { spans, applied, skipped } = accept(groups, byNumber);
  return { text: replaceSpans(text, spans), applied, skipped };
}

/** The preferred fix of a finding, if it has one (the first, should a rule mark more). */
export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.preferred === true);
}

/**
 * The edits of "fix all": each finding's preferred fix (a finding without one is left alone: fix
 * all never guesses), skipping any that overlaps one already taken. The edits do not overlap and
 * are in document order (same-point insertions of one fix in their own order).
 */
export function fixAllEdits(findings: readonly Finding[], filter?: (f: Finding) => boolean): TextEdit[] {
  const groups: Span<Position>[][] = [];
  for (const finding of findings ?? []) {
    if (filter && !filter(finding)) continue;
    const fix = preferredFix(finding);
    if (!fix) continue;
    groups.push(
      (fix.edits ?? []).map((e) => {
        const forward = byPosition(e.range.start, e.range.end) <= 0;
        return {
          start: forward ? e.range.start : e.range.end,
          end: forward ? e.range.end : e.range.start,
          newText: e.newText,
        };
      }),
    );
  }
  const { spans } = accept(groups, byPosition);
  return spans
    .map((s, i) => ({ s, i }))
    .sort((x, y) => byPosition(x.s.start, y.s.start) || byPosition(x.s.end, y.s.end) || x.i - y.i)
    .map(({ s }) => ({ range: { start: { ...s.start }, end: { ...s.end } }, newText: s.newText }));
}
