// Finding the files to check, reading them as text and writing fixed text back. All the CLI's
// file-system access is here (and in server/src/node/).
import { isUtf8 } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { decodeBytes, encodeText, type FileEncoding } from '../node/encoding';
import { findConfigFile, isIgnored, loadConfigFile, type LoadedConfig } from '../node/config-file';
import { writeFileAtomic } from '../node/atomic-write';
import { nodeMessages } from '../node/messages';
import type { MessageRef } from '../core/index';
import { convertBytes, CONVERTED_FILE, REPORT_FILE, type InputKind } from '../inputs';

/** A file to check: its path as given, or joined from the folder or glob given. */
export interface Target {
  /** The path as shown: as given, or joined; a name that is not UTF-8 with each such byte as `\xHH`. */
  path: string;
  /** The path's bytes, where a name in it is not UTF-8 (a GBK name as unzip leaves it): what the file system is asked. */
  fsPath?: Uint8Array;
  /** Found by walking a folder or matching a glob (so skipped if it is not a report), not named on the command line. */
  fromDir: boolean;
}

export interface Collected {
  targets: Target[];
  /** One error per path that could not be read; each means exit status 2. */
  errors: FileError[];
}

/** What went wrong with a file or folder: the path as shown, and why (rendered in the user's locale by the caller). */
export interface FileError {
  path: string;
  message: MessageRef;
}

const nm = nodeMessages.ref;

const SKIPPED_DIRS = new Set(['node_modules']);

function reason(e: unknown): MessageRef {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return nm('file.missing', {});
  if (code === 'EACCES' || code === 'EPERM') return nm('file.denied', {});
  if (code === 'EISDIR') return nm('file.isFolder', {});
  return nm('file.unreadable', { detail: e instanceof Error ? e.message : String(e) });
}

const fileError = (path: string, message: MessageRef): FileError => ({ path, message });

// ---------------------------------------------------------------- names are bytes

/** What the file system is asked for a target: its bytes where a name in it is not UTF-8, else its path. */
export const fsPathOf = (t: Target): string | Buffer => (t.fsPath ? Buffer.from(t.fsPath) : t.path);

/**
 * A name's bytes as text: UTF-8 as it is; a name that is not UTF-8 with its ASCII as it is and every other
 * byte as `\xHH` (`\xc4\xea\xb1\xa8.txt` for GBK 年报.txt: no guess at what it was meant to read).
 */
