// Check a report: read its directives, parse it, run every rule, isolate rule failures, then apply the
// directives and the user's rule settings. Never throws.
import { applyRuleSettings, type CheckerConfig, type RuleSetting } from './config';
import { isSuppressed, readDirectives, type Directive } from './directives';
import type { Finding } from './findings';
import type { ReportModel } from './model';
import { parseText, type Parsed } from './parse';
import type { LineCache } from './line-cache';
import { RuleRunner, type Rule } from './rule-api';
import { rules as allRules } from './rules';

export interface RuleFailure {
  rule: string;
  error: string;
}

export interface CheckOptions {
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
  /** The user's settings: per-rule severity or off. */
  config?: CheckerConfig;
}

export interface CheckResult {
  model: ReportModel;
  /** What to report: every rule's findings less those silenced by a directive or turned off, in document order. */
  findings: Finding[];
  /** Rules that threw; their findings are missing, the others' are complete. */
  failures: RuleFailure[];
  /** The `[nianbao-disable …]` directives of the text. */
  directives: Directive[];
}

/** `cache`: an editor's lines of the last version of the document, as parsed (see `LineCache`);
 * `split`: the text's lines and which are cells (`cellLines`), where the caller has them. */
export function checkReport(text: string, options: CheckOptions = {}, cache?: LineCache, split?: Omit<Parsed, 'model'>): CheckResult {
  const { directives, masked } = readDirectives(text);
  let parsed = parseText(masked, cache, masked === text ? split : undefined);
  const format = options.config?.format;
  if (format && format !== 'auto' && parsed.model.format !== format) {
    // The user says which national format applies (a report whose tables do not tell, or tell wrong): the
    // model as parsed is left as it is (a cache may hold it), and the rules see a copy in that format.
    const read = parsed.model;
    const model: ReportModel = { ...read, format, formatRead: read.format, formatEvidence: [...read.formatEvidence, `format setting: ${format} (tables: ${read.format})`] };
    parsed = { ...parsed, model };
  }
  const model = parsed.model;
  const findings: Finding[] = [];
  const failures: RuleFailure[] = model.problems.flatMap((p) => (p.code === 'parser-failed' ? [{ rule: 'parser', error: String(p.args.error) }] : []));
  const off = options.config?.rules;
  const runner = new RuleRunner(masked, parsed, cache?.tables);
  for (const rule of options.rules ?? allRules) {
    if (off?.[rule.id] === 'off') continue;
    try {
      for (const f of runner.run(rule)) findings.push(f);
    } catch (e) {
      failures.push({ rule: rule.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { model, findings: settleFindings(findings, directives, off), failures, directives };
}

/** Document order (a stable sort keeps the rules' order at one position). */
export const byPosition = (a: Finding, b: Finding): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** Findings as a file's directives and rule settings leave them (silenced ones and `off` rules dropped, severities set), in document order. */
export function settleFindings(findings: Finding[], directives: readonly Directive[], settings: Record<string, RuleSetting> | undefined): Finding[] {
  if (directives.length) findings = findings.filter((f) => !isSuppressed(f, directives));
  if (settings) findings = applyRuleSettings(findings, settings);
  return findings.sort(byPosition);
}
