// `fix --dry-run` prints a diff in the report's own encoding: the real `patch` applies it to the original
// bytes, in every encoding the CLI reads and with every kind of line break, and gives exactly the bytes
// `fix` writes. Skipped only where no `patch` is installed (.ci/run installs Debian's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { baseEnv, cli, seedText, tempDir } from './process';

const hasPatch = spawnSync('patch', ['--version']).status === 0;

/** Seed 000 (its swap is fixed) with one line that has an NBSP, which GBK lacks and GB18030 stores. */
const TEXT = seedText(0).replace('\n', '\n\u00a0\n');

const ENCODINGS: Record<string, (text: string) => Buffer> = {
  'UTF-8': (t) => Buffer.from(t, 'utf8'),
  'UTF-8 BOM': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'UTF-16LE BOM': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')]),
  'UTF-16BE BOM': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')]),
  GBK: (t) => iconv.encode(t.replace('\u00a0', ' '), 'gbk'),
  GB18030: (t) => iconv.encode(t, 'gb18030'),
};
const BREAKS: Record<string, string> = { LF: '\n', CRLF: '\r\n', CR: '\r' };

for (const [encoding, encode] of Object.entries(ENCODINGS)) {
  for (const [eol, br] of Object.entries(BREAKS)) {
    test(`fix --dry-run, ${encoding}, ${eol}: patch applies the diff to the original bytes and gives what fix writes`, { skip: !hasPatch && 'no patch installed' }, () => {
      const dir = tempDir();
      const original = encode(TEXT.replace(/\n/g, br));
      writeFileSync(join(dir, 'r.txt'), original);
      copyFileSync(join(dir, 'r.txt'), join(dir, 'fixed.txt'));
      const dry = spawnSync(process.execPath, [cli, 'fix', '--dry-run', '--verbose', 'r.txt'], { cwd: dir, env: baseEnv() });
      assert.equal(dry.status, 0, dry.stderr.toString());
      assert.match(dry.stderr.toString(), new RegExp(`r\\.txt: ${encoding.replace(' BOM', '')}${encoding.endsWith('BOM') ? ' BOM' : ''}, ${eol}\\n`));
      assert.deepEqual(readFileSync(join(dir, 'r.txt')), original, 'a dry run writes nothing');
      const diff = dry.stdout;
      assert.ok(diff.subarray(0, 22).toString() === '--- r.txt\n+++ r.txt\n@@', diff.subarray(0, 40).toString());
      const fix = spawnSync(process.execPath, [cli, 'fix', 'fixed.txt'], { cwd: dir, env: baseEnv() });
      assert.equal(fix.status, 0, fix.stderr.toString());
      const patched = spawnSync('patch', ['-p0', '--quiet', '--no-backup-if-mismatch'], { cwd: dir, input: diff });
      assert.equal(patched.status, 0, `${patched.stdout}${patched.stderr}`);
      const result = readFileSync(join(dir, 'r.txt'));
      assert.notDeepEqual(result, original);
      assert.deepEqual(result, readFileSync(join(dir, 'fixed.txt')));
    });
  }
}
