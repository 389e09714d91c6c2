// Starts the built language server (server/out/server.js) and speaks LSP with it over stdio, as an
// editor would. Run `node esbuild.mjs` first. Every wait is on an event; the per-test timeout is the
// only clock. Options: the server's environment, the client's capabilities (workspace/configuration
// answered from `settings`, pull diagnostics), and every log message and `nianbao/checked` kept.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  RegistrationRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../helpers';

export const TIMEOUT = { timeout: 20000 };

/** The `nianbao/checked` notification (the contract between server and client). */
export interface Checked {
  uri: string;
  version: number;
  format: string;
  counts: { error: number; warning: number; information: number; hint: number };
  durationMs: number;
  truncated: boolean;
}

export interface ServerOptions {
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** The client's capabilities (default: hierarchical document symbols only). */
  capabilities?: ClientCapabilities;
  /** The `nianbao` section answered to workspace/configuration (mutable: change it, then notify). */
  settings?: Record<string, unknown>;
}

export interface Server {
  connection: ProtocolConnection;
  init: InitializeResult;
  /** The server process's id (for its memory). */
  pid: number;
  /** Error messages the server logged. */
  errors: string[];
  /** Every message the server logged, with its type. */
  logs: { type: MessageType; message: string }[];
  /** Every `nianbao/checked` notification, in order. */
  checked: Checked[];
  /** Every publishDiagnostics, in order. */
  published: PublishDiagnosticsParams[];
  /** How many workspace/configuration items and diagnostic refreshes the server asked for. */
  requests: { configuration: number; refresh: number };
  /** The first diagnostics published for this version of the document, past or future. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  /** The next diagnostics published for the document, after those already received. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  /** The first `nianbao/checked` for this version of the document, past or future. */
  checkedFor(uri: string, version: number): Promise<Checked>;
  /** Shutdown and exit; resolves to the exit code. */
  shutdown(): Promise<number | null>;
  stderr(): string;
  /** Closes the connection and kills the process if it still runs. */
  dispose(): void;
}

export async function startServer(options: ServerOptions = {}): Promise<Server> {
  const server: ChildProcess = spawn(process.execPath, [join(repoRoot(), 'server', 'out', 'server.js'), '--stdio'], {
    cwd: repoRoot(),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
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
  let checkedWaiters: { match: (c: Checked) => boolean; resolve: (c: Checked) => void; reject: (e: Error) => void }[] = [];
  const exited = new Promise<number | null>((resolve) =>
    server.once('exit', (code) => {
      waiters.forEach((w) => w.reject(new Error(`server exited with ${code}:\n${stderr}`)));
      waiters = [];
      checkedWaiters.forEach((w) => w.reject(new Error(`server exited with ${code}:\n${stderr}`)));
      checkedWaiters = [];
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
  const logs: Server['logs'] = [];
  connection.onNotification(LogMessageNotification.type, (m) => {
    logs.push(m);
    if (m.type === MessageType.Error) errors.push(m.message);
  });
  const checked: Checked[] = [];
  connection.onNotification('nianbao/checked', (c: Checked) => {
    checked.push(c);
    const ready = checkedWaiters.filter((w) => w.match(c));
    checkedWaiters = checkedWaiters.filter((w) => !w.match(c));
    ready.forEach((w) => w.resolve(c));
  });
  const requests = { configuration: 0, refresh: 0 };
  connection.onRequest(ConfigurationRequest.type, (params) => {
    requests.configuration += params.items.length;
    return params.items.map((item) => (item.section === 'nianbao' ? (options.settings ?? null) : null));
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => {
    requests.refresh++;
  });
  connection.listen();

  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
    locale: 'zh-cn',
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    init,
    pid: server.pid!,
    errors,
    logs,
    checked,
    published,
    requests,
    checkedFor: (uri, version) =>
      new Promise((resolve, reject) => {
        const match = (c: Checked): boolean => c.uri === uri && c.version === version;
        const seen = checked.find(match);
        if (seen) resolve(seen);
        else if (server.exitCode !== null || server.signalCode !== null) reject(new Error(`server exited with ${server.exitCode}:\n${stderr}`));
        else checkedWaiters.push({ match, resolve, reject });
      }),
    nextDiagnostics: (uri) =>
      new Promise((resolve, reject) => {
        if (server.exitCode !== null || server.signalCode !== null) reject(new Error(`server exited with ${server.exitCode}:\n${stderr}`));
        else waiters.push({ match: (p) => p.uri === uri, resolve, reject });
      }),
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
