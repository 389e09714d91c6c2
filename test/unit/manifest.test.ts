// The extension manifest agrees with the code: the `nianbao.rules` schema lists exactly the
// registry's rules (regenerate with `npm run gen`), every %string% of package.json is in
// both package.nls files, every runtime string of the client is in its catalogue in both languages, and every
// contributed command is registered by the client.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rules } from '../../server/src/core/rules/index';
import { notices } from '../../server/src/core/notices';
import { RULE_SETTINGS } from '../../server/src/core/config';
import { clientMessages } from '../../shared/client-messages';
import { repoRoot } from '../helpers';

const read = (file: string) => readFileSync(join(repoRoot(), file), 'utf8');
const json = (file: string) => JSON.parse(read(file));
const pkg = json('package.json');
const props = pkg.contributes.configuration.properties;
const clientSources = readdirSync(join(repoRoot(), 'client', 'src')).map((f) => read(join('client', 'src', f))).join('\n');

test('the nianbao.rules schema lists exactly the registry rules, each with the rule settings', () => {
  const schema = props['nianbao.rules'];
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, false);
  const editorRules = [...rules, ...notices];
  assert.deepEqual(Object.keys(schema.properties), editorRules.map((r) => r.id), 'run npm run gen');
  for (const r of editorRules) {
    assert.deepEqual(schema.properties[r.id].enum, [...RULE_SETTINGS], r.id);
    assert.equal(schema.properties[r.id].description, `%rule.${r.id}%`);
  }
});

test('the settings of the contract, with their defaults', () => {
  const defaults = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, (v as { default: unknown }).default]));
  assert.deepEqual(defaults, {
    'nianbao.run': 'onType',
    'nianbao.format': 'auto',
    'nianbao.inlayHints': 'expected',
    'nianbao.rules': {},
    'nianbao.detect.enabled': true,
    'nianbao.detect.patterns': [],
    'nianbao.maxFileSize': 2048,
    'nianbao.trace.server': 'off',
  });
  assert.deepEqual(props['nianbao.run'].enum, ['onType', 'onSave']);
  assert.deepEqual(props['nianbao.format'].enum, ['auto', '2019', '2021']);
  assert.deepEqual(props['nianbao.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.deepEqual(props['nianbao.inlayHints'].enum, ['off', 'labels', 'expected']);
});

test('every %string% of package.json is in package.nls.json and package.nls.zh-cn.json, and nothing else', () => {
  const used = new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    assert.deepEqual(Object.keys(json(file)).sort(), [...used].sort(), file);
  }
  const zh = json('package.nls.zh-cn.json');
  for (const r of rules) assert.equal(zh[`rule.${r.id}`], `${r.id}: ${r.docs.summary.zh}`, 'run npm run gen');
});

test("every client string is used, in Chinese and English with the same arguments, and the client uses no other path", () => {
  const used = new Set([...clientSources.matchAll(/\bt\(\s*[`']([a-zA-Z.0-9${}-]+)[`']/g)].map((m) => m[1]!));
  for (const [id, m] of Object.entries(clientMessages.table)) {
    assert.ok(used.has(id) || [...used].some((u) => u.includes('${') && id.startsWith(u.slice(0, u.indexOf('${')))), `unused: ${id}`);
    assert.match(m.zh, /[\u4e00-\u9fff]/, `not translated: ${id}`);
    assert.deepEqual([...m.zh.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort(), [...m.en.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort(), id);
  }
  assert.doesNotMatch(clientSources, /l10n\.t\(/);
});

test('every contributed command is registered by the client, and every registered one contributed', () => {
  const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
  const registered = [...clientSources.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, contributed);
});

test('editor defaults for reports: no unicode boxes on CJK punctuation, word wrap, no word suggestions', () => {
  const defaults = pkg.contributes.configurationDefaults['[nianbao]'];
  assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
  assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
  assert.equal(defaults['editor.unicodeHighlight.nonBasicASCII'], false);
  assert.equal(defaults['editor.wordWrap'], 'on');
  assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
  // Zero-width characters stay reported, by the conversion-artifact rule.
  assert.ok(rules.some((r) => r.id === 'conversion-artifact'));
});
