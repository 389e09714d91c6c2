// Finding the files to check and reading them as text. All the CLI's file-system access is here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A file to check: its path as given, or joined from the folder given. */
export interface Target {
  path: string;
  /** Found by walking a folder (so skipped if it is not a report), not named on the command line. */
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
  const detail = e instanceof Error ? e.message : String(e);
  return { zh: `无法读取：${detail}`, en: `cannot read: ${detail}` };
}

function pathError(path: string, e: unknown): string {
  const r = reason(e);
  return `nianbao: ${path}: ${r.zh} (${r.en})`;
}

/** The `*.txt` files below a folder, in sorted order, skipping node_modules and dot-folders. */
function walk(dir: string, out: Target[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(pathError(dir, e));
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

/** Expand the paths given into the files to check, in order; each file once. */
export function collectTargets(paths: readonly string[]): Collected {
  const found: Target[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch (e) {
      errors.push(pathError(p, e));
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

export type Decoded = { ok: true; text: string } | { ok: false; zh: string; en: string };

/**
 * The text of a report file. Only UTF-8 for now (GBK and UTF-16 come later: extend here).
 * A leading BOM is removed, so that positions are those an editor shows.
 */
export function decodeReport(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, zh: '不是 UTF-8 编码，GBK 支持以后提供', en: 'not UTF-8; GBK support comes later' };
  }
  return { ok: true, text: text.startsWith('\ufeff') ? text.slice(1) : text };
}

export type Loaded = { ok: true; text: string } | { ok: false; error: string };

/** Read and decode one file; on failure, a message for stderr naming the file. */
export function loadReport(path: string): Loaded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, error: pathError(path, e) };
  }
  const decoded = decodeReport(bytes);
  if (!decoded.ok) return { ok: false, error: `nianbao: ${path}: ${decoded.zh} (${decoded.en})` };
  return decoded;
}
