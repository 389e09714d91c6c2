// A slip in a standard label of the national tables: the label as written is a character or two off
// the standard one (a homophone or a look-alike, `现形有效件数` for `现行有效件数`; a doubled ordinal,
// `四四、结转下年度继续办理`). The parsers read such a label as the standard one; table-label reports it.
// A label that contains the standard one, or that the standard one contains (`（二）部分公开` for the long
// label, `行政规范性文件`), or that differs only in punctuation, spacing or a sub-row's ordinal, is written
// differently but not wrongly: no slip.
import { editDistance } from './standard';
import { normLabel } from './text';

/** A label as slips are measured on: normalised (`normLabel`), quotes and the separators after a sub-row's
 * ordinal dropped, a sub-row's arabic ordinal dropped. */
export function skeleton(label: string): string {
  return normLabel(label)
    .replace(/^（?\d{1,2}）?[.．、，,]?/, '')
    .replace(/[“”"‘’'「」《》·.．,，:：;；]/g, '');
}

/** The words real reports use for standard ones (本年新收到, 上年转结, 合计): variants, not slips. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/本年新收到/g, '本年新收'],
  [/转结/g, '结转'],
  [/合计/g, '总计'],
];
const variantFree = (s: string): string => VARIANTS.reduce((t, [re, to]) => t.replace(re, to), s);

/** The most characters a label of this length may be off by to be a slip of it. */
const maxSlip = (length: number): number => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

/**
 * The standard label `written` is a slip of, and by how many characters: the nearest of `standards` (by
 * skeleton), where it is near enough and no other standard is as near. Undefined where the label is a
 * standard one, a variant of one, or near none.
 */
export function slipOf(written: string, standards: readonly string[]): { standard: string; distance: number } | undefined {
  const w = variantFree(skeleton(written));
  if (!w) return undefined;
  let best: { standard: string; distance: number } | undefined;
  let tie = false;
  for (const standard of standards) {
    const s = variantFree(skeleton(standard));
    let d: number;
    const [ow, rw] = splitOrdinal(w);
    const [os, rs] = splitOrdinal(s);
    if (ow && os && ow !== os && (rw === rs || rw.includes(rs) || rs.includes(rw))) d = editDistance(ow, os, 2); // `四四、结转下年度…`
    else if (w === s || w.includes(s) || s.includes(w)) return undefined; // the label itself, longer or shorter
    else d = editDistance(w, s, maxSlip(s.length));
    if (d === 0 || d > maxSlip(s.length)) continue;
    if (best && d === best.distance) tie = true;
    else if (!best || d < best.distance) {
      best = { standard, distance: d };
      tie = false;
    }
  }
  return best && !tie ? best : undefined;
}

const ORDINAL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
/** A label's Chinese ordinal (`四、`, `（七）`) and the rest. */
function splitOrdinal(s: string): [string, string] {
  const m = ORDINAL.exec(s);
  return m ? [m[0], s.slice(m[0].length)] : ['', s];
}
