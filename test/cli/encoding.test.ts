// Detecting a report file's encoding and writing text back in it, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDecoder } from 'node:util';
import * as iconv from 'iconv-lite';
import { decodeBytes, describeEncoding, encodeText, GBK_UNLIKE, plainGbk } from '../../server/src/node/encoding';
import { english, readSeed, say } from '../helpers';

const sample = '余姚市人民政府办公室\r\n2020年政府信息公开工作年度报告\r\n\t法律服务机构\r\n';

test('UTF-8 with and without BOM, UTF-16 LE/BE with BOM, GBK: detected and read back to the same bytes', () => {
  const cases: [string, Buffer][] = [
    ['UTF-8', Buffer.from(sample, 'utf8')],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf16le')])],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf16be')])],
    ['GBK', iconv.encode(sample, 'gbk')],
  ];
  for (const [name, bytes] of cases) {
    const d = decodeBytes(bytes);
    assert.ok(d.ok, name);
    assert.equal(d.text, sample, name);
    assert.equal(`${d.encoding}${d.bom ? ' BOM' : ''}`, name);
    assert.equal(describeEncoding(d, d.text), `${name}, CRLF`);
    assert.deepEqual(encodeText(d.text, d), bytes, `${name} round-trips`);
  }
});

test('UTF-8 is read as the platform reads it: ASCII, Chinese, four-byte characters, NUL, a BOM in the middle', () => {
  // A deterministic mix of code points from every UTF-8 length (no lone surrogates: those are not UTF-8).
  const points = [0x41, 0x0a, 0x0d, 0x09, 0x00, 0x7f, 0x80, 0xa0, 0x7ff, 0x800, 0x3000, 0x5e74, 0xfeff, 0xffff, 0x10000, 0x20000, 0x1f600, 0x10ffff];
  const texts = ['', 'ASCII only\n', sample, '\u{20000}年报\u{1f600}'];
  for (let n = 1; n <= 200; n++) texts.push(Array.from({ length: n }, (_, i) => String.fromCodePoint(points[(i * 7 + n) % points.length]!)).join(''));
  for (const text of texts) {
    const bytes = Buffer.from(text, 'utf8');
    const d = decodeBytes(bytes);
    // A text that starts with U+FEFF is read as UTF-8 with a BOM: the BOM is not part of the text.
    const bom = text.startsWith('\ufeff');
    assert.deepEqual(d, { ok: true, text: bom ? text.slice(1) : text, encoding: 'UTF-8', bom }, JSON.stringify(text));
  }
});

test('GB18030-only characters are read as GB18030', () => {
  const text = '年报 𠀀 ᠠ\n'; // U+20000 and Mongolian: four-byte GB18030 sequences
  const bytes = iconv.encode(text, 'gb18030');
  const d = decodeBytes(bytes);
  assert.ok(d.ok);
  assert.equal(d.encoding, 'GB18030');
  assert.equal(d.text, text);
  assert.deepEqual(encodeText(d.text, d), bytes);
});

test('every seed in GBK decodes to the UTF-8 text (004 in GB18030: its NBSP is not in GBK)', () => {
  for (const n of ['000', '001', '002', '003', '004']) {
    const text = readSeed(n).replace(/^\ufeff/, '');
    const encoding = n === '004' ? 'GB18030' : 'GBK';
    const d = decodeBytes(iconv.encode(text, encoding));
    assert.ok(d.ok && d.encoding === encoding && d.text === text, n);
  }
});

test('undecodable bytes and broken BOM files are refused with a reason, in Chinese and in English', () => {
  const cases: [Buffer, string, string][] = [
    [Buffer.from([0x41, 0xff, 0x42, 0x80, 0x43]), '无法识别编码：既不是 UTF-8、UTF-16，也不是 GBK/GB18030', 'unknown encoding: neither UTF-8, UTF-16, nor GBK/GB18030'],
    [Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]), '以 UTF-8 BOM 开头，但内容不是有效的 UTF-8', 'starts with a UTF-8 BOM but is not valid UTF-8'],
    [Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), '以 UTF-16LE BOM 开头，但内容不是有效的 UTF-16LE', 'starts with a UTF-16LE BOM but is not valid UTF-16LE'],
    [Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0x41]), '以 UTF-16BE BOM 开头，但内容不是有效的 UTF-16BE', 'starts with a UTF-16BE BOM but is not valid UTF-16BE'],
  ];
  for (const [bytes, zh, en] of cases) {
    const decoded = decodeBytes(bytes);
    assert.ok(!decoded.ok, bytes.toString('hex'));
    assert.equal(say(decoded.message, 'zh-cn'), zh);
    assert.equal(english(decoded.message), en);
  }
});

test('text that GBK cannot store is not encoded (no ? in its place)', () => {
  assert.equal(encodeText('年报 😀', { encoding: 'GBK', bom: false }), undefined);
  assert.ok(encodeText('年报 😀', { encoding: 'GB18030', bom: false }));
});

test("GBK read by the platform's decoder: every code outside GBK_UNLIKE reads as in iconv-lite and round-trips", (t) => {
  let native: TextDecoder;
  try {
    native = new TextDecoder('gbk');
  } catch {
    t.skip('this Node has no GBK decoder (no full ICU)');
    return;
  }
  const unlike: number[] = [];
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const bytes = Buffer.from([lead, trail]);
      const c = iconv.decode(bytes, 'gbk');
      const same = c.length === 1 && c !== '\ufffd' && native.decode(bytes) === c && iconv.encode(c, 'gbk').equals(bytes);
      if (same) codes.push((lead << 8) | trail);
      else unlike.push((lead << 8) | trail);
    }
  }
  const listed = GBK_UNLIKE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
  assert.deepEqual(unlike, listed);
  // All those codes in one file, between ASCII: the fast path's text is iconv-lite's, and it round-trips.
  const bytes = Buffer.from(codes.flatMap((code, i) => [code >> 8, code & 0xff, ...(i % 7 === 0 ? [0x0a] : [0x20])]));
  const text = plainGbk(bytes);
  assert.equal(text, iconv.decode(bytes, 'gbk'));
  const d = decodeBytes(bytes);
  assert.ok(d.ok && d.encoding === 'GBK' && d.text === text);
  assert.deepEqual(encodeText(d.text, d), bytes);
  // A code of the list, or a lone lead byte, leaves the decision to iconv-lite.
  assert.equal(plainGbk(Buffer.from([0x41, 0xa2, 0xe3])), undefined);
  assert.equal(plainGbk(Buffer.from([0x41, 0xb0])), undefined);
});

test('UTF-16 LE/BE without a BOM, short or long, is read as UTF-16 (not as GBK garbage) and written back without one', () => {
  // (One character alone can be ASCII too: 年 is 74 5E, `t^`; that is read as UTF-8.)
  for (const text of ['年报', '政府信息公开\n', sample, readSeed('001')]) {
    for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
      const bytes = iconv.encode(text, encoding.toLowerCase());
      const d = decodeBytes(bytes);
      assert.deepEqual(d, { ok: true, text, encoding, bom: false }, `${encoding} ${JSON.stringify(text.slice(0, 10))}`);
      assert.deepEqual(encodeText(text, d.ok ? d : { encoding, bom: false }), bytes);
    }
  }
  // GBK and UTF-8 stay what they are, short ones too.
  for (const text of ['年报', '年', '政府信息公开\n', sample]) {
    assert.equal((decodeBytes(iconv.encode(text, 'gbk')) as { encoding: string }).encoding, 'GBK', text);
    assert.equal((decodeBytes(Buffer.from(text)) as { encoding: string }).encoding, 'UTF-8', text);
  }
});
