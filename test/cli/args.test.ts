// The CLI's argument parsing and decoding, without a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromEnv, parseCommandLine } from '../../server/src/cli/args';
import { KNOWN_RULE_IDS } from '../../server/src/core';
import { effectiveRules } from '../../server/src/cli/run';

test('check with defaults, options and paths', () => {
  assert.deepEqual(parseCommandLine(['check', 'a.txt', 'dir'], {}), {
    kind: 'check',
    format: 'text',
    locale: 'zh-cn',
    paths: ['a.txt', 'dir'],
    ignore: [],
    verbose: false,
  });
  assert.deepEqual(parseCommandLine(['check', '--format=json', '--locale', 'en', 'a.txt'], { LANG: 'zh_CN.UTF-8' }), {
    kind: 'check',
    format: 'json',
    locale: 'en',
    paths: ['a.txt'],
    ignore: [],
    verbose: false,
  });
  assert.deepEqual(
    parseCommandLine(
      ['check', '--format', 'sarif', '--rule', 'table-row-total,table-balance', '--rule', 'cross-year-carry', '--ignore-rule', 'amount-unit', '--config', 'c.json', '--verbose', '年报/**/*.txt'],
      {},
    ),
    {
      kind: 'check',
      format: 'sarif',
      locale: 'zh-cn',
      paths: ['年报/**/*.txt'],
      only: ['table-row-total', 'table-balance', 'cross-year-carry'],
      ignore: ['amount-unit'],
      config: 'c.json',
      verbose: true,
    },
  );
});

test('check --format html -o: the review page to a file', () => {
  assert.deepEqual(parseCommandLine(['check', '--format', 'html', '-o', 'review.html', 'reports'], {}), {
    kind: 'check',
    format: 'html',
    output: 'review.html',
    locale: 'zh-cn',
    paths: ['reports'],
    ignore: [],
    verbose: false,
  });
});

test('help and version', () => {
  assert.deepEqual(parseCommandLine(['--help'], {}), { kind: 'help', locale: 'zh-cn' });
  assert.deepEqual(parseCommandLine(['-h'], { LANG: 'en_GB.UTF-8' }), { kind: 'help', locale: 'en' });
  assert.deepEqual(parseCommandLine(['check', '-h', '--locale', 'en'], {}), { kind: 'help', locale: 'en' });
  assert.deepEqual(parseCommandLine(['--version'], {}), { kind: 'version' });
});

test('usage errors', () => {
  for (const argv of [
    [],
    ['check'],
    ['lint', 'a.txt'],
    ['check', '--bogus', 'a.txt'],
    ['check', '--format', 'xml', 'a.txt'],
    ['check', '--locale', 'fr', 'a.txt'],
    ['check', 'a.txt', '--format'],
    ['check', '--rule', 'no-such-rule', 'a.txt'],
    ['check', '--ignore-rule', 'table-row-total,nope', 'a.txt'],
    ['check', '--dry-run', 'a.txt'],
    ['check', '--format', 'HTML', 'a.txt'],
    ['fix', '--format', 'json', 'a.txt'],
    ['fix'],
    ['extract', '--format', 'sarif', 'a.txt'],
    ['extract', '--dry-run', 'a.txt'],
  ]) {
    assert.equal(parseCommandLine(argv, {}).kind, 'usage-error', argv.join(' '));
  }
});

test('locale from the environment', () => {
  assert.equal(localeFromEnv({}), 'zh-cn');
  assert.equal(localeFromEnv({ LANG: 'en_US.UTF-8' }), 'en');
  assert.equal(localeFromEnv({ LANG: 'C.UTF-8' }), 'zh-cn', 'the C locale chooses no language');
  assert.equal(localeFromEnv({ LANG: 'POSIX' }), 'zh-cn');
  assert.equal(localeFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }), 'zh-cn');
  assert.equal(localeFromEnv({ LC_ALL: 'en_GB', LC_MESSAGES: 'zh_CN.UTF-8' }), 'en');
  assert.equal(localeFromEnv({ LC_ALL: '', LANG: 'zh_TW.UTF-8' }), 'zh-cn');
});

test('fix and extract', () => {
  assert.deepEqual(parseCommandLine(['fix', '--dry-run', '--ignore-rule', 'amount-unit', 'a.txt'], { LANG: 'en_US.UTF-8' }), {
    kind: 'fix',
    dryRun: true,
    locale: 'en',
    paths: ['a.txt'],
    ignore: ['amount-unit'],
    verbose: false,
  });
  assert.deepEqual(parseCommandLine(['fix', 'dir'], {}), { kind: 'fix', dryRun: false, locale: 'zh-cn', paths: ['dir'], ignore: [], verbose: false });
  assert.deepEqual(parseCommandLine(['extract', 'dir'], {}), { kind: 'extract', format: 'json', locale: 'zh-cn', paths: ['dir'], ignore: [], verbose: false });
  assert.deepEqual(parseCommandLine(['extract', '--format', 'csv', '-o', 'out.csv', 'a.txt', 'b.txt'], {}), {
    kind: 'extract',
    format: 'csv',
    output: 'out.csv',
    locale: 'zh-cn',
    paths: ['a.txt', 'b.txt'],
    ignore: [],
    verbose: false,
  });
});

test('--rule and --ignore-rule over the configuration: only the named rules run, ignored ones are off', () => {
  const config = { rules: { 'amount-unit': 'error' as const, 'table-shape': 'off' as const } };
  const both = effectiveRules(config, { only: ['amount-unit', 'table-row-total'], ignore: ['table-row-total'] });
  assert.equal(both['amount-unit'], 'error', 'a selected rule keeps its configured severity');
  assert.equal(both['table-row-total'], 'off', '--ignore-rule wins over --rule');
  for (const id of KNOWN_RULE_IDS.filter((id) => id !== 'amount-unit')) assert.equal(both[id], 'off', id);
  assert.deepEqual(effectiveRules(config, { ignore: [] }), config.rules);
  assert.deepEqual(effectiveRules(undefined, { ignore: ['cross-year-stock'] }), { 'cross-year-stock': 'off' });
});
