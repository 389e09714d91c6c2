// The workspace check's files spread over worker threads, as `nianbao check` spreads a long run: each
// thread loads this same bundle (server.js; see entry.ts), reads, decodes and checks the files it is
// given (file-check.ts) and sends their diagnostics back; the server's own thread only publishes them,
// so it stays free for the editor. Threads claim a few files at a time until none is left, and are let
// go after a minute without work. A thread that fails is replaced by checking in this thread.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, readUriSync, type FileJob, type FileOutcome } from './file-check';
import { ruleSet } from './checker';
import { SuppressionsCache } from '../node/suppressions-file';

/** Files a thread is given at a time. */
const CHUNK = 4;
/** Threads are let go after this long without work. */
const IDLE_MS = 60_000;

/** The mark by which this bundle, started as a worker thread, knows it is one. */
const WORKER_MARK = 'nianbaoCheckWorker';

/** Whether this thread is one of the pool's (then `runCheckWorker` is all it does). */
export const isCheckWorker = (): boolean => !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true;

/** A worker thread's loop: a chunk of jobs in, their outcomes out. */
export function runCheckWorker(): void {
  const rules = ruleSet(process.env);
  const cache = new SuppressionsCache();
  parentPort!.on('message', (jobs: FileJob[]) => {
    const out = jobs.map((job): FileOutcome | { kind: 'error'; message: string } => {
      try {
        return checkFile(job, readUriSync(job.uri), rules, cache);
      } catch (e) {
        return { kind: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      }
    });
    parentPort!.postMessage(out);
  });
}

export type PoolOutcome = FileOutcome | { kind: 'error'; message: string };

export class CheckPool {
  private workers: Worker[] = [];
  private idle: NodeJS.Timeout | undefined;

  constructor(
    /** The bundle each thread runs (this one). */
    private readonly script: string,
    readonly size = Math.max(1, Math.min(availableParallelism(), 4)),
  ) {}

  /** Checks the jobs over the threads; `onOutcome` gets each job's index and outcome as it comes, in any order. */
  async run(jobs: readonly FileJob[], onOutcome: (index: number, outcome: PoolOutcome) => Promise<void>, cancelled: () => boolean): Promise<void> {
    clearTimeout(this.idle);
    const n = Math.min(this.size, Math.ceil(jobs.length / CHUNK));
    while (this.workers.length < n) {
      this.workers.push(new Worker(this.script, { workerData: { [WORKER_MARK]: true }, resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
    }
    let next = 0;
    // Outcomes are handed on without waiting for them to be published: the threads go on checking while
    // the client reads the diagnostics (a slow reader would otherwise idle them).
    const handed: Promise<void>[] = [];
    const loop = async (worker: Worker): Promise<void> => {
      while (next < jobs.length && !cancelled()) {
        const start = next;
        next += CHUNK;
        const chunk = jobs.slice(start, start + CHUNK);
        const outcomes = await new Promise<PoolOutcome[]>((resolve, reject) => {
          const onError = (e: Error) => {
            worker.off('message', onMessage);
            reject(e);
          };
          const onMessage = (m: PoolOutcome[]) => {
            worker.off('error', onError);
            resolve(m);
          };
          worker.once('message', onMessage);
          worker.once('error', onError);
          worker.postMessage(chunk);
        });
        for (let k = 0; k < outcomes.length; k++) handed.push(onOutcome(start + k, outcomes[k]!));
      }
    };
    try {
      await Promise.all(this.workers.slice(0, n).map(loop));
      await Promise.all(handed);
    } catch (e) {
      // A thread died: the others are let go too, and the caller checks what is left in its own thread.
      this.dispose();
      throw e;
    } finally {
      this.idle = setTimeout(() => this.dispose(), IDLE_MS);
      this.idle.unref();
    }
  }

  dispose(): void {
    clearTimeout(this.idle);
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }
}
