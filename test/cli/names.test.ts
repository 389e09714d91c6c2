// Names are bytes: a file whose name is not UTF-8 (GBK 年报.txt, as unzip leaves an archive made on
// Chinese Windows) is found in a folder, by its name and by a glob, checked and fixed under its own name;
// names and messages are escaped for the terminal in text output. Linux: names are bytes there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { fixText } from '../../server/src/core';
import { baseEnv, cli, nianbao, seedText, tempDir } from './process';

const linux = process.platform === 'linux';
const GBK_NAME = Buffer.concat([iconv.encode('年报', 'gbk'), Buffer.from('.txt')]); // c4 ea b1 a8 .txt
const SHOWN = '\\xc4\\xea\\xb1\\xa8.txt';

/** A folder with seed 000 under the GBK name. */
function gbkFolder(): { dir: string; bytes: Buffer } {
  const dir = tempDir();
  const bytes = Buffer.concat([Buffer.from(dir + '/'), GBK_NAME]);
  writeFileSync(bytes, seedText(0));
  return { dir, bytes };
}

/** The CLI with one argument given as raw bytes (by the shell's printf), the others as text. */
function withByteArg(args: string[], bytes: Buffer, cwd: string) {
  const octal = [...bytes].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  const script = `exec "$0" "$1" ${args.map((a) => `'${a}'`).join(' ')} "$(printf '${octal}')"`;
  const r = spawnSync('sh', ['-c', script, process.execPath, cli], { cwd, env: baseEnv(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Json = { file: string; diagnostics: { rule: string }[] }[];
const expected = () => (JSON.parse(nianbao(['check', '--format', 'json', 'test/fixtures/seeds/000_b094f87eeea30dda.txt']).stdout) as Json)[0]!.diagnostics;

test('a GBK file name: found in its folder, shown with \\xHH, checked', { skip: !linux && 'names are bytes on Linux' }, () => {
  const { dir } = gbkFolder();
  const r = nianbao(['check', '--format', 'json', dir]);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as Json;
  assert.deepEqual(out.map((e) => e.file), [join(dir, SHOWN)]);
  assert.deepEqual(out[0]!.diagnostics, expected());
});

test('a GBK file name given by its bytes, and by a glob', { skip: !linux && 'names are bytes on Linux' }, () => {
  const { dir, bytes } = gbkFolder();
  const byName = withByteArg(['check', '--format', 'json'], bytes, dir);
  assert.equal(byName.code, 1, byName.stderr);
  assert.deepEqual((JSON.parse(byName.stdout) as Json).map((e) => [e.file, e.diagnostics]), [[join(dir, SHOWN), expected()]]);
  const byGlob = nianbao(['check', '--format', 'json', '*.txt'], baseEnv(), dir);
  assert.equal(byGlob.code, 1, byGlob.stderr);
  assert.deepEqual((JSON.parse(byGlob.stdout) as Json).map((e) => e.file), [SHOWN]);
});

test('a GBK file name fixed under its own name (and --dry-run\'s diff names its bytes)', { skip: !linux && 'names are bytes on Linux' }, () => {
  const { dir, bytes } = gbkFolder();
  const dry = spawnSync(process.execPath, [cli, 'fix', '--dry-run', dir], { env: baseEnv() });
  assert.equal(dry.status, 0, dry.stderr.toString());
  assert.deepEqual(dry.stdout.subarray(0, 4 + bytes.length + 1), Buffer.concat([Buffer.from('--- '), bytes, Buffer.from('\n')]));
  const r = nianbao(['fix', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^已修复 ${join(dir, SHOWN).replace(/\\/g, '\\\\')}：`));
  assert.equal(readFileSync(bytes, 'utf8'), fixText(seedText(0)).text);
  assert.deepEqual(readdirSync(dir, { encoding: 'buffer' }), [GBK_NAME]);
});

test('text output: a newline in a file name and escape codes in a report are shown escaped, one line per finding', () => {
  const dir = tempDir();
  const name = join(dir, 'a\nb\u001b[2J.txt');
  // A cell holds an escape code that would clear the screen, and a bell; table-shape quotes the cell.
  const lines = seedText(0).split('\n');
  lines[330] += '\u001b[2J\u0007';
  writeFileSync(name, lines.join('\n'));
  const r = nianbao(['check', name]);
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'no control character but line breaks reaches the terminal');
  const out = r.stdout.trimEnd().split('\n');
  const shown = join(dir, 'a\\x0ab\\x1b[2J.txt');
  for (const line of out.slice(0, -1)) assert.ok(line.startsWith(`${shown}:`), line);
  assert.ok(out.some((l) => l.startsWith(`${shown}:331:2  warning  table-shape  `) && l.includes('「\\x1b[2J\\x07」')), r.stdout);
});
