// The command-line checker, with its I/O passed in. Exit status 0 no error-severity finding, 1 some,
// 2 the tool could not fully run (bad arguments or configuration, a file that cannot be read or
// decoded: the other files are still checked); 2 wins over 1.
import { basename, dirname, join, resolve, sep } from 'node:path';
import {
  checkText,
  textModel,
  crossYearFindings,
  extractText,
  fixText,
  isReportText,
  KNOWN_RULE_IDS,
  renderMessage,
  reportMeta,
  settleFindings,
  tablesToCsv,
  tablesToJson,
  yearReport,
  type CheckerConfig,
  type Directive,
  type ExtractedRow,
  type Finding,
  type RuleSetting,
  type YearReport,
} from '../core';
import { splitLines } from '../core/text';
import { parseCommandLine, type CommonOptions } from './args';
import { cliMessages, say } from './messages';
import { collectTargets, configFileError, ConfigLookup, isFolder, loadConverted, loadReport, makeFolder, unencodable, writeFault, writeReport, writeText, type FileError, type Target } from './files';
import { CONVERTED_FILE } from '../inputs';
import {
  fixedLine,
  formatSarif,
  formatText,
  jsonArray,
  jsonEntry,
  progressLine,
  terminalName,
  textLines,
  textReport,
  unifiedDiffBytes,
  type Counts,
  type FileResult,
  type TextOptions,
} from './output';
import { describeEncoding, encodeText, type FileEncoding } from '../node/encoding';
import { ruleDocUri } from '../node/rule-docs';
import { VERSION } from './version';
import { readSuppressionsAgain, suppressionsOf, warnOnce } from './suppressions';
import { reviewHtml, type ReviewFile } from './review';
import { cacheKey, cachePath, CheckCache } from './cache';
import { deserialize, serialize } from 'node:v8';

export interface Io {
  /** Text, or bytes as they are (`fix --dry-run`: a diff in the report's own encoding). */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  isTTY: boolean;
  /** stderr is a terminal (the progress line is shown only then). */
  stderrIsTTY?: boolean;
  /** Milliseconds, for throttling the progress line. */
  now?: () => number;
  /** Worker threads for long check runs; without it every file is checked in this thread. */
  parallel?: Parallel;
  /**
   * The bytes of the arguments that are not UTF-8 (a GBK file name), by the text they were read as (each
   * such byte U+FFFD), in order: the file system is asked by the bytes.
   */
  argBytes?: ReadonlyMap<string, readonly Uint8Array[]>;
}

/** The bytes of each path given where they are not UTF-8 (see `Io.argBytes`). */
function pathBytes(paths: readonly string[], argBytes: Io['argBytes']): (Uint8Array | undefined)[] {
  const used = new Map<string, number>();
  return paths.map((p) => {
    const all = p.includes('\ufffd') ? argBytes?.get(p) : undefined;
    if (!all) return undefined;
    const k = used.get(p) ?? 0;
    used.set(p, k + 1);
    return all[k];
  });
}

/** At least this many files before a progress line is shown. */
const PROGRESS_MIN_FILES = 20;

/** The rule settings of the command line over those of the configuration (`--rule`, `--ignore-rule`). */
export function effectiveRules(config: CheckerConfig | undefined, opts: Pick<CommonOptions, 'only' | 'ignore'>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = { ...(config?.rules ?? {}) };
  if (opts.only) for (const id of KNOWN_RULE_IDS) if (!opts.only.includes(id)) out[id] = 'off';
  for (const id of opts.ignore) out[id] = 'off';
  return out;
}

interface Loaded extends FileEncoding {
  target: Target;
  text: string;
  config: CheckerConfig;
}

/** A line for stderr: the file's name (its control characters escaped), and what is wrong, in the locale. */
const problemLine = (e: FileError, locale: string): string => `nianbao: ${terminalName(e.path)}: ${say(e.message, locale)}`;

/** What became of one file: left out, unreadable, not a report, or the work's value. `notes`: how a
 * converted file (.docx, web page) was read, for stderr. */
