// A .nianbao.json from a stranger: nested 5,000 deep, too large, or with patterns that backtracked. The
// CLI says what is wrong, exits 2, and still checks every file with the defaults — in one thread and in
// several (64 files or more).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseEnv, cli, nianbao, root, seeds, tempDir } from './process';

const deep = (depth: number) => '['.repeat(depth) + '"off"' + ']'.repeat(depth);

/** `n` copies of seed 001 in a folder with the given .nianbao.json text. */
function folder(config: string, n: number): string {
  const dir = tempDir();
  writeFileSync(join(dir, '.nianbao.json'), config);
  for (let i = 0; i < n; i++) copyFileSync(join(root, seeds[1]!), join(dir, `r${String(i).padStart(3, '0')}.txt`));
  return dir;
}

const defaults = (n: number) => {
  const dir = folder('{}', n);
  return (JSON.parse(nianbao(['check', '--format', 'json', dir]).stdout) as { diagnostics: unknown[] }[]).map((e) => e.diagnostics);
};

for (const n of [3, 64]) {
  test(`a configuration nested 5,000 deep, ${n} files: exit 2, the problem named, every file checked with the defaults`, () => {
    const dir = folder(`{"rules": {"amount-unit": ${deep(5_000)}}}`, n);
    const r = nianbao(['check', '--format', 'json', dir], { ...baseEnv(), NIANBAO_THREADS: '2' });
    assert.equal(r.code, 2, r.stderr);
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[] }[];
    assert.equal(out.length, n);
    assert.deepEqual(out.map((e) => e.diagnostics), defaults(n));
    assert.equal(
      r.stderr,
      `nianbao: ${join(dir, '.nianbao.json')}: 配置嵌套超过 16 层，整个配置未采用，按默认设置检查\n`,
    );
  });
}

test('a configuration too large: not read, exit 2, the files checked', () => {
  const dir = folder(JSON.stringify({ ignores: Array.from({ length: 30_000 }, (_, i) => `草稿${i}/**`) }), 2);
  const r = nianbao(['check', '--format', 'json', dir]);
  assert.equal(r.code, 2);
  assert.equal(JSON.parse(r.stdout).length, 2);
  assert.match(r.stderr, /: 配置文件有 \d+ KB，超过 256 KB，未读取，按默认设置检查\n$/);
});

test('ignores a*a*…*b.txt (12 stars) against a 64-character name: matched at once, the files checked', () => {
  // With picomatch, 7 stars took 4 s against this name, 8 stars 30 s, 12 stars longer than any test.
  const dir = folder(JSON.stringify({ ignores: ['a*'.repeat(12) + 'b.txt', '*跳过*'] }), 0);
  copyFileSync(join(root, seeds[1]!), join(dir, 'a'.repeat(60) + '.txt'));
  copyFileSync(join(root, seeds[1]!), join(dir, '跳过' + 'a'.repeat(60) + '.txt'));
  const p = spawnSync(process.execPath, [cli, 'check', '--format', 'json', dir], { encoding: 'utf8', env: baseEnv(), timeout: 30_000 });
  const r = { code: p.status, stdout: p.stdout, stderr: p.stderr };
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    (JSON.parse(r.stdout) as { file: string }[]).map((e) => e.file),
    [join(dir, 'a'.repeat(60) + '.txt')],
  );
  assert.match(r.stderr, /按配置的 ignores 忽略了 1 个文件/);
});
