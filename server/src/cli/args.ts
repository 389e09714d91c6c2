// The command line: `nianbao check|fix|extract [options] FILE|DIR|GLOB…`.
// Pure: arguments and environment in, a command out; run.ts does the I/O.
import { parseArgs } from 'node:util';
import { KNOWN_RULE_IDS } from '../core';

export type CheckFormat = 'text' | 'json' | 'sarif';
export type ExtractFormat = 'json' | 'csv';
export type Locale = 'zh-cn' | 'en';

/** What every command shares. */
export interface CommonOptions {
  locale: Locale;
  paths: string[];
  /** Only these rules (`--rule`, repeatable or comma-separated); undefined means all. */
  only?: string[];
  /** Rules turned off (`--ignore-rule`). */
  ignore: string[];
  /** `--config FILE`: this configuration for every file instead of the nearest `.nianbao.json`. */
  config?: string;
  /** `--verbose`: each file's encoding and line breaks on stderr. */
  verbose: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'check'; format: CheckFormat } & CommonOptions)
  | ({ kind: 'fix'; dryRun: boolean } & CommonOptions)
  | ({ kind: 'extract'; format: ExtractFormat; output?: string } & CommonOptions)
  | ({ kind: 'convert'; output?: string } & CommonOptions)
  | { kind: 'usage-error'; message: string };

export const USAGE = `用法：nianbao check [选项] 文件|文件夹|通配符…
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

  --format FORMAT       check：text（默认）、json、sarif；extract：json（默认）、csv
  --rule ID             只检查这些规则（可重复，或用逗号分隔）
  --ignore-rule ID      不检查这些规则（可重复，或用逗号分隔）
  --config FILE         使用此配置文件，而不是各文件上方最近的 .nianbao.json
  --dry-run             fix：不写文件，输出统一格式的差异（unified diff），内容为报告自身编码的字节，可用 patch -p0 应用
  -o, --output FILE     extract、convert：写入文件（convert 多个输入时为文件夹）而不是标准输出
  --verbose             在标准错误输出中报告每个文件识别出的编码和换行符
  --locale zh-cn|en     消息语言，默认取自 LC_ALL、LC_MESSAGES、LANG，未设置时为中文
  -h, --help            显示本帮助
  --version             显示版本号

退出状态：0 没有错误级别的问题，1 有错误级别的问题，2 无法完整运行（参数或配置错误、文件无法读取
或解码；其余文件照常检查）。

Usage: nianbao check [options] FILE|DIR|GLOB…
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

  --format FORMAT       check: text (default), json, sarif; extract: json (default), csv
  --rule ID             only these rules (repeatable or comma-separated)
  --ignore-rule ID      not these rules (repeatable or comma-separated)
  --config FILE         this configuration instead of the nearest .nianbao.json above each file
  --dry-run             fix: write nothing, print a unified diff in the report's own encoding (bytes; apply with patch -p0)
  -o, --output FILE     extract, convert: write to a file (convert, several inputs: a folder) instead of stdout
  --verbose             report each file's detected encoding and line breaks on stderr
  --locale zh-cn|en     message language; by default from LC_ALL, LC_MESSAGES, LANG, else Chinese
  -h, --help            show this help
  --version             show the version

Exit status: 0 no error-severity finding, 1 some error-severity finding, 2 could not fully run (bad
arguments or configuration, a file that cannot be read or decoded; the other files are still checked).
`;

/** `zh…` → zh-cn, `en…` → en, anything else → undefined. */
function localeOf(value: string): Locale | undefined {
  if (/^zh\b/i.test(value)) return 'zh-cn';
  if (/^en\b/i.test(value)) return 'en';
  return undefined;
}

/** The locale from LC_ALL, LC_MESSAGES, LANG (the first one set): zh* → zh-cn, else en; none → zh-cn. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  // No language chosen (unset, or the C/POSIX locale of servers and containers): Chinese, the
  // language of the reports.
  if (!value || /^(C|POSIX)([._@]|$)/i.test(value)) return 'zh-cn';
  return /^zh/i.test(value) ? 'zh-cn' : 'en';
}

const usageError = (zh: string, en: string): Command => ({ kind: 'usage-error', message: `${zh} (${en})` });

/** `a,b` `c` → [a, b, c]. */
const splitIds = (values: readonly string[] | undefined): string[] =>
  (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');

export function parseCommandLine(argv: readonly string[], env: Record<string, string | undefined>): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        locale: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'ignore-rule': { type: 'string', multiple: true },
        config: { type: 'string' },
        'dry-run': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    return usageError('参数错误', e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) return usageError('缺少命令', 'missing command');
  if (command !== 'check' && command !== 'fix' && command !== 'extract' && command !== 'convert') {
    return usageError(`未知命令 ${command}`, `unknown command ${command}`);
  }
  if (paths.length === 0) return usageError('缺少要检查的文件或文件夹', 'no file or folder to check');

  let locale = localeFromEnv(env);
  if (values.locale !== undefined) {
    const l = localeOf(values.locale);
    if (!l) return usageError(`--locale 只能是 zh-cn 或 en，不能是 ${values.locale}`, `--locale must be zh-cn or en, not ${values.locale}`);
    locale = l;
  }
  const only = values.rule ? splitIds(values.rule) : undefined;
  const ignore = splitIds(values['ignore-rule']);
  const known = new Set(KNOWN_RULE_IDS);
  for (const id of [...(only ?? []), ...ignore]) {
    if (!known.has(id)) return usageError(`没有编号为 ${id} 的规则`, `there is no rule ${id}`);
  }
  const common: CommonOptions = {
    locale,
    paths,
    ...(only ? { only } : {}),
    ignore,
    ...(values.config !== undefined ? { config: values.config } : {}),
    verbose: values.verbose === true,
  };
  const notFor = (option: string) => usageError(`${command} 不接受 ${option}`, `${command} takes no ${option}`);

  if (command === 'check') {
    if (values['dry-run']) return notFor('--dry-run');
    if (values.output !== undefined) return notFor('--output');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif') {
      return usageError(`--format 只能是 text、json 或 sarif，不能是 ${format}`, `--format must be text, json or sarif, not ${format}`);
    }
    return { kind: 'check', format, ...common };
  }
  if (command === 'fix') {
    if (values.format !== undefined) return notFor('--format');
    if (values.output !== undefined) return notFor('--output');
    return { kind: 'fix', dryRun: values['dry-run'] === true, ...common };
  }
  if (values['dry-run']) return notFor('--dry-run');
  if (command === 'convert') {
    if (values.format !== undefined) return notFor('--format');
    return { kind: 'convert', ...(values.output !== undefined ? { output: values.output } : {}), ...common };
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    return usageError(`extract 的 --format 只能是 json 或 csv，不能是 ${format}`, `extract --format must be json or csv, not ${format}`);
  }
  return { kind: 'extract', format, ...(values.output !== undefined ? { output: values.output } : {}), ...common };
}