export type Step<R> =
  | { kind: 'ignored' }
  | { kind: 'error'; error: FileError }
  | { kind: 'skipped'; verbose?: string; notes?: string[] }
  | { kind: 'done'; verbose?: string; notes?: string[]; value: R };

/** Reads one file and, when it is a report to check, does the work on it. No output: the caller reports. */
export function step<R>(target: Target, opts: CommonOptions, lookup: ConfigLookup, work: (file: Loaded) => R): Step<R> {
  if (target.fromDir && lookup.ignored(target.path)) return { kind: 'ignored' };
  const input = CONVERTED_FILE.test(target.path) ? loadConverted(target) : undefined;
  const loaded = input ?? loadReport(target);
  if (!loaded.ok) return { kind: 'error', error: loaded.error };
  const name = terminalName(target.path);
  const how = () => (input?.ok ? `${input.source} → UTF-8, LF` : describeEncoding(loaded, loaded.text));
  const verbose = opts.verbose ? `nianbao: ${name}: ${how()}` : undefined;
  const notes = input?.ok && input.notes.length > 0 ? input.notes.map((n) => `nianbao: ${name}: ${say(n, opts.locale)}`) : undefined;
  const v = { ...(verbose !== undefined ? { verbose } : {}), ...(notes ? { notes } : {}) };
  if (target.fromDir && !isReportText(loaded.text)) return { kind: 'skipped', ...v };
  const config = lookup.forFile(target.path)?.config ?? {};
  const file = { target, text: loaded.text, encoding: loaded.encoding, bom: loaded.bom, config: { ...config, rules: effectiveRules(config, opts) } };
  return { kind: 'done', ...v, value: work(file) };
}

/**
 * The files of a run and what became of each, reported in order: what could not be read is on
 * stderr and makes the run fail; files found in a folder are skipped when ignored or not reports.
 */
class Inputs {
  failed = false;
  /** Told of each file that cannot be read, as it is reported (the review page lists them too). */
  onError?: (index: number, error: FileError) => void;
  readonly lookup: ConfigLookup;
  private skipped = 0;
  private ignored = 0;
  readonly targets: Target[];
  private readonly progress: ((done: number, file: string) => void) | undefined;

