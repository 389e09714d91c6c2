// The message catalogue: every user-facing sentence the core can produce, in Chinese and English.
// The core emits message ids and arguments; the LSP and CLI layers call `renderMessage` with the
// user's locale. `{name}` in a template is replaced by the argument of that name.
// The parser's messages are here; each rule brings its own (`Rule.messages`, rules/*.ts).
import type { MessageRef } from './findings';
import { hoverMessages } from './hover';
import { rules } from './rules';
import { relationMessages } from './rules/relation-text';
import { directiveMessages } from './directives';
import { crossRules } from './cross-year';
import { notices } from './notices';

export type MessageTable = Record<string, { zh: string; en: string }>;

const parserMessages = {
  'table-row-unaligned': {
    zh: '{table}「{row}」行有 {found} 个数据单元格，应为 {expected} 个，无法与表头各列对齐',
    en: '{table} row "{row}" has {found} data cells where {expected} are expected; its columns cannot be aligned',
  },
  'table-row-unknown': {
    zh: '{table}中「{row}」不是该表的标准行',
    en: '"{row}" is not a row of {table}',
  },
  'table-header-unrecognised': {
    zh: '{table}的表头缺少「{missing}」，各列按标准顺序读取',
    en: 'The header of {table} lacks "{missing}"; its columns are read in the standard order',
  },
  'table-rows-missing': {
    zh: '{table}缺少{count}行：{rows}，各列合计无法核对',
    en: '{table} lacks {count} rows: {rows}; its column totals cannot be checked',
  },
  'table-duplicate-row': {
    zh: '{table}中「{row}」行重复出现，只读取第一次出现的数据',
    en: 'Row "{row}" appears twice in {table}; only its first occurrence is read',
  },
  'parser-failed': {
    zh: '无法解析此文档：{error}',
    en: 'This document could not be parsed: {error}',
  },
  'rule-failed': {
    zh: '规则 {rule} 检查时出错：{error}',
    en: 'Rule {rule} failed: {error}',
  },
} satisfies MessageTable;

/** Every message: the parser's and every rule's. */
export const messages: MessageTable = Object.assign({}, parserMessages, relationMessages, hoverMessages, directiveMessages, ...rules.map((r) => r.messages), ...crossRules.map((r) => r.messages), ...notices.map((r) => r.messages));

export type MessageId = string;

/** `zh` for any Chinese locale (`zh-cn`, `zh-CN`, `zh-tw` …), `en` otherwise. */
export function languageOf(locale: string | undefined): 'zh' | 'en' {
  return !locale || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

export function renderMessage(ref: MessageRef, locale?: string): string {
  const entry = messages[ref.id];
  const template = entry ? entry[languageOf(locale)] : ref.id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = ref.args[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? renderMessage(v, locale) : String(v);
  });
}
