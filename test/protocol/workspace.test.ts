// `nianbao/checkFiles` over stdio: files that are not open are checked and their diagnostics
// published without a version; an open document is counted but left to its own diagnostics.
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { CHECK_FILES, type CheckFilesParams, type CheckFilesResult } from '../../server/src/lsp/protocol';
import { readSeed, seedPath } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

describe('nianbao/checkFiles', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(() => server?.dispose());

  test('checks each file, publishes the findings of those not open', TIMEOUT, async () => {
    const uri = (seed: string) => pathToFileURL(seedPath(seed)).href;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uri('003'), languageId: 'nianbao', version: 1, text: readSeed('003') },
    });
    await server.diagnosticsFor(uri('003'), 1);
    const params: CheckFilesParams = {
      files: ['000', '002', '003'].map((s) => ({ uri: uri(s), text: readSeed(s) })),
    };
    const result = await server.connection.sendRequest<CheckFilesResult>(CHECK_FILES, params);
    assert.deepEqual(result, { checked: 3 });

    const p000 = await server.diagnosticsFor(uri('000'), undefined);
    const swapped = p000.diagnostics.filter((d) => d.code === 'table-swapped-cells');
    assert.deepEqual(swapped.map((d) => d.range), [{ start: { line: 336, character: 1 }, end: { line: 337, character: 2 } }]);
    const p002 = await server.diagnosticsFor(uri('002'), undefined);
    assert.ok(p002.diagnostics.some((d) => d.code === 'amount-unit'), JSON.stringify(p002.diagnostics));
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });
});
