// Configurations are data from strangers: the `ignores` globs match in bounded time, and a value nested
// thousands deep, a huge file or millions of entries is refused with one problem — never a stack
// overflow, a freeze or a document left unchecked. Times are compared as ratios within one run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import picomatch from 'picomatch';
import { CONFIG_LIMITS, readConfig } from '../../server/src/core/index';
import { compileGlobs, expandBraces, MAX_BRACE_EXPANSIONS } from '../../server/src/node/glob';
import { isIgnored, loadConfigFile, MAX_CONFIG_BYTES } from '../../server/src/node/config-file';
import { readSettings } from '../../server/src/lsp/settings';
import { english, say } from '../helpers';

const matcher = (globs: string[]) => {
  const c = compileGlobs(globs);
  assert.ok(c.ok);
  return c.match;
};

test('globs: what picomatch (dot: true) matches, the bounded matcher matches', () => {
  const globs = ['草稿/**', '**/*备份*.txt', '*.txt', 'a/*/b.txt', 'x?.txt', '[ab]c.txt', '[^ab]d.txt', 'e[0-9].txt', '{f,g}/**/h.txt', './i.txt', 'j/**', '**', '\\*.txt', 'k{l,m{n,o}}.txt', '**/z/**/*.txt', '{p}.txt'];
  const paths = [
    '草稿/a.txt', '草稿/x/y.txt', '正式/a.txt', 'a备份1.txt', 'd/e/旧备份.txt', 'top.txt', 'a/b.txt', 'a/x/b.txt', 'a/x/y/b.txt', 'x1.txt', 'x12.txt',
    'ac.txt', 'cc.txt', 'ad.txt', 'cd.txt', 'e5.txt', 'ea.txt', 'f/h.txt', 'g/1/2/h.txt', 'q/h.txt', 'i.txt', 'j/k/l.txt', '.hidden.txt', '*.txt',
    'kl.txt', 'kmo.txt', 'km.txt', 'z/a.txt', 'a/z/b/c.txt', 'a/y/b/c.txt', '{p}.txt', 'p.txt',
  ];
  for (const glob of globs) {
    const ours = matcher([glob]);
    const theirs = picomatch(glob, { dot: true });
    for (const path of paths) assert.equal(ours(path), theirs(path), `${glob} on ${path}`);
  }
  // `[!…]` negates, as in the shell.
  assert.deepEqual(['ad.txt', 'cd.txt'].map(matcher(['[!ab]d.txt'])), [false, true]);
});

test('braces expand, nested; more than the limit is refused', () => {
  assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
  assert.deepEqual(expandBraces('{x}'), ['{x}']);
  assert.equal(expandBraces('{a,b}'.repeat(7))?.length, undefined, '2^7 > 64');
  assert.equal(expandBraces('{a,b}'.repeat(6))?.length, MAX_BRACE_EXPANSIONS);
  const refused = compileGlobs(['ok/**', '{a,b}'.repeat(7)]);
  assert.deepEqual(refused, { ok: false, reason: 'braces', pattern: '{a,b}'.repeat(7) });
  assert.deepEqual(compileGlobs(['*'.repeat(20_000)]), { ok: false, reason: 'size' });
});

