// Benchmark of the command line: `nianbao check` (and `extract`) as a process over a generated corpus
// of reports of both national formats — UTF-8, UTF-8 with BOM and CRLF, and GBK — in folders of one
// agency's consecutive years, so that the cross-year rules run too. Each command is timed in turn with
// the floor (bench/floor.ts: walk, read, decode, split, print), run after run, and stated as a ratio to
// it: the ratio is what this machine's load and speed cancel out of. Twice: on the corpus, and on a copy
// in which every report is distinct down to its prose (no two files share a line of text but the
// template's), so that nothing is cheaper for having been seen before.
// Run: npm run bench (after the core benchmark), or node out/bench/cli.js [--reports N].
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from './corpus';
import { repoRoot } from '../test/helpers';

const arg = process.argv.indexOf('--reports');
const REPORTS = arg > 0 ? Number(process.argv[arg + 1]) : 1200;
const RUNS = 5;
const cli = join(repoRoot(), 'server', 'out', 'cli.js');
const MB = 1024 * 1024;

/** The corpus on disk: folders of 12 reports, one agency per folder, consecutive years, the two formats
 * alternating; `distinct`: every prose line of every report made unique (its file's number appended). */
function writeCorpus(dir: string, distinct: boolean): { bytes: number; files: number } {
  let bytes = 0;
  const files = corpus(REPORTS);
  files.forEach((f, i) => {
    mkdirSync(join(dir, f.folder), { recursive: true });
    const data = distinct ? Buffer.from(f.text.replace(/^([^\t\r\n].{8,})$/gm, `$1（${i}）`), 'utf8') : f.data;
    writeFileSync(join(dir, f.folder, f.name), data);
    bytes += data.length;
  });
  return { bytes, files: files.length };
}

/**
 * CPU milliseconds (user + system) of this process's waited-for children, from /proc (Linux; undefined
 * elsewhere): on a shared machine it varies much less with other work than the wall time does.
 */
function childrenCpuMs(): number | undefined {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function time(args: string[], script = cli): { ms: number; cpuMs: number | undefined; code: number | null } {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, code: r.status };
}

/** What a run of the CLI prints on stdout. */
function output(args: readonly string[]): Buffer {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * MB });
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const floor = join(repoRoot(), 'out', 'bench', 'floor.js');

for (const distinct of [false, true]) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  try {
    const { bytes, files } = writeCorpus(dir, distinct);
    const what = distinct ? 'every report distinct' : 'the corpus';
    console.log(`\nCLI, ${what}: ${files} generated reports (both formats; UTF-8, BOM + CRLF, GBK), ${(bytes / MB).toFixed(1)} MB, ${cpus().length} cores, Node ${process.version}\n`);
    // Each command and the floor in turn, run after run; the median of each, and their ratio.
    console.log(`| command | wall time (median of ${RUNS}) | floor (median) | ratio to the floor | throughput | per report | CPU, all threads (median) |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const rows: Record<string, { ms: number; floorMs: number; ratio: number; mbps: number; perReport: number; cpuMs?: number }> = {};
    // A re-run over the unchanged folder with its cache filled: it must print what a full check prints.
    const cached = ['check', '--format', 'json', '--cache', '--cache-location', `${dir}.cache`, dir];
    const full = output(['check', '--format', 'json', dir]);
    if (!output(cached).equals(full) || !output(cached).equals(full)) throw new Error('check --cache: not the output of a full check');
    for (const [name, args] of [
      ['check --format json', ['check', '--format', 'json', dir]],
      ['check --format json --cache (a re-run, nothing changed)', cached],
      ['check (text)', ['check', dir]],
      ['extract --format csv', ['extract', '--format', 'csv', dir]],
    ] as const) {
      const timed: ReturnType<typeof time>[] = [];
      const floors: number[] = [];
      for (let k = 0; k < RUNS; k++) {
        floors.push(time([dir], floor).ms);
        timed.push(time([...args]));
      }
      const cpus = timed.flatMap((t) => (t.cpuMs === undefined ? [] : [t.cpuMs]));
      const cpuMs = cpus.length ? median(cpus) : undefined;
      const ms = median(timed.map((t) => t.ms));
      const floorMs = median(floors);
      const mbps = bytes / MB / (ms / 1000);
      rows[name] = { ms, floorMs, ratio: ms / floorMs, mbps, perReport: ms / files, ...(cpuMs !== undefined ? { cpuMs } : {}) };
      console.log(
        `| \`nianbao ${name}\` | ${(ms / 1000).toFixed(2)} s | ${(floorMs / 1000).toFixed(2)} s | ${(ms / floorMs).toFixed(1)}× | ${mbps.toFixed(1)} MB/s | ${(ms / files).toFixed(2)} ms | ${cpuMs !== undefined ? `${(cpuMs / 1000).toFixed(2)} s` : '–'} |`,
      );
    }
    if (process.argv.includes('--json')) console.log(JSON.stringify({ distinct, files, bytes, rows }));
  } finally {
    if (process.env.KEEP_CORPUS) console.log(dir);
    else rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.cache`, { force: true });
  }
}
