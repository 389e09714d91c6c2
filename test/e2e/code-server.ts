// The end-to-end run on code-server (VS Code's server and web workbench, from npm) driven by Chromium
// through playwright-core; test/e2e/run.sh installs the tools and builds the .vsix first.
//  1. a fresh profile; the .vsix is installed into it, so the packaged extension is what is tested;
//  2. per display language (en, zh-cn): code-server started with `--locale`, the mocha suite run inside
//     its extension host through the workbench's `?payload=` test API (as @vscode/test-electron does);
//  3. a UI check: click a seed in the Explorer, wait for the squiggle, read the Problems panel and the
//     Outline, take screenshots.
// Prints `e2e: N passed, N failed`; writes the measured times to <out>/metrics.json.
// Environment: E2E_NODE (Node 24 binary), E2E_CODE_SERVER, E2E_PLAYWRIGHT (package folders),
// E2E_VSIX, E2E_OUT (results), E2E_CHROMIUM (default /usr/bin/chromium); E2E_UI=0 skips the UI check, E2E_API=0 the suites.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { packageLanguagePack, prepareWorkspace, registerLanguagePack, SEEDS_DIR, type SuiteResult } from './fixture';

// The few playwright-core calls used here (it is installed outside the checkout, without types).
interface Locator {
  click(): Promise<void>;
  first(): Locator;
  nth(index: number): Locator;
  waitFor(o?: { state?: string; timeout?: number }): Promise<void>;
  innerText(): Promise<string>;
  count(): Promise<number>;
}
interface FrameLocator {
  frameLocator(selector: string): FrameLocator;
  locator(selector: string, o?: { hasText?: string | RegExp }): Locator;
}
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: 'request', fn: (request: { url(): string }) => void): void;
  evaluate<T>(fn: string): Promise<T>;
  pdf(o: { path: string; format: string }): Promise<unknown>;
  emulateMedia(o: { media: 'print' | 'screen' }): Promise<void>;
  close(): Promise<void>;
  frameLocator(selector: string): FrameLocator;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  exposeFunction(name: string, fn: (...args: unknown[]) => unknown): Promise<void>;
  locator(selector: string, o?: { hasText?: string | RegExp }): Locator;
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(o: { path: string }): Promise<unknown>;
  waitForFunction(fn: string, arg?: unknown, o?: { timeout?: number }): Promise<unknown>;
}
interface Context {
  newPage(): Promise<Page>;
  pages(): Page[];
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launchPersistentContext(dir: string, o: Record<string, unknown>): Promise<Context> };
}

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run test/e2e/run.sh)`);
  return v;
};
const repo = resolve(__dirname, '..', '..');
const NODE = env('E2E_NODE');
const CODE_SERVER = env('E2E_CODE_SERVER');
const VSIX = env('E2E_VSIX');
const OUT = resolve(process.env.E2E_OUT ?? join(repo, '.e2e-out'));
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const playwright = createRequire(join(env('E2E_PLAYWRIGHT'), 'package.json'))('playwright-core') as Playwright;

const run = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
const profile = { userData: join(run, 'user-data'), extensions: join(run, 'extensions') };
const children: ChildProcess[] = [];
const log = (...args: unknown[]): void => console.log(`e2e: ${format(...args)}`);

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

function codeServerArgs(): string[] {
  return [
    join(CODE_SERVER, 'out', 'node', 'entry.js'),
    '--config', join(run, 'config.yaml'),
    '--auth', 'none',
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
}

const childEnv = { ...process.env, XDG_CONFIG_HOME: join(run, 'xdg-config'), XDG_DATA_HOME: join(run, 'xdg-data'), TMPDIR: join(run, 'tmp') };

/** A fresh profile with telemetry, AI features and update checks off, and the .vsix installed. */
function prepareProfile(): string {
  mkdirSync(join(profile.userData, 'User'), { recursive: true });
  mkdirSync(join(run, 'tmp'), { recursive: true });
  writeFileSync(join(run, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(
    join(profile.userData, 'User', 'settings.json'),
    JSON.stringify({
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'workbench.enableExperiments': false,
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'workbench.tips.enabled': false,
      'chat.disableAIFeatures': true,
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
    }),
  );
  for (const vsix of [VSIX, packageLanguagePack(repo, run)]) {
    const r = spawnSync(NODE, [...codeServerArgs(), '--install-extension', vsix], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed: ${r.stdout}${r.stderr}`);
  }
  registerLanguagePack(profile.extensions, profile.userData);
  const dir = readdirSync(profile.extensions).find((d) => d.startsWith('nianbao.nianbao-'));
  if (!dir) throw new Error(`the extension is not in ${profile.extensions}`);
  return join(profile.extensions, dir);
}

/** Starts code-server in its own process group; resolves with its port once /healthz answers. */
async function startCodeServer(locale: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    NODE,
    [...codeServerArgs(), '--bind-addr', `127.0.0.1:${port}`, '--locale', locale, '--vscode-option', 'enable-smoke-test-driver'],
    { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  // Listening is announced on its output; then /healthz must answer.
  await new Promise<void>((res, rej) => {
    const onData = (): void => {
      if (output.includes('HTTP server listening')) res();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => rej(new Error(`code-server exited with ${code}:\n${output}`)));
  });
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  if (!health.ok) throw new Error(`code-server /healthz: ${health.status}`);
  return {
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          /* already gone */
        }
        await exited;
      }
    },
  };
}

