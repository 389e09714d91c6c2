// Requests about files beyond the open documents: `nianbao/checkFiles` (the client's "check all
// reports in the workspace": it reads the files, the server checks each and publishes its
// diagnostics). main.ts registers them with the check it uses for open documents.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { CHECK_FILES, type CheckFilesParams, type CheckFilesResult } from './protocol';

export interface WorkspaceDeps {
  /** The diagnostics of a file's text, with the settings for its uri. */
  diagnose(uri: string, text: string): Diagnostic[] | Promise<Diagnostic[]>;
  /** Whether the editor has the file open (its diagnostics then follow the document). */
  isOpen(uri: string): boolean;
}

export function registerWorkspaceRequests(connection: Connection, deps: WorkspaceDeps): void {
  connection.onRequest(CHECK_FILES, async (params: CheckFilesParams, token): Promise<CheckFilesResult> => {
    let checked = 0;
    for (const { uri, text } of params.files ?? []) {
      if (token.isCancellationRequested) break;
      checked++;
      if (deps.isOpen(uri)) continue;
      try {
        const diagnostics = await deps.diagnose(uri, text);
        await connection.sendDiagnostics({ uri, diagnostics });
      } catch (e) {
        connection.console.error(`nianbao: checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    return { checked };
  });
}
