// The core's public surface. Pure: text in, data out; no I/O, no vscode, never throws.
export * from './model';
export * from './findings';
export { parseReport } from './parse';
export { byPosition, checkReport, settleFindings, type CheckResult, type CheckOptions, type RuleFailure } from './check';
export { checkText, extractText, fixText, MAX_FIX_PASSES, reportStarts, reportTexts, textModel, newReportCache, type ReportCache, type TextReport, type TextResult } from './document';
export { readConfig, applyRuleSettings, everyRule, KNOWN_RULE_IDS, RULE_SETTINGS, FORMAT_SETTINGS, type FormatSetting, type CheckerConfig, type RuleSetting, type ConfigProblem } from './config';
export { readDirectives, isSuppressed, disableFixes, type Directive } from './directives';
export { outline, foldingRanges, type OutlineNode, type Fold } from './outline';
export { isReportText } from './detect';
export { languageOf, type Message } from './messages';
export { renderMessage, messages } from './catalogue';
export { rules, ruleById } from './rules';
export { defineRule, type Rule, type RuleMeta, type FixKind, type CrossRule, type YearReport } from './rule-api';
export { applyEdits, applyFixes, fixAllEdits, preferredFix } from './fixes';
export { hoverAt, type HoverInfo } from './hover';
export { analyzeModel, type TableAnalysis, type Relation, type Evaluation } from './arith';
export { extractTables, reportMeta, tablesToCsv, tablesToJson, EXTRACT_COLUMNS, type ReportMeta, type TableCellRow, type ExtractedRow } from './extract';
export { crossRules, crossYearFindings, yearReport, type CrossFinding } from './cross-year';
