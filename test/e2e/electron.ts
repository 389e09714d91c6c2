// `npm run test:e2e:electron`: the end-to-end suite in desktop VS Code through @vscode/test-electron,
// once in English and once in Chinese. It downloads VS Code, so it needs a machine that reaches
// update.code.visualstudio.com; elsewhere `npm run test:e2e` runs the same suite in code-server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { packageLanguagePack, prepareWorkspace, registerLanguagePack, type SuiteResult } from './fixture';

async function main(): Promise<void> {
  const repo = resolve(__dirname, '..', '..');
  const scratch = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  let passed = 0;
  let failed = 0;
  try {
    const vscodeExecutablePath = await downloadAndUnzipVSCode();
    // A profile with the zh-cn language pack (for the Chinese run) and no other extension.
    const profile = ['--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', join(scratch, 'extensions')];
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(cli!, [...cliArgs, ...profile, '--install-extension', packageLanguagePack(repo, scratch)], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (install.status !== 0) throw new Error(`installing the language pack failed: ${install.stdout}${install.stderr}`);
    registerLanguagePack(join(scratch, 'extensions'), join(scratch, 'user-data'));
    for (const language of ['en', 'zh-cn']) {
      const workspace = join(scratch, `workspace-${language}`);
      prepareWorkspace(repo, workspace, { language });
      try {
        await runTests({
          vscodeExecutablePath,
          extensionDevelopmentPath: repo,
          extensionTestsPath: join(repo, 'out', 'e2e', 'suite', 'index.js'),
          launchArgs: [workspace, '--locale', language, ...profile],
        });
      } catch (e) {
        console.error(`e2e (${language}): ${e instanceof Error ? e.message : String(e)}`);
      }
      try {
        const result: SuiteResult = JSON.parse(readFileSync(join(workspace, '.e2e', 'result.json'), 'utf8'));
        passed += result.passed;
        failed += result.failed;
      } catch {
        failed++;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`e2e (electron): ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(`e2e (electron): ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
