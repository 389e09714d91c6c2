// The language server's bundle (server.js): the server itself, or — started by the server as a worker
// thread of its workspace check — one of the pool's checking threads (check-pool.ts).
import { isCheckWorker, runCheckWorker } from './check-pool';

if (isCheckWorker()) runCheckWorker();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded synchronously, and only outside a worker thread
else require('./main');
