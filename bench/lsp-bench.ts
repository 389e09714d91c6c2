// Benchmark of the language server as an editor uses it: the built server (server/out/server.js)
// over stdio. Edit → publishDiagnostics latency over single-character edits on a 10 KB seed, on a
// 1 MB document (reports concatenated: each report is checked apart, so an edit re-checks one) and on
// 1 MB of one report (the worst case: all of it checked on every edit); documentSymbol, codeAction, hover and inlay-hint
// latency (the hints of a whole 10 KB report, against a server that answers none); the server's
// resident memory with 200 reports open. Each edit is sent after the previous one's diagnostics
// arrived, so a latency is one whole round: notification, incremental update, check, diagnostics.
// Prints a Markdown table (docs/performance.md holds the measured numbers); `--json` adds one line of JSON. Deterministic edits.
// Run: npm run bench:lsp
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import { CheckFilesRequest } from '../shared/protocol';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument, type Position, type Range } from 'vscode-languageserver-textdocument';
import { checkText, textModel } from '../server/src/core';
import { rng } from '../test/gen/report';
import { startServer, type Server } from '../test/protocol/harness';
import { oneLongReport, readSeed, repoRoot } from '../test/helpers';

const MB = 1024 * 1024;
/** Edits before the timed ones on the 10 KB seed: a server an editor started a while ago has compiled its hot code (V8 tiers a function up after a few hundred calls). */
const WARMUP = 200;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const now = () => Number(process.hrtime.bigint()) / 1e6;

interface Row {
  case: string;
  size: number;
  n: number;
  p50: number;
  p99: number;
  max: number;
  /** The check alone, as the server reports it in nianbao/checked (edits only). */
  check?: { p50: number; p99: number };
}

function row(name: string, size: number, ms: number[], checkMs?: number[]): Row {
  const s = [...ms].sort((a, b) => a - b);
  const r: Row = { case: name, size, n: s.length, p50: quantile(s, 0.5), p99: quantile(s, 0.99), max: s[s.length - 1]! };
  if (checkMs?.length) {
    const c = [...checkMs].sort((a, b) => a - b);
    r.check = { p50: quantile(c, 0.5), p99: quantile(c, 0.99) };
  }
  return r;
}

/** An edit of the document, made with the benchmark's random numbers. */
type MakeEdit = (doc: TextDocument, r: () => number) => { range: Range; text: string };

/** Single-character edits at random places: insert a character, then delete it again. */
function prose(): MakeEdit {
  let inserted: Position | undefined;
  return (doc, r) => {
    if (inserted) {
      const change = { range: { start: inserted, end: { line: inserted.line, character: inserted.character + 1 } }, text: '' };
      inserted = undefined;
      return change;
    }
    const line = Math.floor(r() * doc.lineCount);
    const length = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
    inserted = { line, character: Math.floor(r() * (length + 1)) };
    return { range: { start: inserted, end: inserted }, text: '1' };
  };
}

/**
 * The edits users make most in a report: a digit of a random 表三 or 表四 number changed to another, then
 * put back — so the tables' sums fail, then hold again.
 */
function tableDigits(text: string): MakeEdit {
  const digits: Position[] = [];
  for (const table of textModel(checkText(text)).tables) {
    if (table.kind !== 'table3' && table.kind !== 'table4') continue;
    for (const row of table.rows) for (const cell of row.cells) if (cell?.number) digits.push(cell.number.range.start);
  }
  if (digits.length === 0) throw new Error('no number in 表三 or 表四');
  let changed: { at: Position; was: string } | undefined;
  return (doc, r) => {
    if (changed) {
      const { at, was } = changed;
      changed = undefined;
      return { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: was };
    }
    const at = digits[Math.floor(r() * digits.length)]!;
    const was = doc.getText({ start: at, end: { line: at.line, character: at.character + 1 } });
    changed = { at, was };
    return { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: String((Number(was) + 1 + Math.floor(r() * 8)) % 10) };
  };
}

