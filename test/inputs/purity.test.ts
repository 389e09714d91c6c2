// Architecture invariant: server/src/inputs turns bytes into text and nothing else. It imports itself,
// the core, and its two readers' libraries (fflate, htmlparser2) — no Node built-in, no file access, no
// vscode, and no Buffer or process — so that the CLI, the server and the tests share it, and a browser
// build could.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers';

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;]+?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const ALLOWED = /^(?:\.\/[\w-]+|\.\.\/core\/[\w/-]+|fflate|htmlparser2)$/;

test('server/src/inputs imports only itself, the core, fflate and htmlparser2; uses no Buffer, process or console', () => {
  const dir = join(repoRoot(), 'server', 'src', 'inputs');
  const files = readdirSync(dir).filter((n) => n.endsWith('.ts'));
  assert.deepEqual(files.sort(), ['docx.ts', 'html.ts', 'index.ts', 'layout.ts', 'notes.ts', 'numbering.ts', 'tree.ts', 'zip.ts']);
  const offending: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    for (const m of src.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (!ALLOWED.test(spec)) offending.push(`${f}: ${spec}`);
    }
    if (/\bBuffer\.|\bprocess\.|\bconsole\./.test(src)) offending.push(`${f}: uses Buffer, process or console`);
  }
  assert.deepEqual(offending, []);
});
