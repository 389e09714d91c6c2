// Output piped into a reader that stops early (`nianbao check … | head`): the CLI stops quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseEnv, cli, root, seeds, tempDir } from './process';

test('check piped into head: no EPIPE stack trace, nothing on stderr', () => {
  const dir = tempDir();
  // About 400 KB of JSON: far more than a pipe holds, so that the write meets the closed pipe.
  for (let i = 0; i < 20; i++) copyFileSync(join(root, seeds[1]!), join(dir, `r${i}.txt`));
  const err = join(tempDir(), 'stderr.log');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" check --format json "${dir}" 2>"${err}" | head -c 100`], { env: baseEnv(), encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.length, 100);
  assert.equal(readFileSync(err, 'utf8'), '');
});
