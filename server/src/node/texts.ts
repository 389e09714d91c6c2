// The user-visible texts of the CLI's file access and of the configuration file reader, Chinese and
// English, in one place (each a pair, or a function of its arguments that returns one).

import { MAX_BRACE_EXPANSIONS, MAX_GLOB_CHARS } from './glob';

export interface Text {
  zh: string;
  en: string;
}

export const TEXTS = {
  // ---- writing a fixed report (or extract's output) back
  writeNoSpace: { zh: '磁盘空间不足，未能写入；原文件未改动', en: 'no space left on the device; not written, the original is unchanged' },
  writeDenied: { zh: '没有写入权限；原文件未改动', en: 'permission denied for writing; the original is unchanged' },
  writeFailed: (detail: string): Text => ({ zh: `写入失败：${detail}；原文件未改动`, en: `cannot write: ${detail}; the original is unchanged` }),
  // ---- the configuration file
  configTooLarge: (size: number, max: number): Text => ({
    zh: `配置文件有 ${Math.ceil(size / 1024)} KB，超过 ${max / 1024} KB，未读取，按默认设置检查`,
    en: `the configuration file has ${Math.ceil(size / 1024)} KB, more than ${max / 1024} KB; not read, the defaults apply`,
  }),
  ignoresBraces: (pattern: string): Text => ({
    zh: `ignores 中的模式 ${JSON.stringify(pattern.slice(0, 80))} 展开的大括号超过 ${MAX_BRACE_EXPANSIONS} 种，ignores 未采用`,
    en: `the ignores pattern ${JSON.stringify(pattern.slice(0, 80))} expands its braces to more than ${MAX_BRACE_EXPANSIONS} patterns; ignores not used`,
  }),
  ignoresTooLong: {
    zh: `ignores 的模式合计（大括号展开后）超过 ${MAX_GLOB_CHARS} 个字符，未采用`,
    en: `the ignores patterns (their braces expanded) hold more than ${MAX_GLOB_CHARS} characters in all; not used`,
  },
} as const;
