// The floor of a folder check: what any checker of these files must pay and nothing more — start Node,
// walk the folder, read and decode every file (as the CLI decodes: UTF-8, UTF-16, GBK/GB18030), split
// it into lines, and print the same shape of JSON as `nianbao check --format json` with no findings.
// bench/cli.ts times it in the same run as the CLI and states the CLI's time as a ratio to it.
// Run: node out/bench/floor.js DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../server/src/node/encoding';
import { splitLines } from '../server/src/core/text';

function walk(dir: string, out: string[]): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.toLowerCase().endsWith('.txt')) out.push(p);
  }
  return out;
}

const entries: string[] = [];
let lines = 0;
for (const file of walk(process.argv[2] ?? '.', [])) {
  const d = decodeBytes(readFileSync(file));
  if (d.ok) lines += splitLines(d.text).length;
  entries.push(JSON.stringify({ file, diagnostics: [] }));
}
process.stdout.write(`[${entries.join(',')}]\n`);
if (process.env.FLOOR_VERBOSE) process.stderr.write(`${entries.length} files, ${lines} lines\n`);
