// The language server's own user-facing strings (code action titles, the notice of a file checked in
// part), through the one localisation path (core/messages.ts).
import { defineMessages } from '../core/index';

export const lspMessages = defineMessages({
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