async function browser(name: string): Promise<Context> {
  return playwright.chromium.launchPersistentContext(join(run, `chromium-${name}`), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The mocha suite inside code-server's extension host, in one display language. */
async function apiSuite(extension: string, language: string): Promise<SuiteResult> {
  const workspace = join(run, `workspace-${language}`);
  prepareWorkspace(repo, workspace, { language });
  const server = await startCodeServer(language);
  const ctx = await browser(`api-${language}`);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const exit = new Promise<number>((res) => void page.exposeFunction('codeAutomationExit', (code) => res(Number(code))));
    // The workbench forwards the extension host's console as (level, args).
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = Array.isArray(args) ? format(...(args as unknown[])) : format(level, args);
      for (const line of text.split('\n')) console.log(`  [${language}] ${line}`);
    });
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(join(repo, 'out', 'e2e', 'suite', 'index.js'))],
    ]);
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise<number>((res) => setTimeout(() => res(-1), 5 * 60_000).unref());
    const code = await Promise.race([exit, timeout]);
    log(`suite (${language}) exited with ${code}`);
    const resultFile = join(workspace, '.e2e', 'result.json');
    if (!existsSync(resultFile)) return { language, passed: 0, failed: 1, failures: [`no result (exit ${code})`], metrics: {} };
    return JSON.parse(readFileSync(resultFile, 'utf8')) as SuiteResult;
  } finally {
    await ctx.close();
    await server.stop();
    copyLogs(language);
  }
}

function copyLogs(name: string): void {
  const logs = join(profile.userData, 'logs');
  if (existsSync(logs)) cpSync(logs, join(OUT, 'vscode-logs', name), { recursive: true });
}

/** The UI check: Explorer → squiggle → Problems → Outline, with screenshots. */
async function uiCheck(language: string): Promise<{ passed: number; failed: number; failures: string[] }> {
  const workspace = join(run, `workspace-ui`);
  prepareWorkspace(repo, workspace, { language });
  const server = await startCodeServer(language);
  const ctx = await browser('ui');
  const steps: [string, (page: Page) => Promise<void>][] = [];
  const seed = readdirSync(join(workspace, SEEDS_DIR)).find((f) => f.startsWith('000'))!;
  const message = language.startsWith('zh') ? '疑似填反' : 'look swapped';
  steps.push(
    ['the workbench shows the Explorer', async (page) => {
      await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEEDS_DIR }).first().waitFor({ timeout: 60_000 });
    }],
    ['clicking seed 000 in the Explorer opens it as a report', async (page) => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEEDS_DIR }).first().click();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: seed }).first().click();
      await page.locator('.tab.active', { hasText: seed }).first().waitFor();
      await page.locator('.monaco-editor .view-line').first().waitFor();
    }],
    ['the Problems panel lists the swapped cells', async (page) => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: message }).first();
      await row.waitFor({ timeout: 30_000 });
      const text = await row.innerText();
      if (!text.includes('table-swapped-cells') || !text.includes('337')) throw new Error(`problem row: ${text}`);
      await row.click();
    }],
    ['the editor shows the squiggle at the swapped cells', async (page) => {
      await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(OUT, `ui-problems-${language}.png`) });
    }],
    ['the Outline lists the sections and tables', async (page) => {
      const collapsed = page.locator('.pane-header:not(.expanded)', { hasText: /^(Outline|大纲)/ });
      if ((await collapsed.count()) > 0) await collapsed.first().click();
      // Seed 000's first section and its first subsection.
      await page.locator('.outline-pane .monaco-list-row', { hasText: '总体情况' }).first().waitFor({ timeout: 30_000 });
      await page.locator('.outline-pane .monaco-list-row', { hasText: '（一）主动公开情况' }).first().waitFor();
      await page.mouse.move(700, 10);
      await page.screenshot({ path: join(OUT, `ui-outline-${language}.png`) });
    }],
    ['no unicode highlight boxes on the CJK punctuation of the report', async (page) => {
      await page.locator('.monaco-editor .view-line').first().waitFor();
      const boxes = await page.locator('.monaco-editor .unicode-highlight').count();
      if (boxes > 0) throw new Error(`${boxes} unicode highlight decorations`);
    }],
    ['inlay hints name the cells of （七）总计 and say what the swapped ones should be', async (page) => {
      // Focus the report's editor (the first group), then go to the line above （七）总计.
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+G');
      await page.keyboard.type('330');
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: '（七）总计 · 自然人' }).first().waitFor({ timeout: 30_000 });
      await page.locator('.monaco-editor .view-line', { hasText: '应为 0' }).first().waitFor({ timeout: 30_000 });
      await page.mouse.move(700, 10);
      await page.screenshot({ path: join(OUT, `ui-inlay-${language}.png`) });
    }],
    ['the table preview opens beside the report with the swapped cells of 表三 marked', async (page) => {
      await page.locator('.editor-actions .action-label[aria-label^="在侧边打开表格预览"], .editor-actions .action-label[aria-label^="Open Table Preview"]').first().click();
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('h2', { hasText: '表三' }).first().waitFor({ timeout: 30_000 });
      await frame.locator('td.error').nth(1).waitFor({ timeout: 30_000 });
      const marked = await frame.locator('td.error').count();
      if (marked !== 2) throw new Error(`${marked} cells marked as errors`);
      await frame.locator('td.error').first().click();
      await page.screenshot({ path: join(OUT, `ui-preview-${language}.png`) });
    }],
    ['clicking a cell of the preview moves the cursor to its line', async (page) => {
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('td.error').nth(1).click();
      // The other swapped cell, 其他, stands on line 338.
      await page.locator('[id="status.editor.selection"]', { hasText: /338/ }).first().waitFor({ timeout: 30_000 });
    }],
  );
  const result = { passed: 0, failed: 0, failures: [] as string[] };
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    for (const [name, step] of steps) {
      try {
        await step(page);
        result.passed++;
        log(`ui ✔ ${name}`);
      } catch (e) {
        result.failed++;
        result.failures.push(`ui: ${name}: ${e instanceof Error ? e.message : String(e)}`);
        log(`ui ✖ ${name}`);
        await page.screenshot({ path: join(OUT, `ui-failed-${language}.png`) }).catch(() => undefined);
        break;
      }
    }
  } finally {
    await ctx.close();
    await server.stop();
    copyLogs('ui');
  }
  return result;
}

