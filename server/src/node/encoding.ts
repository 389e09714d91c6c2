// A report file's bytes as text and back: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
// GBK / GB18030 (iconv-lite). Detection is strict: a file is read in an encoding only when its bytes
// are valid in it and, for GBK / GB18030, encode back to the very same bytes — so that writing a
// fixed file changes nothing outside the fixed text. Bytes in, text out; no file access here.
import { isUtf8, transcode } from 'node:buffer';
import { TextDecoder } from 'node:util';
import * as iconv from 'iconv-lite';
import type { MessageRef } from '../core/index';
import { eolOf } from '../core/text';
import { nodeMessages } from './messages';

const nm = nodeMessages.ref;

export type EncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GBK' | 'GB18030';

/** How a file was stored: what to write it back with. */
export interface FileEncoding {
  encoding: EncodingName;
  /** The file began with a byte-order mark (removed from the text, written back by `encodeText`). */
  bom: boolean;
}

export type Decoded = ({ ok: true; text: string } & FileEncoding) | { ok: false; message: MessageRef };

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The text of valid UTF-8 bytes (a BOM is not removed), else undefined; validated first, so no exception for the GBK files. */
function utf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // V8 turns Chinese UTF-8 into a string at about 160 MB/s; ICU's converter to UTF-16, whose bytes
  // become a string by a copy, is five times faster. The same text (the bytes are valid UTF-8).
  try {
    return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return buffer.toString('utf8'); // a Node without ICU
  }
}

/**
 * The two-byte GBK codes (lead << 8 | trail) that the platform's decoder (WHATWG `gbk`) reads otherwise
 * than iconv-lite, or that iconv-lite does not encode back to the same two bytes; every other code of
 * lead 0x81–0xFE, trail 0x40–0xFE (not 0x7F) reads the same in both and round-trips. The encoding
 * tests recompute this list from both decoders.
 */
export const GBK_UNLIKE: readonly (readonly [number, number])[] = [
  [0xa2e3, 0xa2e3], [0xa3a0, 0xa3a0], [0xa8bc, 0xa8bc], [0xa8bf, 0xa8bf], [0xa989, 0xa995],
  [0xfe50, 0xfe50], [0xfe54, 0xfe58], [0xfe5a, 0xfe60], [0xfe62, 0xfe65], [0xfe68, 0xfe6b],
  [0xfe6e, 0xfe75], [0xfe77, 0xfe7d], [0xfe80, 0xfe8f], [0xfe92, 0xfe9f],
];
const unlike = new Set(GBK_UNLIKE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)));

let gbkDecoder: TextDecoder | null | undefined;

/**
 * The text of bytes that are ASCII and two-byte GBK codes outside GBK_UNLIKE, read by the platform's
 * decoder (several times faster than iconv-lite, whose tables each thread would build first); the
 * same text iconv-lite gives, and bytes that round-trip. Undefined for anything else (iconv-lite decides).
 */
export function plainGbk(bytes: Uint8Array): string | undefined {
  if (gbkDecoder === undefined) {
    try {
      gbkDecoder = new TextDecoder('gbk');
    } catch {
      gbkDecoder = null; // a Node without full ICU
    }
  }
  if (!gbkDecoder) return undefined;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[++i];
    if (lead === 0x80 || lead === 0xff || trail === undefined || trail < 0x40 || trail === 0x7f || trail === 0xff) return undefined;
    if (unlike.has((lead << 8) | trail)) return undefined;
  }
  return gbkDecoder.decode(bytes);
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** GBK if the bytes round-trip through it, else GB18030 (its superset) if they round-trip through that. */
function chinese(bytes: Uint8Array): { text: string; encoding: 'GBK' | 'GB18030' } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const encoding of ['GBK', 'GB18030'] as const) {
    const text = iconv.decode(buffer, encoding);
    if (!text.includes('\ufffd') && sameBytes(iconv.encode(text, encoding), buffer)) return { text, encoding };
  }
  return undefined;
}

