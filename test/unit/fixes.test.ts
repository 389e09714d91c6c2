// Applying fixes as data: offsets from the text's own line breaks, whole fixes or nothing,
// overlapping fixes skipped, fix-all taking preferred fixes only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, applyFixes, fixAllEdits, type TextEdit } from '../../server/src/core/index';
import { finding, fix, range } from '../builders';

const edit = (l1: number, c1: number, l2: number, c2: number, newText: string): TextEdit => ({
  range: range(l1, c1, l2, c2),
  newText,
});

test('LF: a single replacement', () => {
  assert.equal(applyEdits('ab\ncd\nef', [edit(1, 0, 1, 1, 'X')]), 'ab\nXd\nef');
});

test('CRLF: offsets follow \\r\\n, line endings are kept', () => {
  const text = '\t20\r\n\t1\r\n\t0\r\n';
  assert.equal(applyEdits(text, [edit(1, 1, 1, 2, '0'), edit(2, 1, 2, 2, '1')]), '\t20\r\n\t0\r\n\t1\r\n');
});

test('CR only: a lone \\r ends a line, line endings are kept', () => {
  const text = 'one\rtwo\rthree';
  assert.equal(applyEdits(text, [edit(1, 0, 1, 3, 'TWO'), edit(2, 5, 2, 5, '!')]), 'one\rTWO\rthree!');
});

test('mixed line breaks are each counted once', () => {
  const text = 'a\r\nb\rc\nd';
  assert.equal(applyEdits(text, [edit(0, 0, 0, 1, 'A'), edit(1, 0, 1, 1, 'B'), edit(2, 0, 2, 1, 'C'), edit(3, 0, 3, 1, 'D')]), 'A\r\nB\rC\nD');
});

test('a multi-line edit across CRLF breaks replaces exactly its range', () => {
  const text = 'first\r\nsecond\r\nthird\r\n';
  assert.equal(applyEdits(text, [edit(0, 3, 2, 2, '-')]), 'fir-ird\r\n');
  // Deleting a whole line with its break.
  assert.equal(applyEdits(text, [edit(1, 0, 2, 0, '')]), 'first\r\nthird\r\n');
});

test('a character past the end of its line stops before the line break', () => {
  assert.equal(applyEdits('ab\r\ncd', [edit(0, 1, 0, 99, 'X')]), 'aX\r\ncd');
  assert.equal(applyEdits('ab\rcd', [edit(0, 99, 0, 99, '!')]), 'ab!\rcd');
});

test('an edit at the end of the text, and past it', () => {
  assert.equal(applyEdits('ab\ncd', [edit(1, 2, 1, 2, '\n')]), 'ab\ncd\n');
  assert.equal(applyEdits('ab\ncd\n', [edit(2, 0, 2, 0, 'ef')]), 'ab\ncd\nef');
  assert.equal(applyEdits('ab\ncd', [edit(5, 0, 5, 0, '!')]), 'ab\ncd!');
  assert.equal(applyEdits('', [edit(0, 0, 0, 0, 'x')]), 'x');
});

test('UTF-16: characters count code units, a surrogate pair is two', () => {
  const text = '𠮷a𠮷b\n表三𠮷';
  // 𠮷 is U+20BB7, two code units: 'a' is at 2, 'b' at 5.
  assert.equal(applyEdits(text, [edit(0, 2, 0, 3, 'A'), edit(0, 5, 0, 6, 'B')]), '𠮷A𠮷B\n表三𠮷');
  // Replacing the pair itself.
  assert.equal(applyEdits(text, [edit(1, 2, 1, 4, '吉')]), '𠮷a𠮷b\n表三吉');
  assert.equal(applyEdits(text, [edit(0, 0, 0, 2, '')]), 'a𠮷b\n表三𠮷');
});

