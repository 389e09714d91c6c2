// Random incremental edits as an editor sends them (LSP ranges over the current text): insertions
// and deletions of characters, lines, TABs, digits, CJK text, line breaks of every kind, surrogates.
import type { Range } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const PIECES = ['\t', '\n', '\r\n', '\r', '1', '23', '0', '一、', '（三）', '总计', '\t12\n', '。', ' ', '\u3000', '\ud83d\ude00', '\ud800', '本列数据的勾稽关系', '\n\n', 'x'];

/** One random change over `doc`'s current text (an incremental TextDocumentContentChangeEvent). */
export function randomEdit(doc: TextDocument, r: () => number): { range: Range; text: string } {
  const length = doc.getText().length;
  const start = Math.floor(r() * (length + 1));
  const kind = r();
  // Mostly small edits, as typing is; some deletions across lines.
  const end = kind < 0.45 ? start : Math.min(length, start + 1 + Math.floor(r() * (kind < 0.9 ? 3 : 200)));
  const text = kind < 0.9 && r() < 0.8 ? PIECES[Math.floor(r() * PIECES.length)]! : '';
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text };
}
