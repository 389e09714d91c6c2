// Writing a file so that a reader never sees it half written, and a crash leaves the old file or the
// new one, never a mix: the data goes to a temporary file in the same folder (so the rename stays on
// one file system), is flushed to disk, takes the old file's mode, and replaces the file by a rename.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Replaces (or creates) `path` with `data`, atomically; keeps the file's permission bits. Throws on failure
 * (the temporary file is removed, the old file left as it was). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined; // a new file: the process's umask decides
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode ?? 0o666);
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  // The rename itself reaches the disk with the folder (not possible everywhere: best effort).
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    /* a platform that cannot open a folder (Windows) */
  }
}
