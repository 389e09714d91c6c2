// `nianbao/tables`: the tables of an open report as the grids they are printed as (core/grid.ts), each
// value cell with its range, whether it is blank or missing, and the findings on it — messages in the
// client's language — for the client's table preview. A finding on one or two value cells (a total, a
// culprit, a swapped pair) marks those cells; a finding over more of a table, or over its labels, is
// listed with the table. From the check of the current version: no parse of its own.
import type { Finding, ReportModel, Severity, Table } from '../core/index';
import { renderMessage } from '../core/index';
import { tableGrids } from '../core/grid';
import { cellTitle } from '../core/labels';
import type { Connection } from 'vscode-languageserver';
import { TablesRequest, type GridCellView, type ProblemView, type TablesParams, type TablesResult, type TableView, type ValueView, type ViewRange } from '../../../shared/protocol';

const GRAVITY: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

const before = (a: ViewRange['start'], b: ViewRange['start']): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const intersects = (a: ViewRange, b: ViewRange): boolean => !before(a.end, b.start) && !before(b.end, a.start);

/** A finding marks cells when it lies on at most this many of them. */
const CELL_FINDING_MAX = 2;

export function tableViews(model: ReportModel, findings: readonly Finding[], locale: string): TableView[] {
  return model.tables.flatMap((table) => {
    const grids = tableGrids(table);
    if (!grids.length) return [];
    return [tableView(table, grids, findings.filter((f) => intersects(f.range, table.range)), locale)];
  });
}

function tableView(table: Table, grids: ReturnType<typeof tableGrids>, findings: readonly Finding[], locale: string): TableView {
  // The value cells of the grids, and the findings that lie on one or two of them.
  const views = new Map<string, ValueView>();
  const cellsOf = (f: Finding): ValueView[] => [...views.values()].filter((v) => !v.missing && intersects(f.range, v.range));
  const rendered = (f: Finding): string => renderMessage(f.message, locale);
  const out: TableView = { name: table.name, range: table.range, grids: [], problems: [] };
  out.grids = grids.map((g) => {
    const rows = g.rows.map((row) =>
      row.map((c): GridCellView => {
        const view: GridCellView = { kind: c.kind, text: c.text };
        if (c.rowSpan) view.rowSpan = c.rowSpan;
        if (c.colSpan) view.colSpan = c.colSpan;
        if (c.kind === 'value' && c.row !== undefined && c.col !== undefined) {
          const r = table.rows[c.row]!;
          const cell = r.cells[c.col];
          const at = cell?.range ?? r.labelCell?.range ?? table.range;
          const value: ValueView = { name: cellTitle(table, r, c.col), range: at, blank: cell ? cell.blank : true, messages: [] };
          if (!cell) value.missing = true;
          views.set(`${c.row},${c.col}`, value);
          view.value = value;
        }
        return view;
      }),
    );
    return g.caption === undefined ? { rows } : { caption: g.caption, rows };
  });
  for (const f of findings) {
    const on = cellsOf(f);
    if (on.length === 0 || on.length > CELL_FINDING_MAX) {
      const p: ProblemView = { range: f.range, severity: f.severity, message: rendered(f) };
      out.problems.push(p);
      continue;
    }
    for (const v of on) {
      v.messages.push(rendered(f));
      if (!v.severity || GRAVITY[f.severity] < GRAVITY[v.severity]) v.severity = f.severity;
    }
  }
  return out;
}

export interface TablesDeps {
  /** The model and findings of the document's current version (undefined: not open). */
  checked(uri: string): Promise<{ version: number; model: ReportModel; findings: readonly Finding[] } | undefined>;
  locale(): string;
}

/** Registers `nianbao/tables`; a document that is not open has no tables (version -1). */
export function registerTablesRequest(connection: Connection, deps: TablesDeps, guard: <R>(where: string, fallback: R, fn: () => Promise<R>) => Promise<R>): void {
  connection.onRequest(TablesRequest, (params: TablesParams) =>
    guard('tables', { uri: params.uri, version: -1, tables: [] } as TablesResult, async (): Promise<TablesResult> => {
      const c = await deps.checked(params.uri);
      if (!c) return { uri: params.uri, version: -1, tables: [] };
      return { uri: params.uri, version: c.version, tables: tableViews(c.model, c.findings, deps.locale()) };
    }),
  );
}
