// The `ignores` of `.nianbao.json` as matchers whose time is bounded: a configuration comes with any
// folder one clones, and the editor reads it in untrusted workspaces, so that no pattern may freeze it.
// Glob libraries compile a pattern to a regular expression, and those backtrack: `a*a*a*a*a*a*a*b` took
// seconds against a 60-character name with picomatch, 12 stars minutes. Here a pattern is matched the
// way shells match wildcards, with no regular expression: within a path segment `*`, `?` and `[…]` by the
// greedy two-pointer walk (which returns to the last `*` only: time ≤ segment × pattern segment), across
// segments `**` by the same walk over segments. So one pattern against one path costs at most the
// product of their lengths; `MAX_GLOB_CHARS` bounds all patterns of a configuration together.
//
// Syntax: `*` (any run within a segment, dot-files too), `?`, `[abc]` / `[a-z]` / `[!a]` / `[^a]`, `**` as a
// whole segment (any number of segments, none too), `{a,b}` (nested; expanded), `\` before a character
// that would be special. A pattern is relative to the configuration's folder; a leading `./` is dropped.

/** All the patterns of one configuration together, after brace expansion, at most this many characters. */
export const MAX_GLOB_CHARS = 16_384;
/** One pattern expands to at most this many (`{a,b}{c,d}` is four). */
export const MAX_BRACE_EXPANSIONS = 64;

type Char = (c: string) => boolean;
/** A segment: characters to match one each, or `*` (null). */
type Segment = (Char | null)[];
/** A pattern: segments, or `**` (null). */
type Pattern = (Segment | null)[];

/** `{a,b}` expanded (nested braces too); undefined when it would give more than `MAX_BRACE_EXPANSIONS`. */
export function expandBraces(glob: string): string[] | undefined {
  let open = -1;
  let depth = 0;
  const commas: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === ',' && depth === 1) commas.push(i);
    else if (c === '}' && depth > 0 && --depth === 0) {
      if (commas.length === 0) {
        // `{a}` is no alternation: literal braces, and what follows still expands.
        const rest = expandBraces(glob.slice(i + 1));
        return rest?.map((r) => glob.slice(0, i + 1) + r);
      }
      const head = glob.slice(0, open);
      const tail = expandBraces(glob.slice(i + 1));
      if (!tail) return undefined;
      const cuts = [open, ...commas, i];
      const out: string[] = [];
      for (let k = 0; k + 1 < cuts.length; k++) {
        const inner = expandBraces(glob.slice(cuts[k]! + 1, cuts[k + 1]));
        if (!inner) return undefined;
        for (const a of inner) for (const t of tail) out.push(head + a + t);
        if (out.length > MAX_BRACE_EXPANSIONS) return undefined;
      }
      return out;
    }
  }
  return [glob];
}

/** `[…]` starting at `at`: its test and the index after it, or undefined when it is not closed. */
function charClass(glob: string, at: number): { test: Char; end: number } | undefined {
  let i = at + 1;
  const negate = glob[i] === '!' || glob[i] === '^';
  if (negate) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < glob.length; first = false) {
    let c = glob[i]!;
    if (c === ']' && !first) {
      return { test: (x) => ranges.some(([a, b]) => x >= a && x <= b) !== negate, end: i + 1 };
    }
    if (c === '\\' && i + 1 < glob.length) c = glob[++i]!;
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      let d = glob[i + 2]!;
      i += 2;
      if (d === '\\' && i + 1 < glob.length) d = glob[++i]!;
      ranges.push([c, d]);
    } else ranges.push([c, c]);
    i++;
  }
  return undefined;
}

function compileSegment(glob: string): Segment {
  const out: Segment = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (out[out.length - 1] !== null) out.push(null); // a run of stars is one star
    } else if (c === '?') out.push(() => true);
    else if (c === '[' && charClass(glob, i)) {
      const cls = charClass(glob, i)!;
      out.push(cls.test);
      i = cls.end - 1;
    } else {
      const lit = c === '\\' && i + 1 < glob.length ? glob[++i]! : c;
      out.push((x) => x === lit);
    }
  }
  return out;
}

function compile(glob: string): Pattern {
  const parts = glob.replace(/^(?:\.\/)+/, '').split('/');
  const out: Pattern = [];
  for (const p of parts) {
    if (p === '**') {
      if (out[out.length - 1] !== null) out.push(null);
    } else out.push(compileSegment(p));
  }
  return out;
}

/**
 * The wildcard walk: `items` against `pattern`, where null in the pattern matches any run of items and
 * `one` matches one item. On a mismatch it returns to the last star only and lets it take one more item:
 * time at most items × pattern, whatever the pattern.
 */
function walk<I, P>(items: readonly I[], pattern: readonly (P | null)[], one: (p: P, item: I) => boolean): boolean {
  let i = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  while (i < items.length) {
    const token = pattern[p];
    if (p < pattern.length && token !== null && one(token!, items[i]!)) {
      i++;
      p++;
    } else if (p < pattern.length && token === null) {
      star = p++;
      resume = i;
    } else if (star >= 0) {
      p = star + 1;
      i = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === null) p++;
  return p === pattern.length;
}

const matchSegment = (segment: Segment, name: string): boolean => walk([...name], segment, (test, c) => test(c));

/** Whether the path (`/`-separated, relative) matches the compiled pattern. */
const matches = (pattern: Pattern, path: string): boolean => walk(path.split('/'), pattern, matchSegment);

export type GlobsResult = { ok: true; match: (path: string) => boolean } | { ok: false; reason: 'braces' | 'size'; pattern?: string };

/** The patterns compiled once, or why they cannot be: a pattern whose braces expand too far, or all of them too long. */
export function compileGlobs(globs: readonly string[]): GlobsResult {
  const compiled: Pattern[] = [];
  let chars = 0;
  for (const glob of globs) {
    const expanded = expandBraces(glob);
    if (!expanded) return { ok: false, reason: 'braces', pattern: glob };
    for (const e of expanded) {
      chars += e.length;
      if (chars > MAX_GLOB_CHARS) return { ok: false, reason: 'size' };
      compiled.push(compile(e));
    }
  }
  return { ok: true, match: (path) => compiled.some((p) => matches(p, path)) };
}
