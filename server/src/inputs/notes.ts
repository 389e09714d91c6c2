// What every reader returns: the report as text in the layout the parser reads (Tika's), with notes for
// the user about what was read in a particular way; or why the input cannot be read. Notes and errors
// are messages (core/messages.ts), rendered by the CLI and the language server in the user's locale.
import { defineMessages } from '../core/messages';
import type { MessageRef } from '../core/findings';

export const inputMessages = defineMessages({
  // Why an input cannot be read.
  'input.notConvertible': { zh: '只能转换 .docx、.html 和 .htm 文件', en: 'only .docx, .html and .htm files are converted' },
  'input.oldWord': {
    zh: '这是旧版 Word（.doc）文件或加密的 Word 文件，不是 .docx；请在 Word 或 WPS 中另存为 .docx',
    en: 'this is an old Word (.doc) or an encrypted Word file, not a .docx; save it as .docx in Word or WPS',
  },
  'input.notZip': { zh: '不是 .docx 文件（不是 ZIP 压缩包）', en: 'not a .docx file (not a ZIP archive)' },
  'input.noZipDirectory': { zh: '.docx 文件不完整（找不到 ZIP 目录）', en: 'the .docx file is incomplete (no ZIP directory)' },
  'input.zipEntries': { zh: '.docx 的 ZIP 目录声称有 {count} 个条目，不可信', en: "the .docx's ZIP directory claims {count} entries: not credible" },
  'input.zipTooLarge': { zh: '.docx 中的 {part} 解压后过大（超过 {mb} MB），未读取', en: '{part} in the .docx would inflate beyond {mb} MB; not read' },
  'input.zipDamaged': { zh: '.docx 文件已损坏，无法解压（{detail}）', en: 'the .docx file is damaged and cannot be unzipped ({detail})' },
  'input.docxFailed': { zh: '读取 .docx 时出错：{detail}', en: 'reading the .docx failed: {detail}' },
  'input.docxNoPart': { zh: '.docx 中没有正文（{part}）', en: 'the .docx has no document body ({part})' },
  'input.docxTruncated': { zh: '.docx 的正文不完整（文件被截断或已损坏）', en: 'the .docx body is incomplete (the file is truncated or damaged)' },
  'input.docxNoBody': { zh: '.docx 中找不到正文（w:body）', en: 'the .docx has no document body (w:body)' },
  'input.htmlFailed': { zh: '读取网页时出错：{detail}', en: 'reading the page failed: {detail}' },
  // How an input was read.
  'note.trackedChanges': {
    zh: '文件含有未处理的修订，已按全部接受读取（插入 {insertions} 处，删除 {deletions} 处）',
    en: 'the file has tracked changes; read as if all were accepted ({insertions} insertion{insertions:s}, {deletions} deletion{deletions:s})',
  },
  'note.footnotes': { zh: '{count} 条脚注或尾注未计入检查的文本', en: '{count} footnote{count:s} or endnote{count:s} left out of the text checked' },
  'note.comments': { zh: '{count} 条批注未计入检查的文本', en: '{count} comment{count:s} left out of the text checked' },
  'note.hidden': { zh: '{count} 处隐藏文字未计入检查的文本', en: '{count} run{count:s} of hidden text left out of the text checked' },
  'note.textBoxes': { zh: '{count} 个文本框的文字接在其所在段落之后', en: 'the text of {count} text box{count:es} follows the paragraph each is anchored in' },
  'note.altChunks': { zh: '{count} 处嵌入的其他格式内容（altChunk）未读取', en: '{count} embedded part{count:s} in other formats (altChunk) not read' },
  'note.docxTruncated': { zh: '.docx 的正文不完整（文件被截断或已损坏），只读取了前面部分', en: 'the .docx body is incomplete (truncated or damaged); only its first part was read' },
  'note.htmlNotUtf8': { zh: '网页声明为 UTF-8，但实际是 GBK/GB18030 编码，已按 GB18030 读取', en: 'the page declares UTF-8 but is GBK/GB18030; read as GB18030' },
  'note.htmlCharset': { zh: '未知的字符集 {charset}，已按 GB18030 读取', en: 'unknown charset {charset}; read as GB18030' },
  'note.htmlUndecodable': {
    zh: '网页既不是有效的 UTF-8 也不是 GB18030，无法解码的字节显示为 \ufffd',
    en: 'the page is neither valid UTF-8 nor GB18030; bytes that cannot be decoded show as \ufffd',
  },
});
export const inputMessage = inputMessages.ref;

/** Why an input cannot be read. */
export interface InputError {
  message: MessageRef;
}

export type InputKind = 'docx' | 'html' | 'text';

export interface Converted {
  ok: true;
  kind: InputKind;
  /** The report in Tika's layout: a line per paragraph, a TAB-led line per table cell, a blank line per row. */
  text: string;
  /** Something the user should know about how the input was read (tracked changes accepted, footnotes left out…). */
  notes: MessageRef[];
  /** For HTML and text: the character encoding the bytes were read in. */
  encoding?: string;
}

export type ConvertResult = Converted | ({ ok: false } & InputError);

/** The error result of a reader. */
export const unreadable = (message: MessageRef): { ok: false; message: MessageRef } => ({ ok: false, message });
