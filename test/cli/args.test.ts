// The CLI's argument parsing and decoding, without a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeFromEnv, parseCommandLine } from '../../server/src/cli/args';
import { decodeReport } from '../../server/src/cli/files';

test('check with defaults, options and paths', () => {
  assert.deepEqual(parseCommandLine(['check', 'a.txt', 'dir'], {}), {
    kind: 'check',
    format: 'text',
    locale: 'zh-cn',
    paths: ['a.txt', 'dir'],
  });
  assert.deepEqual(parseCommandLine(['check', '--format=json', '--locale', 'en', 'a.txt'], { LANG: 'zh_CN.UTF-8' }), {
    kind: 'check',
    format: 'json',
    locale: 'en',
    paths: ['a.txt'],
  });
});

test('help and version', () => {
  assert.deepEqual(parseCommandLine(['--help'], {}), { kind: 'help' });
  assert.deepEqual(parseCommandLine(['-h'], {}), { kind: 'help' });
  assert.deepEqual(parseCommandLine(['check', '-h'], {}), { kind: 'help' });
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

test('decoding: UTF-8, BOM removed, anything else refused', () => {
  const enc = new TextEncoder();
  assert.deepEqual(decodeReport(enc.encode('年报\n')), { ok: true, text: '年报\n' });
  assert.deepEqual(decodeReport(enc.encode('\ufeff年报\n')), { ok: true, text: '年报\n' });
  const gbk = decodeReport(new Uint8Array([0xc4, 0xfa, 0xba, 0xc3]));
  assert.equal(gbk.ok, false);
  assert.ok(!gbk.ok && gbk.en.includes('not UTF-8') && gbk.zh.includes('UTF-8'));
});
