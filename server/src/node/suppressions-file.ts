// The suppressions file beside a report (`.nianbao-suppressions.json`, see core/suppressions.ts): read
// for the CLI and the server, each folder's file read once and again only when it changed (its size or
// modification time), and written when the editor's quick fix silences a finding. An unreadable or
// invalid file is a problem to tell, never an error: the findings are then reported as if it were not there.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readSuppressions, SUPPRESSIONS_FILE, withSuppression, type MessageRef, type Suppression } from '../core/index';
import { writeFileAtomic } from './atomic-write';
import { nodeMessages } from './messages';

const nm = nodeMessages.ref;

export interface FolderSuppressions {
  /** The suppressions file's path. */
  path: string;
  suppressions: Suppression[];
  /** What could not be used (the file unreadable, not JSON, an entry without its keys). */
  problems: MessageRef[];
  /** The file's content as parsed (undefined: no file, or not JSON). */
  json?: unknown;
  /** The file was there but could not be read or parsed: it must not be overwritten. */
  broken: boolean;
}

const stamp = (path: string): string | undefined => {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
};

function load(path: string): FolderSuppressions {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { path, suppressions: [], problems: [], broken: false };
    const why = e instanceof Error ? e.message : String(e);
    return { path, suppressions: [], problems: [nm('file.unreadable', { detail: why })], broken: true };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { path, suppressions: [], problems: [nm('suppressions.notJson', { detail: why })], broken: true };
  }
  const { suppressions, problems } = readSuppressions(json);
  return { path, suppressions, problems: problems.map((p) => nm('suppressions.at', { path: p.path, problem: p.message })), json, broken: false };
}

/** Each folder's suppressions, read again when the file changed. */
export class SuppressionsCache {
  private readonly byDir = new Map<string, { stamp: string | undefined; loaded: FolderSuppressions }>();

  /** `once`: each folder's file is read once, as it was when first asked (a CLI run); else again whenever it changed. */
  constructor(private readonly once = false) {}

  /** The suppressions of the folder of `reportPath`. */
  folder(reportPath: string): FolderSuppressions {
    const dir = dirname(reportPath);
    const path = join(dir, SUPPRESSIONS_FILE);
    const known = this.byDir.get(dir);
    if (known && this.once) return known.loaded;
    const now = stamp(path);
    if (known && known.stamp === now) return known.loaded;
    const loaded = now === undefined ? { path, suppressions: [], problems: [], broken: false } : load(path);
    this.byDir.set(dir, { stamp: now, loaded });
    return loaded;
  }

  /** Reads the folder's file again when next asked (after writing it). */
  forget(reportPath: string): void {
    this.byDir.delete(dirname(reportPath));
  }

  /** The suppressions that name the report (by its file name), and its folder's file. */
  forFile(reportPath: string): { suppressions: Suppression[]; folder: FolderSuppressions } {
    const folder = this.folder(reportPath);
    const name = basename(reportPath);
    return { suppressions: folder.suppressions.filter((s) => s.file === name), folder };
  }
}

/**
 * Adds a suppression of a finding of `reportPath` to its folder's file (created if missing), written
 * atomically. Refuses, saying why, when the file is there but cannot be read or parsed: its content
 * would be lost.
 */
export function addSuppression(reportPath: string, entry: Omit<Suppression, 'file'>): { ok: true; path: string } | { ok: false; message: MessageRef } {
  const path = join(dirname(reportPath), SUPPRESSIONS_FILE);
  const current = load(path);
  if (current.broken) {
    return { ok: false, message: nm('suppressions.notWritten', { path, problem: current.problems[0]! }) };
  }
  try {
    writeFileAtomic(path, withSuppression(current.json, { file: basename(reportPath), ...entry }));
  } catch (e) {
    return { ok: false, message: nm('suppressions.writeFailed', { path, detail: e instanceof Error ? e.message : String(e) }) };
  }
  return { ok: true, path };
}