/** Edits one after another, each sent when the diagnostics of the one before arrived; the last `edits` are timed. */
async function editLatency(server: Server, uri: string, text: string, edits: number, warmup: number, make: MakeEdit = prose()): Promise<{ ms: number[]; checkMs: number[] }> {
  const doc = TextDocument.create(uri, 'nianbao', 1, text);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'nianbao', version: 1, text },
  });
  await server.diagnosticsFor(uri, 1);
  const r = rng(7);
  const ms: number[] = [];
  const checkMs: number[] = [];
  for (let k = 0; k < warmup + edits; k++) {
    const change = make(doc, r);
    const version = doc.version + 1;
    TextDocument.update(doc, [change], version);
    const t0 = now();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    await server.diagnosticsFor(uri, version);
    if (k >= warmup) {
      ms.push(now() - t0);
      checkMs.push((await server.checkedFor(uri, version)).durationMs);
    }
  }
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return { ms, checkMs };
}

/** Times `request`; `before` (untimed) runs first each time, e.g. an edit, so nothing is cached. */
async function requestLatency(runs: number, request: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let k = 0; k < runs + 10; k++) {
    if (before) await before();
    const t0 = now();
    const result = await request();
    if (result === null || result === undefined) throw new Error('the request returned nothing');
    if (k >= 10) ms.push(now() - t0);
  }
  return ms;
}

/**
 * Inlay hints of the whole document (every table cell named, the expected values): asked 300 times of
 * the same version (as an editor asks on scrolling), then 300 times each right after an edit (its
 * check already published), so that the hints are made afresh from the check.
 */
async function inlayLatency(server: Server, text: string, name: string): Promise<Row[]> {
  const uri = 'file:///bench/inlay.txt';
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
  await server.diagnosticsFor(uri, 1);
  const lines = text.split(/\r\n|\r|\n/).length;
  const all = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
  const ask = () => server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: all });
  const same = await requestLatency(300, ask);
  let version = 1;
  const edit = async () => {
    version++;
    const at = { line: lines - 1, character: 0 };
    const change = version % 2 === 0 ? { range: { start: at, end: at }, text: ' ' } : { range: { start: at, end: { line: at.line, character: 1 } }, text: '' };
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await server.diagnosticsFor(uri, version);
  };
  const fresh = await requestLatency(300, ask, edit);
  await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const size = Buffer.byteLength(text);
  return [row(`${name}, same version`, size, same), row(`${name}, after an edit`, size, fresh)];
}

/**
 * The workspace check against the CLI on the same 200 reports (the seeds and the corpus's real reports in
 * turn, every fourth in GBK or GB18030): `nianbao/checkFiles` with their URIs to a fresh server (which
 * reads them itself, over its worker threads), and `nianbao check --format json` on their folder (a
 * process of its own, startup included). Three rounds each; the first server round is cold.
 */
