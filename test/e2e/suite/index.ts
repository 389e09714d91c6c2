// The extension-host side of the end-to-end tests, as @vscode/test-electron (and code-server's
// `?payload=` test API) load it: `run()` runs the mocha suite inside VS Code and writes the counts and
// the measured times to `.e2e/result.json` in the workspace folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { SuiteResult } from '../fixture';
import { metrics } from './util';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) throw new Error('the end-to-end suite needs a workspace folder');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(join(__dirname, 'extension.e2e.js'));
  const failures: string[] = [];
  let passed = 0;
  await new Promise<void>((resolve) => {
    mocha
      .run(() => resolve())
      .on('pass', () => passed++)
      .on('fail', (test, err: Error) => failures.push(`${test.fullTitle()}: ${err.message}`));
  });
  const result: SuiteResult = { language: vscode.env.language, passed, failed: failures.length, failures, metrics: metrics() };
  writeFileSync(join(folder, '.e2e', 'result.json'), JSON.stringify(result, null, 2));
  if (failures.length) throw new Error(`${failures.length} end-to-end tests failed`);
}
