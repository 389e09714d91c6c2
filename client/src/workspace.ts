// "Check all reports in the workspace": find the .txt files (and the files of
// `nianbao.detect.patterns`), keep those that are reports, send them to the server in batches with
// `nianbao/checkFiles`; the server publishes each one's findings to the Problems panel.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isReportText } from '../../shared/report';
import { CheckFilesRequest, type CheckFilesParams, type CheckFilesResult } from '../../shared/protocol';
import { t } from './text';

const BATCH = 10;
const REPORT_NAME = /年报|年度报告/;

/** Files a user named as reports (`nianbao.detect.patterns`), by uri. */
async function patternFiles(): Promise<Set<string>> {
  const patterns = vscode.workspace.getConfiguration('nianbao').get<string[]>('detect.patterns', []);
  const found = await Promise.all(patterns.map((p) => vscode.workspace.findFiles(p)));
  return new Set(found.flat().map((u) => u.toString()));
}

/** The text of a file, or undefined if it cannot be read as UTF-8. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Checks every report of the workspace; resolves to the number of reports checked. */
export async function checkWorkspace(client: LanguageClient): Promise<number> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('workspace.checking', {}), cancellable: true },
    async (progress, token) => {
      const named = await patternFiles();
      const txt = await vscode.workspace.findFiles('**/*.txt', undefined, undefined, token);
      const candidates = [...new Map([...txt, ...[...named].map((u) => vscode.Uri.parse(u))].map((u) => [u.toString(), u])).values()];
      const detect = vscode.workspace.getConfiguration('nianbao').get<boolean>('detect.enabled', true);
      let checked = 0;
      let batch: CheckFilesParams['files'] = [];
      const send = async (): Promise<void> => {
        if (batch.length === 0) return;
        const result = await client.sendRequest(CheckFilesRequest, { files: batch } satisfies CheckFilesParams, token);
        checked += result.checked;
        batch = [];
      };
      for (const uri of candidates) {
        if (token.isCancellationRequested) break;
        const text = await readText(uri);
        const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        const isReport =
          text !== undefined && (named.has(uri.toString()) || REPORT_NAME.test(base) || (detect && isReportText(text)));
        if (isReport) batch.push({ uri: uri.toString(), text });
        if (batch.length >= BATCH) await send();
        progress.report({ message: base, increment: 100 / candidates.length });
      }
      if (!token.isCancellationRequested) await send();
      void vscode.window.showInformationMessage(
        checked === 1 ? t('workspace.checkedOne', {}) : t('workspace.checked', { count: checked }),
      );
      return checked;
    },
  );
}
