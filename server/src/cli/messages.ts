// The CLI's own sentences — what it says on stderr about the run, its usage and its summary lines —
// through the one localisation path (core/messages.ts), and `say`, which renders a message of any layer
// (the core's, the inputs', the node layer's, these) in the run's locale.
import { defineMessages, renderMessage, type MessageRef } from '../core/index';
import { inputMessages } from '../inputs';
import { nodeMessages } from '../node/messages';

export const cliMessages = defineMessages({
  usage: {
    zh: `用法：nianbao check [--format text|json|sarif|html] [-o 输出文件] [选项] 文件|文件夹|通配符…
      nianbao fix [--dry-run] [选项] 文件|文件夹|通配符…
      nianbao extract [--format json|csv] [-o 输出文件] 文件|文件夹|通配符…
      nianbao convert [-o 输出文件或文件夹] 文件|文件夹|通配符…

检查政府信息公开工作年度报告：.txt（UTF-8、UTF-16、GBK/GB18030 自动识别）、Word 文档
（.docx）和网页（.html、.htm；按网页声明的字符集读取，包括 GBK）。.docx 和网页先转换为文本，问题的
位置（行:列）指转换后的文本（nianbao convert 输出的就是这一文本），表格中的问题写明所在单元格。
给出的文件总会检查；文件夹中递归查找 .txt、.docx、.html、.htm 文件（跳过 node_modules 和以 . 开头的
文件夹），通配符（如 "年报/**/*.txt"）按 glob 展开；由文件夹或通配符找到的文件，不是年报的跳过。
同一文件夹中同一机关相邻年度的报告还会相互比对（cross-year-carry、cross-year-stock）。

  check                 检查并报告问题
  fix                   应用每个问题的首选修复并写回原文件（保持编码、BOM 和换行符），重复至无可修复
  extract               把各表的每个单元格导出为数据（一个文件夹输出一个 CSV）
  convert               把 .docx、网页或任意编码的 .txt 转换为检查所用的文本（UTF-8），输出到标准输出；
                        -o 给出文件名时写入该文件，多个输入或 -o 为文件夹时每个输入写为该文件夹中的 .txt
                        （fix 不改写 .docx 和网页：先 convert，再修复转换出的 .txt）

  --format FORMAT       check：text（默认）、json、sarif、html（一页审查报告：汇总表和每份年报的问题，可打印）；
                        extract：json（默认）、csv
  --rule ID             只检查这些规则（可重复，或用逗号分隔）
  --ignore-rule ID      不检查这些规则（可重复，或用逗号分隔）
  --config FILE         使用此配置文件，而不是各文件上方最近的 .nianbao.json
  --dry-run             fix：不写文件，输出统一格式的差异（unified diff），内容为报告自身编码的字节，可用 patch -p0 应用
  -o, --output FILE     check、extract、convert：写入文件（convert 多个输入时为文件夹）而不是标准输出
  --verbose             在标准错误输出中报告每个文件识别出的编码和换行符
  --locale zh-cn|en     消息语言，默认取自 LC_ALL、LC_MESSAGES、LANG，未设置时为中文
  -h, --help            显示本帮助
  --version             显示版本号

退出状态：0 没有错误级别的问题，1 有错误级别的问题，2 无法完整运行（参数或配置错误、文件无法读取
或解码；其余文件照常检查）。
`,
    en: `Usage: nianbao check [--format text|json|sarif|html] [-o FILE] [options] FILE|DIR|GLOB…
       nianbao fix [--dry-run] [options] FILE|DIR|GLOB…
       nianbao extract [--format json|csv] [-o FILE] FILE|DIR|GLOB…
       nianbao convert [-o FILE|DIR] FILE|DIR|GLOB…

Checks government information-disclosure annual reports: .txt (UTF-8, UTF-16 with a BOM or
not, GBK/GB18030, detected), Word documents (.docx) and web pages (.html, .htm, in the charset the page
declares, GBK included). A .docx or a page is converted to text first; positions (line:column) are in
that text (what nianbao convert writes), and findings in a table name their cell. A file given is
always checked; a folder is searched recursively for .txt, .docx, .html and .htm files (skipping
node_modules and folders whose name starts with a dot); glob patterns ("reports/**/*.txt") are
expanded; files found in a folder or by a glob that are not reports are skipped. One agency's reports
for consecutive years in one folder are compared with each other.

  check                 report the problems
  fix                   apply each finding's preferred fix and write the file back (same encoding,
                        BOM and line breaks), again until nothing is left to fix
  extract               every cell of every table as data (one CSV for a whole folder)
  convert               a .docx, a web page or a .txt in any encoding as the text the checker reads
                        (UTF-8), on stdout; -o FILE writes that file; with several inputs, or -o naming
                        a folder, each input becomes a .txt in that folder (fix does not write .docx or
                        web pages: convert first, then fix the .txt)

  --format FORMAT       check: text (default), json, sarif, html (a review page: a summary table and each
                        report's findings, printable); extract: json (default), csv
  --rule ID             only these rules (repeatable or comma-separated)
  --ignore-rule ID      not these rules (repeatable or comma-separated)
  --config FILE         this configuration instead of the nearest .nianbao.json above each file
  --dry-run             fix: write nothing, print a unified diff in the report's own encoding (bytes; apply with patch -p0)
  -o, --output FILE     check, extract, convert: write to a file (convert, several inputs: a folder) instead of stdout
  --verbose             report each file's detected encoding and line breaks on stderr
  --locale zh-cn|en     message language; by default from LC_ALL, LC_MESSAGES, LANG, else Chinese
  -h, --help            show this help
  --version             show the version

Exit status: 0 no error-severity finding, 1 some error-severity finding, 2 could not fully run (bad
arguments or configuration, a file that cannot be read or decoded; the other files are still checked).
`,
  },
  // Arguments.
  'args.invalid': { zh: '参数错误：{detail}', en: 'bad arguments: {detail}' },
  'args.noCommand': { zh: '缺少命令', en: 'missing command' },
  'args.unknownCommand': { zh: '未知命令 {command}', en: 'unknown command {command}' },
  'args.noPaths': { zh: '缺少要检查的文件或文件夹', en: 'no file or folder to check' },
  'args.locale': { zh: '--locale 只能是 zh-cn 或 en，不能是 {value}', en: '--locale must be zh-cn or en, not {value}' },
  'args.unknownRule': { zh: '没有编号为 {id} 的规则', en: 'there is no rule {id}' },
  'args.notFor': { zh: '{command} 不接受 {option}', en: '{command} takes no {option}' },
  'args.format': { zh: '{command} 的 --format 只能是 {choices:comma} 之一，不能是 {value}', en: '{command} --format must be one of {choices:comma}, not {value}' },
  // The run.
  'run.skipped': { zh: '跳过 {count} 个不是年报的 .txt 文件', en: 'skipped {count} .txt file{count:s} that are not reports' },
  'run.ignored': { zh: '按配置的 ignores 忽略了 {count} 个文件', en: "ignored {count} file{count:s} by the configuration's ignores" },
  'fix.converted': {
    zh: 'fix 不改写 Word 文档和网页；请用 nianbao convert 转换为 .txt 后修复该 .txt',
    en: 'fix does not write Word documents or web pages; convert it to .txt with nianbao convert and fix the .txt',
  },
  'fix.convertedSkipped': { zh: '跳过 {count} 个 .docx 或网页文件：fix 只改写 .txt', en: 'skipped {count} .docx or web page file{count:s}: fix writes .txt files only' },
  'fix.fixed': { zh: '已修复 {file}：{edits} 处修改（{passes} 轮）', en: 'Fixed {file}: {edits} edit{edits:s} ({passes} pass{passes:es})' },
  'fix.wouldFix': { zh: '可修复 {file}：{edits} 处修改（{passes} 轮）', en: 'Would fix {file}: {edits} edit{edits:s} ({passes} pass{passes:es})' },
  'convert.isInput': { zh: '是输入文件之一，不覆盖', en: 'is one of the inputs; not overwritten' },
  'convert.written': { zh: '已由另一个同名输入写入，不覆盖', en: 'already written from another input of the same name; not overwritten' },
  'suppressions.unused': { zh: '{problem}；其中的忽略记录未采用', en: '{problem}; its suppressions are not used' },
  // The text output.
  'output.summary': {
    zh: '检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告，{information} 个提示',
    en: 'Checked {files} file{files:s}: {errors} error{errors:s}, {warnings} warning{warnings:s}, {information} information',
  },
  'output.summaryHints': {
    zh: '检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告，{information} 个提示，{hints} 个建议',
    en: 'Checked {files} file{files:s}: {errors} error{errors:s}, {warnings} warning{warnings:s}, {information} information, {hints} hint{hints:s}',
  },
  'output.progress': { zh: '检查中 {done}/{total} ', en: 'Checking {done}/{total} ' },
});

const below = { ...inputMessages.table, ...nodeMessages.table, ...cliMessages.table };

/** A message of the core, the inputs, the node layer or the CLI in the locale's language. */
export const say = (ref: MessageRef, locale: string): string => renderMessage(ref, locale, below);
