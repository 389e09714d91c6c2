// The user-visible texts of the CLI's file access and of the configuration file reader, Chinese and
// English, in one place (each a pair, or a function of its arguments that returns one).

export interface Text {
  zh: string;
  en: string;
}

export const TEXTS = {
  // ---- writing a fixed report (or extract's output) back
  writeNoSpace: { zh: '磁盘空间不足，未能写入；原文件未改动', en: 'no space left on the device; not written, the original is unchanged' },
  writeDenied: { zh: '没有写入权限；原文件未改动', en: 'permission denied for writing; the original is unchanged' },
  writeFailed: (detail: string): Text => ({ zh: `写入失败：${detail}；原文件未改动`, en: `cannot write: ${detail}; the original is unchanged` }),
} as const;
