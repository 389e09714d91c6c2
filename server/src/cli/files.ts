// Finding the files to check, reading them as text and writing fixed text back. All the CLI's
// file-system access is here (and in server/src/node/).
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { decodeBytes, encodeText, type FileEncoding } from '../node/encoding';
import { findConfigFile, isIgnored, loadConfigFile, type LoadedConfig } from '../node/config-file';
import { TEXTS, type Text } from '../node/texts';

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

/** The `*.txt` files below a folder, in sorted order, skipping node_modules and dot-folders. */
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
  for (const name of names) {
    const entry = byName.get(name);
    const path = join(dir, name);
    if (entry?.isDirectory()) {
      if (!name.startsWith('.') && !SKIPPED_DIRS.has(name)) walk(path, out, errors);
    } else if (/\.txt$/i.test(name)) {
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
          .filter((m) => /\.txt$/i.test(m))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (matches.length === 0) errors.push(message(p, { zh: '没有匹配的 .txt 文件', en: 'no .txt file matches' }));
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

/** Read and decode one file; on failure, a message for stderr naming the file. */
export function loadReport(path: string): Loaded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: message(path, reason(e)) };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: message(path, decoded) };
  return { ...decoded, bytes: bytes.length };
}

/**
 * Test-only (`NIANBAO_TEST_WRITE_FAULT` in the CLI's environment, never set in normal use): what happens
 * when half of a file's new bytes are written — `ENOSPC` fails the write as a full disk does, `pause`
 * says so on stderr and waits a minute, so that a test can kill the process in the middle of a write.
 */
export function writeFault(env: Record<string, string | undefined>, stderr: (text: string) => void): (() => void) | undefined {
  const fault = env['NIANBAO_TEST_WRITE_FAULT'];
  if (fault === 'ENOSPC') {
    return () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
  }
  if (fault === 'pause') {
    return () => {
      stderr('nianbao-test: paused in a write\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    };
  }
  return undefined;
}

function writeReason(e: unknown): Text {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return TEXTS.writeNoSpace;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return TEXTS.writeDenied;
  return TEXTS.writeFailed(e instanceof Error ? e.message : String(e));
}

/**
 * Replaces a file's bytes atomically: a temporary file in the same folder (so that the rename stays on
 * one file system), written whole and flushed to the disk, given the original's mode (and owner, where
 * allowed), then renamed over it — a link is followed, and the file it leads to replaced. Whatever fails
 * or is interrupted, the original is either untouched or wholly replaced, never cut; a reader (another
 * `nianbao fix`) sees the one or the other. Undefined, or why it failed.
 */
function replaceFile(path: string, bytes: Uint8Array, fault?: () => void, create = false): Text | undefined {
  let tmp: string | undefined;
  let fd: number | undefined;
  try {
    let real = path;
    let stat: { mode: number; uid: number; gid: number } | undefined;
    try {
      real = realpathSync(path);
      stat = statSync(real);
    } catch (e) {
      if (!create || (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    tmp = join(dirname(real), `.${basename(real)}.nianbao-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    fd = openSync(tmp, 'wx', stat ? stat.mode & 0o777 : 0o666);
    const half = fault ? bytes.length >> 1 : bytes.length;
    writeAll(fd, bytes, 0, half);
    fault?.();
    writeAll(fd, bytes, half, bytes.length);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (stat) {
      chmodSync(tmp, stat.mode & 0o7777); // the umask may have taken bits away
      try {
        chownSync(tmp, stat.uid, stat.gid);
      } catch {
        // Only the owner or root may; the file is then the writer's, as with any editor's save.
      }
    }
    renameSync(tmp, real);
    tmp = undefined;
    syncFolder(dirname(real));
    return undefined;
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    if (tmp !== undefined) unlinkQuietly(tmp);
    return writeReason(e);
  }
}

function writeAll(fd: number, bytes: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to; ) at += writeSync(fd, bytes, at, to - at);
}

/** The rename itself on the disk (best effort: not every file system or platform can flush a folder). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder as a file; the rename is done all the same.
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already failed: the write's own error is the one to report
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to remove
  }
}

/** The message for a fixed text that the file's encoding cannot store (nothing is written then). */
export const unencodable = (path: string, encoding: string): string =>
  message(path, {
    zh: `修复后的文本含有 ${encoding} 无法表示的字符，未写入`,
    en: `the fixed text holds characters ${encoding} cannot store; not written`,
  });

/** Write text back in the file's own encoding and BOM, atomically; a message for stderr on failure. */
export function writeReport(path: string, text: string, enc: FileEncoding, fault?: () => void): string | undefined {
  const bytes = encodeText(text, enc);
  if (!bytes) return unencodable(path, enc.encoding);
  const error = replaceFile(path, bytes, fault);
  return error && message(path, error);
}

/** The whole output of `extract`, or any text, to a file (written as a fix is: whole or not at all). */
export function writeText(path: string, text: string): string | undefined {
  const error = replaceFile(path, Buffer.from(text, 'utf8'), undefined, true);
  return error && message(path, error);
}
