// The workspace folder the end-to-end suite runs in: copies of the seeds (opened by the tests), a
// plain .txt, reports in `unopened/` (only "check all reports" sees them) and `.e2e/expect.json`
// telling the suite which display language the host was started with. Results come back in `.e2e/`.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Expectation {
  /** The display language the host was started with (`en`, `zh-cn`). */
  language: string;
}

/** What the suite writes to `.e2e/result.json`. */
export interface SuiteResult {
  language: string;
  passed: number;
  failed: number;
  failures: string[];
  metrics: Record<string, number>;
}

export const SEEDS_DIR = 'seeds';
export const UNOPENED_DIR = 'unopened';

export function prepareWorkspace(repo: string, dir: string, expect: Expectation): void {
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(repo, 'test', 'fixtures', 'seeds');
  mkdirSync(join(dir, SEEDS_DIR), { recursive: true });
  mkdirSync(join(dir, UNOPENED_DIR), { recursive: true });
  mkdirSync(join(dir, '.e2e'), { recursive: true });
  for (const f of readdirSync(seeds)) cpSync(join(seeds, f), join(dir, SEEDS_DIR, f));
  for (const f of readdirSync(seeds).filter((f) => /^00[23]/.test(f))) cpSync(join(seeds, f), join(dir, UNOPENED_DIR, f));
  writeFileSync(join(dir, 'plain.txt'), '会议纪要\n\n今天讨论了政府信息公开的安排。\n');
  writeFileSync(join(dir, '.e2e', 'expect.json'), JSON.stringify(expect));
}
