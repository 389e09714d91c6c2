// Incremental sync: 10,000 random edits applied as the server applies them (TextDocument.update, the
// update path of TextDocuments) and checked through the server's cache; the text equals the same
// edits applied to a plain string, and the findings equal a fresh check of that text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type Position } from '../../server/src/core/index';
import { ResultCache } from '../../server/src/lsp/cache';
import { checkDocument } from '../../server/src/lsp/checker';
import { defaultSettings } from '../../server/src/lsp/settings';
import { randomEdit } from '../edits';
import { rng } from '../gen/report';
import { readSeed } from '../helpers';

/** An offset from a position, computed independently of TextDocument (`\r\n`, `\r`, `\n` end lines). */
function offsetAt(text: string, p: Position): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) line++;
  }
  return Math.min(i + p.character, text.length);
}

test('10,000 random incremental edits: the text and the findings equal a fresh check', () => {
  const r = rng(4242);
  const seeds = ['000', '002', '004'].map(readSeed);
  let checks = 0;
  const cache = new ResultCache((d) => {
    checks++;
    return checkDocument(d.getText(), d.version, defaultSettings());
  });
  for (const [s, seed] of seeds.entries()) {
    const doc = TextDocument.create(`file:///edit/${s}.txt`, 'nianbao', 1, seed);
    let plain = seed;
    const rounds = s === 0 ? 3334 : 3333;
    for (let k = 0; k < rounds; k++) {
      const change = randomEdit(doc, r);
      const a = offsetAt(plain, change.range.start);
      const b = offsetAt(plain, change.range.end);
      plain = plain.slice(0, a) + change.text + plain.slice(b);
      TextDocument.update(doc, [change], doc.version + 1);
      if (k % 500 === 0 || k === rounds - 1) {
        assert.equal(doc.getText(), plain, `edit ${k}`);
        const checked = cache.get(doc);
        assert.equal(checked.version, doc.version);
        assert.deepEqual(checked.result.findings, checkReport(plain).findings, `edit ${k}`);
        assert.equal(cache.get(doc), checked, 'one check per version');
      }
    }
  }
  assert.equal(checks, 3 * 8);
});
