// The rule registries, the docs and the message catalogue agree: every rule (those of one report and
// the cross-year ones the CLI checks across a folder) is documented in docs/rules.md with its default
// severity, every documented id is a rule, and every message has its Chinese and English text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { everyRule, messages } from '../../server/src/core/index';
import { repoRoot } from '../helpers';

const all = everyRule;

const documented = (): Map<string, string> => {
  const doc = readFileSync(join(repoRoot(), 'docs', 'rules.md'), 'utf8');
  const out = new Map<string, string>();
  for (const m of doc.matchAll(/^\| \[`([a-z0-9-]+)`\]\(rules\/\1\.md\) \| (error|warning|information|hint) \|/gm)) out.set(m[1]!, m[2]!);
  return out;
};

test('every rule is in docs/rules.md with its default severity, and every documented id is a rule', () => {
  const doc = documented();
  for (const r of all) assert.equal(doc.get(r.id), r.severity, `${r.id} in docs/rules.md`);
  const ids = new Set(all.map((r) => r.id));
  assert.deepEqual([...doc.keys()].filter((id) => !ids.has(id)), []);
  assert.equal(ids.size, all.length, 'rule ids are unique');
});

test('every rule has a description and every message a Chinese and an English text', () => {
  for (const r of all) {
    assert.ok(r.docs.summary.zh && r.docs.summary.en, r.id);
    for (const [id, m] of Object.entries(r.messages)) {
      assert.ok(m.zh && m.en, `${r.id}: ${id}`);
      assert.equal(messages[id], m, `${id} is in the catalogue`);
    }
  }
});
