import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import * as iconv from 'iconv-lite';
import { CheckFilesRequest } from '../shared/protocol';
import { startServer } from '../test/protocol/harness';
import { repoRoot } from '../test/helpers';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'wsb-'));
  const seeds = join(repoRoot(), 'test/fixtures/seeds');
  const real = join(repoRoot(), 'test/fixtures/corpus/real');
  const sources = [...readdirSync(seeds).map((f) => join(seeds, f)), ...readdirSync(real).filter((f) => f.endsWith('.txt')).map((f) => join(real, f))];
  mkdirSync(join(dir, 'many'));
  const uris: string[] = [];
  for (let i = 0; i < 200; i++) {
    const text = readFileSync(sources[i % sources.length]!, 'utf8') + `\n${i}\n`;
    const name = join(dir, 'many', `${String(i).padStart(3, '0')}.txt`);
    if (i % 4 !== 3) writeFileSync(name, text);
    else { const g = iconv.encode(text, 'gbk'); writeFileSync(name, iconv.decode(g, 'gbk') === text ? g : iconv.encode(text, 'gb18030')); }
    uris.push(pathToFileURL(name).href);
  }
  const server = await startServer({ capabilities: { workspace: { configuration: true } } });
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    let serverMs = 0;
    for (let i = 0; i < uris.length; i += 50) {
      const r = await server.connection.sendRequest(CheckFilesRequest, { paths: uris.slice(i, i + 50).map((uri) => ({ uri })) });
      serverMs += r.ms!;
    }
    console.log(`server round ${round}: ${(performance.now() - t0).toFixed(0)} ms (server ${serverMs.toFixed(0)} ms)`);
  }
  server.dispose();
  for (let round = 0; round < 2; round++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [join(repoRoot(), 'server/out/cli.js'), 'check', '--format', 'json', join(dir, 'many')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    console.log(`cli: ${(performance.now() - t0).toFixed(0)} ms`);
  }
  const t0 = performance.now();
  spawnSync(process.execPath, [join(repoRoot(), 'server/out/cli.js'), 'check', '--format', 'json', join(dir, 'many')], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NIANBAO_THREADS: '1' } });
  console.log(`cli 1 thread: ${(performance.now() - t0).toFixed(0)} ms`);
}
main();
