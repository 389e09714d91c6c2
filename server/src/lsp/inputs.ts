// `nianbao/convertFile`: the client sends a Word document's or web page's bytes; the server answers
// with the report text the input layer makes of them (server/src/inputs), its notes in the client's
// language. The client shows that text as a read-only `nianbao` document, which the server checks.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { convertBytes } from '../inputs';
import { lspMessages, say } from './messages';
import { ConvertFileRequest, type ConvertFileParams, type ConvertFileResult } from '../../../shared/protocol';

/** Larger files are refused before they are decoded (a report's .docx is well under 10 MB; pictures make it larger). */
export const MAX_CONVERT_BYTES = 64 * 1024 * 1024;

export function convertFile(params: ConvertFileParams, locale: string): ConvertFileResult {
  if (typeof params?.data !== 'string' || typeof params.name !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'nianbao/convertFile: name and data (base64) are required');
  }
  if ((params.data.length / 4) * 3 > MAX_CONVERT_BYTES) {
    const mb = MAX_CONVERT_BYTES / 1024 / 1024;
    throw new ResponseError(ErrorCodes.InvalidParams, lspMessages.render('convert.tooLarge', { mb }, locale));
  }
  const result = convertBytes(params.name, Buffer.from(params.data, 'base64'));
  if (!result.ok) throw new ResponseError(ErrorCodes.InvalidParams, say(result.message, locale));
  return { text: result.text, notes: result.notes.map((n) => say(n, locale)) };
}

export function registerInputRequests(connection: Connection, locale: () => string): void {
  connection.onRequest(ConvertFileRequest, (params: ConvertFileParams) => convertFile(params, locale()));
}
