// `npm run gen`: writes every file derived from the rule registry (tools/generate.ts) and says which changed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, root } from './generate';

let changed = 0;
for (const [file, content] of generatedFiles()) {
  const path = join(root, file);
  let old: string | undefined;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`gen: wrote ${file}`);
  changed++;
}
console.log(`gen: ${changed} file${changed === 1 ? '' : 's'} changed`);
