// Suppressions kept beside the report: a finding's fingerprint survives edits elsewhere in the file and
// lapses when the finding changes; the file's entries are read leniently and written back whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, fingerprint, readSuppressions, unsuppressed, withSuppression } from '../../server/src/core';
import { splitLines as splitLinesForTest } from '../../server/src/core/text';
import { readSeed } from '../helpers';

const seed = readSeed('000');

test('a suppressed finding stays silent after edits elsewhere, and comes back when it changes', () => {
  const findings = checkText(seed).findings;
  const swap = findings.find((f) => f.rule === 'table-swapped-cells')!;
  const s = { file: 'a.txt', rule: swap.rule, fingerprint: fingerprint(swap, splitLinesForTest(seed)) };
  assert.deepEqual(unsuppressed(findings, splitLinesForTest(seed), [s]), findings.filter((f) => f !== swap));
  // Lines added above the table: the finding moves, its fingerprint does not.
  const edited = '前言一行。\n\n' + seed;
  const after = checkText(edited).findings;
  assert.ok(after.some((f) => f.rule === 'table-swapped-cells'));
  assert.equal(unsuppressed(after, splitLinesForTest(edited), [s]).filter((f) => f.rule === 'table-swapped-cells').length, 0);
  // The swapped cells' values change: another finding, not silenced.
  const changed = seed.split('\n');
  changed[336] = '\t2';
  changed[337] = '\t0';
  changed[332] = '\t19';
  const other = checkText(changed.join('\n')).findings;
  const kept = unsuppressed(other, changed, [s]);
  assert.ok(kept.some((f) => f.rule.startsWith('table-')), 'a finding of the changed table is reported');
});

test('the suppressions file: entries read leniently, one problem per unusable entry; adding keeps the rest', () => {
  const { suppressions, problems } = readSuppressions({ suppressions: [{ file: 'a.txt', rule: 'r', fingerprint: 'f', text: 't' }, { file: 1 }] });
  assert.deepEqual(suppressions, [{ file: 'a.txt', rule: 'r', fingerprint: 'f', text: 't' }]);
  assert.deepEqual(problems.map((p) => p.path), ['suppressions[1]']);
  assert.deepEqual(readSuppressions(null).problems.map((p) => p.path), ['suppressions']);
  const one = { file: 'b.txt', rule: 'r', fingerprint: 'g' };
  const text = withSuppression({ note: 'kept', suppressions: [{ file: 'a.txt', rule: 'r', fingerprint: 'f' }] }, one);
  assert.deepEqual(JSON.parse(text), { note: 'kept', suppressions: [{ file: 'a.txt', rule: 'r', fingerprint: 'f' }, one] });
  assert.equal(withSuppression(JSON.parse(text), one), text, 'adding the same entry twice changes nothing');
  assert.deepEqual(JSON.parse(withSuppression(undefined, one)), { suppressions: [one] });
});
