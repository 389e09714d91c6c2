import type { NumberValue } from './model';
import { leadingWs, plainNumberText, trimmedEnd } from './text';

// Reading the number in a table cell: `0`, `+8`, `-7`, `16.4543`, `69.36万元`, `1,038`, `１２`,
// padded with spaces, NBSP or U+3000.

/** Units that may stand inside a cell after the number. Longest first. */
const UNITS = ['人次', '万元', '亿元', '元', '件', '条', '个', '次', '人', '篇', '项', '%', '％'];

const NUMBER = new RegExp(
  '^([+\\-＋－]?)' + // sign
    '([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)' + // integer part, maybe with thousands separators
    '(?:[.．]([0-9０-９]+))?' + // fraction
    '[\\s\\u3000\\u00a0]*' +
    '(' + UNITS.join('|') + ')?$',
);

/** A cell's number, with where it stands in the string given (the model's `NumberValue` has a range). */
export interface ParsedNumber extends Omit<NumberValue, 'range' | 'text'> {
  offset: number;
  length: number;
}

/**
 * The number a cell's text holds, or undefined when it holds anything else (text, two numbers, a
 * dash). Leading and trailing whitespace of any kind is padding.
 */
export function parseNumber(s: string): ParsedNumber | undefined {
  const a = leadingWs(s);
  const b = trimmedEnd(s);
  if (a >= b || b - a > 40) return undefined;
  // Fast exit: a number starts with a sign or a digit (ASCII or full-width).
  const c = s.charCodeAt(a);
  if (!((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2b || c === 0x2d || c === 0xff0b || c === 0xff0d)) return undefined;
  // Fast path: a plain ASCII integer, by far the most common cell.
  let v = 0;
  let k = a;
  while (k < b && k - a < 15) {
    const d = s.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
    k++;
  }
  if (k === b) return { value: v, integer: true, signed: false, fullWidth: false, thousands: false, offset: a, length: b - a };
  const m = NUMBER.exec(s.slice(a, b));
  if (!m) return undefined;
  const [, sign = '', int = '', frac, unit] = m;
  const value = Number(plainNumberText(sign + int + (frac !== undefined ? '.' + frac : '')));
  if (!Number.isFinite(value)) return undefined;
  const length = sign.length + int.length + (frac !== undefined ? frac.length + 1 : 0);
  const out: ParsedNumber = {
    value,
    integer: frac === undefined,
    signed: sign !== '',
    fullWidth: /[０-９＋－．，]/.test(s.slice(a, a + length)),
    thousands: /[,，]/.test(int),
    offset: a,
    length,
  };
  if (unit) out.unit = unit;
  return out;
}
