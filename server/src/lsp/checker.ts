// One check of one document version as the server runs it: the prefix allowed by maxFileSize, the
// core's checkText (report by report) with the document's settings, the time it took. Rules that throw are in
// `result.failures`; the other rules' findings stand.
import { checkText, defineRule, rules, type ReportCache, type Rule, type Severity, type TextResult } from '../core/index';
import { checkablePrefix, type ServerSettings } from './settings';

export interface Checked {
  version: number;
  result: TextResult;
  truncated: boolean;
  /** Size of the whole text in bytes of UTF-8 (when truncated). */
  bytes: number;
  /** The limit it was checked with (`maxFileSize`, bytes). */
  maxBytes: number;
  /** Lines checked (when truncated). */
  lines: number;
  durationMs: number;
}

/**
 * Test-only: with NIANBAO_TEST_THROWING_RULE=1 in the server's environment a rule that always throws
 * runs after the real ones, so that the protocol tests can show that one failing rule takes nothing
 * else down. Never set in normal use.
 */
export const THROWING_RULE: Rule = defineRule({
  id: 'test-throwing-rule',
  severity: 'error',
  fix: 'none',
  messages: {},
  docs: {
    summary: { zh: '测试用：总是抛出异常的规则', en: 'test only: a rule that always throws' },
    rationale: { zh: '仅供测试。', en: 'For tests only.' },
    examples: [],
  },
  check() {
    throw new Error('this rule always throws (NIANBAO_TEST_THROWING_RULE)');
  },
});

export function ruleSet(env: Record<string, string | undefined>): readonly Rule[] {
  return env['NIANBAO_TEST_THROWING_RULE'] === '1' ? [...rules, THROWING_RULE] : rules;
}

const NO_RULES: readonly Rule[] = [];

/** `cache`: the document's reports and what their last parse read from their lines, kept between its versions (see core/document.ts). */
export function checkDocument(text: string, version: number, settings: ServerSettings, ruleList: readonly Rule[] = rules, cache?: ReportCache): Checked {
  const t0 = performance.now();
  const prefix = checkablePrefix(text, settings.maxFileSize);
  // A report the ignores of .nianbao.json match is still parsed (outline, folding, hover), but no rule runs.
  const result = checkText(prefix.text, { config: settings.config, rules: settings.ignored ? NO_RULES : ruleList }, cache);
  return {
    version,
    result,
    truncated: prefix.truncated,
    bytes: prefix.bytes,
    maxBytes: settings.maxFileSize,
    lines: prefix.lines,
    durationMs: performance.now() - t0,
  };
}

export function countBySeverity(severities: Iterable<Severity>): Record<Severity, number> {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const s of severities) counts[s]++;
  return counts;
}
