// `check --cache`: a re-run prints exactly what a full check prints, whatever changed in between — a
// report (and so a cross-year comparison with an unchanged one), the configuration, the cache itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossYearCarry } from '../../server/src/core/cross-year';
import { nianbao, seedText, tempDir } from './process';

const [bad2021] = crossYearCarry.docs.examples[0]!.bad;
const [good2021, report2022] = crossYearCarry.docs.examples[0]!.good;

/** A folder of reports: one agency's 2021 and 2022, and two seeds. */
function folder(): string {
  const dir = join(tempDir(), 'reports');
  mkdirSync(dir);
  writeFileSync(join(dir, '2021.txt'), good2021!);
  writeFileSync(join(dir, '2022.txt'), report2022!);
  writeFileSync(join(dir, '000.txt'), seedText(0));
  writeFileSync(join(dir, '002.txt'), seedText(2));
  return dir;
}

test('check --cache: each re-run prints what a full check prints, as a report, the configuration or the cache changes', () => {
  const dir = folder();
  const cacheFile = join(dir, '..', 'cache.bin');
  const full = () => nianbao(['check', '--format', 'json', dir]);
  const cached = () => nianbao(['check', '--format', 'json', '--cache', '--cache-location', cacheFile, dir]);
  const same = (what: string) => {
    const a = full();
    const b = cached();
    assert.equal(b.stdout, a.stdout, what);
    assert.equal(b.code, a.code, what);
    return { full: a, cached: b };
  };

  same('the first run, the cache empty');
  assert.ok(existsSync(cacheFile));
  const written = readFileSync(cacheFile);
  const again = same('a re-run, nothing changed');
  assert.equal(again.cached.stderr, '');
  assert.deepEqual(readFileSync(cacheFile), written, 'nothing changed, so the cache is not rewritten');

  // Last year's report changes: this year's, unchanged and kept, now differs from it.
  writeFileSync(join(dir, '2021.txt'), bad2021!);
  const changed = same('2021 changed');
  const found = JSON.parse(changed.cached.stdout) as { file: string; diagnostics: { rule: string }[] }[];
  const y2022 = found.find((f) => f.file.endsWith('2022.txt'))!;
  assert.ok(y2022.diagnostics.some((f) => f.rule === 'cross-year-carry'), 'the unchanged 2022 report is compared with the new 2021 one');

  writeFileSync(join(dir, '.nianbao.json'), JSON.stringify({ rules: { 'cross-year-carry': 'off', 'table-swapped-cells': 'warning' } }));
  same('the configuration changed');

  writeFileSync(join(dir, '.nianbao-suppressions.json'), JSON.stringify({ version: 1, suppressions: [] }));
  same('a suppressions file added');

  writeFileSync(cacheFile, 'not a cache');
  const corrupt = same('the cache corrupt');
  assert.match(corrupt.cached.stderr, /^nianbao: 缓存文件 .*cache\.bin 无法使用（.*），已忽略，全部重新检查\n$/);
  assert.equal(cached().stderr, '', 'the cache was written anew');
});

test('check --cache: --cache-location may name a folder; the options belong to check --cache', () => {
  const dir = folder();
  const where = tempDir();
  const r = nianbao(['check', '--cache', '--cache-location', where, dir]);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(existsSync(join(where, '.nianbaocache')));

  const en = { ...process.env, LANG: 'en_US.UTF-8' };
  const noCache = nianbao(['check', '--cache-location', where, dir], en);
  assert.equal(noCache.code, 2);
  assert.match(noCache.stderr, /--cache-location needs --cache/);
  const fix = nianbao(['fix', '--cache', dir], en);
  assert.equal(fix.code, 2);
  assert.match(fix.stderr, /fix takes no --cache/);
});
