// Which national format a report follows, from its tables (never from its year).
import type { ReportFormat, Table } from './model';

export function detectFormat(tables: readonly Table[]): { format: ReportFormat; evidence: string[] } {
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
  const format: ReportFormat = old ? (national ? 'hybrid' : 'pre-2019') : (national ?? 'unknown');
  return { format, evidence };
}
