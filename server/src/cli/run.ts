// The command-line checker, with its I/O passed in. Exit status 0 no error-severity finding, 1 some,
// 2 the tool could not fully run (bad arguments or configuration, a file that cannot be read or
// decoded: the other files are still checked); 2 wins over 1.
import { dirname, resolve } from 'node:path';
import {
  applyEdits,
  applyRuleSettings,
  checkReport,
  crossYearFindings,
  extractTables,
  fixAllEdits,
  isReportText,
  isSuppressed,
  parseReport,
  renderMessage,
  reportMeta,
  tablesToCsv,
  tablesToJson,
  type CheckerConfig,
  type Directive,
  type ExtractedRow,
  type Finding,
  type ReportModel,
  type RuleSetting,
  type YearReport,
} from '../core';
import { KNOWN_RULES, parseCommandLine, USAGE, type CommonOptions } from './args';
import { collectTargets, configFileError, ConfigLookup, loadReport, writeReport, writeText, type Target } from './files';
import { fixedLine, formatJson, formatSarif, formatText, progressLine, unifiedDiff, type FileResult } from './format';
import { describeEncoding, lineBreakOf, type FileEncoding } from '../node/encoding';
import { VERSION } from './version';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  isTTY: boolean;
  /** stderr is a terminal (the progress line is shown only then). */
  stderrIsTTY?: boolean;
  /** Milliseconds, for throttling the progress line. */
  now?: () => number;
}

/** At least this many files before a progress line is shown. */
const PROGRESS_MIN_FILES = 20;

/** The rule settings of the command line over those of the configuration (`--rule`, `--ignore-rule`). */
export function effectiveRules(config: CheckerConfig | undefined, opts: Pick<CommonOptions, 'only' | 'ignore'>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = { ...(config?.rules ?? {}) };
  if (opts.only) for (const id of KNOWN_RULES) if (!opts.only.includes(id)) out[id] = 'off';
  for (const id of opts.ignore) out[id] = 'off';
  return out;
}

interface Loaded extends FileEncoding {
  target: Target;
  text: string;
  config: CheckerConfig;
}

/**
 * The files of a run, read and decoded, each with its configuration; what could not be read is on
 * stderr and makes the run fail. Files found in a folder are skipped when ignored or not reports.
 */
class Inputs {
  failed = false;
  private readonly lookup: ConfigLookup;
  private skipped = 0;
  private ignored = 0;
  readonly targets: Target[];
  private readonly progress: ((done: number, file: string) => void) | undefined;

  constructor(
    private readonly opts: CommonOptions,
    private readonly io: Io,
  ) {
    this.lookup = new ConfigLookup(opts.config);
    const { targets, errors } = collectTargets(opts.paths);
    for (const e of errors) this.fail(e);
    this.targets = targets;
    if (io.stderrIsTTY && targets.length >= PROGRESS_MIN_FILES) {
      const now = io.now ?? (() => 0);
      let last = -Infinity;
      this.progress = (done, file) => {
        const t = now();
        if (t - last < 100 && done < targets.length) return;
        last = t;
        io.stderr(progressLine(done, targets.length, file, opts.locale));
      };
    }
  }

  fail(message: string): void {
    this.io.stderr(message + '\n');
    this.failed = true;
  }

  /** Each readable report in order; `each` is called with the decoded file. */
  forEach(each: (file: Loaded) => void): void {
    this.targets.forEach((target, i) => {
      this.progress?.(i + 1, target.path);
      if (target.fromDir && this.lookup.ignored(target.path)) {
        this.ignored++;
        return;
      }
      const loaded = loadReport(target.path);
      if (!loaded.ok) {
        this.progressClear();
        this.fail(loaded.error);
        return;
      }
      if (this.opts.verbose) {
        this.progressClear();
        this.io.stderr(`nianbao: ${target.path}: ${describeEncoding(loaded, loaded.text)}\n`);
      }
      if (target.fromDir && !isReportText(loaded.text)) {
        this.skipped++;
        return;
      }
      const config = this.lookup.forFile(target.path)?.config ?? {};
      each({ target, text: loaded.text, encoding: loaded.encoding, bom: loaded.bom, config: { ...config, rules: effectiveRules(config, this.opts) } });
    });
    this.progressClear();
    this.finish();
  }

  private progressClear(): void {
    if (this.progress) this.io.stderr('\r\x1b[K');
  }

  /** Notes on what was skipped, and the problems of every configuration read. */
  private finish(): void {
    if (this.skipped > 0) {
      this.io.stderr(`nianbao: 跳过 ${this.skipped} 个不是年报的 .txt 文件 (skipped ${this.skipped} .txt files that are not reports)\n`);
    }
    if (this.ignored > 0) {
      this.io.stderr(`nianbao: 按配置的 ignores 忽略了 ${this.ignored} 个文件 (ignored ${this.ignored} files by the configuration's ignores)\n`);
    }
    for (const c of this.lookup.loaded()) {
      for (const p of c.problems) this.fail(`nianbao: ${c.path}${p.path ? `: ${p.path}` : ''}: ${p.zh} (${p.en})`);
    }
  }
}

/** Stops the run before any file when `--config` names nothing readable. */
function badConfig(opts: CommonOptions, io: Io): boolean {
  const error = opts.config !== undefined ? configFileError(opts.config) : undefined;
  if (error) io.stderr(error + '\n');
  return error !== undefined;
}

const byPosition = (a: Finding, b: Finding) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

interface Checked {
  result: FileResult;
  directives: Directive[];
  rules: Record<string, RuleSetting>;
  /** What the cross-year rules need: the report's tables 二 and 三, agency and year. */
  year?: YearReport;
}

