// `nianbao`: the command-line entry point (bundled to server/out/cli.js). The same file runs as a
// worker thread when a long check is spread over the machine's cores.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CommonOptions } from './args';
import type { Target } from './files';
import { run, workerSteps, type Parallel } from './run';

interface Job {
  targets: { index: number; target: Target }[];
  opts: CommonOptions;
}

/** One worker thread per core (at most 4), each with an equal share of the files, in order. */
const parallel: Parallel = (targets, opts, onStep) => {
  const n = Math.min(4, availableParallelism(), Math.ceil(targets.length / 32));
  const size = Math.ceil(targets.length / n);
  const jobs: Job[] = Array.from({ length: n }, (_, k) => ({
    targets: targets.slice(k * size, (k + 1) * size).map((target, i) => ({ index: k * size + i, target })),
    opts,
  }));
  return Promise.all(
    jobs.map(
      (job) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: job });
          worker.on('message', (batch: Parameters<Parameters<typeof workerSteps>[2]>[0]) => {
            for (const [index, s] of batch) onStep(index, s);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  ).then(() => undefined);
};

if (isMainThread) {
  Promise.resolve(
    run(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      now: () => performance.now(),
      parallel: availableParallelism() > 1 ? parallel : undefined,
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
  workerSteps(job.targets, job.opts, (batch) => parentPort!.postMessage(batch));
}
