// Finding the files to check, reading them as text and writing fixed text back. All the CLI's
// file-system access is here (and in server/src/node/).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { decodeBytes, encodeText, type FileEncoding } from '../node/encoding';
import { findConfigFile, isIgnored, loadConfigFile, type LoadedConfig } from '../node/config-file';
import { convertBytes, CONVERTED_FILE, REPORT_FILE, type InputKind, type InputNote } from '../inputs';

/** A file to check: its path as given, or joined from the folder or glob given. */
export interface Target {
  path: string;
  /** Found by walking a folder or matching a glob (so skipped if it is not a report), not named on the command line. */
  fromDir: boolean;
}

export interface Collected {
  targets: Target[];
  /** One message per path that could not be read; each means exit status 2. */
  errors: string[];
}

const SKIPPED_DIRS = new Set(['node_modules']);

function reason(e: unknown): { zh: string; en: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { zh: '文件或文件夹不存在', en: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有读取权限', en: 'permission denied' };
  if (code === 'EISDIR') return { zh: '是文件夹，不是文件', en: 'is a folder, not a file' };
  const detail = e instanceof Error ? e.message : String(e);
  return { zh: `无法读取：${detail}`, en: `cannot read: ${detail}` };
}

const message = (path: string, r: { zh: string; en: string }) => `nianbao: ${path}: ${r.zh} (${r.en})`;

/** The report files (`*.txt`, `*.docx`, `*.html`, `*.htm`) below a folder, in sorted order, skipping node_modules and dot-folders. */
function walk(dir: string, out: Target[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(message(dir, reason(e)));
    return;
  }
  const names = entries.map((d) => d.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = new Map(entries.map((d) => [d.name, d]));
  const lower = new Set(names.map((n) => n.toLowerCase()));
  for (const name of names) {
    // A .docx or page beside a .txt of the same name: the .txt is its text (converted, and perhaps fixed).
    if (CONVERTED_FILE.test(name) && lower.has(name.replace(CONVERTED_FILE, '.txt').toLowerCase())) continue;
    const entry = byName.get(name);
    const path = join(dir, name);
    if (entry?.isDirectory()) {
      if (!name.startsWith('.') && !SKIPPED_DIRS.has(name)) walk(path, out, errors);
    } else if (REPORT_FILE.test(name)) {
      // A symbolic link counts when it leads to a file; links to folders are not followed.
      if (entry?.isFile() || (entry?.isSymbolicLink() && isFile(path))) out.push({ path, fromDir: true });
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expand the paths given (files, folders, glob patterns) into the files to check, in order; each file once. */
export function collectTargets(paths: readonly string[]): Collected {
  const found: Target[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      if (GLOB_CHARS.test(p)) {
        const matches = globSync(p, { onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false })
          .filter((m) => REPORT_FILE.test(m))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (matches.length === 0) errors.push(message(p, { zh: '没有匹配的 .txt、.docx 或网页文件', en: 'no .txt, .docx or web page file matches' }));
        for (const m of matches) found.push({ path: m, fromDir: true });
        continue;
      }
      errors.push(message(p, reason(e)));
      continue;
    }
    if (stat.isDirectory()) walk(p, found, errors);
    else found.push({ path: p, fromDir: false });
  }
  const seen = new Set<string>();
  const targets = found.filter((t) => {
    const key = resolve(t.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { targets, errors };
}

// ---------------------------------------------------------------- configuration

/**
 * The configuration for each file: the one named by `--config`, else the nearest `.nianbao.json`
 * above the file (read once per file).
 */
export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byPath = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: string) {}

  /** The configuration that applies to a file, or undefined when there is none. */
  forFile(file: string): LoadedConfig | undefined {
    if (this.explicit) return this.load(resolve(this.explicit));
    const dir = dirname(resolve(file));
    if (!this.byDir.has(dir)) {
      const found = findConfigFile(dir);
      this.byDir.set(dir, found ? this.load(found) : undefined);
    }
    return this.byDir.get(dir);
  }

  /** Every configuration read so far (to report their problems once). */
  loaded(): LoadedConfig[] {
    return [...this.byPath.values()];
  }

  private load(path: string): LoadedConfig {
    let c = this.byPath.get(path);
    if (!c) {
      c = loadConfigFile(path);
      this.byPath.set(path, c);
    }
    return c;
  }

  /** Whether the configuration's `ignores` (globs relative to its folder) match the file. */
  ignored(file: string): boolean {
    const c = this.forFile(file);
    return c !== undefined && isIgnored(c, file);
  }
}

/** Whether a configuration file exists and is a file (for `--config`). */
export function configFileError(path: string): string | undefined {
  try {
    if (statSync(path).isFile()) return undefined;
    return message(path, { zh: '配置文件不是文件', en: 'the configuration is not a file' });
  } catch (e) {
    return message(path, reason(e));
  }
}

// ---------------------------------------------------------------- reading and writing

export type Loaded = ({ ok: true; text: string; bytes: number } & FileEncoding) | { ok: false; error: string };

/** A file's bytes, or a message for stderr naming the file. */
function readBytes(path: string): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    return { ok: false, error: message(path, reason(e)) };
  }
}

/** Read and decode one file; on failure, a message for stderr naming the file. */
export function loadReport(path: string): Loaded {
  const read = readBytes(path);
  if (!read.ok) return read;
  const { bytes } = read;
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: message(path, decoded) };
  return { ...decoded, bytes: bytes.length };
}

/** Write text back in the file's own encoding and BOM; a message for stderr on failure. */
export function writeReport(path: string, text: string, enc: FileEncoding): string | undefined {
  const bytes = encodeText(text, enc);
  if (!bytes) {
    return message(path, {
      zh: `修复后的文本含有 ${enc.encoding} 无法表示的字符，未写入`,
      en: `the fixed text holds characters ${enc.encoding} cannot store; not written`,
    });
  }
  try {
    writeFileSync(path, bytes);
    return undefined;
  } catch (e) {
    return message(path, reason(e));
  }
}

/** The whole output of `extract`, or any text, to a file. */
export function writeText(path: string, text: string): string | undefined {
  try {
    writeFileSync(path, text, 'utf8');
    return undefined;
  } catch (e) {
    return message(path, reason(e));
  }
}

/** A .docx or a web page read and converted to the report's text (Tika's layout, see server/src/inputs). */
export type LoadedInput = ({ ok: true; text: string; bytes: number; kind: InputKind; notes: InputNote[]; source: string } & FileEncoding) | { ok: false; error: string };

/** Read a file that is converted to text (a .docx, a web page); on failure, a message for stderr naming the file. */
export function loadConverted(path: string): LoadedInput {
  const read = readBytes(path);
  if (!read.ok) return read;
  const { bytes } = read;
  const converted = convertBytes(path, bytes);
  if (!converted.ok) return { ok: false, error: message(path, converted) };
  const source = converted.kind === 'docx' ? '.docx' : `HTML ${converted.encoding ?? ''}`.trim();
  return { ok: true, text: converted.text, bytes: bytes.length, kind: converted.kind, notes: converted.notes, source, encoding: 'UTF-8', bom: false };
}

/** Whether a path is an existing folder. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Make a folder (and its parents); a message for stderr on failure. */
export function makeFolder(path: string): string | undefined {
  try {
    mkdirSync(path, { recursive: true });
    return undefined;
  } catch (e) {
    return message(path, reason(e));
  }
}
