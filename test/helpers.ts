// Shared test helpers: the repository root, the seed reports in test/fixtures/seeds, and messages in English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MessageRef } from '../server/src/core/index';
import { say } from '../server/src/cli/messages';

let root: string | undefined;

/** The folder holding package.json, found by walking up from this (bundled) file. */
export function repoRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    if (dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

/** The path of a seed by its file name, or by a prefix of it (`004` → `004_bb7c97ac85056bf8.txt`). */
export function seedPath(name: string): string {
  const dir = join(repoRoot(), 'test', 'fixtures', 'seeds');
  if (existsSync(join(dir, name))) return join(dir, name);
  const matches = readdirSync(dir).filter((f) => f.startsWith(name));
  if (matches.length !== 1) throw new Error(`seed "${name}" matches ${matches.length} files`);
  return join(dir, matches[0]!);
}

/** The text of the seed whose file name starts with `prefix`. */
export function readSeed(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}

/**
 * One report of at least `bytes` bytes of UTF-8: the first seed, then the other seeds' bodies without
 * their first two lines (their titles), so that nothing in it starts a second report.
 */
export function oneLongReport(seeds: readonly string[], bytes: number): string {
  let text = seeds[0]!;
  for (let i = 1; Buffer.byteLength(text) < bytes; i++) text += '\n\n' + seeds[i % seeds.length]!.split('\n').slice(2).join('\n');
  return text;
}

/** A message of the core, the inputs, the node layer or the CLI in English: what a test compares. */
export const english = (ref: MessageRef): string => say(ref, 'en');
export { say };
