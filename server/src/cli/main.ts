// `nianbao`: the command-line entry point (bundled to server/out/cli.js). The same file runs as a
// worker thread when a long check is spread over the machine's cores.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CommonOptions } from './args';
import { ConfigLookup, type Target } from './files';
import { checkChunk, run, type Parallel } from './run';

interface Job {
  targets: Target[];
  opts: CommonOptions;
  /** The index of the next file to claim, shared by every thread of the run. */
  next: Int32Array;
  /** The cache's key of each file (`--cache`). */
  keys?: ReadonlyMap<string, string>;
}

/**
 * How many threads check a long run: NIANBAO_THREADS when set to a whole number, else one per core
 * but one, at most four. V8's own background threads (garbage collection, the optimising compiler)
 * keep a core busy too: on two cores one thread checks faster than two, and with less CPU time.
 */
function threadCount(env: Record<string, string | undefined>, cores: number): number {
  const set = Number(env.NIANBAO_THREADS);
  if (env.NIANBAO_THREADS && Number.isInteger(set) && set >= 1) return Math.min(set, 16);
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * This thread and `threads - 1` worker threads claim chunks of the files from a shared counter until
 * none is left: whoever is free takes the next chunk.
 */
const parallelIn = (threads: number): Parallel => (targets, opts, onStep, keys) => {
  const n = Math.min(threads - 1, Math.ceil(targets.length / 64));
  const job: Job = { targets, opts, next: new Int32Array(new SharedArrayBuffer(4)), ...(keys ? { keys } : {}) };
  const post = (batch: Parameters<Parameters<typeof checkChunk>[4]>[0]) => {
    for (const [index, s] of batch) onStep(index, s);
  };
  const workers = Array.from(
    { length: n },
    () =>
      new Promise<void>((resolve, reject) => {
        // A larger young generation: checking allocates many short-lived objects, and fewer scavenges save time.
        const worker = new Worker(__filename, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
        worker.on('message', post);
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
      }),
  );
  // This thread's share, a chunk at a time, giving way between chunks to the workers' messages.
  const lookup = new ConfigLookup(opts.config);
  const here = new Promise<void>((resolve, reject) => {
    const loop = () => {
      try {
        if (checkChunk(targets, opts, lookup, job.next, post, keys)) setImmediate(loop);
        else resolve();
      } catch (e) {
        reject(e);
      }
    };
    loop();
  });
  return Promise.all([here, ...workers]).then(() => undefined);
};

/**
 * The arguments that are not UTF-8, as bytes: node reads each argument as UTF-8, so a GBK file name typed
 * or completed in a shell arrives with U+FFFD in place of its bytes and names no file. On Linux the
 * command line's own bytes are in /proc/self/cmdline; the last of them are this command's arguments.
 */
function argBytes(args: readonly string[]): Map<string, Uint8Array[]> | undefined {
  if (!args.some((a) => a.includes('\ufffd'))) return undefined;
  let cmdline: Buffer;
  try {
    cmdline = readFileSync('/proc/self/cmdline');
  } catch {
    return undefined; // not Linux: such names stay unreadable, and are reported as missing
  }
  const all: Buffer[] = [];
  for (let at = 0; at < cmdline.length; ) {
    const end = cmdline.indexOf(0, at);
    all.push(cmdline.subarray(at, end < 0 ? cmdline.length : end));
    at = end < 0 ? cmdline.length : end + 1;
  }
  const raw = all.slice(all.length - args.length);
  if (raw.length !== args.length || raw.some((b, i) => b.toString('utf8') !== args[i])) return undefined;
  const out = new Map<string, Uint8Array[]>();
  raw.forEach((b, i) => {
    if (!args[i]!.includes('\ufffd')) return;
    out.set(args[i]!, [...(out.get(args[i]!) ?? []), b]);
  });
  return out;
}

if (isMainThread) {
  // The reader went away (`nianbao check … | head`): stop quietly, as a command killed by SIGPIPE does,
  // with the status the run has so far — not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  const threads = threadCount(process.env, availableParallelism());
  Promise.resolve(
    run(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      now: () => performance.now(),
      parallel: threads > 1 ? parallelIn(threads) : undefined,
      argBytes: argBytes(process.argv.slice(2)),
    }),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`nianbao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  const job = workerData as Job;
  const lookup = new ConfigLookup(job.opts.config);
  while (checkChunk(job.targets, job.opts, lookup, job.next, (batch) => parentPort!.postMessage(batch), job.keys));
}
