// `textDocument/inlayHint`: after every value cell of a table where it stands, and after a failing
// total, a culprit cell or a swapped pair the value it should have (`nianbao.inlayHints`: off, labels,
// expected). Made from the check the server already has: each report's model and the arithmetic its
// rules built (kept in the document's table memo), so a request costs no parse.
import type { Connection, InlayHint, Range } from 'vscode-languageserver';
import { analyzeModel, inlayHints, type InlayMode, type TextResult } from '../core/index';
import type { TableMemo } from '../core/arith';
import { toInlayHint } from './convert';

/** The hints of a checked text within `range`, each report's at its place in the text. */
export function documentInlayHints(result: TextResult, mode: InlayMode, range: Range, locale: string, memo?: TableMemo): InlayHint[] {
  if (mode === 'off') return [];
  const out: InlayHint[] = [];
  for (const report of result.reports) {
    if (report.range.end.line < range.start.line || report.range.start.line > range.end.line) continue;
    const model = report.result.model;
    const local: Range = {
      start: { line: range.start.line - report.line, character: range.start.character },
      end: { line: range.end.line - report.line, character: range.end.character },
    };
    const analysis = mode === 'expected' ? analyzeModel(model, memo) : [];
    for (const h of inlayHints(model, mode, analysis, local)) out.push(toInlayHint(h, report.line, locale));
  }
  return out;
}

export interface InlayDeps {
  /** The check of the document's current version, its settings' mode and its table memo (undefined: not open). */
  checked(uri: string): Promise<{ result: TextResult; mode: InlayMode; memo?: TableMemo } | undefined>;
  locale(): string;
}

export function registerInlayHints(connection: Connection, deps: InlayDeps, guard: <R>(where: string, fallback: R, fn: () => Promise<R>) => Promise<R>): void {
  connection.languages.inlayHint.on(({ textDocument, range }) =>
    guard('inlayHint', null, async () => {
      const c = await deps.checked(textDocument.uri);
      return c ? documentInlayHints(c.result, c.mode, range, deps.locale(), c.memo) : null;
    }),
  );
}
