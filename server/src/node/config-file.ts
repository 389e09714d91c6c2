// The configuration file `.nianbao.json`, shared by the CLI and the language server: found by walking
// up from a report's folder (the nearest one wins, as with .eslintrc / .markdownlint-cli2), read and
// checked with the core's `readConfig`. The only module that reads configuration from disk.
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readConfig, type CheckerConfig, type ConfigProblem } from '../core/index';
import { compileGlobs, MAX_BRACE_EXPANSIONS, MAX_GLOB_CHARS } from './glob';
import { nodeMessages } from './messages';

const nm = nodeMessages.ref;

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

/** A `.nianbao.json` larger than this is not read (a real one is well under 1 KB). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Reads and checks a configuration file; never throws (an unreadable file is a problem, not an error). */
export function loadConfigFile(path: string): LoadedConfig {
  let json: unknown;
  try {
    const fd = openSync(path, 'r');
    let text: string;
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_CONFIG_BYTES) return { path, config: {}, problems: [{ path: '', message: nm('configFile.tooLarge', { size: Math.ceil(size / 1024), max: MAX_CONFIG_BYTES / 1024 }) }] };
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { path, config: {}, problems: [{ path: '', message: nm('configFile.unreadable', { detail }) }] };
  }
  const loaded: LoadedConfig = { path, ...readConfig(json) };
  const ignores = loaded.config.ignores;
  if (ignores?.length) {
    const globs = compileGlobs(ignores);
    if (globs.ok) matchers.set(loaded, globs.match);
    else {
      delete loaded.config.ignores;
      loaded.problems.push({
        path: 'ignores',
        message: globs.reason === 'braces' ? nm('configFile.braces', { pattern: JSON.stringify((globs.pattern ?? '').slice(0, 80)), max: MAX_BRACE_EXPANSIONS }) : nm('configFile.ignoresTooLong', { max: MAX_GLOB_CHARS }),
      });
    }
  }
  return loaded;
}

/** The `ignores` of each configuration read, compiled once (see glob.ts: time bounded whatever the patterns). */
const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

/** Whether the configuration's `ignores` (globs relative to its folder) match the file. */
export function isIgnored(loaded: LoadedConfig, file: string): boolean {
  let match = matchers.get(loaded);
  if (!match) {
    // A configuration made by hand (not read by loadConfigFile): compiled now, or nothing ignored.
    const ignores = loaded.config.ignores;
    const globs = ignores?.length ? compileGlobs(ignores) : undefined;
    if (!globs?.ok) return false;
    matchers.set(loaded, (match = globs.match));
  }
  const rel = relative(dirname(loaded.path), resolve(file));
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return match(rel.split(sep).join('/'));
}
