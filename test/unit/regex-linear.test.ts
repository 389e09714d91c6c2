// Every regular expression that reads a report's text runs in time linear in the line: each is fed
// adversarial lines built from its own shape and timed at n and 2n within one run (a ratio, never an
// absolute time). The patterns are gathered two ways: every regex literal in the sources of the core,
// the server and the CLI (read with the TypeScript compiler), and every pattern the core actually
// runs while checking, fixing and extracting the seeds and generated reports (built ones included,
// caught at RegExp.prototype.exec). For each unbounded quantifier of a pattern the attacks are:
//   - the path that leads to it, then its element repeated, then a character that ends no match
//     (`发布行政规范性文件` + 80,000 digits + `x`; a TAB, 100,000 spaces, `x`);
//   - the path and one element, repeated (`[nianbao-disable ` repeated);
//   - the path alone, repeated (an unclosed `[bookmark: ` repeated).
// eslint-plugin-regexp (npm run lint) catches most of these statically; this test also sees the
// patterns built at run time, which the linter cannot read.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import ts from 'typescript';
import { checkText, extractText, fixText } from '../../server/src/core/index';
import { formatText } from '../../server/src/cli/output';
import { generate } from '../gen/report';
import { readSeed, repoRoot } from '../helpers';

const ROOT = repoRoot();
const SOURCES = ['server/src/core', 'server/src/lsp', 'server/src/cli'];

function* tsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** Every regex literal of the sources, by `/source/flags`. */
function literals(): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const dir of SOURCES) {
    for (const file of tsFiles(join(ROOT, dir))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(sf);
          const slash = text.lastIndexOf('/');
          const re = new RegExp(text.slice(1, slash), text.slice(slash + 1));
          out.set(String(re), re);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** Every pattern the core runs over real and generated reports (patterns built at run time included). */
function used(): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    // matchAll and split run on a copy made with `y` added: the pattern is the same.
    const key = `/${this.source}/${this.flags.replace('y', '')}`;
    if (!out.has(key)) out.set(key, new RegExp(this.source, this.flags.replace('y', '')));
    return exec.call(this, s);
  };
  try {
    const texts = [...['000', '001', '002', '003', '004'].map(readSeed), generate({ format: '2021', seed: 3 }).text, generate({ format: '2019', seed: 4 }).text];
    for (const text of texts) {
      const checked = checkText(text + '\n[nianbao-disable table-shape]\n');
      fixText(text);
      extractText(text);
      formatText([{ file: 'a.txt', findings: checked.findings }], { locale: 'zh-cn', color: false });
    }
  } finally {
    RegExp.prototype.exec = exec;
  }
  return out;
}

// ---------------------------------------------------------------- attacks from a pattern's shape

const POOL = ['a', '1', ' ', '一', '年', '甲', '（', '。', '\t', 'x', '[', ']', '-', '：', '0', '２', '\u3000', '件'];

/** One short string the node matches (best effort: lookarounds and anchors give nothing). */
function sample(node: AST.Node, flags: string): string {
  switch (node.type) {
    case 'Character':
      return String.fromCodePoint(node.value);
    case 'CharacterClass':
    case 'CharacterSet': {
      const re = new RegExp(`^${node.raw}$`, flags.replace(/[gy]/g, ''));
      const candidates = [...POOL, ...node.raw];
      return candidates.find((c) => re.test(c)) ?? '';
    }
    case 'Alternative':
      return node.elements.map((e) => sample(e, flags)).join('');
    case 'Group':
    case 'CapturingGroup':
      return sample(node.alternatives[0]!, flags);
    case 'Quantifier':
      return sample(node.element, flags).repeat(node.min);
    default:
      return '';
  }
}

/** What must come before a node for the pattern to reach it: its elder siblings' samples, up the tree. */
function pathTo(node: AST.Node, flags: string): string {
  const parts: string[] = [];
  let child: AST.Node = node;
  for (let p = node.parent; p && p.type !== 'Pattern'; child = p, p = p.parent) {
    if (p.type === 'Alternative') {
      const before = p.elements.slice(0, p.elements.indexOf(child as AST.Element));
      parts.unshift(before.map((e) => sample(e, flags)).join(''));
    } else if (p.type === 'Assertion') break; // inside a lookaround: its own path is enough
  }
  return parts.join('');
}

/** What may follow a node: the samples of its younger siblings, up the tree, as growing prefixes
 * (`个`, `个规范性文件`): a line that gets past the engine's quick checks before it fails. */
function continuations(node: AST.Node, flags: string): string[] {
  const after: AST.Element[] = [];
  let child: AST.Node = node;
  for (let p = node.parent; p && p.type !== 'Pattern'; child = p, p = p.parent) {
    if (p.type === 'Alternative') after.push(...p.elements.slice(p.elements.indexOf(child as AST.Element) + 1));
    else if (p.type === 'Assertion') break;
  }
  const out = new Set(['', 'x']);
  let text = '';
  for (const e of after.slice(0, 6)) {
    text += sample(e, flags);
    out.add(text);
  }
  return [...out];
}

