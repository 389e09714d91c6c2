// Starts the built language server (server/out/server.js) and speaks LSP with it over stdio, as an
// editor would. Run `node esbuild.mjs` first. Every wait is on an event; the per-test timeout is the
// only clock.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers';

export const TIMEOUT = { timeout: 20000 };

export interface Server {
  connection: ProtocolConnection;
  init: InitializeResult;
  /** Error messages the server logged. */
  errors: string[];
  /** The first diagnostics published for this version of the document (`undefined`: published
   * without a version, as for a file that is not open), past or future. */
  diagnosticsFor(uri: string, version: number | undefined): Promise<PublishDiagnosticsParams>;
  /** Shutdown and exit; resolves to the exit code. */
  shutdown(): Promise<number | null>;
  stderr(): string;
  /** Closes the connection and kills the process if it still runs. */
  dispose(): void;
}

export async function startServer(): Promise<Server> {
  const server: ChildProcess = spawn(process.execPath, [join(repoRoot(), 'server', 'out', 'server.js'), '--stdio'], {
    cwd: repoRoot(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  const errors: string[] = [];
  server.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));

  // Every publishDiagnostics is kept; a waiter is resolved by the first matching one, past or
  // future, and rejected at once if the server dies.
  const published: PublishDiagnosticsParams[] = [];
  type Waiter = {
    match: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
    reject: (e: Error) => void;
  };
  let waiters: Waiter[] = [];
  const exited = new Promise<number | null>((resolve) =>
    server.once('exit', (code) => {
      waiters.forEach((w) => w.reject(new Error(`server exited with ${code}:\n${stderr}`)));
      waiters = [];
      resolve(code);
    }),
  );

  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    const ready = waiters.filter((w) => w.match(p));
    waiters = waiters.filter((w) => !w.match(p));
    ready.forEach((w) => w.resolve(p));
  });
  connection.onNotification(LogMessageNotification.type, (m) => {
    if (m.type === MessageType.Error) errors.push(m.message);
  });
  connection.listen();

  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    locale: 'zh-cn',
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    init,
    errors,
    diagnosticsFor: (uri, version) =>
      new Promise((resolve, reject) => {
        const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && p.version === version;
        const seen = published.find(match);
        if (seen) resolve(seen);
        else if (server.exitCode !== null || server.signalCode !== null) reject(new Error(`server exited with ${server.exitCode}:\n${stderr}`));
        else waiters.push({ match, resolve, reject });
      }),
    shutdown: async () => {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      return exited;
    },
    stderr: () => stderr,
    dispose: () => {
      connection.dispose();
      if (server.exitCode === null) server.kill();
    },
  };
}