  constructor(
    readonly opts: CommonOptions,
    private readonly io: Io,
  ) {
    this.lookup = new ConfigLookup(opts.config);
    const { targets, errors } = collectTargets(opts.paths, pathBytes(opts.paths, io.argBytes));
    for (const e of errors) this.failAt(e);
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

  failAt(error: FileError): void {
    this.fail(problemLine(error, this.opts.locale));
  }

  /** Takes the targets `test` picks out of the run; returns them. */
  exclude(test: (t: Target) => boolean): Target[] {
    const out = this.targets.filter(test);
    const kept = this.targets.filter((t) => !test(t));
    this.targets.splice(0, this.targets.length, ...kept);
    return out;
  }

  /** Each file in order, the work done here; `each` gets the work's value for each report, and its index. */
  forEach<R>(work: (file: Loaded) => R, each: (value: R, index: number) => void): void {
    this.targets.forEach((target, i) => this.take(i, step(target, this.opts, this.lookup, work), each));
    this.finish();
  }

  /** Reports the step of the i-th file (in order: progress, verbose line, error) and passes its value on. */
  take<R>(i: number, s: Step<R>, each: (value: R, index: number) => void): void {
    this.progress?.(i + 1, this.targets[i]!.path);
    if (s.kind === 'ignored') {
      this.ignored++;
      return;
    }
    if (s.kind === 'error') this.onError?.(i, s.error);
    const message = s.kind === 'error' ? problemLine(s.error, this.opts.locale) : s.verbose;
    if (message !== undefined) {
      this.progressClear();
      this.io.stderr(message + '\n');
      if (s.kind === 'error') this.failed = true;
    }
    if ((s.kind === 'done' || s.kind === 'skipped') && s.notes) {
      this.progressClear();
      for (const n of s.notes) this.io.stderr(n + '\n');
    }
    if (s.kind === 'skipped') this.skipped++;
    if (s.kind === 'done') each(s.value, i);
  }

  private progressClear(): void {
    if (this.progress) this.io.stderr('\r\x1b[K');
  }

  /** Notes on what was skipped, and the problems of every configuration that applies. */
  finish(): void {
    this.progressClear();
    if (this.skipped > 0) {
      this.io.stderr(`nianbao: ${cliMessages.render('run.skipped', { count: this.skipped }, this.opts.locale)}\n`);
    }
    if (this.ignored > 0) {
      this.io.stderr(`nianbao: ${cliMessages.render('run.ignored', { count: this.ignored }, this.opts.locale)}\n`);
    }
    // Files checked in worker threads were configured there: read the same configurations here.
    for (const t of this.targets) this.lookup.forFile(t.path);
    for (const c of this.lookup.loaded()) {
      for (const p of c.problems) this.failAt({ path: p.path ? `${c.path}: ${p.path}` : c.path, message: p.message });
    }
  }
}

/** Stops the run before any file when `--config` names nothing readable. */
function badConfig(opts: CommonOptions, io: Io): boolean {
  const error = opts.config !== undefined ? configFileError(opts.config) : undefined;
  if (error) io.stderr(problemLine(error, opts.locale) + '\n');
  return error !== undefined;
}

interface Checked {
  result: FileResult;
  /** Messages of rules that threw (the file's findings are incomplete). */
  failures: string[];
  directives: Directive[];
  rules: Record<string, RuleSetting>;
  /** What could not be used of the suppressions file beside the report (a warning, not a failure). */
  warnings?: string[];
  /** What the cross-year rules need: the report's 表二 and 表三 rows they read, agency and year. */
  year?: YearReport;
  /** For the review page (`--format html`): agency, year, format and the report's lines. */
  review?: Omit<ReviewFile, 'file' | 'findings'>;
  /** Its key in the cache (`--cache`). */
  key?: string;
  /** `year` as the cache keeps it, read only when the folder's cross-year findings are not kept. */
  yearBytes?: Uint8Array;
}

/** What the cache keeps of a report's check: the check without `year`, and `year`, each serialised. */
interface Kept {
  checked: Uint8Array;
  year?: Uint8Array;
}

/** What the cache keeps of a folder: the cross-year findings of each of its reports. */
type CrossKept = [file: string, findings: Finding[]][];

/** Where a folder's cross-year findings are kept, by a key of its reports' keys (`--cache`). */
interface CrossCache {
  folder(folder: string, key: string): CrossKept | undefined;
  setFolder(folder: string, key: string, value: CrossKept): void;
}

/** A report whose check the cache has under the same key (found by the thread that read it). */
interface Reused {
  reused: string;
  warnings?: string[];
}

/**
 * The check of one report (in this thread or in a worker thread); `review`: with what the review page
 * shows. With the cache's `keys` (`--cache`), a report whose key is the one kept is not checked again.
 */
export function checkOne(file: Loaded, locale: string, review = false, keys?: ReadonlyMap<string, string>): Checked | Reused {
  const suppressed = suppressionsOf(file.target.path, locale);
  // Everything the findings depend on; the path as given, which the output and the messages name.
  const key = keys ? cacheKey([file.target.path, file.text, file.encoding, String(file.bom), JSON.stringify(file.config), suppressed.id, locale, String(review)]) : undefined;
  if (key !== undefined && keys?.get(resolve(file.target.path)) === key) {
    return { reused: key, ...(suppressed.warnings.length ? { warnings: suppressed.warnings } : {}) };
  }
  const checked = checkText(file.text, { config: file.config });
  const { failures, directives } = checked;
  const findings = suppressed.keep(checked.findings, file.text);
  const model = textModel(checked);
  const messages = failures.map(
    (f) => `nianbao: ${terminalName(file.target.path)}: ${renderMessage({ id: 'rule-failed', args: { rule: f.rule, error: f.error } }, locale)}`,
  );
  const meta = reportMeta(model, file.text);
  const entry: Checked = { result: { file: file.target.path, findings }, failures: messages, directives, rules: file.config.rules ?? {} };
  if (suppressed.warnings.length) entry.warnings = suppressed.warnings;
  if (meta.agency && meta.year !== undefined) entry.year = yearReport(file.target.path, model, meta);
  if (review) entry.review = { ...meta, format: model.format, lines: splitLines(file.text) };
  if (key !== undefined) entry.key = key;
  return entry;
}

type CheckCommand = Extract<ReturnType<typeof parseCommandLine>, { kind: 'check' }>;

/** Check runs of at least this many files are spread over worker threads (when there are cores for it). */
export const PARALLEL_MIN_FILES = 64;

/** Runs `checkOne` over the targets spread over threads (see `checkChunk`); calls back with each file's
 * step, in any order. `keys`: the cache's (`--cache`). */
export type Parallel = (
  targets: Target[],
  opts: CommonOptions & { format?: string },
  onStep: (index: number, s: Step<Checked | Reused>) => void,
  keys?: ReadonlyMap<string, string>,
) => Promise<void>;

function check(opts: CheckCommand, io: Io): number | Promise<number> {
  if (badConfig(opts, io)) return 2;
  const inputs = new Inputs(opts, io);
  const warned = new Set<string>();
  const cache = opts.cache ? new CheckCache<Kept, CrossKept>(cachePath(opts.cache.location)) : undefined;
  if (cache?.problem !== undefined) io.stderr(`nianbao: ${cliMessages.render('cache.unreadable', { file: cache.path, detail: cache.problem }, opts.locale)}\n`);
  const keys = cache?.keys();
  // JSON and text go out as they are made when stdout is no terminal (a terminal shows the progress line).
  const stream = opts.output === undefined && !io.isTTY && (opts.format === 'json' || opts.format === 'text') ? io.stdout : undefined;
  const output = new Output(inputs.targets, opts, { locale: opts.locale, color: io.isTTY && !io.env.NO_COLOR }, cache, stream);
  /** A check from the cache, or a new one kept in it (as it is now: the output adds the cross-year findings to it). */
  const settled = (o: Checked | Reused, index: number): Checked => {
    const path = inputs.targets[index]!.path;
    if (!('reused' in o)) {
      if (cache && o.key !== undefined) {
        const { warnings: _, year, ...rest } = o;
        cache.set(path, o.key, { checked: serialize(rest), ...(year ? { year: serialize(year) } : {}) });
      }
      return o;
    }
    const kept = cache?.get(path, o.reused);
    if (!kept) throw new Error(`the cache has no check of ${path}`); // the threads had the cache's keys
    const c = deserialize(kept.checked) as Checked;
    if (kept.year) c.yearBytes = kept.year;
    if (o.warnings) c.warnings = o.warnings;
    return c;
  };
  const keep = (o: Checked | Reused, index: number) => {
    const c = settled(o, index);
    for (const m of c.failures) inputs.fail(m);
    warnOnce(warned, c.warnings, io.stderr);
    output.add(index, c);
  };
  inputs.onError = (index, error) => output.unreadable(index, error);
  const end = (): number => {
    const out = output.finish();
    const unsaved = cache?.save();
    if (cache && unsaved !== undefined) io.stderr(`nianbao: ${cliMessages.render('cache.unwritable', { file: cache.path, detail: unsaved }, opts.locale)}\n`);
    if (opts.output === undefined) io.stdout(out);
    else {
      const error = writeText(opts.output, out);
      if (error) inputs.fail(problemLine(error, opts.locale));
    }
    if (inputs.failed) return 2;
    return output.hasError() ? 1 : 0;
  };
  if (io.parallel && inputs.targets.length >= PARALLEL_MIN_FILES) {
    // Steps arrive out of order; they are reported in order, as soon as all before them are in.
    const steps: (Step<Checked | Reused> | undefined)[] = new Array(inputs.targets.length);
    let next = 0;
    return io
      .parallel(inputs.targets, opts, (index, s) => {
        steps[index] = s;
        while (next < steps.length && steps[next]) {
          inputs.take(next, steps[next]!, keep);
          steps[next++] = undefined;
        }
      }, keys)
      .then(() => {
        inputs.finish();
        return end();
      });
  }
  inputs.forEach((file) => checkOne(file, opts.locale, opts.format === 'html', keys), keep);
  return end();
}

/**
 * The output of a check, made as the files come in (in order): a folder's cross-year findings are
 * added once its last file is in, and each file is rendered once its folder is complete — so that
 * this work is done while other threads still check, not all at the end.
 */
class Output {
  /** The folder of each target (the cross-year rules compare the reports of one folder, or of its year
   * folders: see `yearsFolder`), and each folder's last target. */
  private readonly dirs: string[];
  private readonly last = new Map<string, number>();
  /** Checked (or unreadable) files not yet rendered, in order, from `head` (rendered ones are let go). */
  private readonly queue: ({ c?: Checked; error?: FileError; dir: string } | undefined)[] = [];
  private head = 0;
  /** The files of each folder not yet complete that the cross-year rules read. */
  private readonly years = new Map<string, Checked[]>();
  /** Every file's findings, for SARIF, made at the end; the other formats keep only the counts. */
  private readonly results: FileResult[] = [];
  private readonly counts: Counts = { files: 0, error: 0, warning: 0, information: 0, hint: 0 };
  /** JSON entries or text lines, in order, not yet written (all of them when the output is one file). */
  private readonly parts: string[] = [];
  /** JSON entries written so far (when streaming). */
  private written = 0;
  /** The review page's files, in order (`--format html`). */
  private readonly reviewed: ReviewFile[] = [];

