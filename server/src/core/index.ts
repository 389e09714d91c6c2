// The core's public surface. Pure: text in, data out; no I/O, no vscode, never throws.
export * from './model';
export * from './findings';
export { parseReport } from './parse';
export { byPosition, checkReport, settleFindings, type CheckResult, type CheckOptions, type RuleFailure } from './check';
export { checkText, extractText, fixText, MAX_FIX_PASSES, reportStarts, reportTexts, textModel, newReportCache, type ReportCache, type TextReport, type TextResult } from './document';
export { readConfig, CONFIG_LIMITS, applyRuleSettings, everyRule, KNOWN_RULE_IDS, RULE_SETTINGS, FORMAT_SETTINGS, type FormatSetting, type CheckerConfig, type RuleSetting, type ConfigProblem } from './config';
export { readDirectives, isSuppressed, disableFixes, type Directive } from './directives';
export { outline, foldingRanges, type OutlineNode, type Fold } from './outline';
export { isReportText } from './detect';
export { renderMessage, languageOf, messages, type MessageId } from './messages';
export { rules, ruleById, type Rule } from './rules';
export { applyEdits, applyFixes, fixAllEdits, preferredFix } from './fixes';
export { hoverAt, type HoverInfo } from './hover';
export { analyze, analyzeFailing, type TableAnalysis, type Relation, type Evaluation } from './arith';
export { extractTables, reportMeta, tablesToCsv, tablesToJson, EXTRACT_COLUMNS, type ReportMeta, type TableCellRow, type ExtractedRow } from './extract';
export { crossRules, crossYearFindings, yearReport, type CrossRule, type YearReport, type CrossFinding } from './cross-year';
export { notices, MAX_LINE_LENGTH } from './notices';
