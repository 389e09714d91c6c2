// The command line: `nianbao check [--format text|json] [--locale zh-cn|en] FILE|DIR…`.
// Pure: arguments and environment in, a command out; main.ts does the I/O.
import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json';
export type Locale = 'zh-cn' | 'en';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; format: OutputFormat; locale: Locale; paths: string[] }
  | { kind: 'usage-error'; message: string };

export const USAGE = `用法：nianbao check [--format text|json] [--locale zh-cn|en] 文件|文件夹…

检查政府信息公开工作年度报告（UTF-8 编码的 .txt 文件）。给出的文件总会检查；文件夹中递归查找
.txt 文件（跳过 node_modules 和以 . 开头的文件夹），不是年报的文件跳过。

  --format text|json   输出格式，默认 text
  --locale zh-cn|en    消息语言，默认取自 LC_ALL、LC_MESSAGES、LANG，未设置时为中文
  -h, --help           显示本帮助
  --version            显示版本号

退出状态：0 没有错误级别的问题，1 有错误级别的问题，2 无法运行（参数错误、文件无法读取或解码）。

Usage: nianbao check [--format text|json] [--locale zh-cn|en] FILE|DIR…

Checks government information-disclosure annual reports (.txt files in UTF-8). A file given is always
checked; a folder is searched recursively for .txt files (skipping node_modules and folders whose name
starts with a dot), and files that are not reports are skipped.

  --format text|json   output format, text by default
  --locale zh-cn|en    message language; by default from LC_ALL, LC_MESSAGES, LANG, else Chinese
  -h, --help           show this help
  --version            show the version

Exit status: 0 no error-severity finding, 1 some error-severity finding, 2 the tool could not run
(bad arguments, a file that cannot be read or decoded).
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
  if (command !== 'check') return usageError(`未知命令 ${command}`, `unknown command ${command}`);
  if (paths.length === 0) return usageError('缺少要检查的文件或文件夹', 'no file or folder to check');

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return usageError(`--format 只能是 text 或 json，不能是 ${format}`, `--format must be text or json, not ${format}`);
  }
  let locale = localeFromEnv(env);
  if (values.locale !== undefined) {
    const l = localeOf(values.locale);
    if (!l) {
      return usageError(
        `--locale 只能是 zh-cn 或 en，不能是 ${values.locale}`,
        `--locale must be zh-cn or en, not ${values.locale}`,
      );
    }
    locale = l;
  }
  return { kind: 'check', format, locale, paths };
}
