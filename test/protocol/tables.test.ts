// `nianbao/tables` over stdio: the report's tables as printed grids for the preview — merged headers and
// row labels, each value cell with its range, blank or missing, and the findings on it in the client's
// language; findings over more of a table listed with the table.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { TablesRequest, type GridCellView, type TablesResult } from '../../shared/protocol';
import { readSeed } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

const values = (r: TablesResult, table: number) => r.tables[table]!.grids.flatMap((g) => g.rows.flat()).filter((c) => c.value);

describe('nianbao/tables', () => {
  const servers: Server[] = [];
  after(() => servers.forEach((s) => s.dispose()));

  async function tablesOf(text: string, locale = 'zh-cn'): Promise<TablesResult> {
    const server = await startServer({ locale });
    servers.push(server);
    const uri = `file:///tables/${servers.length}.txt`;
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'nianbao', version: 1, text } });
    return server.connection.sendRequest(TablesRequest, { uri });
  }

  test('seed 000: 表二, 表三, 表四 as printed; the swapped cells of 表三 marked with the message', TIMEOUT, async () => {
    const r = await tablesOf(readSeed('000'));
    assert.equal(r.version, 1);
    assert.deepEqual(r.tables.map((t) => t.name), ['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);
    assert.equal(r.tables[0]!.grids.length, 5, '表二: one grid per block');
    assert.equal(r.tables[0]!.grids[0]!.caption, '第二十条第（一）项');
    const t3 = r.tables[1]!.grids[0]!;
    const header = (row: GridCellView[]) => row.map((c) => [c.text.slice(0, 6), c.rowSpan ?? 1, c.colSpan ?? 1]);
    assert.deepEqual(header(t3.rows[0]!), [['（本列数据的', 3, 3], ['申请人情况', 1, 7]]);
    assert.deepEqual(header(t3.rows[1]!), [['自然人', 2, 1], ['法人或其他组', 1, 5], ['总计', 2, 1]]);
    const marked = values(r, 1).filter((c) => c.value!.severity);
    assert.deepEqual(
      marked.map((c) => [c.value!.name, c.text, c.value!.range.start.line, c.value!.severity]),
      [
        ['表三 · （七）总计 · 法律服务机构', '1', 336, 'error'],
        ['表三 · （七）总计 · 其他', '0', 337, 'error'],
      ],
    );
    assert.deepEqual(marked[0]!.value!.messages, ['（七）总计中 法律服务机构（1）与 其他（0）疑似填反：交换后各项合计均相符']);
    assert.deepEqual(marked[0]!.value!.range, { start: { line: 336, character: 1 }, end: { line: 336, character: 2 } });
    // 表四: one row of fifteen values under three header rows, no label column.
    const t4 = r.tables[2]!.grids[0]!;
    assert.equal(t4.rows.length, 4);
    assert.equal(t4.rows[3]!.length, 15);
  });

  test('in English; a blank cell is marked blank, with its findings in English', TIMEOUT, async () => {
    const lines = readSeed('000').split('\n');
    lines[332] = '\t'; // （七）总计 · 自然人 left blank
    const r = await tablesOf(lines.join('\n'), 'en');
    const cell = values(r, 1).find((c) => c.value!.name === '表三 · （七）总计 · 自然人')!;
    assert.equal(cell.value!.blank, true);
    assert.equal(cell.text, '');
    assert.ok(cell.value!.messages.length > 0 && cell.value!.messages.every((m) => /[a-z]/.test(m)), JSON.stringify(cell.value));
    const swap = values(r, 1).find((c) => c.value!.name === '表三 · （七）总计 · 法律服务机构')!;
    assert.ok(swap.value, 'the cell is there');
  });

  test('a document that is not open has no tables', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    assert.deepEqual(await server.connection.sendRequest(TablesRequest, { uri: 'file:///not-open.txt' }), { uri: 'file:///not-open.txt', version: -1, tables: [] });
  });
});
