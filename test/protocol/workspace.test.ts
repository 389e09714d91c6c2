// `nianbao/checkFiles` over stdio: files that are not open are checked and their diagnostics
// published without a version; an open document is counted but left to its own diagnostics.
// `nianbao/exportTables`: an open report's tables as CSV and JSON.
import { pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import {
  CheckFilesRequest,
  ExportTablesRequest,
  type CheckFilesParams,
  type CheckFilesResult,
  type ExportTablesParams,
  type ExportTablesResult,
} from '../../shared/protocol';
import { readSeed, seedPath } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

describe('nianbao/checkFiles and nianbao/exportTables', () => {
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
    const result = await server.connection.sendRequest(CheckFilesRequest, params);
    assert.equal(result.checked, 3);
    // Every report is summed up, the open one (003) with the findings of its current version.
    assert.deepEqual(result.reports!.map((r) => r.uri), ['000', '002', '003'].map(uri));
    assert.equal(result.reports![0]!.rules['table-swapped-cells'], 1);

    const p000 = await server.diagnosticsFor(uri('000'), undefined);
    const swapped = p000.diagnostics.filter((d) => d.code === 'table-swapped-cells');
    assert.deepEqual(swapped.map((d) => d.range), [{ start: { line: 336, character: 1 }, end: { line: 337, character: 2 } }]);
    const p002 = await server.diagnosticsFor(uri('002'), undefined);
    assert.ok(p002.diagnostics.some((d) => d.code === 'amount-unit'), JSON.stringify(p002.diagnostics));
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });

  test("an open report's tables as CSV and JSON, each row naming the file; a file not open is an error", TIMEOUT, async () => {
    const uri = pathToFileURL(seedPath('000')).href;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'nianbao', version: 1, text: readSeed('000') },
    });
    const csv = await server.connection.sendRequest(ExportTablesRequest, { uri, format: 'csv' } satisfies ExportTablesParams);
    const lines = csv.content.replace(/^\ufeff/, '').split('\r\n');
    assert.equal(lines[0], 'file,agency,year,format,table,row,column,value,text,blank,line');
    // 表三 （七）总计: 法律服务机构 (line 337) and 其他 (line 338) as written, swapped.
    const file = seedPath('000').split('/').pop()!;
    const total = lines.filter((l) => l.includes(',表三,（七）总计,'));
    assert.deepEqual(
      total.map((l) => l.split(',').slice(6, 11).join(',')),
      ['自然人,20,20,false,333', '商业企业,4,4,false,334', '科研机构,1,1,false,335', '社会公益组织,0,0,false,336', '法律服务机构,1,1,false,337', '其他,0,0,false,338', '总计,26,26,false,339'],
    );
    assert.ok(total.every((l) => l.startsWith(`${file},余姚市人民政府办公室,2020,`)), total[0]);

    const json = await server.connection.sendRequest(ExportTablesRequest, { uri, format: 'json' } satisfies ExportTablesParams);
    const rows = JSON.parse(json.content) as { table: string; row: string; column: string; format: string }[];
    assert.equal(rows.length, lines.length - 2); // header and the final empty line
    assert.deepEqual(
      rows.find((r) => r.table === '表三' && r.row === '（七）总计' && r.column === '总计'),
      { file, agency: '余姚市人民政府办公室', year: 2020, format: rows[0]!.format, table: '表三', row: '（七）总计', column: '总计', value: 26, text: '26', blank: false, line: 339 },
    );

    await assert.rejects(
      server.connection.sendRequest(ExportTablesRequest, { uri: pathToFileURL(seedPath('001')).href, format: 'csv' }),
      /is not open/,
    );
  });

  test('garbage parameters: the documented empty results, no error, and the server goes on', TIMEOUT, async () => {
    for (const params of [null, 1, 'x', [], {}, { files: null }, { files: 'x' }, { files: [null, 1, { uri: 1, text: 'x' }, { uri: 'file:///a.txt' }] }]) {
      const { ms, ...result } = await server.connection.sendRequest<CheckFilesResult>(CheckFilesRequest.method, params);
      assert.equal(typeof ms, 'number');
      assert.deepEqual(result, { checked: 0, reports: [], skipped: 0, unreadable: [] }, JSON.stringify(params));
    }
    for (const params of [null, 1, 'x', [], {}, { uri: 7, format: 'csv' }, { format: 'json' }]) {
      assert.deepEqual(await server.connection.sendRequest<ExportTablesResult>(ExportTablesRequest.method, params), { content: '' }, JSON.stringify(params));
    }
    // A good entry among bad ones is checked.
    const uri = pathToFileURL(seedPath('001')).href;
    const mixed = await server.connection.sendRequest<CheckFilesResult>(CheckFilesRequest.method, { files: [{ uri: 5 }, { uri, text: readSeed('001') }] });
    assert.equal(mixed.checked, 1);
    assert.deepEqual(mixed.reports!.map((r) => r.uri), [uri]);
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });
});
