// Suppressions kept outside the report: a reviewer silences a finding without writing into the text
// that will be published. They live in `.nianbao-suppressions.json` beside the report (the node layer
// reads and writes it; the CLI and the server honour it), each keyed by the report's file name, the
// rule and a fingerprint of what the finding says — its message and the text it points at — so that it
// survives edits elsewhere in the file and lapses when the finding itself changes.
import type { Finding, MessageArg, MessageRef } from './findings';
import { configMessages, type ConfigProblem } from './config';

export const SUPPRESSIONS_FILE = '.nianbao-suppressions.json';

export interface Suppression {
  /** The report's file name (in the folder of the suppressions file). */
  file: string;
  rule: string;
  fingerprint: string;
  /** What was silenced, for a person reading the file: the finding's text as it was. */
  text?: string;
}

/** Two 32-bit FNV-1a lanes over the UTF-16 code units, as 16 hex digits: stable, and enough to tell a file's findings apart. */
function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

const canonical = (a: MessageArg): string =>
  typeof a === 'object' ? (Array.isArray(a) ? `[${a.map(canonical).join(',')}]` : refText(a as MessageRef)) : JSON.stringify(a);
const refText = (m: MessageRef): string =>
  `${m.id}(${Object.entries(m.args).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${canonical(v)}`).join(',')})`;

/** The text of a range of the lines (joined by LF). */
function rangeText(lines: readonly string[], f: Finding): string {
  const { start, end } = f.range;
  if (start.line === end.line) return (lines[start.line] ?? '').slice(start.character, end.character);
  const out = [(lines[start.line] ?? '').slice(start.character)];
  for (let l = start.line + 1; l < end.line; l++) out.push(lines[l] ?? '');
  out.push((lines[end.line] ?? '').slice(0, end.character));
  return out.join('\n');
}

/** A finding's fingerprint: its rule, its message (id and arguments) and the text it points at. */
export function fingerprint(f: Finding, lines: readonly string[]): string {
  return hash(`${f.rule}\u0000${refText(f.message)}\u0000${rangeText(lines, f)}`);
}

/** The findings no suppression of this file names. */
export function unsuppressed(findings: readonly Finding[], lines: readonly string[], suppressions: readonly Suppression[]): Finding[] {
  if (!suppressions.length) return [...findings];
  const keys = new Set(suppressions.map((s) => `${s.rule}\u0000${s.fingerprint}`));
  return findings.filter((f) => !keys.has(`${f.rule}\u0000${fingerprint(f, lines)}`));
}

/** A suppressions file's content (parsed JSON): what can be used, and a problem for each entry that cannot. */
export function readSuppressions(value: unknown): { suppressions: Suppression[]; problems: ConfigProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: ConfigProblem[] = [];
  const list = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['suppressions'] : undefined;
  if (!Array.isArray(list)) {
    problems.push({ path: 'suppressions', message: configMessages.ref('suppressions.notAList', {}) });
    return { suppressions, problems };
  }
  list.forEach((s, i) => {
    const e = s && typeof s === 'object' ? (s as Record<string, unknown>) : {};
    if (typeof e['file'] === 'string' && typeof e['rule'] === 'string' && typeof e['fingerprint'] === 'string') {
      const entry: Suppression = { file: e['file'], rule: e['rule'], fingerprint: e['fingerprint'] };
      if (typeof e['text'] === 'string') entry.text = e['text'];
      suppressions.push(entry);
    } else {
      problems.push({ path: `suppressions[${i}]`, message: configMessages.ref('suppressions.entry', {}) });
    }
  });
  return { suppressions, problems };
}

/** The suppressions file's content with one more entry (its own entries kept as they are). */
export function withSuppression(current: unknown, s: Suppression): string {
  const base = current && typeof current === 'object' && !Array.isArray(current) ? { ...(current as Record<string, unknown>) } : {};
  const list = Array.isArray(base['suppressions']) ? [...(base['suppressions'] as unknown[])] : [];
  const same = (x: unknown) => {
    const e = x as Partial<Suppression> | null;
    return !!e && e.file === s.file && e.rule === s.rule && e.fingerprint === s.fingerprint;
  };
  if (!list.some(same)) list.push(s);
  return JSON.stringify({ ...base, suppressions: list }, null, 2) + '\n';
}
