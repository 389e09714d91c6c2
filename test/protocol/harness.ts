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
import { CheckedNotification, type CheckedParams } from '../../shared/protocol';
import { repoRoot } from '../helpers';

export const TIMEOUT = { timeout: 20000 };

/** The `nianbao/checked` notification (the contract between server and client). */
export type Checked = CheckedParams;

export interface ServerOptions {
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** Node's options for the server process (`--expose-gc`). */
  execArgv?: string[];
  /** Another server to start in its place (the benchmark's server that checks nothing); default server/out/server.js. */
  script?: string;
  /** The client's capabilities (default: hierarchical document symbols only). */
  capabilities?: ClientCapabilities;
  /** The `nianbao` section answered to workspace/configuration (mutable: change it, then notify). */
  settings?: Record<string, unknown>;
  /** InitializeParams.locale (default zh-cn). */
  locale?: string;
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
  /** The first diagnostics published for this version of the document (`undefined`: published
   * without a version, as for a file that is not open), past or future. */
  diagnosticsFor(uri: string, version: number | undefined): Promise<PublishDiagnosticsParams>;
  /** The next diagnostics published for the document, after those already received. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
  /** The first `nianbao/checked` for this version of the document, past or future. */
  checkedFor(uri: string, version: number): Promise<Checked>;
  /**
   * Resolves once the server has gone through at least `turns` more turns of its event loop after
   * handling every message sent so far: as many round trips, one after the other, of a request it
   * has no handler for (answered at once, changing nothing).
   */
  settle(turns: number): Promise<void>;
  /** Shutdown and exit; resolves to the exit code. */
  shutdown(): Promise<number | null>;
  stderr(): string;
  /** Closes the connection and kills the process if it still runs. */
  dispose(): void;
}

/**
 * Every notification of one kind, kept in order; a waiter is resolved by the first matching one (past
 * or future, or future only), and rejected at once if the server dies.
 */
class EventLog<T> {
  readonly items: T[] = [];
  private waiters: { match: (item: T) => boolean; resolve: (item: T) => void; reject: (e: Error) => void }[] = [];
  private dead: Error | undefined;

  add(item: T): void {
    this.items.push(item);
    const ready = this.waiters.filter((w) => w.match(item));
    this.waiters = this.waiters.filter((w) => !w.match(item));
    ready.forEach((w) => w.resolve(item));
  }

  /** The first matching item, past or future (`future`: only those still to come). */
  wait(match: (item: T) => boolean, future = false): Promise<T> {
    return new Promise((resolve, reject) => {
      const seen = future ? undefined : this.items.find(match);
      if (seen) resolve(seen);
      else if (this.dead) reject(this.dead);
      else this.waiters.push({ match, resolve, reject });
    });
  }

  fail(error: Error): void {
    this.dead = error;
    this.waiters.forEach((w) => w.reject(error));
    this.waiters = [];
  }
}

export async function startServer(options: ServerOptions = {}): Promise<Server> {
  const server: ChildProcess = spawn(process.execPath, [...(options.execArgv ?? []), options.script ?? join(repoRoot(), 'server', 'out', 'server.js'), '--stdio'], {
    cwd: repoRoot(),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  const errors: string[] = [];
  server.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));

  const published = new EventLog<PublishDiagnosticsParams>();
  const checked = new EventLog<Checked>();
  const exited = new Promise<number | null>((resolve) =>
    server.once('exit', (code) => {
      const error = new Error(`server exited with ${code}:\n${stderr}`);
      published.fail(error);
      checked.fail(error);
      resolve(code);
    }),
  );

  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => published.add(p));
  const logs: Server['logs'] = [];
  connection.onNotification(LogMessageNotification.type, (m) => {
    logs.push(m);
    if (m.type === MessageType.Error) errors.push(m.message);
  });
  connection.onNotification(CheckedNotification, (c: Checked) => checked.add(c));
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
    locale: options.locale ?? 'zh-cn',
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    init,
    pid: server.pid!,
    errors,
    logs,
    checked: checked.items,
    published: published.items,
    requests,
    checkedFor: (uri, version) => checked.wait((c) => c.uri === uri && c.version === version),
    nextDiagnostics: (uri) => published.wait((p) => p.uri === uri, true),
    diagnosticsFor: (uri, version) => published.wait((p) => p.uri === uri && p.version === version),
    settle: async (turns) => {
      for (let k = 0; k < turns; k++) await connection.sendRequest('nianbao/no-such-request').catch(() => undefined);
    },
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
