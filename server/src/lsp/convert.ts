// The one place where core data becomes LSP data. Core ranges are already 0-based with UTF-16
// characters, exactly like LSP ranges, so positions pass through unchanged.
import {
  DiagnosticSeverity,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InlayHint,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  renderMessage,
  type Finding,
  type Fold,
  type InlayHint as CoreInlayHint,
  type MessageRef,
  type OutlineNode,
  type Position,
  type Range,
  type Severity,
  type TextEdit,
} from '../core/index';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as a diagnostic of the document `uri`, its messages rendered for `locale`; `ruleDoc`
 * gives the link to its rule's page (`codeDescription`). */
export function toDiagnostic(finding: Finding, uri: string, locale?: string, ruleDoc?: (rule: string) => string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.rule,
    source: 'nianbao',
    message: renderMessage(finding.message, locale),
  };
  const href = ruleDoc?.(finding.rule);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    // Related places are always in the same document.
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: renderMessage(r.message, locale),
    }));
  }
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], uri: string, locale?: string, ruleDoc?: (rule: string) => string | undefined): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, uri, locale, ruleDoc));
}

/**
 * The one notice of a file checked only in part (above nianbao.maxFileSize): information at the
 * start of line 0, without a rule id.
 */
export function toTruncationDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'nianbao',
    message,
  };
}

const notAfter = (a: Position, b: Position): boolean =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range): boolean =>
  notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);

/** Sections show as strings, tables as structs (the closest stock icons). */
export function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    // VS Code rejects the whole outline if one symbol has an empty name or a selection range
    // outside its range, so both are made valid here whatever the model holds.
    name: node.name || '…',
    kind: node.kind === 'table' ? SymbolKind.Struct : node.kind === 'report' ? SymbolKind.File : SymbolKind.String,
    range: node.range,
    selectionRange: contains(node.range, node.selectionRange)
      ? node.selectionRange
      : { start: node.range.start, end: node.range.start },
    children: node.children.map(toDocumentSymbol),
  };
}

export function toFoldingRange(fold: Fold): FoldingRange {
  return { startLine: fold.startLine, endLine: fold.endLine, kind: FoldingRangeKind.Region };
}

/** Edits of one document version: a versioned edit, so a client rejects it once the text moved on. */
export function toWorkspaceEdit(edits: readonly TextEdit[], uri: string, version: number): WorkspaceEdit {
  return {
    documentChanges: [
      { textDocument: { uri, version }, edits: edits.map((e) => ({ range: e.range, newText: e.newText })) },
    ],
  };
}

/** A code action applying `edits` to version `version` of the document `uri`. */
export function toCodeAction(
  title: string,
  kind: string,
  edits: readonly TextEdit[],
  uri: string,
  version: number,
  options: { diagnostics?: Diagnostic[]; isPreferred?: boolean } = {},
): CodeAction {
  const action: CodeAction = { title, kind };
  if (options.diagnostics) action.diagnostics = options.diagnostics;
  if (options.isPreferred !== undefined) action.isPreferred = options.isPreferred;
  action.edit = toWorkspaceEdit(edits, uri, version);
  return action;
}

/** A code action that runs a command of the server (`workspace/executeCommand`) instead of editing the text. */
export function toCommandAction(title: string, kind: string, command: string, args: unknown[], diagnostics: Diagnostic[]): CodeAction {
  return { title, kind, diagnostics, isPreferred: false, command: { title, command, arguments: args } };
}

/** Markdown's special characters (and the backslash itself) escaped, so text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_`[\]<>#|]/g, (c) => `\\${c}`);
}

/** Hover lines as Markdown paragraphs, each rendered for `locale` and escaped. */
export function toHover(hover: { range: Range; lines: readonly MessageRef[] }, locale?: string): Hover {
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: hover.lines.map((l) => escapeMarkdown(renderMessage(l, locale))).join('\n\n'),
    },
    range: hover.range,
  };
}

/** A core inlay hint as LSP's, `lines` below where the core put it (a report's own lines in a text of
 * several), its label rendered for `locale`. */
export function toInlayHint(hint: CoreInlayHint, lines: number, locale?: string): InlayHint {
  return {
    position: { line: hint.position.line + lines, character: hint.position.character },
    label: renderMessage(hint.label, locale),
    paddingLeft: true,
  };
}
