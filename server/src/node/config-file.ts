// The configuration file `.nianbao.json`, shared by the CLI and the language server: found by walking
// up from a report's folder (the nearest one wins, as with .eslintrc / .markdownlint-cli2), read and
// checked with the core's `readConfig`. The only module that reads configuration from disk.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { readConfig, type CheckerConfig, type ConfigProblem } from '../core/index';

export const CONFIG_FILE = '.nianbao.json';

/** The nearest `.nianbao.json` in `dir` or above it, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

export interface LoadedConfig {
  path: string;
  config: CheckerConfig;
  /** What could not be used, each naming the file; a file that is not JSON is one problem. */
  problems: ConfigProblem[];
}

/** Reads and checks a configuration file; never throws (an unreadable file is a problem, not an error). */
export function loadConfigFile(path: string): LoadedConfig {
  let json: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { path, config: {}, problems: [{ path: '', zh: `无法读取配置文件：${detail}`, en: `cannot read the configuration file: ${detail}` }] };
  }
  return { path, ...readConfig(json) };
}

const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

/** Whether the configuration's `ignores` (globs relative to its folder) match the file. */
export function isIgnored(loaded: LoadedConfig, file: string): boolean {
  const ignores = loaded.config.ignores;
  if (!ignores?.length) return false;
  let match = matchers.get(loaded);
  if (!match) {
    match = picomatch(ignores, { dot: true });
    matchers.set(loaded, match);
  }
  const rel = relative(dirname(loaded.path), resolve(file));
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return match(rel.split(sep).join('/'));
}
