// One build script: the extension client, the language server and the CLI, each bundled into a
// single file; with the same options, the tests and the benchmark for node --test.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Every `*.test.ts` (and bench `*.ts`) below a folder. */
function entries(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out.push(...entries(p, suffix));
    } else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: 'client/out',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { server: 'server/src/lsp/entry.ts', cli: 'server/src/cli/main.ts' },
    outdir: 'server/out',
    // ESM-only code of dependencies (fdir, under tinyglobby) reads import.meta.url, which a CommonJS bundle lacks.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  {
    ...common,
    entryPoints: [...entries('test', '.test.ts'), ...entries('bench', '.ts'), ...entries('tools', '.ts')],
    outbase: '.',
    outdir: 'out',
    packages: 'external',
    sourcemap: 'inline',
    minify: false,
  },
  {
    // The end-to-end suite (loaded by VS Code's extension host) and its runners.
    ...common,
    entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/extension.e2e.ts', 'test/e2e/code-server.ts', 'test/e2e/electron.ts'],
    outbase: 'test/e2e',
    outdir: 'out/e2e',
    packages: 'external',
    external: ['vscode'],
    sourcemap: 'inline',
    minify: false,
  },
];

rmSync('out/test', { recursive: true, force: true });
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
