// The one localisation path: the template language (holes, Chinese numerals, lists, choices, English
// plurals, messages as arguments), and every message table of every layer — the core's, the inputs',
// the node layer's, the CLI's, the server's — with a Chinese text, the same holes in both languages
// (but a rule's, which may give each language its own words),
// and no id shared between two tables (an id names one message wherever it is rendered).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineMessages, messages as coreCatalogue, renderMessage } from '../../server/src/core/index';
import { inputMessages } from '../../server/src/inputs';
import { nodeMessages } from '../../server/src/node/messages';
import { cliMessages } from '../../server/src/cli/messages';
import { reviewMessages } from '../../server/src/cli/review';
import { lspMessages } from '../../server/src/lsp/messages';
import { clientMessages } from '../../shared/client-messages';

const sample = defineMessages({
  count: { zh: '{n} 个文件', en: '{n} file{n:s}' },
  pass: { zh: '{n} 轮', en: '{n} pass{n:es}' },
  part: { zh: '第{n:cn}部分', en: 'part {n}' },
  list: { zh: '{rows}之和', en: 'the sum of {rows}' },
  choice: { zh: '应为 {choices:comma} 之一', en: 'must be one of {choices:comma}' },
  nested: { zh: '{what}有误', en: '{what} is wrong' },
});

test('templates: holes, Chinese numerals, lists, choices, English plurals, a message as an argument', () => {
  const r = (id: keyof typeof sample.table, args: Record<string, unknown>, locale: string) =>
    sample.render(id, args as never, locale);
  assert.deepEqual([0, 1, 2].map((n) => r('count', { n }, 'en')), ['0 files', '1 file', '2 files']);
  assert.deepEqual([1, 3].map((n) => r('pass', { n }, 'en')), ['1 pass', '3 passes']);
  assert.equal(r('count', { n: 1 }, 'zh-cn'), '1 个文件');
  assert.equal(r('part', { n: 4 }, 'zh-cn'), '第四部分');
  assert.equal(r('list', { rows: ['甲', '乙', '丙'] }, 'zh-cn'), '甲、乙、丙之和');
  assert.equal(r('list', { rows: ['a', 'b'] }, 'en'), 'the sum of a and b');
  assert.equal(r('choice', { choices: ['json', 'csv'] }, 'en'), 'must be one of json, csv');
  assert.equal(r('choice', { choices: ['json', 'csv'] }, 'zh-cn'), '应为 json、csv 之一');
  // A reference to a message of the catalogue, rendered in the same language.
  const id = Object.keys(coreCatalogue).find((k) => !/\{/.test(coreCatalogue[k]!.zh))!;
  const nested = { id: 'nested', args: { what: { id, args: {} } } };
  assert.equal(renderMessage(nested, 'en', sample.table), `${coreCatalogue[id]!.en} is wrong`);
  assert.equal(renderMessage(nested, 'zh-cn', sample.table), `${coreCatalogue[id]!.zh}有误`);
  // An unknown id renders as itself: a message is never lost to an exception.
  assert.equal(renderMessage({ id: 'no.such.message', args: {} }, 'zh-cn'), 'no.such.message');
});

test('every message of every layer: Chinese text, the same holes in both languages, one table per id', () => {
  const tables: [string, Readonly<Record<string, { zh: string; en: string }>>][] = [
    ['core', coreCatalogue],
    ['inputs', inputMessages.table],
    ['node', nodeMessages.table],
    ['cli', cliMessages.table],
    ['review', reviewMessages.table],
    ['lsp', lspMessages.table],
    ['client', clientMessages.table],
  ];
  const owner = new Map<string, string>();
  const holes = (t: string) => [...new Set([...t.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]))].sort();
  for (const [layer, table] of tables) {
    for (const [id, m] of Object.entries(table)) {
      assert.ok(!owner.has(id), `${id} is in both ${owner.get(id)} and ${layer}`);
      owner.set(id, layer);
      // English words outside the holes call for Chinese ones (`{cell}：{value}` has neither).
      const words = /[a-z]{2,}/i.test(m.en.replace(/\{\w+(?::\w+)?\}/g, ''));
      assert.ok(!words || /[\u4e00-\u9fff]/.test(m.zh), `${layer} ${id}: not translated`);
      assert.ok(m.zh.trim() !== '' && m.en.trim() !== '', `${layer} ${id}: empty`);
      // A rule may give each language its own words as arguments (table-missing: the Chinese name, an
      // English description); the other layers' sentences take the same arguments in both.
      if (layer !== 'core') assert.deepEqual(holes(m.zh), holes(m.en), `${layer} ${id}: the holes differ`);
    }
  }
  assert.ok(owner.size > 100, `${owner.size} messages`);
});
