// Waiting on VS Code's events (a clock only where no event need come) and collecting the times the suite measures.
import * as vscode from 'vscode';

/** Measured times, shared by the suite's modules (each is bundled on its own). */
export function metrics(): Record<string, number> {
  const g = globalThis as { __nianbaoE2eMetrics?: Record<string, number> };
  return (g.__nianbaoE2eMetrics ??= {});
}

/** Resolves with `probe()` as soon as it is defined: now, or after one of `events` fires. */
export function until<T>(events: vscode.Event<unknown>[], probe: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = probe();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      subs.forEach((s) => s.dispose());
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const subs = events.map((e) =>
      e(() => {
        const v = probe();
        if (v === undefined) return;
        clearTimeout(timer);
        subs.forEach((s) => s.dispose());
        resolve(v);
      }),
    );
  });
}

/** The open document of `uri` once it has language `languageId`. */
export function documentWithLanguage(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  return until(
    [vscode.workspace.onDidOpenTextDocument],
    () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId),
    `${uri.path} as ${languageId}`,
  );
}

/** The diagnostics of `uri` once `accept` accepts them. */
export function diagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return until(
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return accept(d) ? d : undefined;
    },
    `diagnostics of ${uri.path}: ${what}`,
  );
}

/** Resolves on the next change of the diagnostics of `uri`, or after `ms` milliseconds if none comes. */
export function diagnosticsChangeOr(uri: vscode.Uri, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
  });
}

export const codeOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

/**
 * Runs a `vscode.execute…Provider` command. The language client cancels a request whose document
 * changes meanwhile (a report is reopened as `nianbao` right after it opens): then it is asked again,
 * as an editor does, at most five times.
 */
export async function provide<T>(command: string, ...args: unknown[]): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<T>(command, ...args);
    } catch (e) {
      const canceled = e instanceof Error && (e.name === 'Canceled' || e.message === 'Canceled');
      if (!canceled || attempt >= 5) throw e;
    }
  }
}
