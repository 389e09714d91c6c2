// `check` and `fix` honour `.nianbao-suppressions.json` beside the reports: a suppressed finding is not
// reported and not fixed (the file stays as it is); an invalid file is a warning, and the findings are
// reported as usual. The file is what the editor's "ignore this problem" writes.
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkText, fingerprint } from '../../server/src/core';
import { splitLines } from '../../server/src/core/text';
import { addSuppression } from '../../server/src/node/suppressions-file';
import { nianbao, seedText, tempDir } from './process';

const swapOf = (text: string) => checkText(text).findings.find((f) => f.rule === 'table-swapped-cells')!;

function folderWithSuppressedSwap(): { dir: string; report: string; text: string } {
  const dir = tempDir();
  const text = seedText(0);
  const report = join(dir, '000.txt');
  writeFileSync(report, text);
  const written = addSuppression(report, { rule: 'table-swapped-cells', fingerprint: fingerprint(swapOf(text), splitLines(text)) });
  assert.ok(written.ok);
  return { dir, report, text };
}

test('check: a suppressed finding is not reported; the others are', () => {
  const { dir } = folderWithSuppressedSwap();
  const r = nianbao(['check', '--format', 'json', dir]);
  const findings = (JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[])[0]!.diagnostics;
  assert.equal(findings.filter((f) => f.rule === 'table-swapped-cells').length, 0);
  assert.ok(findings.length > 0);
  assert.equal(r.stderr, '');
});

test('fix: a suppressed finding is not fixed', () => {
  const { dir, report, text } = folderWithSuppressedSwap();
  nianbao(['fix', dir]);
  const fixed = readFileSync(report, 'utf8').split('\n');
  // The swapped cells stay as written (other fixes may apply elsewhere).
  assert.deepEqual(fixed.slice(336, 338), text.split('\n').slice(336, 338));
  // Without the suppression, fix swaps them back.
  const plain = tempDir();
  writeFileSync(join(plain, '000.txt'), text);
  nianbao(['fix', plain]);
  assert.deepEqual(readFileSync(join(plain, '000.txt'), 'utf8').split('\n').slice(336, 338), ['\t0', '\t1']);
});

test('an invalid suppressions file: a warning on stderr, the findings as usual', () => {
  const dir = tempDir();
  writeFileSync(join(dir, '000.txt'), seedText(0));
  writeFileSync(join(dir, '.nianbao-suppressions.json'), '{ "suppressions": 3 }');
  const r = nianbao(['check', '--format', 'json', dir]);
  assert.equal(r.code, 1);
  const findings = (JSON.parse(r.stdout) as { diagnostics: { rule: string }[] }[])[0]!.diagnostics;
  assert.ok(findings.some((f) => f.rule === 'table-swapped-cells'));
  assert.match(r.stderr, /\.nianbao-suppressions\.json: suppressions：suppressions 应为数组；其中的忽略记录未采用\n/);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, 'said once');
});

test('the file is written whole, keeps its mode and its other keys; a broken file is not overwritten', () => {
  const { dir, report, text } = folderWithSuppressedSwap();
  const path = join(dir, '.nianbao-suppressions.json');
  chmodSync(path, 0o640);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  writeFileSync(path, JSON.stringify({ note: '审核记录', ...json }));
  const other = checkText(text).findings.find((f) => f.rule !== 'table-swapped-cells')!;
  assert.ok(addSuppression(report, { rule: other.rule, fingerprint: fingerprint(other, splitLines(text)), text: '说明' }).ok);
  const after = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(after.note, '审核记录');
  assert.deepEqual(after.suppressions.map((s: { rule: string }) => s.rule), ['table-swapped-cells', other.rule]);
  assert.equal(statSync(path).mode & 0o777, 0o640);
  // The same entry again: not added twice.
  assert.ok(addSuppression(report, { rule: other.rule, fingerprint: fingerprint(other, splitLines(text)), text: '说明' }).ok);
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).suppressions.length, 2);
  writeFileSync(path, '{ broken');
  const refused = addSuppression(report, { rule: 'x', fingerprint: 'y' });
  assert.equal(refused.ok, false);
  assert.equal(readFileSync(path, 'utf8'), '{ broken');
});
