// Check a report: parse it, run every rule, isolate rule failures. Never throws.
import type { Finding } from './findings';
import type { ReportModel } from './model';
import { parseReport } from './parse';
import { rules as allRules, type Rule } from './rules';

export interface RuleFailure {
  rule: string;
  error: string;
}

export interface CheckResult {
  model: ReportModel;
  findings: Finding[];
  /** Rules that threw; their findings are missing, the others' are complete. */
  failures: RuleFailure[];
}

export function checkReport(text: string, rules: readonly Rule[] = allRules): CheckResult {
  const model = parseReport(text);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = model.problems
    .filter((p) => p.code === 'parser-failed')
    .map((p) => ({ rule: 'parser', error: String(p.args['error']) }));
  for (const rule of rules) {
    try {
      findings.push(...rule.check(model, text));
    } catch (e) {
      failures.push({ rule: rule.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { model, findings, failures };
}
