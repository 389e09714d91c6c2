// Which national format a report follows, from its tables (never from its year), and from its outline
// where that is the old one: the national tables under the sections of the 2008 outline (a section on
// 收费及减免) are a hybrid too.
import type { ReportFormat, Section, Table } from './model';

/** A top-level section only the old (2008) outline has: 四、政府信息公开的收费及减免情况. */
const OLD_SECTION = /收费(?:及|和|与)?减免|减免情况/;

export function detectFormat(tables: readonly Table[], sections: readonly Section[] = []): { format: ReportFormat; evidence: string[] } {
  const evidence: string[] = [];
  let f2019 = false, f2021 = false, old = false;
  for (const t of tables) {
    if (t.format === '2021') {
      f2021 = true;
      evidence.push(t.kind === 'table3' ? '表三 （六）其他处理 有三个子项' : '表二 有 本年制发件数/现行有效件数');
    } else if (t.format === '2019') {
      f2019 = true;
      evidence.push(t.kind === 'table3' ? '表三 （六）其他处理 为单行' : '表二 有 本年新制作数量/上一年项目数量');
    } else if (t.format === 'pre-2019') {
      old = true;
      evidence.push('有旧式 统计指标·单位·统计数 统计表');
    }
  }
  const national: ReportFormat | undefined = f2021 ? '2021' : f2019 ? '2019' : undefined;
  if (f2019 && f2021) evidence.push('2019 与 2021 格式的表格并存，按 2021 读取');
  const oldSection = national && !old ? sections.find((x) => x.heading.level === 1 && OLD_SECTION.test(x.heading.title)) : undefined;
  if (oldSection) evidence.push(`有旧式章节：${oldSection.heading.title}`);
  const format: ReportFormat = old ? (national ? 'hybrid' : 'pre-2019') : oldSection ? 'hybrid' : (national ?? 'unknown');
  return { format, evidence };
}
