// `fix --dry-run` prints a diff in the report's own encoding: the real `patch` applies it to the original
// bytes, in every encoding the CLI reads and with every kind of line break, and gives exactly the bytes
// `fix` writes. Skipped only where no `patch` is installed (.ci/run installs Debian's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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

test('fix --dry-run over 18 variants (6 encodings × LF, CRLF, CR): patch applies the diff to the original bytes and gives what fix writes', { skip: !hasPatch && 'no patch installed' }, () => {
  const dry = tempDir();
  const fixed = tempDir();
  const variants: { file: string; encoding: string; eol: string; original: Buffer }[] = [];
  for (const [encoding, encode] of Object.entries(ENCODINGS)) {
    for (const [eol, br] of Object.entries(BREAKS)) {
      const file = `${encoding.replace(' ', '-')}-${eol}.txt`;
      const original = encode(TEXT.replace(/\n/g, br));
      writeFileSync(join(dry, file), original);
      writeFileSync(join(fixed, file), original);
      variants.push({ file, encoding, eol, original });
    }
  }
  // One diff for the folder (files in sorted order), applied by patch from the folder.
  const r = spawnSync(process.execPath, [cli, 'fix', '--dry-run', '--verbose', '.'], { cwd: dry, env: baseEnv() });
  assert.equal(r.status, 0, r.stderr.toString());
  for (const v of variants) {
    assert.ok(r.stderr.toString().includes(`${v.file}: ${v.encoding}, ${v.eol}\n`), `${v.file} read as ${v.encoding}, ${v.eol}`);
    assert.deepEqual(readFileSync(join(dry, v.file)), v.original, `${v.file}: a dry run writes nothing`);
    assert.ok(r.stdout.includes(Buffer.from(`--- ${v.file}\n+++ ${v.file}\n@@ `)), `${v.file} has its diff`);
  }
  const fix = spawnSync(process.execPath, [cli, 'fix', '.'], { cwd: fixed, env: baseEnv() });
  assert.equal(fix.status, 0, fix.stderr.toString());
  const patched = spawnSync('patch', ['-p0', '--quiet', '--no-backup-if-mismatch'], { cwd: dry, input: r.stdout });
  assert.equal(patched.status, 0, `${patched.stdout}${patched.stderr}`);
  for (const v of variants) {
    const result = readFileSync(join(dry, v.file));
    assert.notDeepEqual(result, v.original, `${v.file} was changed`);
    assert.deepEqual(result, readFileSync(join(fixed, v.file)), `${v.file}: patched as fix writes it`);
  }
});
