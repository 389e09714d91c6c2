// amount-unit: 表二's money amounts — 采购总金额 (2019 format) and 本年收费金额 (2021 format) — need a
// unit, written in the cell (`69.36万元`) or in the column header (`采购总金额（万元）`,
// `本年收费金额（单位：万元）`) — or, as the header's, in the block's caption, on a line just above the
// table (`（单位：万元）`) or in a note just below it (`注：收费金额单位为万元`). Three cases:
//   (a) neither the cell nor the header has a unit (seed 004 `2504`): fixes append 万元 or 元, neither
//       preferred — nothing says which was meant;
//   (b) the cell's unit differs from the header's (header 万元, cell 元): no fix, only a person knows
//       which one is wrong;
//   (c) the amount is in 元 where the national format counts 万元 (seed 002 `46297722.02元`): a fix
//       (not preferred) rewrites it in 万元, moving the decimal point on the digits (no floating point), at
//       the precision of the report's amounts in 万元 (two decimals where it has none): `4629.77万元`.
// In (b) and (c) a unit written in the cell is underlined with its amount; otherwise the amount alone.
// A zero amount needs no unit. Units other than 元/万元/亿元 are left to other checks.
import type { Cell, Position, Table } from '../model';
import { defineRule } from '../rule-api';
import { isWsCode, plainNumberText } from '../text';
import { sampleReport } from '../examples';

const AMOUNT_COLUMNS = new Set(['procurementAmount', 'feeAmount']);
const MONEY = ['亿元', '万元', '元'] as const;
type Money = (typeof MONEY)[number];

export const amountUnit = defineRule({
  id: 'amount-unit',
  severity: 'information',
  fix: 'suggestion',
  messages: {
    'amount-unit.none': {
      zh: '{column} {value} 没有单位（表头也没有注明单位）',
      en: '{column} {value} has no unit (nor does its column header)',
    },
    'amount-unit.mixed': {
      zh: '{column} {value} 以“{unit}”为单位，但表头注明单位为“{headerUnit}”',
      en: '{column} {value} is in {unit}, but the column header says {headerUnit}',
    },
    'amount-unit.yuan': {
      zh: '{column} {value} 以“元”为单位，国家格式以“万元”计',
      en: '{column} {value} is in 元; the national format counts in 万元',
    },
    'fix.append-unit': { zh: '补上单位“{unit}”', en: 'Append the unit {unit}' },
    'fix.amount-to-wanyuan': { zh: '改写为 {amount}万元', en: 'Rewrite as {amount}万元' },
  },
  docs: {
    summary: {
      zh: '表二的采购总金额、收费金额没有单位，或元与万元混用',
      en: '表二 procurement or fee amount without a unit, or 元 and 万元 mixed',
    },
    rationale: {
      zh: '金额没有单位，读者无从知道是元还是万元，两者相差一万倍；国家格式以万元计，元与万元混用会让汇总出错。',
      en: 'Without a unit a reader cannot tell 元 from 万元, ten thousand times apart; the national format counts in 万元, and mixing the two makes every sum across reports wrong.',
    },
    examples: [{ bad: sampleReport({ format: '2019', table2: { procurement: [2, '35.6'] } }), good: sampleReport({ format: '2019' }) }],
  },
  check(ctx) {
    const { model, lines } = ctx;
    let prose: number | undefined; // the decimals of the prose's 万元 amounts: read once, only for an amount in 元
    for (const table of model.tables) {
      if (table.kind !== 'table2') continue;
      let places: number | undefined; // read only for an amount in 元
      table.columns.forEach((column, col) => {
        if (!AMOUNT_COLUMNS.has(column.key)) return;
        const headerUnit = unitInHeader(column.label) ?? statedUnit(table, col, lines);
        const name = columnName(column.label);
        for (const row of table.rows) {
          const cell = row.cells[col];
          const num = cell?.number;
          if (!cell || !num || num.value === 0) continue;
          const cellUnit = num.unit === undefined ? undefined : MONEY.find((u) => u === num.unit);
          if (num.unit !== undefined && cellUnit === undefined) continue; // 件, % …: not a money unit
          if (!cellUnit && !headerUnit) {
            const at = num.range.end;
            ctx.report('amount-unit.none', { column: name, value: num.text }, num.range, {
              fixes: (['万元', '元'] as const).map((unit) => ({
                title: ctx.message('fix.append-unit', { unit }),
                edits: [{ range: { start: at, end: at }, newText: unit }],
                preferred: false,
              })),
            });
            continue;
          }
          // A unit written in the cell is underlined with its amount (`46297722.02元`): the unit is what is wrong.
          const end = cellUnit ? unitEnd(lines, cell, num.range.end, cellUnit) : undefined;
          const written = end ? { start: num.range.start, end } : num.range;
          if (cellUnit && headerUnit && cellUnit !== headerUnit) {
            ctx.report('amount-unit.mixed', { column: name, value: num.text, unit: cellUnit, headerUnit }, written);
          } else if ((cellUnit ?? headerUnit) === '元') {
            // Only a unit in the cell itself is rewritten; a header in 元 would have to change with every cell.
            const amount = cellUnit && !headerUnit ? toWanyuan(num.text, (places ??= wanyuanPlaces(table, lines, (prose ??= prosePlaces(lines))))) : undefined;
            const fixes = amount !== undefined && end
              ? [{ title: ctx.message('fix.amount-to-wanyuan', { amount }), edits: [{ range: written, newText: amount + '万元' }], preferred: false }]
              : undefined;
            ctx.report('amount-unit.yuan', { column: name, value: num.text }, written, fixes ? { fixes } : undefined);
          }
        }
      });
    }
  },
});

