// The outline (document symbols) and folding ranges, as plain data; lsp/convert.ts makes LSP types.
import type { Range, ReportModel, Section, Table } from './model';
import { headingName } from './standard';

export interface OutlineNode {
  name: string;
  kind: 'report' | 'section' | 'table';
  /** The whole section or table. */
  range: Range;
  /** The heading (for a table, its first line). */
  selectionRange: Range;
  children: OutlineNode[];
}

export interface Fold {
  startLine: number;
  endLine: number;
}

export function outline(model: ReportModel): OutlineNode[] {
  const tableNode = (t: Table): OutlineNode => {
    const firstLineRange: Range = {
      start: t.range.start,
      end: t.cells[0] ? t.cells[0].range.end : t.range.start,
    };
    return { name: t.name, kind: 'table', range: t.range, selectionRange: firstLineRange, children: [] };
  };
  const sectionNode = (s: Section): OutlineNode => {
    const h = s.heading;
    const children = [...s.children.map(sectionNode), ...tablesOf(model, s).map(tableNode)];
    children.sort((a, b) => a.range.start.line - b.range.start.line);
    return {
      name: headingName(h),
      kind: 'section',
      range: s.range,
      selectionRange: h.range,
      children,
    };
  };
  const owned = new Set<number>();
  const visit = (s: Section): void => {
    s.tables.forEach((i) => owned.add(i));
    s.children.forEach(visit);
  };
  model.sections.forEach(visit);
  const roots = [...model.sections.map(sectionNode)];
  model.tables.forEach((t, i) => {
    if (!owned.has(i)) roots.push(tableNode(t));
  });
  roots.sort((a, b) => a.range.start.line - b.range.start.line);
  return model.reports ? byReport(model.reports, roots) : roots;
}

/** The tables directly inside a section. */
const tablesOf = (model: ReportModel, s: Section): Table[] => s.tables.flatMap((i) => model.tables[i] ?? []);

/** A text of several reports: one node per report, named by its title, holding what lies inside it. */
function byReport(reports: NonNullable<ReportModel['reports']>, roots: OutlineNode[]): OutlineNode[] {
  let next = 0;
  return reports.map((r, k) => {
    const children: OutlineNode[] = [];
    for (let node = roots[next]; node && node.range.start.line <= r.range.end.line; node = roots[++next]) children.push(node);
    const name = r.title?.text ?? `报告 ${k + 1}`;
    return { name, kind: 'report', range: r.range, selectionRange: r.title?.range ?? { start: r.range.start, end: r.range.start }, children };
  });
}

export function foldingRanges(model: ReportModel): Fold[] {
  const folds: Fold[] = [];
  const visit = (s: Section): void => {
    if (s.range.end.line > s.range.start.line) folds.push({ startLine: s.range.start.line, endLine: s.range.end.line });
    s.children.forEach(visit);
  };
  model.sections.forEach(visit);
  for (const t of model.tables) {
    if (t.lastLine > t.firstLine) folds.push({ startLine: t.firstLine, endLine: t.lastLine });
  }
  folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return folds;
}
