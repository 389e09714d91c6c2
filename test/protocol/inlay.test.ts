// textDocument/inlayHint over stdio: after every value cell of a table where it stands, after a
// swapped pair the value it should have; only within the range asked; in a text of several reports,
// each report's at its place; `nianbao.inlayHints` off, labels, expected; the client's language.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification, InlayHintRequest, type InlayHint } from 'vscode-languageserver-protocol/node';
import { readSeed } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

/** 表三 （七）总计 of seed 000: lines 332–338 (0-based), 法律服务机构 (336) and 其他 (337) swapped. */
const TOTAL_ROW = { start: { line: 332, character: 0 }, end: { line: 338, character: 99 } };
const LABELS = ['表三 · （七）总计 · 自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

const labelOf = (h: InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

async function open(server: Server, uri: string, text: string): Promise<void> {
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
}

async function hints(server: Server, uri: string, range = TOTAL_ROW): Promise<InlayHint[]> {
  return (await server.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
}

describe('textDocument/inlayHint', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.dispose()));

  test('seed 000 (Chinese): every cell of （七）总计 named after its number, the swapped pair followed by what it should be', TIMEOUT, async () => {
    const server = await startServer({ capabilities: {} });
    servers.push(server);
    assert.deepEqual(server.init.capabilities.inlayHintProvider, { resolveProvider: false });
    const uri = 'file:///inlay/000.txt';
    const text = readSeed('000');
    await open(server, uri, text);
    const got = await hints(server, uri);
    const lines = text.split('\n');
    assert.deepEqual(got.filter((h) => !/^应为/.test(labelOf(h))).map(labelOf), LABELS);
    for (const h of got) {
      assert.equal(h.position.character, lines[h.position.line]!.trimEnd().length, `after the number on line ${h.position.line}`);
      assert.equal(h.paddingLeft, true);
    }
    assert.deepEqual(got.filter((h) => /^应为/.test(labelOf(h))).map((h) => [h.position, labelOf(h)]), [
      [{ line: 336, character: 2 }, '应为 0'],
      [{ line: 337, character: 2 }, '应为 1'],
    ]);
    // Only the range asked: one line, one hint (the cell on it).
    const one = await hints(server, uri, { start: { line: 338, character: 0 }, end: { line: 338, character: 9 } });
    assert.deepEqual(one.map(labelOf), ['总计']);
    // Prose has none.
    assert.deepEqual(await hints(server, uri, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }), []);
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });

  test('in English the expected value is English; the cell names are the report’s own labels', TIMEOUT, async () => {
    const server = await startServer({ capabilities: {}, locale: 'en' });
    servers.push(server);
    const uri = 'file:///inlay/000-en.txt';
    await open(server, uri, readSeed('000'));
    const got = (await hints(server, uri)).map(labelOf);
    assert.deepEqual(got.filter((l) => !l.startsWith('should be')), LABELS);
    assert.deepEqual(got.filter((l) => l.startsWith('should be')), ['should be 0', 'should be 1']);
  });

  test('nianbao.inlayHints: labels leaves the expected values out, off gives none', TIMEOUT, async () => {
    const labels = await startServer({ capabilities: { workspace: { configuration: true } }, settings: { inlayHints: 'labels' } });
    const off = await startServer({ capabilities: { workspace: { configuration: true } }, settings: { inlayHints: 'off' } });
    servers.push(labels, off);
    const uri = 'file:///inlay/000-mode.txt';
    await open(labels, uri, readSeed('000'));
    await open(off, uri, readSeed('000'));
    assert.deepEqual((await hints(labels, uri)).map(labelOf), LABELS);
    assert.deepEqual(await hints(off, uri), []);
  });

  test('a text of two reports: the second report’s hints at its own lines', TIMEOUT, async () => {
    const server = await startServer({ capabilities: {} });
    servers.push(server);
    const first = readSeed('001') + '\n\n';
    const offset = first.split('\n').length - 1;
    const uri = 'file:///inlay/two.txt';
    await open(server, uri, first + readSeed('000'));
    const range = { start: { line: TOTAL_ROW.start.line + offset, character: 0 }, end: { line: TOTAL_ROW.end.line + offset, character: 99 } };
    const got = await hints(server, uri, range);
    assert.deepEqual(got.filter((h) => !/^应为/.test(labelOf(h))).map(labelOf), LABELS);
    assert.deepEqual(got.filter((h) => /^应为/.test(labelOf(h))).map((h) => h.position.line), [336 + offset, 337 + offset]);
  });
});
