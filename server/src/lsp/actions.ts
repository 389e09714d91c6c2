// Code actions from the findings of one checked document version: a quick fix per fix of each finding
// under the cursor (or named by the request's diagnostics), "fix all of this rule" where a rule has
// several preferred fixes, "ignore this problem" (recorded beside the report, see suppress.ts), "disable
// this rule for this line / file" (a `[nianbao-disable …]` directive),
// and `source.fixAll.nianbao` (fix all, fix on save) with every preferred fix.
// Every edit is versioned with the version that was checked.
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import {
  disableFixes,
  fixAllEdits,
  preferredFix,
  renderMessage,
  type CheckResult,
  type Finding,
  type Position,
  type Range,
} from '../core/index';
import { toCodeAction, toDiagnostic } from './convert';
import { lspMessages } from './messages';
import { ruleDocUri } from '../node/rule-docs';

export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.nianbao';
export const codeActionKinds = [QUICK_FIX, FIX_ALL];

export interface ActionRequest {
  uri: string;
  /** The version `result` was checked from; every edit is versioned with it. */
  version: number;
  range: Range;
  /** The diagnostics the client sent in the request's context. */
  diagnostics: readonly Diagnostic[];
  /** `context.only`: the kinds asked for, or undefined for any. */
  only?: readonly string[];
  /** The text `result` was checked from (for the fixes that add a `[nianbao-disable …]` directive). */
  text: string;
  /** The action that silences a finding outside the report (a suppressions file beside it), where the
   * document has a folder; `several`: more than one finding is under the cursor. */
  suppress?: (finding: Finding, diagnostics: Diagnostic[], several: boolean) => CodeAction | undefined;
}

const before = (a: Position, b: Position): boolean =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
/** Touching counts: a cursor at either end of a finding is on it. */
const intersects = (a: Range, b: Range): boolean => !before(a.end, b.start) && !before(b.end, a.start);
const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** Kinds are hierarchical: asking for `source` or `source.fixAll` includes `source.fixAll.nianbao`. */
function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(result: Pick<CheckResult, 'findings' | 'directives'>, req: ActionRequest, locale?: string): CodeAction[] {
  const { uri, version } = req;
  const actions: CodeAction[] = [];

  if (wanted(QUICK_FIX, req.only)) {
    // The finding's diagnostic as the client has it, when the request names it.
    const named = (f: Finding): Diagnostic | undefined =>
      req.diagnostics.find((d) => d.code === f.rule && sameRange(d.range, f.range));
    const selected: { finding: Finding; diagnostic: Diagnostic }[] = [];
    for (const finding of result.findings) {
      const diagnostic = named(finding);
      if (!diagnostic && !intersects(finding.range, req.range)) continue;
      selected.push({ finding, diagnostic: diagnostic ?? toDiagnostic(finding, uri, locale, ruleDocUri) });
    }
    for (const { finding, diagnostic } of selected) {
      for (const fix of finding.fixes ?? []) {
        actions.push(
          toCodeAction(renderMessage(fix.title, locale), QUICK_FIX, fix.edits, uri, version, {
            diagnostics: [diagnostic],
            isPreferred: fix.preferred === true,
          }),
        );
      }
    }
    // One "fix all of this rule" per rule under the cursor with at least two preferred fixes.
    for (const rule of [...new Set(selected.map((s) => s.finding.rule))]) {
      const preferred = result.findings.filter((f) => f.rule === rule && preferredFix(f));
      if (preferred.length < 2) continue;
      const edits = fixAllEdits(result.findings, (f) => f.rule === rule);
      if (!edits.length) continue;
      actions.push(
        toCodeAction(lspMessages.render('action.fixRule', { rule }, locale), QUICK_FIX, edits, uri, version, {
          diagnostics: selected.filter((s) => s.finding.rule === rule).map((s) => s.diagnostic),
          isPreferred: false,
        }),
      );
    }
    // Then silencing: first outside the report (the report stays as it is), one per finding.
    if (req.suppress) {
      for (const { finding, diagnostic } of selected) {
        const action = req.suppress(finding, [diagnostic], selected.length > 1);
        if (action) actions.push(action);
      }
    }
    // Last, as in ESLint: silence the rule for this line or this file with a directive.
    // One pair per rule, placed after the first of its findings under the cursor.
    for (const rule of [...new Set(selected.map((s) => s.finding.rule))]) {
      const mine = selected.filter((s) => s.finding.rule === rule);
      for (const fix of disableFixes(mine[0]!.finding, req.text, result.directives)) {
        actions.push(
          toCodeAction(renderMessage(fix.title, locale), QUICK_FIX, fix.edits, uri, version, {
            diagnostics: mine.map((s) => s.diagnostic),
            isPreferred: false,
          }),
        );
      }
    }
  }

  // Fix all only when asked for by kind (the source action menu, fix on save), never in the light bulb.
  if (req.only && wanted(FIX_ALL, req.only)) {
    const edits = fixAllEdits(result.findings);
    if (edits.length) actions.push(toCodeAction(lspMessages.render('action.fixAll', {}, locale), FIX_ALL, edits, uri, version));
  }
  return actions;
}
