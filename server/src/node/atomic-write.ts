// Writing a file so that a reader never sees it half written, and a crash leaves the old file or the new
// one, never a mix: the one way the CLI (a fixed report, extract's output) and the server (the
// suppressions file) write. The data goes to a temporary file in the same folder (so that the rename
// stays on one file system), is written whole and flushed to the disk, takes the original's mode (and
// owner, where allowed), and replaces the file by a rename; a link is followed and the file it leads to
// replaced. A path may be bytes (a name that is not UTF-8).
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Create the file when it is not there (default true); false: a missing file is an error (ENOENT). */
  create?: boolean;
  /** Test only: called when half of the bytes are written (a full disk, a kill in the middle). */
  fault?: () => void;
}

/** Replaces (or creates) `path` with `data`, atomically. Throws on failure, the temporary file removed
 * and the original as it was. */
export function writeFileAtomic(path: string | Buffer, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let tmp: string | Buffer | undefined;
  let fd: number | undefined;
  try {
    let real = path;
    let stat: { mode: number; uid: number; gid: number } | undefined;
    try {
      // The native realpath: the other reads a path of bytes as UTF-8.
      real = typeof path === 'string' ? realpathSync(path) : realpathSync.native(path, { encoding: 'buffer' });
      stat = statSync(real);
    } catch (e) {
      if (options.create === false || (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    tmp = beside(real, `.nianbao-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    fd = openSync(tmp, 'wx', stat ? stat.mode & 0o777 : 0o666);
    const half = options.fault ? bytes.length >> 1 : bytes.length;
    writeAll(fd, bytes, 0, half);
    options.fault?.();
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
    syncFolder(folderOf(real));
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    if (tmp !== undefined) unlinkQuietly(tmp);
    throw e;
  }
}

const SLASH = Buffer.from('/');

/** The folder of a path (as bytes where the path is). */
function folderOf(path: string | Buffer): string | Buffer {
  if (typeof path === 'string') return dirname(path);
  const slash = path.lastIndexOf(0x2f);
  return slash > 0 ? path.subarray(0, slash) : slash === 0 ? SLASH : Buffer.from('.');
}

/** `.NAME` + suffix in the same folder as the path: the temporary file of a write. */
function beside(path: string | Buffer, suffix: string): string | Buffer {
  if (typeof path === 'string') return join(dirname(path), `.${basename(path)}${suffix}`);
  const slash = path.lastIndexOf(0x2f);
  return Buffer.concat([path.subarray(0, slash + 1), Buffer.from('.'), path.subarray(slash + 1), Buffer.from(suffix)]);
}

function writeAll(fd: number, bytes: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to; ) at += writeSync(fd, bytes, at, to - at);
}

/** The rename itself on the disk (best effort: not every file system or platform can flush a folder). */
function syncFolder(dir: string | Buffer): void {
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

function unlinkQuietly(path: string | Buffer): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to remove
  }
}
