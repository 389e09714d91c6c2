// The user's settings for the checker, shared by the editor (`nianbao.rules` in VS Code's settings)
// and the CLI (`.nianbao.json`): per-rule severity or off, keyed by rule id. Pure: the LSP and CLI
// layers read the settings from wherever they live and pass them here as plain data.
import type { Finding, MessageArg, MessageRef, Severity } from './findings';
import { defineMessages } from './messages';
import { rules as allRules } from './rules';
import type { CrossRule, Notice, Rule } from './rule-api';
import { crossRules } from './cross-year';
import { notices } from './notices';

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
  message: MessageRef;
}

/**
 * A configuration is data from strangers (a `.nianbao.json` in a cloned folder, an editor's settings):
 * before anything is read from it, its depth and its count of values are measured, without recursion
 * and stopping at the limit, so that a value nested 5,000 deep or holding millions of entries is refused
 * whole, with one problem, and the defaults apply.
 */
export const CONFIG_LIMITS = {
  /** Nesting of objects and arrays (a valid configuration has 3: the object, `rules` or `ignores`). */
  depth: 16,
  /** Objects, arrays and values in all. */
  values: 10_000,
  /** Patterns in `ignores`. */
  ignores: 1_000,
} as const;

/** What can be wrong with a configuration (the editor's settings, `.nianbao.json`, the suppressions file). */
export const configMessages = defineMessages({
  'config.tooDeep': { zh: '配置嵌套超过 {max} 层，整个配置未采用，按默认设置检查', en: 'the configuration is nested more than {max} deep; none of it is used, the defaults apply' },
  'config.tooMany': { zh: '配置中的值超过 {max} 个，整个配置未采用，按默认设置检查', en: 'the configuration holds more than {max} values; none of it is used, the defaults apply' },
  'config.tooManyIgnores': { zh: 'ignores 超过 {max} 个模式，未采用', en: 'ignores holds more than {max} patterns; not used' },
  'config.anObject': { zh: '一个对象', en: 'an object' },
  'config.anArray': { zh: '一个数组', en: 'an array' },
  'config.notAnObject': { zh: '配置应为一个对象', en: 'the configuration must be an object' },
  'config.unknownKey': { zh: '未知的配置项 {key}', en: 'unknown setting {key}' },
  'config.format': { zh: 'format 应为 {choices:comma} 之一', en: 'format must be one of {choices:comma}' },
  'config.ignores': { zh: 'ignores 应为字符串数组（glob 模式）', en: 'ignores must be an array of glob patterns' },
  'config.rules': { zh: 'rules 应为以规则编号为键的对象', en: 'rules must be an object keyed by rule id' },
  'config.unknownRule': { zh: '没有编号为 {id} 的规则', en: 'there is no rule {id}' },
  'config.setting': { zh: '{id} 的设置应为 {choices:comma} 之一，不能是 {value}', en: '{id} must be one of {choices:comma}, not {value}' },
  'suppressions.notAList': { zh: 'suppressions 应为数组', en: 'suppressions must be an array' },
  'suppressions.entry': { zh: '每项应有字符串 file、rule 和 fingerprint', en: 'each entry needs the strings file, rule and fingerprint' },
});
const cm = configMessages.ref;

/** Whether a value (parsed JSON, or an editor's settings) is within the depth and count limits; iterative. */
export function withinLimits(value: unknown): 'ok' | 'depth' | 'values' {
  const stack: [unknown, number][] = [[value, 1]];
  let values = 0;
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (++values > CONFIG_LIMITS.values) return 'values';
    if (v === null || typeof v !== 'object') continue;
    if (depth > CONFIG_LIMITS.depth) return 'depth';
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    if (values + children.length > CONFIG_LIMITS.values) return 'values';
    for (const c of children) stack.push([c, depth + 1]);
  }
  return 'ok';
}

/** A setting's value as a message quotes it: a string or number as JSON, an object or array by its kind (never its whole text). */
function quoted(v: unknown): MessageArg {
  if (v !== null && typeof v === 'object') return Array.isArray(v) ? cm('config.anArray', {}) : cm('config.anObject', {});
  const s = typeof v === 'string' && v.length > 64 ? v.slice(0, 64) + '…' : v;
  return JSON.stringify(s) ?? String(v);
}

const isSetting = (v: unknown): v is RuleSetting => typeof v === 'string' && (RULE_SETTINGS as readonly string[]).includes(v);

/**
 * Reads a configuration value (parsed JSON or an editor's settings object). What cannot be used is
 * left out and named in `problems` — an unknown rule id, a severity that does not exist — so that a
 * typo is reported instead of silently ignored.
 */
/** Every rule a configuration can name: the single-report rules and the cross-year ones. */
export const everyRule: readonly (Rule | CrossRule | Notice)[] = [...allRules, ...crossRules, ...notices];
export const KNOWN_RULE_IDS: readonly string[] = everyRule.map((r) => r.id);

export function readConfig(value: unknown, knownRules: readonly string[] = KNOWN_RULE_IDS): { config: CheckerConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: CheckerConfig = {};
  if (value === undefined || value === null) return { config, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ path: '', message: cm('config.notAnObject', {}) });
    return { config, problems };
  }
  const limits = withinLimits(value);
  if (limits !== 'ok') {
    problems.push({ path: '', message: limits === 'depth' ? cm('config.tooDeep', { max: CONFIG_LIMITS.depth }) : cm('config.tooMany', { max: CONFIG_LIMITS.values }) });
    return { config, problems };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.has(key)) problems.push({ path: key, message: cm('config.unknownKey', { key }) });
  }
  const format = obj['format'];
  if (format !== undefined) {
    if (typeof format === 'string' && (FORMAT_SETTINGS as readonly string[]).includes(format)) config.format = format as FormatSetting;
    else problems.push({ path: 'format', message: cm('config.format', { choices: FORMAT_SETTINGS }) });
  }
  const ignores = obj['ignores'];
  if (ignores !== undefined) {
    if (Array.isArray(ignores) && ignores.length > CONFIG_LIMITS.ignores) problems.push({ path: 'ignores', message: cm('config.tooManyIgnores', { max: CONFIG_LIMITS.ignores }) });
    else if (Array.isArray(ignores) && ignores.every((g) => typeof g === 'string')) config.ignores = ignores as string[];
    else problems.push({ path: 'ignores', message: cm('config.ignores', {}) });
  }
  const rulesValue = obj['rules'];
  if (rulesValue === undefined || rulesValue === null) return { config, problems };
  if (typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
    problems.push({ path: 'rules', message: cm('config.rules', {}) });
    return { config, problems };
  }
  const known = new Set(knownRules);
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rulesValue as Record<string, unknown>)) {
    if (!known.has(id)) {
      problems.push({ path: `rules.${id}`, message: cm('config.unknownRule', { id }) });
    } else if (!isSetting(setting)) {
      problems.push({ path: `rules.${id}`, message: cm('config.setting', { id, choices: RULE_SETTINGS, value: quoted(setting) }) });
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
