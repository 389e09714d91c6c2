// The fuzzer shared by the short run in the test suite (test/unit/fuzz.test.ts) and the long one
// (`npm run fuzz`, bench/fuzz.ts): mutated seeds and generated reports (both formats, random
// variants, some mutated too), and the properties every input must have — checkReport neither throws
// nor hangs nor reports a failing rule or parser; every fix applies cleanly on its own; fix all is
// idempotent (fixing the fixed text changes nothing more). An input where fix all must be repeated
// before the text stops changing is a `cascade`, counted apart with its number of passes: a fix that
// only becomes safe once another one is applied (table-cell-empty's fill-with-0 on a partly blank
// 表三, after a culprit cell was corrected). A fix all that has not settled within the passes
// `nianbao fix` makes (MAX_FIX_PASSES) is a failure.
import { applyEdits, applyFixes, checkReport, fixAllEdits, fixText, MAX_FIX_PASSES } from '../server/src/core';
import { generate, rng, type GenOptions } from './gen/report';
import { readSeed } from './helpers';

const NOISE = ['\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', '\ufeff', '（', '）', '一、', '（三）', '1.', '。', '0', '-', '９', '[bookmark: x]', '\ud800', '\u0000', '本列数据的勾稽关系', '第二十条第（一）项', '统计指标', '行政复议', '（七）总计', '（六）其他处理', '[nianbao-disable table-row-total]', '[nianbao-disable-file amount-unit]'];

/** Up to eight random line-level mutations of `text`, with LF or CRLF line ends. */
export function mutate(text: string, r: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(r() * lines.length);
  const n = 1 + Math.floor(r() * 8);
  for (let k = 0; k < n; k++) {
    const i = pick();
    switch (Math.floor(r() * 8)) {
      case 0: lines.splice(i, 1 + Math.floor(r() * 5)); break; // delete lines
      case 1: lines.splice(i, 0, ...lines.slice(i, i + 1 + Math.floor(r() * 20))); break; // duplicate
      case 2: { const j = pick(); const t = lines[i]!; lines[i] = lines[j]!; lines[j] = t; break; } // swap
      case 3: lines[i] = lines[i]!.slice(0, Math.floor(r() * lines[i]!.length)); break; // cut a cell
      case 4: { // random code units into a line
        const l = lines[i] ?? '';
        const at = Math.floor(r() * (l.length + 1));
        const junk = Array.from({ length: 1 + Math.floor(r() * 6) }, () => String.fromCharCode(Math.floor(r() * 0x10000))).join('');
        lines[i] = l.slice(0, at) + junk + l.slice(at);
        break;
      }
      case 5: lines[i] = NOISE[Math.floor(r() * NOISE.length)]! + (lines[i] ?? ''); break;
      case 6: lines[i] = (lines[i] ?? '').replace(/\d+/, () => String(Math.floor(r() * 100))); break; // change a number
      default: lines.splice(i, 0, ''); break; // a blank line, e.g. inside a row
    }
  }
  return lines.join(r() < 0.2 ? '\r\n' : '\n');
}

const SEEDS = ['000', '001', '002', '003', '004'].map(readSeed);

/** The k-th fuzz input of the run seeded `seed`: a mutated seed, a generated report, or a mutated one. */
export function fuzzInput(r: () => number, k: number): { text: string; what: string } {
  if (k % 2 === 0) return { text: mutate(SEEDS[(k / 2) % SEEDS.length]!, r), what: `mutated seed ${(k / 2) % SEEDS.length}` };
  const o: GenOptions = {
    format: r() < 0.5 ? '2019' : '2021',
    seed: Math.floor(r() * 1e9),
    eol: r() < 0.3 ? '\r\n' : '\n',
    bom: r() < 0.1,
    halfWidthBrackets: r() < 0.3,
    ningboLabels: r() < 0.3,
    fullWidthDigits: r() < 0.2,
    padding: r() < 0.3,
    wrapLabels: r() < 0.3,
    repeatGroup: r() < 0.2,
    bookmark: r() < 0.2,
    table4Layout: r() < 0.5 ? 'second-row' : 'third-row',
    indentHeadings: r() < 0.3,
  };
  const text = generate(o).text;
  return r() < 0.5 ? { text: mutate(text, r), what: `mutated generated ${JSON.stringify(o)}` } : { text, what: `generated ${JSON.stringify(o)}` };
}

