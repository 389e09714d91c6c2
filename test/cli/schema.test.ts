// schemas/nianbao.schema.json is generated from the rule registries: it must agree with them.
// After adding a rule: UPDATE_SCHEMA=1 npm test (rewrites the file), then commit it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyRule, readConfig, RULE_SETTINGS } from '../../server/src/core';
import { configSchema } from '../../server/src/cli/schema';
import { repoRoot } from '../helpers';

const file = join(repoRoot(), 'schemas', 'nianbao.schema.json');

test('schemas/nianbao.schema.json is the schema generated from the rule registries', () => {
  const generated = JSON.stringify(configSchema(), null, 2) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated);
  assert.equal(readFileSync(file, 'utf8'), generated, 'run UPDATE_SCHEMA=1 npm test to regenerate the schema');
});

test('the schema names every rule id, and readConfig accepts every id and setting the schema allows', () => {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  const ruleProps = schema.properties.rules.properties as Record<string, { enum: string[] }>;
  assert.deepEqual(Object.keys(ruleProps), everyRule.map((r) => r.id));
  const all = Object.fromEntries(Object.keys(ruleProps).map((id, i) => [id, RULE_SETTINGS[i % RULE_SETTINGS.length]]));
  const { config, problems } = readConfig({ $schema: './schemas/nianbao.schema.json', rules: all, format: schema.properties.format.enum[1], ignores: ['a/**'] });
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, all);
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'format', 'ignores', 'rules']);
  assert.equal(readConfig({ rules: { 'not-a-rule': 'off' } }).problems.length, 1);
});