/** The unit a header label states: `采购总金额（万元）`, `本年收费金额（单位：万元）`. */
export function unitInHeader(label: string): Money | undefined {
  const m = /（(?:单位[:：]?)?(亿元|万元|元)）|单位[:：]?(亿元|万元|元)/.exec(label);
  return (m?.[1] ?? m?.[2]) as Money | undefined;
}

/**
 * A unit stated for the column elsewhere than its header: in its block's caption (`第二十条第（八）项（单位：
 * 万元）`), on a line of its own just above the table (`（单位：万元）`), or in a note just below it (`注：收费
 * 金额单位为万元`).
 */
function statedUnit(table: Table, col: number, lines: readonly string[]): Money | undefined {
  const caption = table.blocks?.find((b) => b.columns.includes(col))?.caption;
  const fromCaption = caption === undefined ? undefined : unitInHeader(caption);
  if (fromCaption) return fromCaption;
  for (let l = Math.max(0, table.firstLine - 2); l < table.firstLine; l++) {
    const m = UNIT_LINE.exec(lines[l] ?? '');
    if (m) return m[1] as Money;
  }
  for (let l = table.lastLine + 1; l <= Math.min(lines.length - 1, table.lastLine + 3); l++) {
    const unit = unitInNote(lines[l] ?? '');
    if (unit) return unit;
  }
  return undefined;
}
/** `（单位：万元）` alone on its line. */
const UNIT_LINE = /^\s*(?:[（(]\s*)?单位\s*[:：]\s*(亿元|万元|元)\s*(?:[)）]\s*)?$/;
/** `注：…金额…单位为万元` / `注：金额单位：万元`: a note, then 金额, then the unit (searched in turn: one
 * pattern with two lazy `.*?` took time quadratic in the line). */
const NOTE = /^\s*注[:：]/;
const UNIT_AFTER = /单位(?:为|是|[:：])\s*(亿元|万元|元)/g;
function unitInNote(line: string): Money | undefined {
  const note = NOTE.exec(line);
  const amount = note ? line.indexOf('金额', note[0].length) : -1;
  if (amount < 0) return undefined;
  UNIT_AFTER.lastIndex = amount + 2;
  return UNIT_AFTER.exec(line)?.[1] as Money | undefined;
}

