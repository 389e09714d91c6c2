// The files derived from the rule registry are up to date: each equals what `npm run gen` writes
// (tools/generate.ts). After adding or changing a rule: `npm run gen`, then commit the files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { everyRule } from '../../server/src/core';
import { generatedFiles, root } from '../../tools/generate';

const files = generatedFiles();

for (const [file, content] of files) {
  test(`${file} is up to date (npm run gen)`, () => {
    const path = join(root, file);
    assert.ok(existsSync(path), `${file} is missing: run npm run gen`);
    assert.equal(readFileSync(path, 'utf8'), content, `${file} is stale: run npm run gen`);
  });
}

test('docs/rules holds a page for every rule and nothing else', () => {
  const pages = readdirSync(join(root, 'docs', 'rules')).sort();
  assert.deepEqual(pages, everyRule.map((r) => `${r.id}.md`).sort());
});

test('docs/rules.md has its generated table of every rule', () => {
  const doc = files.get('docs/rules.md')!;
  for (const r of everyRule) assert.ok(doc.includes(`| [\`${r.id}\`](rules/${r.id}.md) | ${r.severity} | ${r.fix} |`), r.id);
});
