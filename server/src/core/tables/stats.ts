// The pre-2019 政府信息公开情况统计表 (国办发〔2014〕32号): three columns 统计指标 · 单位 · 统计数.
// Group rows carry `——`; labels are indented with U+3000; `其中：` rows are parts of the row above;
// 专职人员数 and 兼职人员数 are parts of 从事政府信息公开工作人员数.
import type { Cell, Table } from '../model';
import { cellIndent } from '../blocks';
import type { TableCells } from './split';
import { ProblemSink, columns, shell, stripOrdinal } from './common';
import { STATS_RELATIONS } from '../national';

const WIDTH = 3; // label, unit, value

/** A row's key: its label without ordinal, `其中：` and parenthetical notes. */
function rowKey(label: string): string {
  let rest = stripOrdinal(label.replace(/^其中[：:]/, '')).rest;
  rest = stripOrdinal(rest).rest;
  return rest.replace(/（[^（）]*）/g, '') || label;
}

const isDash = (c: Cell | undefined): boolean => !!c && /^[—\-－–]+$/.test(c.label);

export function parseTable2014(tc: TableCells, sink: ProblemSink): Table {
  const table = shell('stats', tc.cells);
  table.columns = columns([['value', '统计数']]);
  table.format = 'pre-2019';
  // Rows are fragments of three cells; a blank line inside a cell is joined back by count.
  const frags: Cell[][] = [];
  tc.cells.forEach((c, i) => {
    const prev = frags[frags.length - 1];
    const sameFragment = i > 0 && tc.fragment[i] === tc.fragment[i - 1];
    // After a blank line, a short row takes the cell only if it can be its unit or its value.
    const completes = !!prev && prev.length < WIDTH && (c.blank || c.number !== undefined || isDash(c) || (prev.length === 1 && c.label.length <= 3));
    if (!prev || !(sameFragment || completes)) frags.push([c]);
    else prev.push(c);
  });
  const stack: { indent: number; key: string }[] = [];
  for (const frag of frags) {
    const [label, unit, value] = frag;
    if (!label) continue;
    if (label.label === '统计指标') {
      table.header.push(...frag);
      continue;
    }
    const key = rowKey(label.label);
    const isGroup = isDash(unit) || isDash(value);
    const misaligned = frag.length !== WIDTH;
    if (misaligned) sink.add('table-row-unaligned', label.range, { row: label.label, found: frag.length - 1, expected: WIDTH - 1 });
    // Parent: the nearest row above with less indentation, for `其中` rows and 专职/兼职 only.
    const indent = cellIndent(label);
    let parent = stack.at(-1);
    while (parent && parent.indent >= indent) {
      stack.pop();
      parent = stack.at(-1);
    }
    const isPart = label.label.startsWith(STATS_RELATIONS.part.prefix) || STATS_RELATIONS.staff.parts.some((p) => label.label.includes(p));
    if (!isGroup) stack.push({ indent, key });
    table.rows.push({
      key,
      label: label.label,
      cells: [value],
      labelCell: label,
      ...(unit ? { unitCell: unit } : {}),
      ...(isGroup ? { isGroup } : {}),
      ...(misaligned ? { misaligned } : {}),
      ...(parent && !isGroup && isPart ? { parent: parent.key } : {}),
    });
  }
  return table;
}