function quantifiers(node: AST.Node, out: AST.Quantifier[] = []): AST.Quantifier[] {
  if (node.type === 'Quantifier' && node.max > 20) out.push(node);
  const kids: AST.Node[] =
    'alternatives' in node ? node.alternatives : 'elements' in node ? (node.elements as AST.Node[]) : 'element' in node ? [node.element] : [];
  for (const k of kids) quantifiers(k, out);
  return out;
}

const times = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / Math.max(1, unit.length))));

/** The adversarial lines of a pattern, each a function of the length. */
function attacks(re: RegExp): { name: string; make: (n: number) => string }[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(re.source, 0, re.source.length, { unicode: re.unicode });
  const out: { name: string; make: (n: number) => string }[] = [];
  for (const q of quantifiers(ast)) {
    const path = pathTo(q, re.flags);
    const pump = sample(q.element, re.flags);
    if (!pump) continue;
    for (const end of continuations(q, re.flags)) {
      out.push({ name: `${JSON.stringify(path)} + ${JSON.stringify(pump)}×n + ${JSON.stringify(end)}`, make: (n) => path + times(pump, n) + end });
    }
    out.push({ name: `(${JSON.stringify(path + pump)})×n`, make: (n) => times(path + pump, n) });
    if (path) out.push({ name: `${JSON.stringify(path)}×n`, make: (n) => times(path, n) });
  }
  return out;
}

/** The pattern run as the code runs it: every match of a global one, the first of another. */
function runOnce(re: RegExp, s: string): void {
  re.lastIndex = 0;
  if (!re.global) {
    re.exec(s);
    return;
  }
  for (let m = re.exec(s); m; m = re.exec(s)) if (m[0] === '') re.lastIndex++;
}

function timed(re: RegExp, s: string, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) runOnce(re, s);
  return performance.now() - t0;
}

const N = 8192;

/** The least time of each size over three interleaved runs (a pause of the machine does not land on one size only). */
function pair(re: RegExp, small: string, large: string, reps: number): { ratio: number; a: number; b: number } {
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < 3; k++) {
    a = Math.min(a, timed(re, small, reps));
    b = Math.min(b, timed(re, large, reps));
  }
  return { ratio: Math.max(b, 0.5) / Math.max(a, 0.5), a, b };
}

/**
 * The growth of the time from n to 2n: linear 2, quadratic 4. n is 8,192, or smaller where one run at 4n
 * already takes long (a super-linear pattern: so that the test ends, the size doubles from 512 only
 * while a run stays short — the verdict is still the ratio). A quick measurement clears most patterns;
 * one that grows by 2.5 or more is measured again with more repetitions, up to five times, and the
 * best attempt counts (a stray pause inflates one attempt, a super-linear pattern fails them all).
 */
function growth(re: RegExp, make: (n: number) => string): { n: number; ratio: number; a: number; b: number } {
  let n = 512;
  while (n < N && timed(re, make(4 * n), 1) < 50) n *= 2;
  const small = make(n);
  const large = make(2 * n);
  timed(re, small, 1); // warm-up: the pattern compiled (and tiered up) before any timing
  timed(re, large, 1);
  const once = Math.max(Math.min(timed(re, small, 1), timed(re, small, 1)), 0.001);
  const repsFor = (ms: number) => Math.min(10_000, Math.max(1, Math.ceil(ms / once)));
  const quick = pair(re, small, large, repsFor(1));
  if (quick.ratio < 2.5) return { n, ...quick };
  let best = { n, ...quick };
  for (let attempt = 0; attempt < 5 && best.ratio >= 3; attempt++) {
    const careful = pair(re, small, large, repsFor(8));
    if (careful.ratio < best.ratio) best = { n, ...careful };
  }
  return best;
}

const all = new Map([...literals(), ...used()]);

test('the audit sees the patterns: literals of core, server and CLI, and those built at run time', () => {
  assert.ok(all.size > 100, `${all.size} patterns`);
  // Built with new RegExp in text-table-mismatch (not a literal): the figure-first form of 规范性文件.
  assert.ok([...all.keys()].some((k) => k.includes('规范性文件') && k.startsWith('/((?<!\\d)\\d+')), 'a built pattern is seen');
});

test('every pattern runs in linear time on adversarial lines built from its shape (n and 2n)', () => {
  const slow: string[] = [];
  let tried = 0;
  for (const [key, re] of all) {
    for (const { name, make } of attacks(re)) {
      tried++;
      const { n, ratio, a, b } = growth(re, make);
      if (ratio >= 3) slow.push(`${key} on ${name}, n = ${n}: ${a.toFixed(1)} → ${b.toFixed(1)} ms (×${ratio.toFixed(1)})`);
    }
  }
  assert.ok(tried > 200, `${tried} attacks`);
  assert.equal(slow.length, 0, `super-linear:\n${slow.join('\n')}`);
});
