// A report file's bytes as the text the checker reads, as the CLI reads them: a Word document or a web
// page through the input layer, anything else decoded by `encoding.ts` (UTF-8, UTF-16 with a BOM, GBK,
// GB18030). For the server's workspace check, which reads the files itself.
import { convertBytes, CONVERTED_FILE } from '../inputs';
import type { MessageRef } from '../core/index';
import { decodeBytes } from './encoding';

export type ReportBytes = { ok: true; text: string; encoding: string } | { ok: false; message: MessageRef };

export function reportText(name: string, bytes: Uint8Array): ReportBytes {
  if (CONVERTED_FILE.test(name)) {
    const c = convertBytes(name, bytes);
    return c.ok ? { ok: true, text: c.text, encoding: c.kind } : c;
  }
  const d = decodeBytes(bytes);
  return d.ok ? { ok: true, text: d.text, encoding: d.encoding } : d;
}
