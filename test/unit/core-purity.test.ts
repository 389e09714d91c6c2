// Architecture invariant: server/src/core is pure. It imports neither vscode* nor fs (nor any other
// Node built-in that does I/O), so that the same core serves the editor, the CLI and the tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]+?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const FORBIDDEN = /^(?:vscode(?:-.*)?|fs|fs\/promises|child_process|net|http|https|worker_threads|path|os)$|^node:/;

test('server/src/core imports only itself: no vscode*, no fs, no node: built-ins', () => {
  const core = join(repoRoot(), 'server', 'src', 'core');
  const all = files(core);
  assert.ok(all.length > 10, 'the core has files');
  const offending: string[] = [];
  for (const f of all) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
      if (FORBIDDEN.test(spec) || !spec.startsWith('.')) offending.push(`${relative(core, f)}: ${spec}`);
    }
    if (/\bprocess\.|\bconsole\.|\bsetTimeout\b|\bDate\.now\b/.test(src)) offending.push(`${relative(core, f)}: uses process/console/timers`);
  }
  assert.deepEqual(offending, []);
});

test('the purity check itself catches a forbidden import', () => {
  const sample = "import { readFileSync } from 'node:fs';\nimport * as vscode from 'vscode';\nconst x = require('fs');";
  const specs = [...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
  assert.deepEqual(specs, ['node:fs', 'vscode', 'fs']);
  assert.ok(specs.every((s) => FORBIDDEN.test(s!)));
});
