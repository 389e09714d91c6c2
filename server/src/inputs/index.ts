// The input layer: a Word document's or web page's bytes as the text the core reads, in Tika's layout.
// Pure: bytes in, text and notes out; no file access (the CLI and the language server read the bytes),
// no Node built-in, never throws. Only the readers' libraries (fflate, htmlparser2) and the platform's
// TextDecoder. Text files are decoded by server/src/node/encoding.ts, as before.
import { docxToText } from './docx';
import { htmlToText } from './html';
import { inputMessage, unreadable, type ConvertResult, type InputKind } from './notes';

export { docxToText } from './docx';
export { htmlToText } from './html';
export { inputMessages, type ConvertResult, type Converted, type InputError, type InputKind } from './notes';

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

/** The report text of a .docx's or web page's bytes, by the kind its name gives. */
export function convertBytes(name: string, bytes: Uint8Array): ConvertResult {
  const kind = inputKind(name);
  if (kind === 'docx') return docxToText(bytes);
  if (kind === 'html') return htmlToText(bytes);
  return unreadable(inputMessage('input.notConvertible', {}));
}
