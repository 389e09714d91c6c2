// Running the built CLI (server/out/cli.js) as a child process, and temporary fixture folders.
import { after } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeed, repoRoot } from '../helpers';

export const root = repoRoot();
export const cli = join(root, 'server/out/cli.js');
export const seedDir = 'test/fixtures/seeds';
export const seeds = readdirSync(join(root, seedDir))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => `${seedDir}/${n}`);
export const seedText = (i: number) => readSeed(String(i).padStart(3, '0'));

/** The environment without any locale variable, so that the default (Chinese) applies. */
export function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  delete env.NO_COLOR;
  return env;
}

export function nianbao(args: string[], env: NodeJS.ProcessEnv = baseEnv(), cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
/** A new empty folder, removed when the test file ends. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  temps.push(d);
  return d;
}
after(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