/** What a report's text is made of, read as UTF-16: CJK ideographs, CJK punctuation, full-width forms, ASCII text. */
const REPORT_UNIT = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
  (c >= 0x20 && c <= 0x7e) || c === 9 || c === 10 || c === 13 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0xa0;

/**
 * UTF-16 without a BOM (Windows' "Unicode" saved by a program that leaves the BOM out): tried only where
 * UTF-8 cannot be meant — the bytes hold a NUL (no UTF-8 or GBK text does) or are not valid UTF-8 — and
 * taken only when, read in one byte order, it holds a CJK ideograph, no control character but TAB and
 * line breaks, and at most one code unit in twenty outside what a report is made of. Otherwise a short
 * UTF-16 file would read as GBK garbage (`年报` is 74 5E A5 62: `t^`, then a GBK character). GBK text
 * does not pass: its line breaks and ASCII stand on their own bytes.
 */
function bomlessUtf16(bytes: Uint8Array): { text: string; encoding: 'UTF-16LE' | 'UTF-16BE' } | undefined {
  if (bytes.length < 2 || bytes.length % 2 === 1) return undefined;
  if (!bytes.includes(0) && isUtf8(bytes)) return undefined;
  for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
    const text = strict(encoding.toLowerCase(), bytes);
    if (text === undefined) continue;
    let cjk = false;
    let other = 0;
    let control = false;
    for (let i = 0; i < text.length && !control; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) cjk = true;
      else if (!REPORT_UNIT(c)) {
        other++;
        control = c < 0x20 || (c >= 0x7f && c < 0xa0);
      }
    }
    // A few other characters (…, ①, ‘’) are a report's too; a control character is not.
    if (cjk && !control && other <= text.length / 20) return { text, encoding };
  }
  return undefined;
}

/** The text of a file, its encoding and BOM; or why it cannot be read as text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    if (text !== undefined) return { ok: true, text, encoding: 'UTF-8', bom: true };
    return { ok: false, message: nm('encoding.badUtf8Bom', {}) };
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    const text = strict(encoding.toLowerCase(), bytes.subarray(2));
    if (text !== undefined) return { ok: true, text, encoding, bom: true };
    return { ok: false, message: nm('encoding.badUtf16Bom', { encoding }) };
  }
  const noBom = bomlessUtf16(bytes);
  if (noBom) return { ok: true, ...noBom, bom: false };
  const text = utf8(bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'UTF-8', bom: false };
  const gbk = plainGbk(bytes);
  if (gbk !== undefined) return { ok: true, text: gbk, encoding: 'GBK', bom: false };
  const cn = chinese(bytes);
  if (cn) return { ok: true, ...cn, bom: false };
  return { ok: false, message: nm('encoding.unknown', {}) };
}

const BOMS: Record<EncodingName, number[]> = {
  'UTF-8': [0xef, 0xbb, 0xbf],
  'UTF-16LE': [0xff, 0xfe],
  'UTF-16BE': [0xfe, 0xff],
  GBK: [],
  GB18030: [0x84, 0x31, 0x95, 0x33],
};

/**
 * The bytes of `text` in the file's encoding, BOM included when the file had one; undefined when
 * the text holds a character the encoding cannot store (nothing is written with a `?` in its place).
 */
export function encodeText(text: string, enc: FileEncoding): Buffer | undefined {
  const body = iconv.encode(text, enc.encoding);
  if (iconv.decode(body, enc.encoding) !== text) return undefined;
  return enc.bom ? Buffer.concat([Buffer.from(BOMS[enc.encoding]), body]) : body;
}

/** `GBK, CRLF` / `UTF-8 with BOM, LF`: how `--verbose` names a file's encoding. */
export function describeEncoding(enc: FileEncoding, text: string): string {
  const eol = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' }[eolOf(text)];
  return `${enc.encoding}${enc.bom ? ' BOM' : ''}, ${eol}`;
}
