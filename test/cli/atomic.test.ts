// `nianbao fix` never destroys a report: the fixed bytes go to a temporary file in the same folder,
// flushed, then renamed over the original. A write that fails (a full disk, injected with the test-only
// NIANBAO_TEST_WRITE_FAULT) or a process killed in the middle of it leaves the original as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText } from '../../server/src/core';
import { baseEnv, cli, nianbao, root, seeds, tempDir } from './process';

/** Seed 000 (it has preferred fixes) in a new folder, with a mode of its own. */
function report(mode = 0o640): { dir: string; file: string; before: Buffer } {
  const dir = tempDir();
  const file = join(dir, 'report.txt');
  copyFileSync(join(root, seeds[0]!), file);
  chmodSync(file, mode);
  return { dir, file, before: readFileSync(file) };
}

const fixed = (before: Buffer) => fixText(before.toString('utf8')).text;

test('fix: the fixed report replaces the original whole, with its mode, and leaves no temporary file', () => {
  const { dir, file, before } = report(0o604);
  const r = nianbao(['fix', file]);
  assert.equal(r.stderr, '');
  assert.equal(readFileSync(file, 'utf8'), fixed(before));
  assert.notEqual(readFileSync(file, 'utf8'), before.toString('utf8'));
  assert.equal(statSync(file).mode & 0o777, 0o604);
  assert.deepEqual(readdirSync(dir), ['report.txt']);
});

test('fix through a symbolic link replaces the file it leads to, and the link stays a link', () => {
  const { dir, file, before } = report();
  const link = join(dir, 'link.txt');
  symlinkSync(file, link);
  nianbao(['fix', link]);
  assert.equal(readFileSync(file, 'utf8'), fixed(before));
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.deepEqual(readdirSync(dir).sort(), ['link.txt', 'report.txt']);
});

test('a failed write (a full disk, injected) is reported as a write error; the original is untouched', () => {
  const { dir, file, before } = report();
  const r = nianbao(['fix', file], { ...baseEnv(), NIANBAO_TEST_WRITE_FAULT: 'ENOSPC' });
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr.split('\n')[0],
    `nianbao: ${file}: 磁盘空间不足，未能写入；原文件未改动`,
  );
  assert.doesNotMatch(r.stderr, /读取|read/);
  assert.deepEqual(readFileSync(file), before);
  assert.deepEqual(readdirSync(dir), ['report.txt'], 'the temporary file is removed');
});

/** The CLI as a process whose stderr is awaited until it says it paused in the middle of a write. */
function pausedFix(file: string) {
  const child = spawn(process.execPath, [cli, 'fix', file], { env: { ...baseEnv(), NIANBAO_TEST_WRITE_FAULT: 'pause' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const paused = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('nianbao-test: paused in a write')) resolve();
    });
    child.on('exit', () => reject(new Error(`exited without pausing: ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, paused, exited };
}

test('fix killed in the middle of its write: the report is as it was', async () => {
  const { file, before } = report();
  const { child, paused, exited } = pausedFix(file);
  await paused;
  child.kill('SIGKILL');
  await exited;
  assert.deepEqual(readFileSync(file), before);
});

test('two fix runs at once: the second reads the whole report while the first is halfway through writing, and the report ends whole', async () => {
  const { file, before } = report();
  const first = pausedFix(file);
  await first.paused;
  const second = nianbao(['fix', file]);
  assert.equal(second.stderr, '');
  assert.match(second.stdout, /^已修复 /);
  assert.equal(readFileSync(file, 'utf8'), fixed(before), 'the second run fixed the whole report');
  first.child.kill('SIGKILL');
  await first.exited;
  assert.equal(readFileSync(file, 'utf8'), fixed(before));
});

test('extract --output: an existing file is replaced whole, a new one written', () => {
  const dir = tempDir();
  const out = join(dir, 'tables.csv');
  writeFileSync(out, 'old');
  const r = nianbao(['extract', '--format', 'csv', '--output', out, seeds[0]!]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(out, 'utf8'), /^\ufeff(file,)?agency,/);
  assert.deepEqual(readdirSync(dir), ['tables.csv']);
});