/**
 * The CLI's review page (`check --format html -o`) in Chromium, in both languages: a summary row per
 * seed, no script, nothing fetched but the page itself; a screenshot on screen and a PDF as printed.
 */
async function reviewCheck(): Promise<{ passed: number; failed: number; failures: string[] }> {
  const result = { passed: 0, failed: 0, failures: [] as string[] };
  const ctx = await browser('review');
  try {
    for (const locale of ['zh-cn', 'en']) {
      const name = `the review page (${locale}) in Chromium`;
      try {
        const file = join(OUT, `review-${locale}.html`);
        const r = spawnSync(process.execPath, [join(repo, 'server/out/cli.js'), 'check', '--format', 'html', '--locale', locale, '-o', file, 'test/fixtures/seeds'], { cwd: repo, encoding: 'utf8' });
        if (r.status !== 1) throw new Error(`nianbao check --format html: exit ${r.status}: ${r.stderr}`);
        const page = await ctx.newPage();
        const fetched: string[] = [];
        page.on('request', (q) => fetched.push(q.url()));
        await page.goto(pathToFileURL(file).href);
        const shown = await page.evaluate<{ rows: number; scripts: number; title: string; swap: boolean }>(
          `({ rows: document.querySelectorAll('body > table:first-of-type tbody tr').length, scripts: document.scripts.length, title: document.title, swap: document.body.innerText.includes('table-swapped-cells') })`,
        );
        if (shown.rows !== 5 || shown.scripts !== 0 || !shown.swap) throw new Error(`page: ${JSON.stringify(shown)}`);
        if (fetched.length !== 1) throw new Error(`fetched: ${fetched.join(', ')}`);
        await page.screenshot({ path: join(OUT, `review-${locale}.png`) });
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: join(OUT, `review-${locale}.pdf`), format: 'A4' });
        await page.close();
        result.passed++;
        log(`review ✔ ${name}`);
      } catch (e) {
        result.failed++;
        result.failures.push(`review: ${name}: ${e instanceof Error ? e.message : String(e)}`);
        log(`review ✖ ${name}`);
      }
    }
  } finally {
    await ctx.close();
  }
  return result;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const t0 = Date.now();
  const extension = prepareProfile();
  const results: SuiteResult[] = [];
  const languages = process.env.E2E_API === '0' ? [] : ['en', 'zh-cn'];
  for (const language of languages) results.push(await apiSuite(extension, language));
  const ui = process.env.E2E_UI === '0' ? { passed: 0, failed: 0, failures: [] } : await uiCheck('zh-cn');
  const review = await reviewCheck();
  const passed = results.reduce((n, r) => n + r.passed, 0) + ui.passed + review.passed;
  const failed = results.reduce((n, r) => n + r.failed, 0) + ui.failed + review.failed;
  for (const f of [...results.flatMap((r) => r.failures), ...ui.failures, ...review.failures]) log(`FAILED ${f}`);
  writeFileSync(join(OUT, 'metrics.json'), JSON.stringify({ runs: results.map((r) => ({ language: r.language, metrics: r.metrics })), totalMs: Date.now() - t0 }, null, 2));
  for (const r of results) log(`${r.language}: ${JSON.stringify(r.metrics)}`);
  log(`took ${Math.round((Date.now() - t0) / 1000)} s`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

async function cleanup(): Promise<void> {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      try {
        process.kill(-c.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  rmSync(run, { recursive: true, force: true });
}

main()
  .catch((e) => {
    console.error(e);
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  })
  .finally(() => void cleanup());
