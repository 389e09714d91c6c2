// `nianbao check --cache`: a re-run checks only the reports that changed. Each report's check is kept
// under its absolute path with a key: a hash of everything its findings depend on — the text as
// decoded, its encoding, the configuration and rule settings that apply, the suppressions beside it,
// the locale and the output's needs. The file also records the tool that wrote it (the version and a
// hash of the running program), so a new build starts afresh. A folder's cross-year findings are kept
// under the keys of all its reports: they are compared again when any of them changed.
// The file is one structured-clone blob (node:v8), written atomically; it is safe to delete, and one
// that cannot be read is ignored with a warning.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../node/atomic-write';
import { VERSION } from './version';

/** The cache's file name, in the working folder or in the folder `--cache-location` names. */
export const CACHE_FILE = '.nianbaocache';

const FORMAT = 1;

/** The running program, by content: a rebuilt checker does not reuse another build's findings. */
let toolId: string | undefined;
function tool(): string {
  if (toolId === undefined) {
    let program = '';
    try {
      program = createHash('sha256').update(readFileSync(__filename)).digest('hex');
    } catch {
      // Not readable (a bundled, virtual file): the version alone names the tool.
    }
    toolId = `${VERSION}:${program}`;
  }
  return toolId;
}

/** The key of one report's check: a hash of every input of it (see the head of this file). */
export function cacheKey(parts: readonly string[]): string {
  const h = createHash('sha256');
  // As UTF-16: the strings' own code units, with no conversion to UTF-8 first.
  for (const p of parts) h.update(p, 'utf16le').update('\0');
  return h.digest('base64url');
}

/** Where the cache is: `--cache-location` (a file, or a folder to put `.nianbaocache` in), else the working folder. */
export function cachePath(location: string | undefined): string {
  if (location === undefined) return resolve(CACHE_FILE);
  const folder = location.endsWith('/') || location.endsWith('\\') || (existsSync(location) && statSync(location).isDirectory());
  return resolve(folder ? join(location, CACHE_FILE) : location);
}

interface Entry<V> {
  key: string;
  value: V;
}

/** `V`: what is kept of a report, by its path; `F`: what is kept of a folder, by its name. */
export class CheckCache<V, F> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly folders = new Map<string, Entry<F>>();
  private changed = false;
  /** Why the file on disk could not be used (it is then rewritten), or undefined. */
  readonly problem: string | undefined;

  /** Reads the cache at `path`; a missing one is empty, and so is another tool's. `problem`: it could not be read. */
  constructor(readonly path: string) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = (e as Error).message;
      return;
    }
    try {
      const data: unknown = deserialize(bytes);
      if (!isCacheData(data)) throw new Error('not a nianbao cache');
      if (data.tool !== tool()) return;
      for (const [file, key, value] of data.entries) this.entries.set(file, { key, value: value as V });
      for (const [folder, key, value] of data.folders) this.folders.set(folder, { key, value: value as F });
    } catch (e) {
      this.problem = e instanceof Error ? e.message : String(e);
    }
    this.changed = this.problem !== undefined;
  }

  /** Each file's key, for the threads that decide what to check again. */
  keys(): Map<string, string> {
    return new Map([...this.entries].map(([file, e]) => [file, e.key]));
  }

  /** The kept check of `file` if it was made under `key`. */
  get(file: string, key: string): V | undefined {
    const e = this.entries.get(resolve(file));
    return e?.key === key ? e.value : undefined;
  }

  set(file: string, key: string, value: V): void {
    const path = resolve(file);
    if (this.entries.get(path)?.key === key) return;
    this.entries.set(path, { key, value });
    this.changed = true;
  }

  /** What is kept of `folder` if it was made under `key`. */
  folder(folder: string, key: string): F | undefined {
    const e = this.folders.get(folder);
    return e?.key === key ? e.value : undefined;
  }

  setFolder(folder: string, key: string, value: F): void {
    this.folders.set(folder, { key, value });
    this.changed = true;
  }

  /** Writes the cache when something changed; the error's message when it could not be written. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const list = <T>(m: Map<string, Entry<T>>) => [...m].map(([name, e]) => [name, e.key, e.value]);
    try {
      writeFileAtomic(this.path, serialize({ format: FORMAT, tool: tool(), entries: list(this.entries), folders: list(this.folders) }));
      this.changed = false;
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
}

type Listed = [string, string, unknown][];

const isList = (x: unknown): x is Listed =>
  Array.isArray(x) && x.every((e) => Array.isArray(e) && e.length === 3 && typeof e[0] === 'string' && typeof e[1] === 'string');

function isCacheData(x: unknown): x is { format: number; tool: string; entries: Listed; folders: Listed } {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return d.format === FORMAT && typeof d.tool === 'string' && isList(d.entries) && isList(d.folders);
}
