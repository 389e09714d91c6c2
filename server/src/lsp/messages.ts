// The language server's own user-facing strings (code action titles, the notice of a file checked in
// part, its settings' problems), through the one localisation path (core/messages.ts), and `say`, which
// renders a message of any layer (the core's, the inputs', the node layer's, these) in the client's locale.
import { defineMessages, renderMessage, type MessageRef } from '../core/index';
import { inputMessages } from '../inputs';
import { nodeMessages } from '../node/messages';

export const lspMessages = defineMessages({
  'setting.run': { zh: 'run 应为 onType 或 onSave', en: 'run must be onType or onSave' },
  'setting.inlayHints': { zh: 'inlayHints 应为 {choices:comma} 之一', en: 'inlayHints must be one of {choices:comma}' },
  'setting.maxFileSize': { zh: 'maxFileSize 应为正数（KB）', en: 'maxFileSize must be a positive number (KB)' },
  'convert.tooLarge': { zh: '文件超过 {mb} MB，未读取', en: 'the file is larger than {mb} MB; not read' },
  'action.fixRule': {
    zh: '修复本文档中所有「{rule}」问题',
    en: 'Fix all "{rule}" problems in this document',
  },
  'action.fixAll': {
    zh: '修复所有可自动修复的问题',
    en: 'Fix all auto-fixable problems',
  },
  'action.suppress': {
    zh: '忽略此问题（记入 .nianbao-suppressions.json，不改动报告）',
    en: 'Ignore this problem (recorded in .nianbao-suppressions.json; the report is not changed)',
  },
  'action.suppressRule': {
    zh: '忽略此「{rule}」问题（记入 .nianbao-suppressions.json，不改动报告）',
    en: 'Ignore this "{rule}" problem (recorded in .nianbao-suppressions.json; the report is not changed)',
  },
  'suppress.failed': {
    zh: '未能记录忽略：{reason}',
    en: 'The problem could not be ignored: {reason}',
  },
  'suppress.unusable': {
    zh: '{path} {reason}；其中的忽略记录未采用，问题照常报告。',
    en: '{path} {reason}; its suppressions are not used, and the problems are reported as usual.',
  },
  'file.truncated': {
    zh: '文件大小 {size} KB，超过 nianbao.maxFileSize 设置的 {max} KB：只检查了前 {lines} 行，其后的内容未检查。',
    en: 'This file is {size} KB, more than nianbao.maxFileSize ({max} KB): only its first {lines} lines were checked.',
  },
});

const below = { ...inputMessages.table, ...nodeMessages.table, ...lspMessages.table };

/** A message of the core, the inputs, the node layer or the server in the locale's language. */
export const say = (ref: MessageRef, locale: string): string => renderMessage(ref, locale, below);
