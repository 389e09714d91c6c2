// `nianbao/convertFile` over stdio, and a converted report's read-only view (scheme `nianbao-view`) checked
// as any report: the VS Code client's path for a .docx (test/fixtures/corpus/converted/docx, made by
// python-docx from seed 000) and a damaged file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type Hover } from 'vscode-languageserver-protocol/node';
import { docxToText } from '../../server/src/inputs';
import { ConvertFileRequest, VIEW_SCHEME, viewSource, type ConvertFileParams } from '../../shared/protocol';
import { repoRoot } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

const docxPath = join(repoRoot(), 'test/fixtures/corpus/converted/docx/000_b094f87eeea30dda.docx');

describe('nianbao/convertFile and the views of converted reports', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.dispose());

  test('a .docx is converted to the text docxToText gives; its view is checked: seed 000’s swap, outline, hover on the swapped cell', TIMEOUT, async () => {
    const bytes = readFileSync(docxPath);
    const result = await server.connection.sendRequest(ConvertFileRequest, {
      name: docxPath,
      data: bytes.toString('base64'),
    } satisfies ConvertFileParams);
    const expected = docxToText(bytes);
    assert.ok(expected.ok);
    assert.deepEqual(result, { text: expected.text, notes: [] });

    const source = pathToFileURL(docxPath).href;
    const uri = `${VIEW_SCHEME}:${encodeURI(new URL(source).pathname)}.txt?${encodeURIComponent(source)}`;
    assert.equal(viewSource(uri), source);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: result.text },
    });
    const published = await server.diagnosticsFor(uri, 1);
    const swap = published.diagnostics.filter((d) => d.code === 'table-swapped-cells');
    assert.equal(swap.length, 1);
    assert.equal(swap[0]!.message, '（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符');
    const lines = result.text.split('\n');
    assert.equal(lines[swap[0]!.range.start.line], '\t1');

    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name.includes('收到和处理政府信息公开申请情况')), JSON.stringify(symbols.map((s) => s.name)));
    const hover = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: swap[0]!.range.start })) as Hover;
    assert.match(JSON.stringify(hover.contents), /（七）总计/);
  });

  test('a damaged file: an error response in the client’s language, the server lives on', TIMEOUT, async () => {
    await assert.rejects(
      server.connection.sendRequest(ConvertFileRequest, { name: 'x.docx', data: Buffer.from('not a zip').toString('base64') } satisfies ConvertFileParams),
      (e: Error) => e.message === '不是 .docx 文件（不是 ZIP 压缩包）',
    );
    const page = await server.connection.sendRequest(ConvertFileRequest, {
      name: 'x.html',
      data: Buffer.from('<p>一、总体情况</p>').toString('base64'),
    } satisfies ConvertFileParams);
    assert.deepEqual(page, { text: '一、总体情况\n', notes: [] });
  });
});
