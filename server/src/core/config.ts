// The user's settings for the checker, shared by the editor (`nianbao.rules` in VS Code's settings)
// and the CLI (`.nianbao.json`): per-rule severity or off, keyed by rule id. Pure: the LSP and CLI
// layers read the settings from wherever they live and pass them here as plain data.
import type { Finding, Severity } from './findings';
import { rules as allRules, type Rule } from './rules';
import { crossRules, type CrossRule } from './cross-year';

/** A rule's setting: a severity that replaces its default, or `off`. */
export type RuleSetting = Severity | 'off';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export type FormatSetting = 'auto' | '2019' | '2021';
export const FORMAT_SETTINGS: readonly FormatSetting[] = ['auto', '2019', '2021'];

export interface CheckerConfig {
  /** Per-rule severity or off, keyed by rule id (`{"heading-title": "off"}`). */
  rules?: Record<string, RuleSetting>;
  /** The national format to check against; `auto` (the default) reads it from the tables. */
  format?: FormatSetting;
  /** Glob patterns (relative to the configuration file's folder) of files not to check. */
  ignores?: string[];
}

/** The keys a configuration may have; `$schema` is allowed for editors. */
const KEYS = new Set(['$schema', 'rules', 'format', 'ignores']);

export interface ConfigProblem {
  /** Where in the configuration: `rules.heading-titel`. */
  path: string;
  zh: string;
  en: string;
}

const isSetting = (v: unknown): v is RuleSetting => typeof v === 'string' && (RULE_SETTINGS as readonly string[]).includes(v);

/**
 * Reads a configuration value (parsed JSON or an editor's settings object). What cannot be used is
 * left out and named in `problems` — an unknown rule id, a severity that does not exist — so that a
 * typo is reported instead of silently ignored.
 */
/** Every rule a configuration can name: the single-report rules and the cross-year ones. */
export const everyRule: readonly (Rule | CrossRule)[] = [...allRules, ...crossRules];
export const KNOWN_RULE_IDS: readonly string[] = everyRule.map((r) => r.id);

export function readConfig(value: unknown, knownRules: readonly string[] = KNOWN_RULE_IDS): { config: CheckerConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: CheckerConfig = {};
  if (value === undefined || value === null) return { config, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ path: '', zh: '配置应为一个对象', en: 'the configuration must be an object' });
    return { config, problems };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.has(key)) problems.push({ path: key, zh: `未知的配置项 ${key}`, en: `unknown setting ${key}` });
  }
  const format = obj['format'];
  if (format !== undefined) {
    if (typeof format === 'string' && (FORMAT_SETTINGS as readonly string[]).includes(format)) config.format = format as FormatSetting;
    else problems.push({ path: 'format', zh: `format 应为 ${FORMAT_SETTINGS.join('、')} 之一`, en: `format must be one of ${FORMAT_SETTINGS.join(', ')}` });
  }
  const ignores = obj['ignores'];
  if (ignores !== undefined) {
    if (Array.isArray(ignores) && ignores.every((g) => typeof g === 'string')) config.ignores = ignores as string[];
    else problems.push({ path: 'ignores', zh: 'ignores 应为字符串数组（glob 模式）', en: 'ignores must be an array of glob patterns' });
  }
  const rulesValue = obj['rules'];
  if (rulesValue === undefined || rulesValue === null) return { config, problems };
  if (typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
    problems.push({ path: 'rules', zh: 'rules 应为以规则编号为键的对象', en: 'rules must be an object keyed by rule id' });
    return { config, problems };
  }
  const known = new Set(knownRules);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rulesValue as Record<string, unknown>)) {
    if (!known.has(id)) {
      problems.push({ path: `rules.${id}`, zh: `没有编号为 ${id} 的规则`, en: `there is no rule ${id}` });
    } else if (!isSetting(setting)) {
      problems.push({
        path: `rules.${id}`,
        zh: `${id} 的设置应为 ${RULE_SETTINGS.join('、')} 之一，不能是 ${JSON.stringify(setting)}`,
        en: `${id} must be one of ${RULE_SETTINGS.join(', ')}, not ${JSON.stringify(setting)}`,
      });
    } else rules[id] = setting;
  }
  config.rules = rules;
  return { config, problems };
}

/** The findings with each rule's setting applied: `off` removes them, a severity replaces theirs. */
export function applyRuleSettings(findings: readonly Finding[], rules: Record<string, RuleSetting> | undefined): Finding[] {
  if (!rules || Object.keys(rules).length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const s = rules[f.rule];
    if (s === 'off') continue;
    out.push(s && s !== f.severity ? { ...f, severity: s } : f);
  }
  return out;
}
