// What the client decides from a .txt's text and bytes alone (no vscode here, so that it is tested on its
// own): whether VS Code misread it, and its text where it is GB18030 — as the CLI reads such a file
// (server/src/node/encoding.ts): not UTF-8 (with or without a BOM), no NUL (UTF-16, which the CLI reads as
// such; GBK text has none), and every byte sequence valid GB18030, GBK's superset.

/** VS Code's one-byte encodings (`files.encoding`), in which GBK shows as Latin letters rather than �. */
const ONE_BYTE = /^(?:windows125\d|iso8859\d+|macroman|cp4\d\d|cp8\d\d|koi8)/;

/** The text VS Code shows looks misread: replacement characters, or Latin letters of a one-byte encoding. */
export function misreadText(text: string, encoding: string): boolean {
  return text.includes('\ufffd') || (ONE_BYTE.test(encoding) && /[\u00c0-\u00ff]/.test(text));
}

/** The text of `bytes` where they are GB18030 (GBK) and nothing else the CLI reads, else undefined. */
export function gb18030Text(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0) || strictly('utf-8', bytes) !== undefined) return undefined;
  return strictly('gb18030', bytes);
}

/** The text of `bytes` in `label`, or undefined where a byte sequence is not valid in it. */
function strictly(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
