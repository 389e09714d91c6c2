// The workspace folder the end-to-end suite runs in: copies of the seeds (opened by the tests), a
// plain .txt, reports in `unopened/` (only "check all reports" sees them), seed 000 as
// `docx/000.docx`, and `.e2e/expect.json` telling the suite which display language the host was
// started with. Results come back in `.e2e/`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';

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
/** 200 reports for the workspace check: the seeds and the corpus's real reports in turn, every fourth in GBK (GB18030 where GBK cannot store it). */
export const MANY_DIR = 'many';
export const MANY = 200;

export function prepareWorkspace(repo: string, dir: string, expect: Expectation): void {
  rmSync(dir, { recursive: true, force: true });
  const seeds = join(repo, 'test', 'fixtures', 'seeds');
  mkdirSync(join(dir, SEEDS_DIR), { recursive: true });
  mkdirSync(join(dir, UNOPENED_DIR), { recursive: true });
  mkdirSync(join(dir, '.e2e'), { recursive: true });
  for (const f of readdirSync(seeds)) cpSync(join(seeds, f), join(dir, SEEDS_DIR, f));
  for (const f of readdirSync(seeds).filter((f) => /^00[23]/.test(f))) cpSync(join(seeds, f), join(dir, UNOPENED_DIR, f));
  const real = join(repo, 'test', 'fixtures', 'corpus', 'real');
  const sources = [...readdirSync(seeds).map((f) => join(seeds, f)), ...readdirSync(real).filter((f) => f.endsWith('.txt')).map((f) => join(real, f))];
  mkdirSync(join(dir, MANY_DIR), { recursive: true });
  for (let i = 0; i < MANY; i++) {
    // Each copy its own text (a last line of its number), so that no two are the same report.
    const text = readFileSync(sources[i % sources.length]!, 'utf8') + `\n${i}\n`;
    const name = join(dir, MANY_DIR, `${String(i).padStart(3, '0')}.txt`);
    if (i % 4 !== 3) writeFileSync(name, text);
    else {
      const gbk = iconv.encode(text, 'gbk');
      writeFileSync(name, iconv.decode(gbk, 'gbk') === text ? gbk : iconv.encode(text, 'gb18030'));
    }
  }
  writeFileSync(join(dir, 'plain.txt'), '会议纪要\n\n今天讨论了政府信息公开的安排。\n');
  // Seed 000 as a Word document (made by python-docx), opened as a read-only report.
  mkdirSync(join(dir, 'docx'), { recursive: true });
  cpSync(join(repo, 'test', 'fixtures', 'corpus', 'converted', 'docx', '000_b094f87eeea30dda.docx'), join(dir, 'docx', '000.docx'));
  writeFileSync(join(dir, '.e2e', 'expect.json'), JSON.stringify(expect));
}

/** test/e2e/language-pack as a .vsix in `dir`: VS Code runs with the display language zh-cn only when
 * a language pack for it is installed (`--locale` alone falls back to English). */
export function packageLanguagePack(repo: string, dir: string): string {
  const out = join(dir, 'zh-cn-pack.vsix');
  const vsce = join(repo, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], {
    cwd: join(repo, 'test', 'e2e', 'language-pack'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`packaging the language pack failed: ${r.stdout}${r.stderr}`);
  return out;
}

/** Writes `languagepacks.json`, the cache by which VS Code resolves a display language to a pack.
 * VS Code writes it when a pack is installed through a running instance; `--install-extension` on the
 * command line installs the pack without it. Same content: id, version, hash, translation paths. */
export function registerLanguagePack(extensionsDir: string, userDataDir: string): void {
  const dir = readdirSync(extensionsDir).find((d) => d.startsWith('nianbao-e2e.nianbao-e2e-zh-cn-'));
  if (!dir) throw new Error(`the language pack is not in ${extensionsDir}`);
  const manifest = JSON.parse(readFileSync(join(extensionsDir, dir, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const packs: Record<string, unknown> = {};
  for (const l of manifest.contributes.localizations) {
    packs[l.languageId] = {
      hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: Object.fromEntries(l.translations.map((t: { id: string; path: string }) => [t.id, join(extensionsDir, dir, t.path)])),
      label: l.localizedLanguageName,
    };
  }
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