function best(f: () => void, reps: number): number {
  let ms = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

/** The growth from `small` to `large` (each timed over the same repetitions, the best of up to six attempts: a loaded machine slows one, rarely all). */
function growth(small: () => void, large: () => void): { ratio: number; a: number; b: number } {
  small();
  large();
  const t0 = performance.now();
  small();
  const reps = Math.min(10_000, Math.max(1, Math.ceil(5 / Math.max(performance.now() - t0, 0.001))));
  let out = { ratio: Infinity, a: 0, b: 0 };
  for (let attempt = 0; attempt < 6 && out.ratio >= 3; attempt++) {
    const a = best(small, reps);
    const b = best(large, reps);
    const ratio = Math.max(b, 0.5) / Math.max(a, 0.5);
    if (ratio < out.ratio) out = { ratio, a, b };
  }
  return out;
}

test('the issue\'s pattern a*a*a*…*b against a 60-character name: time grows with the stars no faster than linearly', () => {
  const name = 'a'.repeat(60);
  const stars = (k: number) => matcher(['a*'.repeat(k) + 'b']);
  const seven = stars(7);
  const fourteen = stars(14);
  assert.equal(seven(name), false);
  const { ratio, a, b } = growth(() => seven(name), () => fourteen(name));
  // picomatch: 7 stars 4 s, 8 stars 29 s (exponential); here 14 stars cost at most about twice 7.
  assert.ok(ratio < 3, `7 stars ${a.toFixed(2)} ms, 14 stars ${b.toFixed(2)} ms`);
});

test('the walk\'s worst shapes: time linear in the name and in the path at a fixed pattern (n and 2n)', () => {
  // `*` then a run the name almost holds: at each mismatch the walk returns to the star and moves one on,
  // the most work it can do (name × pattern); and many stars, each a place to return to.
  const worst = matcher(['*' + 'a'.repeat(64) + 'b', '*a'.repeat(2_000) + 'b', '**/' + 'a/'.repeat(64) + 'b']);
  const name = (n: number) => 'a'.repeat(n);
  const deep = (n: number) => Array.from({ length: n / 4 }, () => 'a').join('/');
  for (const [what, make] of [['name', name], ['deep path', deep]] as const) {
    const small = make(1_024);
    const large = make(2_048);
    assert.equal(worst(large), false);
    const { ratio, a, b } = growth(() => worst(small), () => worst(large));
    assert.ok(ratio < 3, `${what}: ${a.toFixed(2)} ms → ${b.toFixed(2)} ms`);
  }
});

const deepValue = (depth: number): unknown => {
  let v: unknown = 'off';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

test('a value nested 5,000 deep: one problem, no stack overflow; a known rule so set too', () => {
  const r = readConfig({ rules: { 'amount-unit': deepValue(5_000) } });
  assert.deepEqual(r.config, {});
  assert.deepEqual(r.problems, [{ path: '', message: { id: 'config.tooDeep', args: { max: CONFIG_LIMITS.depth } } }]);
  assert.equal(english(r.problems[0]!.message), `the configuration is nested more than ${CONFIG_LIMITS.depth} deep; none of it is used, the defaults apply`);
  assert.equal(say(r.problems[0]!.message, 'zh-cn'), `配置嵌套超过 ${CONFIG_LIMITS.depth} 层，整个配置未采用，按默认设置检查`);
  // Within the depth limit, a value that is no setting is quoted by its kind, not printed whole.
  const shallow = readConfig({ rules: { 'amount-unit': [[['off']]] } });
  assert.equal(english(shallow.problems[0]!.message), 'amount-unit must be one of error, warning, information, hint, off, not an array');
});

test('too many values, too many ignores: refused with a message', () => {
  const many = readConfig({ rules: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`r${i}`, 'off'])) });
  assert.deepEqual(many.config, {});
  assert.match(english(many.problems[0]!.message), /holds more than 10000 values; none of it is used/);
  const ignores = readConfig({ ignores: Array.from({ length: CONFIG_LIMITS.ignores + 1 }, (_, i) => `${i}/**`) });
  assert.equal(ignores.config.ignores, undefined);
  assert.deepEqual(ignores.problems.map((p) => p.path), ['ignores']);
});

test('the editor\'s nianbao.rules nested 5,000 deep: the defaults, and the problem named', () => {
  const s = readSettings({ rules: { 'amount-unit': deepValue(5_000) }, run: 'onType' });
  assert.deepEqual(s.config, {});
  assert.equal(s.run, 'onType');
  assert.deepEqual(s.problems.map((p) => p.path), ['nianbao']);
});

test('.nianbao.json: too large is not read; braces expanding too far leave ignores unused; a good one compiled once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-limits-'));
  try {
    const file = join(dir, '.nianbao.json');
    writeFileSync(file, JSON.stringify({ ignores: ['x'.repeat(MAX_CONFIG_BYTES)] }));
    const big = loadConfigFile(file);
    assert.deepEqual(big.config, {});
    assert.match(english(big.problems[0]!.message), /^the configuration file has 257 KB, more than 256 KB; not read, the defaults apply$/);
    writeFileSync(file, JSON.stringify({ ignores: ['{a,b}'.repeat(8)] }));
    const braces = loadConfigFile(file);
    assert.equal(braces.config.ignores, undefined);
    assert.deepEqual(braces.problems.map((p) => p.path), ['ignores']);
    writeFileSync(file, JSON.stringify({ ignores: ['草稿/**', 'a*a*a*a*a*a*a*a*a*a*a*a*b'] }));
    const good = loadConfigFile(file);
    assert.deepEqual(good.problems, []);
    assert.equal(isIgnored(good, join(dir, '草稿', 'x.txt')), true);
    assert.equal(isIgnored(good, join(dir, 'a'.repeat(60) + '.txt')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
