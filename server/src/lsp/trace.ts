// What the server tells the output channel, at the level `nianbao.trace.server` chooses: `off` only
// problems (always logged, elsewhere); `messages` what it does — documents opened and closed, settings
// changed, workspace checks, suppressions written; `verbose` also each check (uri, version, time,
// findings) and each preview or inlay-hint answer. Lines go out as window/logMessage of type Log, which
// a client shows whatever its own log level.
import type { Connection } from 'vscode-languageserver';

export type TraceLevel = 'off' | 'messages' | 'verbose';

/** The level in a `nianbao` settings section (`trace.server`), or undefined when it names none. */
export function traceLevelOf(section: unknown): TraceLevel | undefined {
  const trace = section && typeof section === 'object' ? (section as Record<string, unknown>)['trace'] : undefined;
  const server = trace && typeof trace === 'object' ? (trace as Record<string, unknown>)['server'] : undefined;
  return server === 'off' || server === 'messages' || server === 'verbose' ? server : undefined;
}

export class ServerTrace {
  level: TraceLevel = 'off';

  constructor(private readonly connection: Connection) {}

  /** Logs `line()` (made only when it is logged) at `level` or above. */
  log(level: 'messages' | 'verbose', line: () => string): void {
    if (this.level === 'off' || (level === 'verbose' && this.level !== 'verbose')) return;
    this.connection.console.log(`[${new Date().toISOString().slice(11, 23)}] ${line()}`);
  }
}
