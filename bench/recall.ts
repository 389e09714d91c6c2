// Recall and false positives per class of defect (test/gen/defects.ts): each defect injected into the
// sample report of both formats, for several years and agencies; a defect is found when every finding it
// expects is there (rule and range). False positives: findings of the class's rules that no defect asks
// for — on the reports with the defect, on the same reports without it, and on 200 clean generated reports
// (the golden set's variants). `node esbuild.mjs && node out/bench/recall.js`
import { checkReport, type Finding } from '../server/src/core/index';
import { defects, heldOut, type Defect, type Expected } from '../test/gen/defects';
import { generate, goldenVariant, rng } from '../test/gen/report';

const RULES: Record<Defect['cls'], readonly string[]> = {
  'table-label': ['table-label'],
  'missing-row': ['table-label'],
  'text-arithmetic': ['text-arithmetic'],
  years: ['year-mismatch'],
  residue: ['conversion-artifact'],
  enumerations: ['enumeration-sequence'],
  'one-finding': ['table-row-total', 'table-column-total', 'table-cell-empty'],
  'prose-figures': ['text-table-mismatch'],
  severity: ['heading-title'],
};

const same = (f: Finding, e: Expected) => f.rule === e.rule && f.range.start.line === e.line && f.range.start.character === e.start;

interface Count {
  injected: number;
  found: number;
  extra: number;
  clean: number;
  reports: number;
}
const counts = new Map<Defect['cls'], Count>();
const held = new Map<Defect['cls'], Count>();
const count = (cls: Defect['cls'], map = counts) => {
  let c = map.get(cls);
  if (!c) map.set(cls, (c = { injected: 0, found: 0, extra: 0, clean: 0, reports: 0 }));
  return c;
};
const missed = new Set<string>();

const agencies = ['某某市某某局', '某某县人民政府办公室', '某某区某某街道办事处'];
for (const format of ['2019', '2021'] as const) {
  const years = format === '2019' ? [2019, 2020] : [2021, 2022, 2023, 2024];
  for (const year of years) {
    for (const agency of agencies) {
      for (const d of [...defects(format, { year, agency }), ...heldOut(format, { year, agency }).map((x) => ({ ...x, held: true }))]) {
        const c = count(d.cls, 'held' in d ? held : counts);
        const rules = new Set([...RULES[d.cls], ...d.expect.map((e) => e.rule)]);
        const bad = checkReport(d.bad).findings.filter((f) => rules.has(f.rule));
        if (d.expect.length) {
          c.injected++;
          if (d.expect.every((e) => bad.some((f) => same(f, e)))) c.found++;
          else missed.add(`${d.cls}: ${d.name}`);
        }
        c.extra += bad.filter((f) => !d.expect.some((e) => same(f, e))).length;
        c.clean += checkReport(d.good).findings.filter((f) => rules.has(f.rule)).length;
        c.reports += 2;
      }
    }
  }
}

// The golden set's 200 generated variants, clean: any finding of a class's rules is a false positive.
const r = rng(7);
const generated: Finding[][] = [];
for (let i = 0; i < 200; i++) {
  const o = goldenVariant(i, r);
  generated.push(checkReport(generate(o).text).findings.filter((f) => f.rule !== 'conversion-artifact' || !o.bookmark));
}

const rows = [...counts].map(([cls, c]) => {
  const onGenerated = generated.reduce((a, fs) => a + fs.filter((f) => RULES[cls].includes(f.rule)).length, 0);
  const h = held.get(cls);
  return {
    class: cls,
    recall: `${c.found}/${c.injected} (${((100 * c.found) / c.injected).toFixed(0)}%)`,
    'held out': h ? `${h.found}/${h.injected} (${((100 * h.found) / h.injected).toFixed(0)}%)` : '—',
    'false positives: with / without the defect': `${c.extra + (h?.extra ?? 0)} / ${c.clean} (${c.reports + (h?.reports ?? 0)} reports)`,
    'on 200 clean generated': onGenerated,
  };
});
console.table(rows);
if (missed.size) console.log('missed:', [...missed].join('; '));
