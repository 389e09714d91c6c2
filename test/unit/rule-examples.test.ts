// Every rule's documented examples are true: each bad example gives that rule's finding, each good one
// none of it, and no rule fails on them. A rule's declared fix kind matches what it does on them (none:
// no fix; suggestion: no fix preferred; safe: one preferred), and the rule API refuses a fix the
// declared kind does not allow (markdownlint's "fixable" scenario).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, crossRules, crossYearFindings, defineRule, notices, parseReport, reportMeta, rules, yearReport, type Finding } from '../../server/src/core';
import { sampleReport } from '../../server/src/core/examples';

const findingsOf = (text: string, rule: string): Finding[] => {
  const r = checkText(text);
  assert.deepEqual(r.failures, [], `${rule}: no rule fails`);
  return r.findings.filter((f) => f.rule === rule);
};

const yearFindings = (texts: readonly string[], rule: string): Finding[] =>
  crossYearFindings(texts.map((t, i) => { const m = parseReport(t); return yearReport(`${i}.txt`, m, reportMeta(m, t)); }))
    .map((c) => c.finding)
    .filter((f) => f.rule === rule);

for (const rule of [...rules, ...notices]) {
  test(`${rule.id}: every bad example gives its finding, every good one none; its fix kind (${rule.fix}) is what it does`, () => {
    assert.ok(rule.docs.examples.length > 0, 'has an example');
    const bad = rule.docs.examples.flatMap((ex) => {
      const found = findingsOf(ex.bad, rule.id);
      assert.ok(found.length > 0, `bad example gives a ${rule.id} finding`);
      assert.deepEqual(findingsOf(ex.good, rule.id), [], 'good example gives none');
      return found;
    });
    const fixes = bad.flatMap((f) => f.fixes ?? []);
    if (rule.fix === 'none') assert.equal(fixes.length, 0);
    if (rule.fix === 'suggestion') assert.ok(fixes.every((x) => !x.preferred));
    if (rule.fix === 'safe') assert.ok(fixes.some((x) => x.preferred), 'a rule that declares safe fixes prefers one on its examples');
  });
}

for (const rule of crossRules) {
  test(`${rule.id}: the bad years give its finding, the good ones none`, () => {
    assert.ok(rule.docs.examples.length > 0);
    for (const ex of rule.docs.examples) {
      assert.ok(yearFindings(ex.bad, rule.id).length > 0, 'bad example');
      assert.deepEqual(yearFindings(ex.good, rule.id), [], 'good example');
    }
  });
}

test('the sample report the examples start from gives no finding at all, in either format', () => {
  for (const format of ['2019', '2021'] as const) assert.deepEqual(checkText(sampleReport({ format })).findings, [], format);
});

test('the rule API refuses a fix the declared fix kind does not allow: the rule fails, the others stand', () => {
  const edit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' };
  const make = (fix: 'none' | 'suggestion', preferred: boolean) =>
    defineRule({
      id: `declared-${fix}`,
      severity: 'warning',
      fix,
      messages: { m: { zh: '甲', en: 'a' }, t: { zh: '乙', en: 'b' } },
      docs: { summary: { zh: '', en: '' }, rationale: { zh: '', en: '' }, examples: [] },
      check(ctx) {
        ctx.report('m', {}, edit.range, { fixes: [{ title: ctx.message('t', {}), edits: [edit], preferred }] });
      },
    });
  const r = checkText(sampleReport(), { rules: [make('none', false), make('suggestion', true), rules[0]!] });
  assert.deepEqual(r.failures.map((f) => f.rule), ['declared-none', 'declared-suggestion']);
  assert.deepEqual(r.findings, []);
  // Allowed: a suggestion that is not preferred.
  assert.equal(checkText(sampleReport(), { rules: [make('suggestion', false)] }).findings.length, 1);
});
