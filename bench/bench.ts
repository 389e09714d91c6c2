// Benchmark of the core: parse and check the seed reports, a 1 MB document, growing documents (to show
// that parsing stays linear) and pathological inputs; then the heap after parsing 1 MB.
// Prints a Markdown table (docs/performance.md holds the measured numbers); `--json` adds one line of JSON with the numbers.
// Deterministic (no random data). Run: npm run bench
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkReport, checkText, parseReport } from '../server/src/core';
import { corpus } from './corpus';

const MB = 1024 * 1024;

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error('package.json not found');
    dir = dirname(dir);
  }
  return dir;
}

const seedsDir = join(repoRoot(), 'test', 'fixtures', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.slice(0, 3), text: readFileSync(join(seedsDir, f), 'utf8').replace(/^\uFEFF/, '') }));

/** Repeat `piece(i)` for i = 0, 1, … until the text has at least `bytes` bytes of UTF-8. */
function build(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

const concatenated = (bytes: number) => build(bytes, (i) => seeds[i % seeds.length]!.text + '\n\n');
/** The same, each copy made distinct by a last line of i spaces (so that no report is the same text as another). */
const distinct = (bytes: number) => build(bytes, (i) => seeds[i % seeds.length]!.text + '\n' + ' '.repeat(i) + '\n\n');
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const pathological = {
  'TAB-led number cells only': (bytes: number) => build(bytes, (i) => `\t${(i * 37) % 10000}\n`),
  'heading lines only (一、…十、)': (bytes: number) => build(bytes, (i) => `${CN[i % 10]}、第${i}项工作情况\n`),
  'one line, no line break': (bytes: number) =>
    build(bytes, (i) => `${CN[i % 9]}是2020年共公开信息${i}条，办理申请${i % 97}件；`),
};

/** Keeps results alive so that no call can be optimised away. */
const sink: { value: unknown } = { value: undefined };

/** Times `runs` calls after `warmup` calls; milliseconds, sorted. */
function time(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): number[] {
  for (let i = 0; i < warmup; i++) sink.value = fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    sink.value = fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

interface Row {
  case: string;
  bytes: number;
  runs: number;
  median: number;
  p95?: number;
  /** Time per byte relative to parsing 1 MB of concatenated seeds (1 = as fast). */
  vs1MB?: number;
  /** Time per byte relative to the same input at half the size (1 = linear, 2 = quadratic). */
  vsHalf?: number;
}

function measure(name: string, text: string, fn: (t: string) => unknown, runs: number, p95 = false): Row {
  const ms = time(() => fn(text), runs);
  const row: Row = { case: name, bytes: Buffer.byteLength(text), runs, median: quantile(ms, 0.5) };
  if (p95) row.p95 = quantile(ms, 0.95);
  return row;
}

const started = performance.now();
const rows: Row[] = [];

// (a) each seed, parse and check
for (const s of seeds) rows.push(measure(`parse seed ${s.name}`, s.text, parseReport, 500, true));
for (const s of seeds) rows.push(measure(`check seed ${s.name}`, s.text, (t) => checkReport(t), 500, true));

// (a') the generated corpus of the CLI benchmark, checked report by report in this thread: the core's throughput
const generated = corpus(400);
const generatedBytes = generated.reduce((n, f) => n + f.data.length, 0);
const generatedRow = measure(`check ${generated.length} generated reports, one by one`, '', () => generated.forEach((f) => checkReport(f.text)), 10, true);
generatedRow.bytes = generatedBytes;
rows.push(generatedRow);

// (b) 1 MB of concatenated seeds
const doc1MB = concatenated(MB);
const reports = Math.round(Buffer.byteLength(doc1MB) / (Buffer.byteLength(seeds.map((s) => s.text).join('')) / seeds.length));
rows.push(
  measure(`parse 1 MB (${reports} reports)`, doc1MB, parseReport, 20, true),
  measure(`check 1 MB (${reports} reports) as one report (checkReport)`, doc1MB, (t) => checkReport(t), 20, true),
  measure(`check 1 MB (${reports} distinct reports) report by report (checkText, no cache)`, distinct(MB), (t) => checkText(t), 20, true),
);

// (c) linearity: time per byte against the 1 MB case and against half the size (≈ 1 when linear,
// ≈ 2 when quadratic), for growing documents and for pathological ones
const linear: Row[] = [];
function series(label: string, make: (bytes: number) => string, sizes: number[], runs: (mb: number) => number): void {
  let half: Row | undefined;
  for (const f of sizes) {
    const r = measure(`parse ${f} MB ${label}`, make(f * MB), parseReport, runs(f));
    if (half) r.vsHalf = r.median / r.bytes / (half.median / half.bytes);
    linear.push((half = r));
  }
}
series('concatenated seeds', concatenated, [0.25, 0.5, 1, 2, 4], (mb) => (mb <= 1 ? 10 : 5));
const base = linear[2]!; // 1 MB of concatenated seeds
for (const [name, make] of Object.entries(pathological)) series(name, make, [0.5, 1], () => 5);
for (const r of linear) r.vs1MB = r.median / r.bytes / (base.median / base.bytes);
rows.push(...linear);

// (d) heap after parsing 1 MB, with the model still referenced
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
sink.value = undefined;
gc();
const heapBefore = process.memoryUsage().heapUsed;
const model = parseReport(doc1MB);
gc();
const heapAfter = process.memoryUsage().heapUsed;
const heap = { heapUsedMB: heapAfter / MB, modelMB: (heapAfter - heapBefore) / MB };
const found = { headings: model.headings.length, tables: model.tables.length };

// Output
const fmt = (n: number | undefined, digits = 2) => (n === undefined ? '' : n.toFixed(digits));
const size = (b: number) => (b >= MB / 4 ? `${fmt(b / MB)} MB` : `${fmt(b / 1024, 1)} KB`);
const cpu = cpus();
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}\n`);
console.log('| case | size | runs | median ms | p95 ms | ms/MB | time/size vs 1 MB | vs half size |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const msPerMB = (r.median / r.bytes) * MB;
  console.log(`| ${r.case} | ${size(r.bytes)} | ${r.runs} | ${fmt(r.median, 3)} | ${fmt(r.p95, 3)} | ${fmt(msPerMB, 1)} | ${fmt(r.vs1MB)} | ${fmt(r.vsHalf)} |`);
}
console.log(
  `\nThe core alone over the generated corpus: ${fmt(generatedRow.median / generated.length, 3)} ms per report, ` +
    `${fmt(generatedBytes / MB / (generatedRow.median / 1000), 1)} MB/s in one thread.`,
);
console.log(
  `\nHeap used after parsing 1 MB: ${fmt(heap.heapUsedMB, 1)} MB, of which the parsed model retains ${fmt(heap.modelMB, 1)} MB` +
    ` (${found.headings} headings, ${found.tables} tables). Total bench time ${fmt((performance.now() - started) / 1000, 1)} s.`,
);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ node: process.version, cpus: cpu.length, rows, heap, found }));
}