async function workspaceVsCli(): Promise<{ server: number[]; cli: number[]; reports: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-ws-'));
  try {
    const seeds = join(repoRoot(), 'test', 'fixtures', 'seeds');
    const real = join(repoRoot(), 'test', 'fixtures', 'corpus', 'real');
    const sources = [...readdirSync(seeds).map((f) => join(seeds, f)), ...readdirSync(real).filter((f) => f.endsWith('.txt')).map((f) => join(real, f))];
    mkdirSync(join(dir, 'many'));
    const uris: string[] = [];
    for (let i = 0; i < 200; i++) {
      const text = readFileSync(sources[i % sources.length]!, 'utf8') + `\n${i}\n`;
      const name = join(dir, 'many', `${String(i).padStart(3, '0')}.txt`);
      const gbk = iconv.encode(text, 'gbk');
      writeFileSync(name, i % 4 !== 3 ? text : iconv.decode(gbk, 'gbk') === text ? gbk : iconv.encode(text, 'gb18030'));
      uris.push(pathToFileURL(name).href);
    }
    const server = await startServer();
    const serverMs: number[] = [];
    try {
      for (let round = 0; round < 3; round++) {
        const t0 = now();
        const r = await server.connection.sendRequest(CheckFilesRequest, { paths: uris.map((uri) => ({ uri })) });
        if (r.reports?.length !== 200) throw new Error(`${r.reports?.length} reports checked`);
        serverMs.push(now() - t0);
      }
    } finally {
      await server.shutdown().catch(() => undefined);
      server.dispose();
    }
    const cliMs: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t0 = now();
      spawnSync(process.execPath, [join(repoRoot(), 'server', 'out', 'cli.js'), 'check', '--format', 'json', join(dir, 'many')], { maxBuffer: 1 << 28 });
      cliMs.push(now() - t0);
    }
    return { server: serverMs, cli: cliMs, reports: 200 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}

async function main(): Promise<void> {
  const started = now();
  const rows: Row[] = [];
  const seeds = ['000', '001', '002', '003', '004'].map(readSeed);
  const server = await startServer();
  try {
    // 1. Edit latency, 10 KB (seed 002, the largest) and 1 MB (the seeds concatenated).
    const small = seeds[2]!;
    const e1 = await editLatency(server, 'file:///bench/small.txt', small, 500, WARMUP);
    rows.push(row('edit → diagnostics, seed 002', Buffer.byteLength(small), e1.ms, e1.checkMs));
    const d1 = await editLatency(server, 'file:///bench/digits.txt', small, 300, WARMUP, tableDigits(small));
    rows.push(row('table digit edit → diagnostics, seed 002', Buffer.byteLength(small), d1.ms, d1.checkMs));
    // The first edits after a server starts: nothing compiled yet.
    const fresh = await startServer();
    try {
      const f = await editLatency(fresh, 'file:///bench/fresh.txt', small, 50, 0, tableDigits(small));
      rows.push(row('table digit edit, the first 50 after the server started, seed 002', Buffer.byteLength(small), f.ms, f.checkMs));
    } finally {
      await fresh.shutdown().catch(() => undefined);
      fresh.dispose();
    }
    // The same edits answered by a server that checks nothing: the floor this machine, the pipe and
    // the protocol library set (its tail is the machine's: other processes, the hypervisor).
    const floor = await startServer({ script: join(__dirname, 'null-server.js') });
    const inlayRows = await inlayLatency(server, small, 'inlayHint, the whole document, seed 002');
    try {
      const e0 = await editLatency(floor, 'file:///bench/small.txt', small, 500, WARMUP);
      rows.push(row('… the same edits, a server that checks nothing (floor)', Buffer.byteLength(small), e0.ms));
      const d0 = await editLatency(floor, 'file:///bench/digits.txt', small, 300, WARMUP, tableDigits(small));
      rows.push(row('… the same table digit edits, a server that checks nothing (floor)', Buffer.byteLength(small), d0.ms));
      rows.push(...inlayRows, ...(await inlayLatency(floor, small, '… the same requests, a server that answers none (floor)')));
    } finally {
      await floor.shutdown().catch(() => undefined);
      floor.dispose();
    }
    const parts: string[] = [];
    for (let i = 0, size = 0; size < MB; i++) {
      // Each copy distinct (a last line of i spaces): no report of the document is the same text as another.
      const s = seeds[i % seeds.length]! + '\n' + ' '.repeat(i) + '\n\n';
      parts.push(s);
      size += Buffer.byteLength(s);
    }
    const big = parts.join('');
    const bigBytes = Buffer.byteLength(big);
    const e2 = await editLatency(server, 'file:///bench/big.txt', big, 200, 10);
    rows.push(row(`edit → diagnostics, 1 MB (${parts.length} reports)`, bigBytes, e2.ms, e2.checkMs));
    // The worst case: 1 MB that is one report (the seeds' bodies without their titles), checked whole on every edit.
    const one = oneLongReport(seeds, MB);
    const e3 = await editLatency(server, 'file:///bench/one.txt', one, 100, 5);
    rows.push(row('edit → diagnostics, 1 MB as one report', Buffer.byteLength(one), e3.ms, e3.checkMs));

    // 2. Requests on seed 000 (its swapped 表三 cells have a quick fix and a hover) and on 1 MB.
    const seed0 = seeds[0]!;
    const uri0 = 'file:///bench/seed000.txt';
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri0, languageId: 'nianbao', version: 1, text: seed0 },
    });
    const diagnostics = (await server.diagnosticsFor(uri0, 1)).diagnostics;
    const swap = diagnostics.find((d) => d.code === 'table-swapped-cells');
    if (!swap) throw new Error('seed 000: no table-swapped-cells diagnostic');
    const size0 = Buffer.byteLength(seed0);
    // Each outline request follows an edit (a space appended to the last line, then removed), so the
    // outline is built afresh; the check it needs has already been published.
    let v0 = 1;
    const lastLine = seed0.split(/\r\n|\r|\n/).length - 1;
    const touch = async (uri: string, line: number) => {
      v0++;
      const at = { line, character: 0 };
      const change = v0 % 2 === 0 ? { range: { start: at, end: at }, text: ' ' } : { range: { start: at, end: { line, character: 1 } }, text: '' };
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v0 }, contentChanges: [change] });
      await server.diagnosticsFor(uri, v0);
    };
    rows.push(row('documentSymbol after an edit, seed 000', size0, await requestLatency(300, () =>
      server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri0 } }), () => touch(uri0, lastLine))));
    rows.push(row('codeAction (quick fixes of the swap), seed 000', size0, await requestLatency(300, () =>
      server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uri0 }, range: swap.range, context: { diagnostics: [swap] } }))));
    rows.push(row('hover on a table cell, seed 000', size0, await requestLatency(300, () =>
      server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri0 }, position: swap.range.start }))));
    const uriBig = 'file:///bench/big2.txt';
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uriBig, languageId: 'nianbao', version: 1, text: big },
    });
    await server.diagnosticsFor(uriBig, 1);
    v0 = 1;
    rows.push(row('documentSymbol after an edit, 1 MB', bigBytes, await requestLatency(50, () =>
      server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriBig } }), () => touch(uriBig, 0))));
    rows.push(row('codeAction at line 1000, 1 MB', bigBytes, await requestLatency(50, () =>
      server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uriBig },
        range: { start: { line: 1000, character: 0 }, end: { line: 1000, character: 0 } },
        context: { diagnostics: [] },
      }))));
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriBig } });
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri0 } });
  } finally {
    await server.shutdown().catch(() => undefined);
    server.dispose();
  }

  // 3. Memory: a fresh server with 200 reports open (the seeds in turn, each under its own name).
  const fresh = await startServer();
  let memory: { idleMB: number; openMB: number; reports: number; seconds: number };
  try {
    await new Promise((r) => setTimeout(r, 200));
    const idleMB = rssMB(fresh.pid);
    const t0 = now();
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      const uri = `file:///bench/many/${i}.txt`;
      await fresh.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'nianbao', version: 1, text: seeds[i % seeds.length]! },
      });
      waits.push(fresh.diagnosticsFor(uri, 1));
    }
    await Promise.all(waits);
    const seconds = (now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 500));
    memory = { idleMB, openMB: rssMB(fresh.pid), reports: 200, seconds };
  } finally {
    await fresh.shutdown().catch(() => undefined);
    fresh.dispose();
  }

  const ws = await workspaceVsCli();
  const fmt = (n: number, d = 2) => n.toFixed(d);
  const size = (b: number) => (b >= MB / 4 ? `${fmt(b / MB)} MB` : `${fmt(b / 1024, 1)} KB`);
  const cpu = cpus();
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}\n`);
  console.log('| case | size | n | p50 ms | p99 ms | max ms | check alone p50 / p99 ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const check = r.check ? `${fmt(r.check.p50)} / ${fmt(r.check.p99)}` : '';
    console.log(`| ${r.case} | ${size(r.size)} | ${r.n} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${check} |`);
  }
  console.log(
    `\nServer resident memory: ${fmt(memory.idleMB, 1)} MB idle, ${fmt(memory.openMB, 1)} MB with ${memory.reports} reports open` +
      ` (opened and checked in ${fmt(memory.seconds)} s). Total bench time ${fmt((now() - started) / 1000, 1)} s.`,
  );
  const perReport = (ms: number[]) => ms.map((m) => fmt(m / ws.reports)).join(' / ');
  console.log(
    `\nWorkspace check of ${ws.reports} reports (every fourth GBK): the server (nianbao/checkFiles, URIs) ${ws.server.map((m) => fmt(m, 0)).join(' / ')} ms` +
      ` (${perReport(ws.server)} ms a report; first round cold), the CLI ${ws.cli.map((m) => fmt(m, 0)).join(' / ')} ms (${perReport(ws.cli)} ms a report, startup included).`,
  );
  if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, cpus: cpu.length, rows, memory, workspace: ws }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