export function displayBytes(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  if (isUtf8(b)) return b.toString('utf8');
  let out = '';
  for (const byte of b) out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16)}`;
  return out;
}

const SLASH = Buffer.from('/');

/** A folder's bytes (or path) and a name's bytes joined. */
const joinBytes = (dir: string | Buffer, name: Buffer): Buffer => {
  const d = typeof dir === 'string' ? Buffer.from(dir) : dir;
  return d.length && d[d.length - 1] === 0x2f ? Buffer.concat([d, name]) : Buffer.concat([d, SLASH, name]);
};

/**
 * The report files (`*.txt`, `*.docx`, `*.html`, `*.htm`) below a folder, in sorted order, skipping
 * node_modules and dot-folders. Names are read as bytes: one that is not UTF-8 is kept as bytes to open it
 * by, and shown with `\xHH` for each such byte.
 */
function walk(dir: string | Buffer, shown: string, out: Target[], errors: FileError[]): void {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    errors.push(fileError(shown, reason(e)));
    return;
  }
  const items = entries
    .map((entry) => ({ entry, utf8: isUtf8(entry.name), name: displayBytes(entry.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lower = new Set(items.map((i) => i.name.toLowerCase()));
  for (const { entry, utf8, name } of items) {
    // A .docx or page beside a .txt of the same name: the .txt is its text (converted, and perhaps fixed).
    if (CONVERTED_FILE.test(name) && lower.has(name.replace(CONVERTED_FILE, '.txt').toLowerCase())) continue;
    const path = join(shown, name);
    const bytes = typeof dir !== 'string' || !utf8 ? joinBytes(dir, entry.name) : undefined;
    const fsPath = bytes ?? path;
    if (entry.isDirectory()) {
      if (!name.startsWith('.') && !SKIPPED_DIRS.has(name)) walk(fsPath, path, out, errors);
    } else if (REPORT_FILE.test(name)) {
      // A symbolic link counts when it leads to a file; links to folders are not followed.
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(fsPath))) out.push({ path, ...(bytes ? { fsPath: bytes } : {}), fromDir: true });
    }
  }
}

/**
 * The files a glob's match may stand for when one of its names is not UTF-8: the glob library reads names
 * as UTF-8, each such byte becoming U+FFFD, so the match names no file. Each such segment is looked up
 * among its folder's names as bytes (all that read the same, should two).
 */
function matchBytes(match: string): Buffer[] {
  let paths: (Buffer | undefined)[] = [undefined];
  for (const segment of match.split('/')) {
    const next: Buffer[] = [];
    for (const p of paths) {
      const prefix = p === undefined ? undefined : Buffer.concat([p, SLASH]);
      if (!segment.includes('\ufffd')) {
        next.push(prefix ? Buffer.concat([prefix, Buffer.from(segment)]) : Buffer.from(segment));
        continue;
      }
      let names: Buffer[] = [];
      try {
        names = readdirSync(p === undefined ? '.' : p.length ? p : SLASH, { encoding: 'buffer' });
      } catch {
        // a folder that cannot be read holds nothing to match
      }
      for (const n of names) if (n.toString('utf8') === segment) next.push(prefix ? Buffer.concat([prefix, n]) : n);
    }
    paths = next;
  }
  return paths.filter((p): p is Buffer => p !== undefined);
}

function isFile(path: string | Buffer): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expand the paths given (files, folders, glob patterns) into the files to check, in order; each file
 * once. `raw`: the bytes of each path given, where they are not UTF-8 (a name typed or completed in a
 * shell as the file system holds it).
 */
export function collectTargets(paths: readonly string[], raw: readonly (Uint8Array | undefined)[] = []): Collected {
  const found: Target[] = [];
  const errors: FileError[] = [];
  paths.forEach((given, i) => {
    const bytes = raw[i] ? Buffer.from(raw[i]!) : undefined;
    const p = bytes ? displayBytes(bytes) : given;
    let stat;
    try {
      stat = statSync(bytes ?? p);
    } catch (e) {
      if (!bytes && GLOB_CHARS.test(p)) {
        const matches = globSync(p, { onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false })
          .filter((m) => REPORT_FILE.test(m))
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (matches.length === 0) errors.push(fileError(p, nm('file.noMatch', {})));
        for (const m of matches) {
          if (!m.includes('\ufffd')) found.push({ path: m, fromDir: true });
          else for (const b of matchBytes(m)) found.push({ path: displayBytes(b), fsPath: b, fromDir: true });
        }
        return;
      }
      errors.push(fileError(p, reason(e)));
      return;
    }
    if (stat.isDirectory()) walk(bytes ?? p, p, found, errors);
    else found.push({ path: p, ...(bytes ? { fsPath: bytes } : {}), fromDir: false });
  });
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
export function configFileError(path: string): FileError | undefined {
  try {
    if (statSync(path).isFile()) return undefined;
    return fileError(path, nm('file.configNotAFile', {}));
  } catch (e) {
    return fileError(path, reason(e));
  }
}

// ---------------------------------------------------------------- reading and writing

export type Loaded = ({ ok: true; text: string; bytes: number } & FileEncoding) | { ok: false; error: FileError };

/** A file's bytes, or the error naming the file. */
function readBytes(target: Target): { ok: true; bytes: Uint8Array } | { ok: false; error: FileError } {
  try {
    return { ok: true, bytes: readFileSync(fsPathOf(target)) };
  } catch (e) {
    return { ok: false, error: fileError(target.path, reason(e)) };
  }
}

/** Read and decode one file; on failure, the error naming the file. */
export function loadReport(target: Target): Loaded {
  const read = readBytes(target);
  if (!read.ok) return read;
  const { bytes } = read;
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: fileError(target.path, decoded.message) };
  return { ...decoded, bytes: bytes.length };
}

/** A .docx or a web page read and converted to the report's text (Tika's layout, see server/src/inputs). */
export type LoadedInput = ({ ok: true; text: string; bytes: number; kind: InputKind; notes: MessageRef[]; source: string } & FileEncoding) | { ok: false; error: FileError };

/** Read a file that is converted to text (a .docx, a web page); on failure, the error naming the file. */
export function loadConverted(target: Target): LoadedInput {
  const read = readBytes(target);
  if (!read.ok) return read;
  const { bytes } = read;
  const converted = convertBytes(target.path, bytes);
  if (!converted.ok) return { ok: false, error: fileError(target.path, converted.message) };
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

/** Make a folder (and its parents); the error on failure. */
export function makeFolder(path: string): FileError | undefined {
  try {
    mkdirSync(path, { recursive: true });
    return undefined;
  } catch (e) {
    return fileError(path, reason(e));
  }
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

function writeReason(e: unknown): MessageRef {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return nm('write.noSpace', {});
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return nm('write.denied', {});
  return nm('write.failed', { detail: e instanceof Error ? e.message : String(e) });
}

/** Replaces a file's bytes atomically (node/atomic-write.ts); undefined, or why it failed. */
function replaceFile(path: string | Buffer, bytes: Uint8Array, fault?: () => void, create = false): MessageRef | undefined {
  try {
    writeFileAtomic(path, bytes, { create, ...(fault ? { fault } : {}) });
    return undefined;
  } catch (e) {
    return writeReason(e);
  }
}

/** The message for a fixed text that the file's encoding cannot store (nothing is written then). */
export const unencodable = (path: string, encoding: string): FileError => fileError(path, nm('write.unencodable', { encoding }));

/** Write text back in the file's own encoding and BOM, atomically; the error on failure. */
export function writeReport(target: Target, text: string, enc: FileEncoding, fault?: () => void): FileError | undefined {
  const bytes = encodeText(text, enc);
  if (!bytes) return unencodable(target.path, enc.encoding);
  const error = replaceFile(fsPathOf(target), bytes, fault);
  return error && fileError(target.path, error);
}

/** The whole output of `extract`, or any text, to a file (written as a fix is: whole or not at all). */
export function writeText(path: string, text: string): FileError | undefined {
  const error = replaceFile(path, Buffer.from(text, 'utf8'), undefined, true);
  return error && fileError(path, error);
}
