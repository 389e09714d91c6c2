// The one place where core data becomes LSP data. Core ranges are already 0-based with UTF-16
// characters, exactly like LSP ranges, so positions pass through unchanged.
import {
  DiagnosticSeverity,
  FoldingRangeKind,
  SymbolKind,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
} from 'vscode-languageserver';
import {
  renderMessage,
  type Finding,
  type Fold,
  type OutlineNode,
  type Position,
  type Range,
  type Severity,
} from '../core/index';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding as a diagnostic of the document `uri`, its messages rendered for `locale`. */
export function toDiagnostic(finding: Finding, uri: string, locale?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.rule,
    source: 'nianbao',
    message: renderMessage(finding.message, locale),
  };
  if (finding.related?.length) {
    // Related places are always in the same document.
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri, range: r.range },
      message: renderMessage(r.message, locale),
    }));
  }
  return diagnostic;
}

export function toDiagnostics(findings: readonly Finding[], uri: string, locale?: string): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, uri, locale));
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
    kind: node.kind === 'table' ? SymbolKind.Struct : SymbolKind.String,
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
