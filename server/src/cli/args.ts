// The command line: `nianbao check|fix|extract [options] FILE|DIR|GLOB…`.
// Pure: arguments and environment in, a command out; run.ts does the I/O.
import { parseArgs } from 'node:util';
import { KNOWN_RULE_IDS, type MessageRef } from '../core';
import { cliMessages } from './messages';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'html';
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
  | { kind: 'help'; locale: Locale }
  | { kind: 'version' }
  | ({ kind: 'check'; format: CheckFormat; output?: string } & CommonOptions)
  | ({ kind: 'fix'; dryRun: boolean } & CommonOptions)
  | ({ kind: 'extract'; format: ExtractFormat; output?: string } & CommonOptions)
  | ({ kind: 'convert'; output?: string } & CommonOptions)
  | { kind: 'usage-error'; message: MessageRef; locale: Locale };


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

const cm = cliMessages.ref;

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
    // The arguments do not parse, but a --locale among them is still the language to answer in.
    const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
    const asked = i < 0 ? undefined : localeOf(argv[i]!.startsWith('--locale=') ? argv[i]!.slice(9) : (argv[i + 1] ?? ''));
    return { kind: 'usage-error', message: cm('args.invalid', { detail: e instanceof Error ? e.message : String(e) }), locale: asked ?? localeFromEnv(env) };
  }
  const { values, positionals } = parsed;
  const chosen = values.locale !== undefined ? localeOf(values.locale) : undefined;
  const locale = chosen ?? localeFromEnv(env);
  const usageError = (message: MessageRef): Command => ({ kind: 'usage-error', message, locale });
  if (values.help) return { kind: 'help', locale };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) return usageError(cm('args.noCommand', {}));
  if (command !== 'check' && command !== 'fix' && command !== 'extract' && command !== 'convert') {
    return usageError(cm('args.unknownCommand', { command }));
  }
  if (paths.length === 0) return usageError(cm('args.noPaths', {}));

  if (values.locale !== undefined && !chosen) return usageError(cm('args.locale', { value: values.locale }));
  const only = values.rule ? splitIds(values.rule) : undefined;
  const ignore = splitIds(values['ignore-rule']);
  const known = new Set(KNOWN_RULE_IDS);
  for (const id of [...(only ?? []), ...ignore]) {
    if (!known.has(id)) return usageError(cm('args.unknownRule', { id }));
  }
  const common: CommonOptions = {
    locale,
    paths,
    ...(only ? { only } : {}),
    ignore,
    ...(values.config !== undefined ? { config: values.config } : {}),
    verbose: values.verbose === true,
  };
  const notFor = (option: string) => usageError(cm('args.notFor', { command, option }));

  if (command === 'check') {
    if (values['dry-run']) return notFor('--dry-run');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'html') {
      return usageError(cm('args.format', { command, choices: ['text', 'json', 'sarif', 'html'], value: format }));
    }
    return { kind: 'check', format, ...(values.output !== undefined ? { output: values.output } : {}), ...common };
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
    return usageError(cm('args.format', { command, choices: ['json', 'csv'], value: format }));
  }
  return { kind: 'extract', format, ...(values.output !== undefined ? { output: values.output } : {}), ...common };
}