test('insertions at the same point: one fix keeps its order, a second fix there is skipped', () => {
  assert.equal(applyEdits('ab', [edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')]), 'aXYb');
  const r = applyFixes('ab', [fix([edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')]), fix([edit(0, 1, 0, 1, 'Z')])]);
  assert.deepEqual(r, { text: 'aXYb', applied: 1, skipped: 1 });
});

test('an insertion touching a replacement goes before it at its start, after it at its end', () => {
  assert.equal(applyEdits('abc', [edit(0, 1, 0, 2, 'B'), edit(0, 1, 0, 1, '<'), edit(0, 2, 0, 2, '>')]), 'a<B>c');
  const r = applyFixes('abc', [fix([edit(0, 1, 0, 2, 'B')]), fix([edit(0, 1, 0, 1, '<')]), fix([edit(0, 2, 0, 2, '>')])]);
  assert.deepEqual(r, { text: 'a<B>c', applied: 3, skipped: 0 });
});

test('a fix overlapping an accepted one is skipped whole, with all its edits', () => {
  const text = 'line0\nline1\nline2\n';
  const fixes = [
    fix([edit(0, 0, 0, 4, 'LINE')]),
    // Its second edit overlaps the first fix: neither of its edits is applied.
    fix([edit(2, 0, 2, 4, 'XXXX'), edit(0, 2, 0, 3, 'y')]),
    fix([edit(1, 0, 1, 4, 'LINE')]),
    // An insertion strictly inside an accepted replacement.
    fix([edit(1, 2, 1, 2, '+')]),
  ];
  assert.deepEqual(applyFixes(text, fixes), { text: 'LINE0\nLINE1\nline2\n', applied: 2, skipped: 2 });
});

test('a fix whose own edits overlap is skipped; adjacent edits are not overlapping', () => {
  assert.deepEqual(applyFixes('abcd', [fix([edit(0, 0, 0, 2, 'X'), edit(0, 1, 0, 3, 'Y')])]), {
    text: 'abcd',
    applied: 0,
    skipped: 1,
  });
  assert.deepEqual(applyFixes('abcd', [fix([edit(0, 0, 0, 2, 'X')]), fix([edit(0, 2, 0, 4, 'Y')])]), {
    text: 'XY',
    applied: 2,
    skipped: 0,
  });
});

test('edits apply together: positions refer to the original text, whatever the order given', () => {
  const text = 'a\nb\nc';
  // A multi-line replacement first in the list, a later line edited by the same fix.
  const r = applyFixes(text, [fix([edit(2, 0, 2, 1, 'C'), edit(0, 0, 1, 1, 'A\nB\nB2')])]);
  assert.deepEqual(r, { text: 'A\nB\nB2\nC', applied: 1, skipped: 0 });
});

test('a range written end first is read start first', () => {
  assert.equal(applyEdits('abcd', [edit(0, 3, 0, 1, 'X')]), 'aXd');
});

test('applying an idempotent fix twice gives the same text as once', () => {
  const text = '二O二一年\r\n总计\t１２\r\n';
  const fixes = [fix([edit(0, 1, 0, 2, '〇')]), fix([edit(1, 3, 1, 5, '12')])];
  const once = applyFixes(text, fixes);
  assert.deepEqual(once, { text: '二〇二一年\r\n总计\t12\r\n', applied: 2, skipped: 0 });
  assert.equal(applyFixes(once.text, fixes).text, once.text);
});

test('nothing outside the edit ranges changes', () => {
  const text = '\uFEFF  a\u3000\r\n\t\r\rtail';
  assert.equal(applyEdits(text, [edit(0, 3, 0, 4, 'b')]), '\uFEFF  b\u3000\r\n\t\r\rtail');
  assert.equal(applyEdits(text, []), text);
  assert.deepEqual(applyFixes(text, []), { text, applied: 0, skipped: 0 });
});

test('fixAllEdits takes preferred fixes only, skips overlaps, returns edits in document order', () => {
  const findings = [
    finding('table-swapped-cells', range(3, 1, 4, 2), [fix([edit(4, 1, 4, 2, '1'), edit(3, 1, 3, 2, '0')], true)]),
    // Two competing repairs, neither preferred: left alone.
    finding('table-row-total', range(1, 0, 1, 3), [fix([edit(1, 0, 1, 3, '12')]), fix([edit(1, 5, 1, 6, '3')])]),
    // No fix at all.
    finding('table-shape', range(0, 0, 0, 1)),
    // Preferred, but overlapping the first finding's fix: skipped.
    finding('table-column-total', range(3, 0, 3, 2), [fix([edit(3, 0, 3, 2, 'x')], true)]),
    finding('amount-unit', range(0, 2, 0, 4), [fix([edit(0, 2, 0, 4, '万元')], true), fix([edit(0, 2, 0, 4, '元')], true)]),
  ];
  assert.deepEqual(fixAllEdits(findings), [
    edit(0, 2, 0, 4, '万元'),
    edit(3, 1, 3, 2, '0'),
    edit(4, 1, 4, 2, '1'),
  ]);
  assert.deepEqual(fixAllEdits(findings, (f) => f.rule === 'table-swapped-cells'), [
    edit(3, 1, 3, 2, '0'),
    edit(4, 1, 4, 2, '1'),
  ]);
  assert.deepEqual(fixAllEdits(findings, (f) => f.rule === 'table-row-total'), []);
  assert.deepEqual(fixAllEdits([]), []);
});

test('fixAllEdits applied gives the same text as applyFixes over the preferred fixes', () => {
  const text = 'a1\r\nb2\rc3\n';
  const findings = [
    finding('r', range(0, 1, 0, 2), [fix([edit(0, 1, 0, 2, '一')], true)]),
    finding('r', range(1, 1, 1, 2), [fix([edit(1, 1, 1, 2, '二')], true)]),
    finding('r', range(1, 0, 1, 2), [fix([edit(1, 0, 1, 2, 'zz')], true)]),
    finding('r', range(2, 2, 2, 2), [fix([edit(2, 2, 2, 2, '。')], true)]),
  ];
  const fixed = applyEdits(text, fixAllEdits(findings));
  assert.equal(fixed, 'a一\r\nb二\rc3。\n');
  assert.deepEqual(
    applyFixes(text, findings.map((f) => f.fixes![0]!)),
    { text: fixed, applied: 3, skipped: 1 },
  );
});

test('malformed input never throws', () => {
  const bad = [{ range: { start: { line: Number.NaN, character: -3 }, end: { line: 0, character: 1e9 } }, newText: 'Z' }];
  assert.equal(applyEdits('ab\ncd', bad), 'Z\ncd');
  assert.equal(applyEdits('ab', [edit(-2, 0, -1, 0, 'Q')]), 'Qab');
  assert.deepEqual(applyFixes('ab', [{ title: { id: 'x', args: {} }, edits: [] }]), { text: 'ab', applied: 1, skipped: 0 });
});