  constructor(
    targets: readonly Target[],
    private readonly opts: CheckCommand,
    private readonly text: TextOptions,
    private readonly cross?: CrossCache,
    /** Where JSON entries and text lines go as soon as they are made, so that a run keeps no more of
     * them than a folder's; without it, all of the output is returned by `finish`. */
    private readonly stream?: (chunk: string) => void,
  ) {
    this.dirs = targets.map((t) => yearsFolder(t.path));
    this.dirs.forEach((dir, i) => this.last.set(dir, i));
  }

  /** The check of the index-th target; indexes come in increasing order. */
  add(index: number, c: Checked): void {
    const dir = this.dirs[index]!;
    this.queue.push({ c, dir });
    if (c.year || c.yearBytes) {
      const group = this.years.get(dir);
      if (group) group.push(c);
      else this.years.set(dir, [c]);
    }
    this.flush(index);
  }

  /** The index-th target could not be read: the review page names it (text, JSON and SARIF leave it to stderr). */
  unreadable(index: number, error: FileError): void {
    if (this.opts.format !== 'html') return;
    this.queue.push({ error, dir: this.dirs[index]! });
    this.flush(index);
  }

  /** Renders the queued files whose folder is complete, every target up to `done` being in. */
  private flush(done: number): void {
    while (this.head < this.queue.length) {
      const { c, error, dir } = this.queue[this.head]!;
      if (this.last.get(dir)! > done) return;
      if (!c) {
        this.queue[this.head++] = undefined;
        this.reviewed.push({ file: error!.path, format: 'unknown', findings: [], lines: [], error: say(error!.message, this.opts.locale) });
        continue;
      }
      const group = this.years.get(dir);
      if (group) {
        addCrossYear(group, dir, this.cross);
        this.years.delete(dir);
      }
      this.queue[this.head++] = undefined;
      this.counts.files++;
      for (const f of c.result.findings) this.counts[f.severity]++;
      if (this.opts.format === 'sarif') this.results.push(c.result);
      if (this.opts.format === 'json') this.parts.push(jsonEntry(c.result, this.opts.locale));
      else if (this.opts.format === 'html') this.reviewed.push({ file: c.result.file, findings: c.result.findings, ...c.review! });
      else if (this.opts.format !== 'sarif') this.parts.push(...textLines(c.result, this.text));
    }
    this.write();
  }

