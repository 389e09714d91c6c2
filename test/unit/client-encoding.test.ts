// The client's reading of a .txt VS Code misread (client/src/gb18030.ts): it takes a file for GB18030
// exactly where the CLI reads it as GBK or GB18030 (server/src/node/encoding.ts decodeBytes), with the
// same text, and leaves UTF-8 (with or without a BOM) and UTF-16 (with or without a BOM) to VS Code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as iconv from 'iconv-lite';
import { gb18030Text, misreadText } from '../../client/src/gb18030';
import { decodeBytes } from '../../server/src/node/encoding';
import { readSeed } from '../helpers';

const SEEDS = ['000', '001', '002', '003', '004'].map(readSeed);

test('a seed as GBK (GB18030 for seed 004\'s NBSP): the text the CLI reads, and misread as UTF-8 (replacement characters)', () => {
  for (const [i, text] of SEEDS.entries()) {
    const bytes = iconv.encode(text, i === 4 ? 'GB18030' : 'GBK');
    const cli = decodeBytes(bytes);
    assert.ok(cli.ok && (cli.encoding === 'GBK' || cli.encoding === 'GB18030'));
    assert.equal(gb18030Text(bytes), text);
    assert.equal(gb18030Text(bytes), cli.text);
    // What VS Code shows when it reads them as UTF-8.
    assert.equal(misreadText(new TextDecoder('utf-8').decode(bytes), 'utf8'), true, `seed ${i}`);
    // … or as Windows-1252 (files.encoding), Latin letters.
    assert.equal(misreadText(iconv.decode(bytes, 'windows1252'), 'windows1252'), true, `seed ${i}`);
    assert.equal(misreadText(text, 'utf8'), false);
  }
});

test('UTF-8 (with or without a BOM) and UTF-16 (with or without a BOM) are not taken for GB18030', () => {
  const text = SEEDS[0]!;
  for (const bytes of [
    Buffer.from(text, 'utf8'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
    iconv.encode(text, 'utf16le'),
    iconv.encode(text, 'utf16be'),
  ]) {
    const cli = decodeBytes(bytes);
    assert.ok(cli.ok && !cli.encoding.startsWith('GB'));
    assert.equal(gb18030Text(bytes), undefined);
  }
});

test('bytes neither UTF-8 nor GB18030 (a lone lead byte): nothing to reopen, as the CLI reads nothing', () => {
  const bytes = Buffer.concat([iconv.encode('年报', 'GBK'), Buffer.from([0x81])]);
  assert.equal(decodeBytes(bytes).ok, false);
  assert.equal(gb18030Text(bytes), undefined);
});
