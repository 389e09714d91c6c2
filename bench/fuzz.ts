// The long fuzz run: `npm run fuzz` (100,000 inputs; `-- --inputs N --seed S` to change). Prints the
// inputs, the time, the slowest single check and every failure (grouped), and exits 1 on any.
import { parseArgs } from 'node:util';
import { fuzz, type FuzzFailure } from '../test/fuzz';

const { values } = parseArgs({ options: { inputs: { type: 'string', default: '100000' }, seed: { type: 'string', default: '20240101' } } });
const count = Number(values.inputs);
const seed = Number(values.seed);
const { failures, cascades, maxMs, totalMs } = fuzz(count, seed, (done) => process.stderr.write(`${done} inputs…\n`));

/** Failures grouped by their first line, numbers blurred; the first input of each group named. */
function print(list: FuzzFailure[]): void {
  const groups = new Map<string, { n: number; first: FuzzFailure }>();
  for (const f of list) {
    const key = f.problem.split('\n')[0]!.replace(/@\d+/g, '@…').replace(/\d+ ms/, '… ms').slice(0, 160);
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { n: 1, first: f });
  }
  for (const [key, g] of groups) console.log(`  ${g.n} × ${key}\n      first: input ${g.first.input}, ${g.first.what.slice(0, 200)}`);
}

console.log(
  `fuzz: ${count} inputs (seed ${seed}) in ${(totalMs / 1000).toFixed(1)} s; slowest check ${maxMs.toFixed(1)} ms; ` +
    `${failures.length} failures; ${cascades.length} inputs where fix all needed more than one pass`,
);
const byPasses = new Map<number, number>();
for (const c of cascades) byPasses.set(c.passes!, (byPasses.get(c.passes!) ?? 0) + 1);
if (byPasses.size) console.log(`  passes to settle: ${[...byPasses].sort((a, b) => a[0] - b[0]).map(([p, n]) => `${p}: ${n} inputs`).join(', ')}`);
print(failures);
if (cascades.length) {
  console.log('fix all needing more than one pass:');
  print(cascades);
}
process.exitCode = failures.length ? 1 : 0;
