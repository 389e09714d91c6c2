// The language server's own user-facing strings (code action titles), in Chinese and English.
// Rendered like the core's catalogue: `{name}` is replaced by the argument of that name, and the
// language is chosen from the locale with the core's `languageOf`.
import { languageOf } from '../core/index';

const lspMessages = {
  'action.fixRule': {
    zh: '修复本文档中所有「{rule}」问题',
    en: 'Fix all "{rule}" problems in this document',
  },
  'action.fixAll': {
    zh: '修复所有可自动修复的问题',
    en: 'Fix all auto-fixable problems',
  },
  'file.truncated': {
    zh: '文件大小 {size} KB，超过 nianbao.maxFileSize 设置的 {max} KB：只检查了前 {lines} 行，其后的内容未检查。',
    en: 'This file is {size} KB, more than nianbao.maxFileSize ({max} KB): only its first {lines} lines were checked.',
  },
} satisfies Record<string, { zh: string; en: string }>;

export type LspMessageId = keyof typeof lspMessages;

export function renderLspMessage(id: LspMessageId, args: Record<string, string | number> = {}, locale?: string): string {
  return lspMessages[id][languageOf(locale)].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = args[name];
    return v === undefined ? whole : String(v);
  });
}
