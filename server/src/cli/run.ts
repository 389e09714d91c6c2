// The command-line checker, with its I/O passed in. Exit status 0 no error-severity finding, 1 some,
// 2 the tool could not run (bad arguments, a file that cannot be read or decoded); 2 wins over 1.
import { checkReport, isReportText, renderMessage } from '../core';
import { parseCommandLine, USAGE, type OutputFormat, type Locale } from './args';
import { collectTargets, loadReport } from './files';
import { formatJson, formatText, type FileResult } from './format';
import { VERSION } from './version';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  isTTY: boolean;
}

function check(paths: string[], format: OutputFormat, locale: Locale, io: Io): number {
  const { targets, errors } = collectTargets(paths);
  let failed = errors.length > 0;
  for (const e of errors) io.stderr(e + '\n');

  const results: FileResult[] = [];
  let skipped = 0;
  for (const target of targets) {
    const loaded = loadReport(target.path);
    if (!loaded.ok) {
      io.stderr(loaded.error + '\n');
      failed = true;
      continue;
    }
    if (target.fromDir && !isReportText(loaded.text)) {
      skipped++;
      continue;
    }
    const { findings, failures } = checkReport(loaded.text);
    for (const f of failures) {
      // A rule that threw: the file's findings are incomplete, so the check did not fully run.
      const message = renderMessage({ id: 'rule-failed', args: { rule: f.rule, error: f.error } }, locale);
      io.stderr(`nianbao: ${target.path}: ${message}\n`);
      failed = true;
    }
    results.push({ file: target.path, findings });
  }
  if (skipped > 0) {
    io.stderr(`nianbao: 跳过 ${skipped} 个不是年报的 .txt 文件 (skipped ${skipped} .txt files that are not reports)\n`);
  }

  if (format === 'json') io.stdout(formatJson(results, locale));
  else io.stdout(formatText(results, { locale, color: io.isTTY && !io.env.NO_COLOR }));

  if (failed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export function run(argv: readonly string[], io: Io): number {
  const command = parseCommandLine(argv, io.env);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(VERSION + '\n');
      return 0;
    case 'usage-error':
      io.stderr(`nianbao: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'check':
      return check(command.paths, command.format, command.locale, io);
  }
}