/** The model cut down to what the cross-year rules read, so that a large run keeps little in memory. */
const slim = (model: ReportModel): ReportModel => ({
  ...model,
  sections: [],
  headings: [],
  enumerations: [],
  artifacts: [],
  problems: [],
  tables: model.tables.filter((t) => t.kind === 'table2' || t.kind === 'table3'),
});

function check(opts: Extract<ReturnType<typeof parseCommandLine>, { kind: 'check' }>, io: Io): number {
  if (badConfig(opts, io)) return 2;
  const inputs = new Inputs(opts, io);
  const checked: Checked[] = [];
  inputs.forEach((file) => {
    const { findings, failures, model, directives } = checkReport(file.text, { config: file.config });
    for (const f of failures) {
      // A rule that threw: the file's findings are incomplete, so the check did not fully run.
      const message = renderMessage({ id: 'rule-failed', args: { rule: f.rule, error: f.error } }, opts.locale);
      inputs.fail(`nianbao: ${file.target.path}: ${message}`);
    }
    const meta = reportMeta(model, file.text);
    const entry: Checked = { result: { file: file.target.path, findings }, directives, rules: file.config.rules ?? {} };
    if (meta.agency && meta.year !== undefined) entry.year = { name: file.target.path, model: slim(model), meta };
    checked.push(entry);
  });
  addCrossYear(checked);

  const results = checked.map((c) => c.result);
  if (opts.format === 'json') io.stdout(formatJson(results, opts.locale));
  else if (opts.format === 'sarif') io.stdout(formatSarif(results, opts.locale));
  else io.stdout(formatText(results, { locale: opts.locale, color: io.isTTY && !io.env.NO_COLOR }));

  if (inputs.failed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Compares the reports of each folder across years; their findings join the file's, silenced and set as the file says. */
function addCrossYear(checked: Checked[]): void {
  const folders = new Map<string, Checked[]>();
  for (const c of checked) {
    if (!c.year) continue;
    const dir = dirname(resolve(c.result.file));
    folders.set(dir, [...(folders.get(dir) ?? []), c]);
  }
  for (const group of folders.values()) {
    if (group.length < 2) continue;
    const byName = new Map(group.map((c) => [c.result.file, c]));
    for (const { name, finding } of crossYearFindings(group.map((c) => c.year!))) {
      const c = byName.get(name)!;
      if (c.rules[finding.rule] === 'off' || isSuppressed(finding, c.directives)) continue;
      c.result.findings.push(...applyRuleSettings([finding], c.rules));
      c.result.findings.sort(byPosition);
    }
  }
}

/** At most this many rounds of fix and re-check per file. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the preferred fixes, re-checks and repeats until nothing changes (at most MAX_FIX_PASSES
 * rounds). Line breaks in the fixes' new text follow the document's own.
 */
export function fixText(text: string, config: CheckerConfig): { text: string; edits: number; passes: number; findings: Finding[] } {
  const eol = lineBreakOf(text);
  let edits = 0;
  let passes = 0;
  let current = text;
  let findings = checkReport(current, { config }).findings;
  while (passes < MAX_FIX_PASSES) {
    const pass = fixAllEdits(findings).map((e) => ({ range: e.range, newText: eol === '\n' ? e.newText : e.newText.replace(/\r\n|\r|\n/g, eol) }));
    if (pass.length === 0) break;
    const next = applyEdits(current, pass);
    if (next === current) break;
    passes++;
    edits += pass.length;
    current = next;
    findings = checkReport(current, { config }).findings;
  }
  return { text: current, edits, passes, findings };
}

function fix(opts: Extract<ReturnType<typeof parseCommandLine>, { kind: 'fix' }>, io: Io): number {
  if (badConfig(opts, io)) return 2;
  const inputs = new Inputs(opts, io);
  const results: FileResult[] = [];
  const lines: string[] = [];
  inputs.forEach((file) => {
    const fixed = fixText(file.text, file.config);
    results.push({ file: file.target.path, findings: fixed.findings });
    if (fixed.text === file.text) return;
    if (opts.dryRun) {
      io.stdout(unifiedDiff(file.target.path, file.text, fixed.text));
      io.stderr(fixedLine(file.target.path, fixed.edits, fixed.passes, true, opts.locale) + '\n');
      return;
    }
    const error = writeReport(file.target.path, fixed.text, file);
    if (error) inputs.fail(error);
    else lines.push(fixedLine(file.target.path, fixed.edits, fixed.passes, false, opts.locale));
  });
  if (!opts.dryRun) {
    // What is fixed, then what is left (the text format of `check`).
    io.stdout(lines.map((l) => l + '\n').join('') + formatText(results, { locale: opts.locale, color: io.isTTY && !io.env.NO_COLOR }));
  }
  if (inputs.failed) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function extract(opts: Extract<ReturnType<typeof parseCommandLine>, { kind: 'extract' }>, io: Io): number {
  if (badConfig(opts, io)) return 2;
  const inputs = new Inputs(opts, io);
  const rows: ExtractedRow[] = [];
  inputs.forEach((file) => {
    const model = parseReport(file.text);
    for (const row of extractTables(model, reportMeta(model, file.text))) rows.push({ file: file.target.path, ...row });
  });
  const out = opts.format === 'csv' ? tablesToCsv(rows) : tablesToJson(rows);
  if (opts.output !== undefined) {
    const error = writeText(opts.output, out);
    if (error) inputs.fail(error);
  } else io.stdout(out);
  return inputs.failed ? 2 : 0;
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
      return check(command, io);
    case 'fix':
      return fix(command, io);
    case 'extract':
      return extract(command, io);
  }
}

