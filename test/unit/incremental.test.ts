// Incremental sync: 10,000 random edits applied as the server applies them (TextDocument.update, the
// update path of TextDocuments) and each version checked as the server checks it (its cache of results,
// and the document's ReportCache, which takes over what the last check read from unchanged lines);
// the text equals the same edits applied to a plain string, and the findings equal a fresh check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, newReportCache, type Position } from '../../server/src/core/index';
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
  const reports = new Map<string, ReturnType<typeof newReportCache>>();
  const cache = new ResultCache((d) => {
    checks++;
    if (!reports.has(d.uri)) reports.set(d.uri, newReportCache());
    return checkDocument(d.getText(), d.version, defaultSettings(), undefined, reports.get(d.uri));
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
      cache.get(doc); // every version, as typing does
      if (k % 500 === 0 || k === rounds - 1) {
        assert.equal(doc.getText(), plain, `edit ${k}`);
        const checked = cache.get(doc);
        assert.equal(checked.version, doc.version);
        assert.deepEqual(checked.result.findings, checkReport(plain).findings, `edit ${k}`);
        assert.equal(cache.get(doc), checked, 'one check per version');
      }
    }
  }
  assert.equal(checks, 10_000);
});