export interface FuzzFailure {
  input: number;
  what: string;
  problem: string;
  /** For a cascade: the rounds of fix all it took to settle. */
  passes?: number;
}

/** Longest a single input may take before it counts as a hang (generous: a check takes milliseconds). */
export const HANG_MS = 5000;

/** The problems of one input (none when it has every property). */
export function fuzzOne(text: string): { problems: string[]; cascade?: string; passes?: number; ms: number } {
  const problems: string[] = [];
  const t0 = performance.now();
  let result;
  try {
    result = checkReport(text);
  } catch (e) {
    return { problems: [`checkReport threw: ${e instanceof Error ? e.stack : String(e)}`], ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  if (ms > HANG_MS) problems.push(`check took ${ms.toFixed(0)} ms`);
  for (const f of result.failures) problems.push(`rule ${f.rule} failed: ${f.error}`);
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  for (const f of result.findings) {
    for (const fix of f.fixes ?? []) {
      const bad = fix.edits.find((e) => !inside(e.range.start) || !inside(e.range.end));
      if (bad) problems.push(`${f.rule}: a fix edit outside the text: ${JSON.stringify(bad.range)}`);
      const applied = applyFixes(text, [fix]);
      if (applied.applied !== 1) problems.push(`${f.rule}: a fix does not apply on its own (${JSON.stringify(fix.edits)})`);
    }
  }
  let cascade: string | undefined;
  let passes: number | undefined;
  try {
    // Fix all as `nianbao fix` does it (`fixText`: at most MAX_FIX_PASSES rounds): one round should
    // do; a fix that only becomes safe once another is applied needs more (a cascade, reported).
    const fixed = fixText(text);
    if (fixed.passes > 1 || !fixed.settled) {
      const once = applyEdits(text, fixAllEdits(result.findings));
      const left = checkReport(once).findings.filter((f) => f.fixes?.some((x) => x.preferred)).map((f) => `${f.rule}@${f.range.start.line}`);
      const what = `still fixable after fix all: ${left.join(', ')}`;
      if (fixed.settled) {
        cascade = what;
        passes = fixed.passes;
      } else problems.push(`fix all does not settle in ${MAX_FIX_PASSES} passes: ${what}`);
    }
  } catch (e) {
    problems.push(`fix all threw: ${e instanceof Error ? e.stack : String(e)}`);
  }
  return { problems, ...(cascade ? { cascade, passes } : {}), ms };
}

/** Runs `count` inputs from the run seeded `seed`. */
export function fuzz(
  count: number,
  seed: number,
  onProgress?: (done: number) => void,
): { failures: FuzzFailure[]; cascades: FuzzFailure[]; maxMs: number; totalMs: number } {
  const r = rng(seed);
  const failures: FuzzFailure[] = [];
  const cascades: FuzzFailure[] = [];
  let maxMs = 0;
  const t0 = performance.now();
  for (let k = 0; k < count; k++) {
    const { text, what } = fuzzInput(r, k);
    const { problems, cascade, passes, ms } = fuzzOne(text);
    maxMs = Math.max(maxMs, ms);
    for (const problem of problems) failures.push({ input: k, what, problem });
    if (cascade) cascades.push({ input: k, what, problem: cascade, passes: passes! });
    if (onProgress && (k + 1) % 10000 === 0) onProgress(k + 1);
  }
  return { failures, cascades, maxMs, totalMs: performance.now() - t0 };
}
