// Benchmark of the command line: `nianbao check` (and `extract`) as a process over a generated corpus
// of reports of both national formats — UTF-8, UTF-8 with BOM and CRLF, and GBK — in folders of one
// agency's consecutive years, so that the cross-year rules run too. Prints MB/s and ms per report.
// Run: npm run bench (after the core benchmark), or node out/bench/cli.js [--reports N].
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { generate } from '../test/gen/report';
import { repoRoot } from '../test/helpers';

const arg = process.argv.indexOf('--reports');
const REPORTS = arg > 0 ? Number(process.argv[arg + 1]) : 1200;
const RUNS = 3;
const cli = join(repoRoot(), 'server', 'out', 'cli.js');
const MB = 1024 * 1024;

/** The corpus: folders of 12 reports, one agency per folder, consecutive years, the two formats alternating. */
function corpus(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++) {
    const folder = join(dir, `agency-${String(Math.floor(i / 12)).padStart(3, '0')}`);
    if (i % 12 === 0) mkdirSync(folder);
    const format = i % 2 === 0 ? '2019' : '2021';
    const g = generate({
      format,
      seed: i,
      eol: i % 3 === 0 ? '\r\n' : '\n',
      bom: i % 5 === 0,
      padding: i % 4 === 0,
      wrapLabels: i % 6 === 0,
      halfWidthBrackets: i % 7 === 0,
      ningboLabels: i % 8 === 0,
    });
    const year = 2009 + (i % 12);
    const text = g.text.replace('某某市某某局', `某某市第${Math.floor(i / 12)}局`).replace(/^(\ufeff?[^\n]*\n)\d{4}年/, `$1${year}年`);
    const gbk = i % 4 === 1;
    const data = gbk ? iconv.encode(text.replace(/\u00a0/g, ' ').replace(/^\ufeff/, ''), 'gbk') : Buffer.from(text, 'utf8');
    writeFileSync(join(folder, `${year}-${i}.txt`), data);
    bytes += data.length;
  }
  return { bytes, files: REPORTS };
}

function time(args: string[]): { ms: number; code: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms, code: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
try {
  const { bytes, files } = corpus(dir);
  console.log(`\nCLI: ${files} generated reports (both formats; UTF-8, BOM + CRLF, GBK), ${(bytes / MB).toFixed(1)} MB, ${cpus().length} cores, Node ${process.version}\n`);
  console.log('| command | wall time (median of 3) | throughput | per report |');
  console.log('|---|---:|---:|---:|');
  const rows: Record<string, { ms: number; mbps: number; perReport: number }> = {};
  for (const [name, args] of [
    ['check --format json', ['check', '--format', 'json', dir]],
    ['check (text)', ['check', dir]],
    ['extract --format csv', ['extract', '--format', 'csv', dir]],
  ] as const) {
    const ms = median(Array.from({ length: RUNS }, () => time([...args]).ms));
    const mbps = bytes / MB / (ms / 1000);
    rows[name] = { ms, mbps, perReport: ms / files };
    console.log(`| \`nianbao ${name}\` | ${(ms / 1000).toFixed(2)} s | ${mbps.toFixed(1)} MB/s | ${(ms / files).toFixed(2)} ms |`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ files, bytes, rows }));
} finally {
  if (process.env.KEEP_CORPUS) console.log(dir); else rmSync(dir, { recursive: true, force: true });
}
