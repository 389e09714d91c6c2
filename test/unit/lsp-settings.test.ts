// The server's settings: the editor's `nianbao` section over a .nianbao.json config (editor wins per
// key and per rule), run and maxFileSize, unusable entries named.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSettings } from '../../server/src/lsp/settings';

test('defaults: all rules, auto format, onType, 2048 KB', () => {
  assert.deepEqual(readSettings(undefined), { config: {}, run: 'onType', maxFileSize: 2048 * 1024, ignored: false, problems: [], inlayHints: 'expected' });
  assert.deepEqual(readSettings(null), readSettings({}));
});

test('the editor wins per rule and per key; the file keeps what the editor does not set', () => {
  const s = readSettings(
    { rules: { 'amount-unit': 'warning' }, format: '2019', run: 'onSave', maxFileSize: 512, detect: { enabled: true }, trace: { server: 'off' } },
    { rules: { 'amount-unit': 'off', 'table-missing': 'hint' }, format: '2021', ignores: ['草稿/**'] },
  );
  assert.deepEqual(s, {
    config: { rules: { 'amount-unit': 'warning', 'table-missing': 'hint' }, format: '2019', ignores: ['草稿/**'] },
    run: 'onSave',
    maxFileSize: 512 * 1024,
    ignored: false,
    problems: [],
    inlayHints: 'expected',
  });
  assert.equal(readSettings({ inlayHints: 'labels' }).inlayHints, 'labels');
  assert.equal(readSettings({ inlayHints: 'off' }).inlayHints, 'off');
  assert.deepEqual(readSettings({}, { format: '2021' }).config, { format: '2021' });
});

test('unusable entries are named and left out', () => {
  const s = readSettings({ rules: { 'no-such-rule': 'off', 'amount-unit': 'loud' }, run: 'always', maxFileSize: -1, format: 2020, inlayHints: 'all' });
  assert.deepEqual(s.config, {});
  assert.equal(s.run, 'onType');
  assert.equal(s.maxFileSize, 2048 * 1024);
  assert.deepEqual(s.problems.map((p) => p.path), ['nianbao.format', 'nianbao.rules.no-such-rule', 'nianbao.rules.amount-unit', 'nianbao.run', 'nianbao.inlayHints', 'nianbao.maxFileSize']);
  assert.equal(s.inlayHints, 'expected');
});
