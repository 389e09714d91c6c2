// The messages of the node layer — reading and writing files, decoding them, the configuration file —
// through the one localisation path (core/messages.ts). The CLI and the server render them (cli/messages.ts,
// lsp/messages.ts: `say`).
import { defineMessages } from '../core/index';

export const nodeMessages = defineMessages({
  // Reading a file or a folder.
  'file.missing': { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  'file.denied': { zh: '没有读取权限', en: 'permission denied' },
  'file.isFolder': { zh: '是文件夹，不是文件', en: 'is a folder, not a file' },
  'file.unreadable': { zh: '无法读取：{detail}', en: 'cannot read: {detail}' },
  'file.noMatch': { zh: '没有匹配的 .txt、.docx 或网页文件', en: 'no .txt, .docx or web page file matches' },
  'file.configNotAFile': { zh: '配置文件不是文件', en: 'the configuration is not a file' },
  // Writing a fixed report (or extract's output) back.
  'write.noSpace': { zh: '磁盘空间不足，未能写入；原文件未改动', en: 'no space left on the device; not written, the original is unchanged' },
  'write.denied': { zh: '没有写入权限；原文件未改动', en: 'permission denied for writing; the original is unchanged' },
  'write.failed': { zh: '写入失败：{detail}；原文件未改动', en: 'cannot write: {detail}; the original is unchanged' },
  'write.unencodable': { zh: '修复后的文本含有 {encoding} 无法表示的字符，未写入', en: 'the fixed text holds characters {encoding} cannot store; not written' },
  // Decoding.
  'encoding.badUtf8Bom': { zh: '以 UTF-8 BOM 开头，但内容不是有效的 UTF-8', en: 'starts with a UTF-8 BOM but is not valid UTF-8' },
  'encoding.badUtf16Bom': { zh: '以 {encoding} BOM 开头，但内容不是有效的 {encoding}', en: 'starts with a {encoding} BOM but is not valid {encoding}' },
  'encoding.unknown': { zh: '无法识别编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030', en: 'unknown encoding: neither UTF-8, UTF-16, nor GBK/GB18030' },
  // The suppressions file beside the reports.
  'suppressions.notJson': { zh: '不是有效的 JSON：{detail}', en: 'is not valid JSON: {detail}' },
  'suppressions.at': { zh: '{path}：{problem}', en: '{path}: {problem}' },
  'suppressions.notWritten': { zh: '{path} {problem}，未写入', en: '{path} {problem}; not written' },
  'suppressions.writeFailed': { zh: '无法写入 {path}：{detail}', en: 'cannot write {path}: {detail}' },
  // The configuration file.
  'configFile.unreadable': { zh: '无法读取配置文件：{detail}', en: 'cannot read the configuration file: {detail}' },
  'configFile.tooLarge': { zh: '配置文件有 {size} KB，超过 {max} KB，未读取，按默认设置检查', en: 'the configuration file has {size} KB, more than {max} KB; not read, the defaults apply' },
  'configFile.braces': {
    zh: 'ignores 中的模式 {pattern} 展开的大括号超过 {max} 种，ignores 未采用',
    en: 'the ignores pattern {pattern} expands its braces to more than {max} patterns; ignores not used',
  },
  'configFile.ignoresTooLong': {
    zh: 'ignores 的模式合计（大括号展开后）超过 {max} 个字符，未采用',
    en: 'the ignores patterns (their braces expanded) hold more than {max} characters in all; not used',
  },
});
