// `nianbao/checkFiles` with `paths`: the server reads and decodes the files itself, as the CLI does
// (GBK included), checks those that are reports (or are named as reports), publishes their findings
// and answers with a summary per report; a file that is not a report is skipped, one that cannot be
// read is named with the reason; at trace level `verbose` each file is logged.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { DidChangeConfigurationNotification, MessageType } from 'vscode-languageserver-protocol/node';
import * as iconv from 'iconv-lite';
import { CheckFilesRequest, type CheckFilesParams } from '../../shared/protocol';
import { readSeed } from '../helpers';
import { startServer, TIMEOUT, type Server } from './harness';

describe('nianbao/checkFiles: files read by the server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-read-'));
  const servers: Server[] = [];
  after(() => {
    servers.forEach((s) => s.dispose());
    rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string, bytes: string | Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return pathToFileURL(join(dir, name)).href;
  };

  test('UTF-8 and GBK reports checked and summed up; a notice skipped; an unreadable file named', TIMEOUT, async () => {
    const server = await startServer({ capabilities: { workspace: { configuration: true } }, settings: { trace: { server: 'verbose' } } });
    servers.push(server);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const utf8 = file('000.txt', readSeed('000'));
    const gbk = file('001-gbk.txt', iconv.encode(readSeed('001'), 'gbk'));
    const notice = file('通知.txt', '关于报送2023年政府信息公开工作年度报告的通知\n请各单位报送年报。\n');
    const named = file('notes.txt', '会议纪要\n');
    const broken = file('bad.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    const missing = pathToFileURL(join(dir, 'gone.txt')).href;
    const params: CheckFilesParams = { paths: [{ uri: utf8 }, { uri: gbk }, { uri: notice }, { uri: named, named: true }, { uri: broken }, { uri: missing }] };
    const result = await server.connection.sendRequest(CheckFilesRequest, params);
    assert.equal(result.checked, 6);
    assert.deepEqual(result.reports!.map((r) => r.uri), [utf8, gbk, named]);
    assert.equal(result.skipped, 1);
    assert.deepEqual(result.unreadable!.map((u) => u.uri), [broken, missing]);
    assert.match(result.unreadable![1]!.reason, /文件或文件夹不存在/);
    assert.equal(result.reports![0]!.rules['table-swapped-cells'], 1);
    assert.ok(result.reports![0]!.counts.error >= 1);
    // The GBK file decoded as the CLI decodes it: its findings are those of its UTF-8 text.
    const fromGbk = await server.diagnosticsFor(gbk, undefined);
    assert.ok(fromGbk.diagnostics.length > 0);
    assert.ok(!fromGbk.diagnostics.some((d) => JSON.stringify(d.message).includes('\ufffd')));
    assert.ok(typeof result.ms === 'number');
    // Trace: one line per file checked, and the request's summary line.
    const lines = server.logs.filter((l) => l.type === MessageType.Log).map((l) => l.message);
    assert.ok(lines.some((l) => l.includes(`checkFiles ${utf8}`)), lines.join('\n'));
    assert.ok(lines.some((l) => /checkFiles: 6 files \(3 reports, 1 skipped, 2 unreadable\)/.test(l)), lines.join('\n'));
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });

  test('many files are checked over worker threads, with the same findings as one by one in the server thread', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    const uris = Array.from({ length: 24 }, (_, i) => {
      const text = readSeed(String(i % 5).padStart(3, '0')) + `\n${i}\n`;
      return file(`many-${String(i).padStart(2, '0')}.txt`, i % 3 === 0 ? iconv.encode(text, 'gb18030') : text);
    });
    const many = await server.connection.sendRequest(CheckFilesRequest, { paths: uris.map((uri) => ({ uri })) });
    assert.equal(many.checked, 24);
    assert.deepEqual(many.reports!.map((r) => r.uri), uris, 'summed up in order');
    for (const uri of uris.slice(0, 6)) {
      const one = await server.connection.sendRequest(CheckFilesRequest, { paths: [{ uri }] });
      assert.deepEqual(one.reports, many.reports!.filter((r) => r.uri === uri), uri);
    }
    assert.equal(server.errors.length, 0, server.errors.join('\n'));
  });

  test('folders: the server finds their .txt files as nianbao check walks a folder', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    const root = mkdtempSync(join(tmpdir(), 'nianbao-walk-'));
    try {
      for (const sub of ['a', 'a/b', '.hidden', 'node_modules']) mkdirSync(join(root, sub), { recursive: true });
      writeFileSync(join(root, 'a', '1.txt'), readSeed('000'));
      writeFileSync(join(root, 'a', 'b', '某局2020年报.txt'), '会议纪要\n');
      writeFileSync(join(root, 'a', 'b', 'other.md'), readSeed('001'));
      writeFileSync(join(root, '.hidden', '2.txt'), readSeed('001'));
      writeFileSync(join(root, 'node_modules', '3.txt'), readSeed('001'));
      writeFileSync(join(root, 'notes.txt'), '会议纪要\n');
      const result = await server.connection.sendRequest(CheckFilesRequest, { folders: [pathToFileURL(root).href] });
      assert.equal(result.checked, 3);
      assert.deepEqual(result.reports!.map((r) => decodeURIComponent(r.uri.slice(pathToFileURL(root).href.length + 1))), ['a/1.txt', 'a/b/某局2020年报.txt']);
      assert.equal(result.skipped, 1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a file checked before and now gone: its findings are withdrawn', TIMEOUT, async () => {
    const server = await startServer();
    servers.push(server);
    const uri = file('later-gone.txt', readSeed('000'));
    await server.connection.sendRequest(CheckFilesRequest, { paths: [{ uri }] });
    assert.ok((await server.diagnosticsFor(uri, undefined)).diagnostics.length > 0);
    rmSync(join(dir, 'later-gone.txt'));
    const next = server.nextDiagnostics(uri);
    const result = await server.connection.sendRequest(CheckFilesRequest, { paths: [{ uri }] });
    assert.equal(result.unreadable!.length, 1);
    assert.deepEqual((await next).diagnostics, []);
  });
});
