// Which table a region of cells holds. A region may hold several tables back to back (only blank
// lines between them), so a region is cut where a table's own opening cell appears.
import type { Region } from '../blocks';
import type { Cell, TableKind } from '../model';
import { isWsCode } from '../text';

export interface TableCells {
  kind: TableKind;
  cells: Cell[];
  /** Parallel to `cells`: the row fragment (cells between blank lines) each cell belongs to. */
  fragment: number[];
}

/** The cell that opens a table of this kind, or undefined. `next` is the following cell. */
function opens(cell: Cell, next: Cell | undefined): TableKind | undefined {
  if (cell.number !== undefined || cell.blank) return undefined;
  const l = cell.label;
  if (l.includes('本列数据的勾稽关系') || l === '申请人情况') return 'table3';
  if (l.charCodeAt(0) === 0x7b2c /* 第 */ && /^第二十条第（[一二三四五六七八九十]+）项/.test(l)) return 'table2';
  if (l === '统计指标') return 'stats';
  if (l === '行政复议' && next && next.label.startsWith('行政诉讼')) return 'table4';
  return undefined;
}

/** A label of 表三's last rows: （七）总计 and 四、结转下年度继续办理. */
const endsTable3 = (l: string): boolean => l.startsWith('（七）') || l.includes('结转下年度') || l.includes('转结下年度');

/** A kind from what the cells say, for a table whose opening cell is missing. */
function classify(cells: readonly Cell[]): TableKind {
  let t2 = 0, t3 = 0, t4 = 0, st = 0;
  for (const c of cells) {
    const l = c.label;
    if (l === '申请人情况' || l.includes('本年新收') || l.includes('本年度办理结果') || l.includes('予以公开')) t3++;
    else if (l === '结果维持' || l === '结果纠正' || l === '未经复议直接起诉' || l === '复议后起诉') t4++;
    else if (l === '信息内容' || l.startsWith('第二十条')) t2++;
    else if (l === '统计数' || l === '——') st++;
  }
  const best = Math.max(t2, t3, t4, st);
  if (best < 2) return 'unknown';
  return best === t3 ? 'table3' : best === t4 ? 'table4' : best === t2 ? 'table2' : 'stats';
}

/**
 * Words of which every label that `opens` or `classify` recognises holds one: lines that hold none of
 * them, whitespace aside (labels drop it), hold no table this module would find. A reader of a layout
 * asks `mayHoldTable` before it makes cells of a long run of lines.
 */
export const TABLE_WORDS = ['本列数据的勾稽关系', '申请人情况', '第二十条', '统计指标', '行政复议', '本年新收', '本年度办理结果', '予以公开', '结果维持', '结果纠正', '未经复议直接起诉', '复议后起诉', '信息内容', '统计数', '——'] as const;

export function mayHoldTable(lines: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    if (line.includes('[bookmark')) return true; // a label may hold a bookmark, which labels drop
    let text = '';
    for (let k = 0; k < line.length; k++) if (!isWsCode(line.charCodeAt(k))) text += line[k];
    if (TABLE_WORDS.some((w) => text.includes(w))) return true;
  }
  return false;
}

export function splitRegion(region: Region): TableCells[] {
  const out: TableCells[] = [];
  const cells = region.cells;
  const first = cells[0];
  if (!first) return out; // a region of no cells holds no table
  // Where each table starts, then one slice per table (the whole region's lists when it holds one).
  let start = 0;
  let startKind = opens(first, cells[1]); // the kind of the table that starts at `start`
  let ended = false; // the 表三 that starts at `start` has had its last rows (（七）总计, 四、结转下年度)
  for (const [i, cell] of cells.entries()) {
    if (i === 0) continue;
    const k = opens(cell, cells[i + 1]);
    // 表三's header has `申请人情况` right after the 勾稽关系 cell, and is printed again after a page
    // break before the table has ended; 表二's blocks each open with a caption.
    const sameTable = startKind === k && (k === 'table2' || i - start < 3 || (k === 'table3' && !ended));
    if (k !== undefined && !sameTable) {
      out.push(tableCells(region, start, i, startKind));
      start = i;
      startKind = k;
      ended = false;
    }
    if (startKind === 'table3' && endsTable3(cell.label)) ended = true;
  }
  out.push(tableCells(region, start, cells.length, startKind));
  return out;
}

function tableCells(region: Region, from: number, to: number, kind: TableKind | undefined): TableCells {
  const whole = from === 0 && to === region.cells.length;
  const cells = whole ? region.cells : region.cells.slice(from, to);
  const fragment = whole ? region.fragment : region.fragment.slice(from, to);
  return { kind: kind ?? classify(cells), cells, fragment };
}
