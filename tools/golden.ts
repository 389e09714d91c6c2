// `npm run golden -- OUT.jsonl`: every finding and fix on a fixed set of inputs, one JSON line per
// input, so that a refactoring can be shown to change nothing (`diff` two runs) and a change of
// behaviour can be listed input by input. The inputs: the fixtures under test/fixtures (the seeds, the
// real reports and their converted forms), 300 reports of the benchmark corpus, 200 generated
// variants and 2,500 fuzz inputs — all deterministic.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText, renderMessage, type Finding } from '../server/src/core/index';
import { decodeBytes } from '../server/src/node/encoding';
import { corpus } from '../bench/corpus';
import { fuzzInput } from '../test/fuzz';
import { generate, goldenVariant, rng } from '../test/gen/report';

const root = join(__dirname, '..', '..');

function* fixtureFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* fixtureFiles(p);
    else if (/\.(txt|html?)$/i.test(name)) yield p;
  }
}

function* inputs(): Generator<{ name: string; text: string }> {
  for (const p of fixtureFiles(join(root, 'test', 'fixtures'))) {
    const d = decodeBytes(readFileSync(p));
    yield { name: relative(root, p), text: d.ok ? d.text : '' };
  }
  for (const f of corpus(300)) yield { name: `corpus ${f.folder}/${f.name}`, text: f.text };
  const r = rng(7);
  for (let i = 0; i < 200; i++) {
    const o = goldenVariant(i, r);
    yield { name: `generated ${JSON.stringify(o)}`, text: generate(o).text };
  }
  const f = rng(20240101);
  for (let k = 0; k < 2500; k++) yield { name: `fuzz ${k}`, text: fuzzInput(f, k).text };
}

/** A finding as plain data, its messages rendered in both languages. */
function plain(f: Finding): unknown {
  return {
    rule: f.rule,
    severity: f.severity,
    range: f.range,
    zh: renderMessage(f.message, 'zh-cn'),
    en: renderMessage(f.message, 'en'),
    related: f.related?.map((r) => ({ range: r.range, zh: renderMessage(r.message, 'zh-cn') })),
    fixes: f.fixes?.map((x) => ({ title: renderMessage(x.title, 'zh-cn'), preferred: x.preferred ?? false, edits: x.edits })),
  };
}

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run golden -- OUT.jsonl');
  process.exit(2);
}
const lines: string[] = [];
for (const { name, text } of inputs()) {
  const result = checkText(text);
  lines.push(JSON.stringify({ input: name, findings: result.findings.map(plain), failures: result.failures }));
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`golden: ${lines.length} inputs → ${out}`);