  /** Writes what is made to the stream, if there is one. */
  private write(): void {
    if (!this.stream || this.parts.length === 0) return;
    if (this.opts.format === 'json') {
      this.stream((this.written === 0 ? '[' : ',') + this.parts.join(','));
      this.written += this.parts.length;
    } else this.stream(this.parts.map((l) => l + '\n').join(''));
    this.parts.length = 0;
  }

  /** The whole output, once every file is in. */
  /** The whole output once every file is in, or (streaming) the rest of it. */
  finish(): string {
    this.flush(Infinity);
    if (this.opts.format === 'json') return this.stream ? (this.written === 0 ? '[]\n' : ']\n') : jsonArray(this.parts);
    if (this.opts.format === 'sarif') return formatSarif(this.results, this.opts.locale, ruleDocUri);
    if (this.opts.format === 'html') return reviewHtml(this.reviewed, this.opts.locale, VERSION);
    return textReport(this.parts, this.counts, this.opts.locale);
  }

  hasError(): boolean {
    return this.counts.error > 0;
  }
}

/** Files are claimed this many at a time, so that no thread idles while another still has a long share. */
export const CHUNK = 8;

/**
 * Claims the next chunk of the targets (the counter `next` is shared by all threads of the run) and
 * checks it; the steps go to `post` as one batch. False when no file was left to claim.
 */
export function checkChunk(
  targets: readonly Target[],
  opts: CommonOptions & { format?: string },
  lookup: ConfigLookup,
  next: Int32Array,
  post: (batch: [number, Step<Checked | Reused>][]) => void,
  keys?: ReadonlyMap<string, string>,
): boolean {
  const start = Atomics.add(next, 0, CHUNK);
  if (start >= targets.length) return false;
  const batch: [number, Step<Checked | Reused>][] = [];
  for (let i = start; i < Math.min(start + CHUNK, targets.length); i++) {
    batch.push([i, step(targets[i]!, opts, lookup, (file) => checkOne(file, opts.locale, opts.format === 'html', keys))]);
  }
  post(batch);
  return true;
}

/** A folder named as a year (`2021`, `2021年`, `2021年度`, `2021年报`): reports are often filed by year. */
const YEAR_FOLDER = /^(?:19|20)\d{2}(?:年度?)?(?:年报|报告)?$/;

/**
 * The folder whose reports the cross-year rules compare with each other: the report's folder, with every
 * folder named as a year read as any year — `2021/a.txt` and `2022/a.txt` are one agency's two years, as
 * are `2021/县/a.txt` and `2022/县/a.txt`; `a/x.txt` and `b/x.txt` are not compared.
 */
export function yearsFolder(path: string): string {
  return dirname(resolve(path))
    .split(sep)
    .map((part) => (YEAR_FOLDER.test(part) ? '\0year' : part))
    .join(sep);
}

/**
 * Compares the reports of one folder across years; their findings join the file's, silenced and set as
 * the file says. With the cache, a folder whose reports all have the keys they had is not compared again.
 */
function addCrossYear(group: readonly Checked[], dir: string, cache?: CrossCache): void {
  if (group.length < 2) return;
  const byName = new Map(group.map((c) => [c.result.file, c]));
  const key = cache && group.every((c) => c.key !== undefined) ? cacheKey(group.map((c) => `${c.result.file}\0${c.key}`)) : undefined;
  let added = key !== undefined ? cache?.folder(dir, key) : undefined;
  if (!added) {
    const found = new Map<string, Finding[]>();
    const years = group.map((c) => c.year ?? (deserialize(c.yearBytes!) as YearReport));
    for (const { name, finding } of crossYearFindings(years)) found.set(name, [...(found.get(name) ?? []), finding]);
    added = [...found];
    if (key !== undefined) cache?.setFolder(dir, key, added);
  }
  for (const [name, findings] of added) {
    const c = byName.get(name)!;
    c.result.findings = settleFindings([...c.result.findings, ...findings], c.directives, c.rules);
  }
}

function fix(opts: Extract<ReturnType<typeof parseCommandLine>, { kind: 'fix' }>, io: Io): number {
  if (badConfig(opts, io)) return 2;
  const inputs = new Inputs(opts, io);
  // Word documents and web pages are read, never written: named, they are refused; found in a folder, skipped.
  const converted = inputs.exclude((t) => CONVERTED_FILE.test(t.path));
  for (const t of converted.filter((t) => !t.fromDir)) {
    inputs.failAt({ path: t.path, message: cliMessages.ref('fix.converted', {}) });
  }
  const found = converted.filter((t) => t.fromDir).length;
  if (found > 0) {
    io.stderr(`nianbao: ${cliMessages.render('fix.convertedSkipped', { count: found }, opts.locale)}\n`);
  }
  const results: FileResult[] = [];
  const lines: string[] = [];
  const fault = writeFault(io.env, io.stderr);
  const warned = new Set<string>();
  inputs.forEach((file) => file, (file) => {
    // Suppressed findings are neither fixed nor reported.
    const suppressed = suppressionsOf(file.target.path, opts.locale);
    warnOnce(warned, suppressed.warnings, io.stderr);
    const fixed = fixText(file.text, { config: file.config }, suppressed.keep);
    results.push({ file: file.target.path, findings: fixed.findings });
    if (fixed.text === file.text) return;
    if (opts.dryRun) {
      const before = encodeText(file.text, file);
      const after = encodeText(fixed.text, file);
      if (!before || !after) inputs.failAt(unencodable(file.target.path, file.encoding));
      else io.stdout(unifiedDiffBytes(file.target.fsPath ?? file.target.path, before, after));
      io.stderr(fixedLine(file.target.path, fixed.edits, fixed.passes, true, opts.locale) + '\n');
      return;
    }
    const error = writeReport(file.target, fixed.text, file, fault);
    if (error) inputs.failAt(error);
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
  inputs.forEach((file) => file, (file) => {
    for (const row of extractText(file.text)) rows.push({ file: file.target.path, ...row });
  });
  const out = opts.format === 'csv' ? tablesToCsv(rows) : tablesToJson(rows);
  if (opts.output !== undefined) {
    const error = writeText(opts.output, out);
    if (error) inputs.failAt(error);
  } else io.stdout(out);
  return inputs.failed ? 2 : 0;
}

/**
 * `convert`: each file as the text the checker reads, in UTF-8: on stdout, to the file -o names, or
 * (several inputs, or -o naming a folder) to `<name>.txt` in the folder -o names.
 */
function convert(opts: Extract<ReturnType<typeof parseCommandLine>, { kind: 'convert' }>, io: Io): number {
  const inputs = new Inputs(opts, io);
  const out = opts.output;
  const toFolder = out !== undefined && (inputs.targets.length > 1 || isFolder(out) || /[\\/]$/.test(out));
  if (toFolder) {
    const error = makeFolder(out);
    if (error) {
      inputs.failAt(error);
      return 2;
    }
  }
  const sources = new Set(inputs.targets.map((t) => resolve(t.path)));
  const written = new Set<string>();
  inputs.forEach((file) => file, (file) => {
    const text = file.text.endsWith('\n') || file.text === '' ? file.text : file.text + '\n';
    if (out === undefined) {
      io.stdout(text);
      return;
    }
    const path = toFolder ? join(out, basename(file.target.path).replace(/\.[^.]*$/, '') + '.txt') : out;
    const key = resolve(path);
    if (sources.has(key) || written.has(key)) {
      inputs.failAt({ path, message: cliMessages.ref(sources.has(key) ? 'convert.isInput' : 'convert.written', {}) });
      return;
    }
    written.add(key);
    const error = writeText(path, text);
    if (error) inputs.failAt(error);
  });
  return inputs.failed ? 2 : 0;
}

export function run(argv: readonly string[], io: Io): number | Promise<number> {
  readSuppressionsAgain();
  const command = parseCommandLine(argv, io.env);
  switch (command.kind) {
    case 'help':
      io.stdout(cliMessages.render('usage', {}, command.locale));
      return 0;
    case 'version':
      io.stdout(VERSION + '\n');
      return 0;
    case 'usage-error':
      io.stderr(`nianbao: ${say(command.message, command.locale)}\n\n${cliMessages.render('usage', {}, command.locale)}`);
      return 2;
    case 'check':
      return check(command, io);
    case 'fix':
      return fix(command, io);
    case 'extract':
      return extract(command, io);
    case 'convert':
      return convert(command, io);
  }
}

