// Text helpers of the core.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMatches, eolOf } from '../../server/src/core/text';

test('allMatches finds what matchAll finds (groups, offsets, empty matches, the u flag) and leaves the regex reusable', () => {
  const cases: [RegExp, string][] = [
    [/(\d+)\s*(件|个)/g, '受理申请12件，办结 3 个，另有1份'],
    [/行政复议([^。；，,\d]{0,6})(\d+)\s*件/g, '行政复议案件2件。行政复议共5件'],
    [/x*/g, 'axxb'],
    [/z*/gu, 'a😀b\ud800c'],
    [/\d/g, ''],
  ];
  for (const [re, s] of cases) {
    const expected = [...s.matchAll(re)].map((m) => [m.index, [...m]]);
    assert.deepEqual(allMatches(re, s).map((m) => [m.index, [...m]]), expected, `${re} on ${s}`);
    assert.equal(re.lastIndex, 0);
    assert.deepEqual(allMatches(re, s).map((m) => [m.index, [...m]]), expected, `${re} again`);
  }
});

test('eolOf: the line break the text mostly uses, which fixes insert', () => {
  assert.equal(eolOf('a\r\nb\r\nc\n'), '\r\n');
  assert.equal(eolOf('a\nb\nc\r\n'), '\n');
  assert.equal(eolOf('a\rb\r'), '\r');
  assert.equal(eolOf('abc'), '\n');
  assert.equal(eolOf('a\r\nb'), '\r\n');
});
