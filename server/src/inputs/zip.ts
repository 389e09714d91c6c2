// The parts of a ZIP package (a .docx) that a reader asks for, with fflate, within fixed limits: a
// file that claims more entries or more uncompressed bytes than a report can need (a zip bomb) is
// refused before anything is inflated, and fflate inflates each entry into a buffer of its declared
// size, never more. Bytes in, bytes out; no I/O.
import { unzipSync } from 'fflate';
import { inputMessage as m, unreadable, type InputError } from './notes';

/** At most this many uncompressed bytes per part read, and in all. A report's document.xml is a few MB. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
/** At most this many entries in the archive (a .docx has a few dozen). */
export const MAX_ENTRIES = 10_000;

export type Unzipped = { ok: true; parts: Map<string, Uint8Array> } | ({ ok: false } & InputError);

const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;
const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);

/** The number of entries the archive's end record declares, or undefined when there is no end record. */
function entryCount(bytes: Uint8Array): number | undefined {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let e = bytes.length - 22; e >= lowest; e--) {
    if (u32(bytes, e) !== 0x06054b50) continue;
    let count = u16(bytes, e + 10);
    // ZIP64: the count is in the ZIP64 end record, which its locator (20 bytes before) points to.
    if (e >= 20 && u32(bytes, e - 20) === 0x07064b50) {
      const at = u32(bytes, e - 12);
      if (at + 40 <= bytes.length && u32(bytes, at) === 0x06064b50) count = u32(bytes, at + 32) + u32(bytes, at + 36) * 0x100000000;
    }
    return count;
  }
  return undefined;
}

/** The entries `wanted` names, each inflated; an error for anything that is not a sound, modest ZIP file. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    return unreadable(m('input.oldWord', {}));
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) return unreadable(m('input.notZip', {}));
  const count = entryCount(bytes);
  if (count === undefined) return unreadable(m('input.noZipDirectory', {}));
  // Each entry takes at least 46 bytes of the central directory.
  if (count > MAX_ENTRIES || count * 46 > bytes.length) {
    return unreadable(m('input.zipEntries', { count }));
  }
  let total = 0;
  let tooLarge: string | undefined;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (tooLarge !== undefined || !wanted(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
          tooLarge = f.name;
          throw new Error('too large');
        }
        return true;
      },
    });
  } catch (e) {
    if (tooLarge !== undefined) {
      return unreadable(m('input.zipTooLarge', { part: tooLarge, mb: MAX_PART_BYTES / 1024 / 1024 }));
    }
    const detail = e instanceof Error ? e.message : String(e);
    return unreadable(m('input.zipDamaged', { detail }));
  }
  return { ok: true, parts: new Map(Object.entries(parts)) };
}
