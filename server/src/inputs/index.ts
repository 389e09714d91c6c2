// The input layer: a file's bytes (any form a report reaches its reader in) as the text the core reads,
// in Tika's layout. Pure: bytes in, text and notes out; no file access (the CLI and the language
// server read the bytes), never throws. Only the readers' libraries (fflate, htmlparser2, iconv-lite).
import { decodeBytes } from '../node/encoding';
import { docxToText } from './docx';
import { htmlToText } from './html';
import type { ConvertResult, InputKind } from './notes';

export { docxToText } from './docx';
export { htmlToText } from './html';
export { bilingual, type ConvertResult, type Converted, type InputError, type InputKind, type InputNote } from './notes';

/** Files read by conversion (not text): Word documents and web pages. */
export const CONVERTED_FILE = /\.(docx|html?)$/i;
/** Every file a folder is searched for. */
export const REPORT_FILE = /\.(txt|docx|html?)$/i;

/** What a file's name says it is. */
export function inputKind(name: string): InputKind {
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.html?$/i.test(name)) return 'html';
  return 'text';
}

/** The report text of a file's bytes, by the kind its name gives; text files are decoded as the CLI reads them. */
export function convertBytes(name: string, bytes: Uint8Array): ConvertResult {
  const kind = inputKind(name);
  if (kind === 'docx') return docxToText(bytes);
  if (kind === 'html') return htmlToText(bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, kind: 'text', text: decoded.text, notes: [], encoding: decoded.encoding + (decoded.bom ? ' BOM' : '') };
}