/** The column's name without its unit: `采购总金额（万元）` → `采购总金额`. */
function columnName(label: string): string {
  const cut = label.search(/[（:：]|单位/);
  return cut > 0 ? label.slice(0, cut) : label;
}

/** Where the unit written after the number ends (it may follow padding, even a line break). */
function unitEnd(lines: readonly string[], cell: Cell, from: Position, unit: string): Position | undefined {
  let line = from.line;
  let ch = from.character;
  while (line <= cell.lastLine) {
    const s = lines[line] ?? '';
    while (ch < s.length && isWsCode(s.charCodeAt(ch))) ch++;
    if (ch < s.length) return s.startsWith(unit, ch) ? { line, character: ch + unit.length } : undefined;
    line++;
    ch = 0;
  }
  return undefined;
}

/** `1.23万元` in the report's prose: its decimals. */
const PROSE_WANYUAN = /\d\.(\d{1,4})\s*万元/g;

/** The most decimals of the prose's amounts in 万元 (0 where it has none). */
function prosePlaces(lines: readonly string[]): number {
  let places = 0;
  for (const line of lines) {
    if (!line.includes('万元')) continue;
    for (const m of line.matchAll(PROSE_WANYUAN)) places = Math.max(places, m[1]!.length);
  }
  return places;
}

/** How many decimals the report's amounts in 万元 are written with (the most of them, in the table and in
 * the prose — `prose` of `prosePlaces`; at most four, which is 元); two where it has none. */
function wanyuanPlaces(table: Table, lines: readonly string[], prose: number): number {
  let places: number | undefined = prose > 0 ? prose : undefined;
  table.columns.forEach((column, col) => {
    if (!AMOUNT_COLUMNS.has(column.key)) return;
    const headerUnit = unitInHeader(column.label) ?? statedUnit(table, col, lines);
    for (const row of table.rows) {
      const num = row.cells[col]?.number;
      if (!num || num.value === 0 || (num.unit ?? headerUnit) !== '万元') continue;
      const frac = /\.(\d+)/.exec(plainNumberText(num.text))?.[1]?.length ?? 0;
      places = Math.max(places ?? 0, frac);
    }
  });
  return places ?? 2;
}

/**
 * An amount in 元 written in 万元: the decimal point moves four places on the digit string (`46297722.02`
 * → `4629.772202`, `500` → `0.05`, `10000` → `1`: no floating point), then, with `places`, it is rounded
 * half up to that many decimals (`4629.77`) — but never to 0 (`20` → `0.002`). Full-width digits become
 * ASCII and thousands separators are dropped. Undefined for anything that is not a plain decimal number.
 */
export function toWanyuan(written: string, places?: number): string | undefined {
  const s = plainNumberText(written);
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return undefined;
  const [, sign = '', int = '', frac = ''] = m;
  let digits = int + frac;
  let point = int.length - 4;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  const exact = (whole: string, fraction: string) => {
    const f = fraction.replace(/(?<!0)0+$/, '');
    return (sign === '-' ? '-' : '') + whole.replace(/^0+(?=\d)/, '') + (f ? '.' + f : '');
  };
  const fraction = digits.slice(point);
  if (places === undefined || fraction.length <= places) return exact(digits.slice(0, point), fraction);
  // Rounded at `places`, or further out where that would leave nothing but zeros.
  let p = places;
  const first = digits.search(/[1-9]/);
  if (first >= point + p && !(first === point + p && digits[first]! >= '5')) p = first - point + 1;
  return exact(...rounded(digits, point, p));
}

/** The digits (the point after `point` of them) rounded half up to `places` decimals: whole and fraction. */
function rounded(digits: string, point: number, places: number): [string, string] {
  const kept = digits.slice(0, point + places).split('').map(Number);
  if (digits[point + places]! >= '5') {
    let i = kept.length - 1;
    for (; i >= 0 && kept[i] === 9; i--) kept[i] = 0;
    if (i >= 0) kept[i]!++;
    else kept.unshift(1);
  }
  const all = kept.join('');
  return [all.slice(0, all.length - places), all.slice(all.length - places)];
}
