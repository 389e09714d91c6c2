// What one check knows of one report: the text, its lines, which lines are table cells, the model, and
// the analyses several rules read — computed on first use and kept for the rest of the check. The rules
// see it as their context (rule-api.ts); nothing of it outlives the check but what the caller keeps in
// the `TableMemo` (an editor's document: the arithmetic of tables an edit left unchanged).
import { analyzeModel, modelSumFails, tableRelations, type Evaluation, type Relation, type RelationKind, type TableAnalysis, type TableMemo } from './arith';
import { fillPlan, unfilledTotals, type Unfilled } from './fill';
import type { Cell, ReportModel, Table } from './model';
import { siblingLists, type SiblingList } from './numbering';
import type { Parsed } from './parse';
import { SectionIndex, statisticsPeriods, type StatisticsPeriod } from './standard';
import { eolOf } from './text';

export class Analyses {
  readonly model: ReportModel;
  /** The text the model was parsed from (directives masked by spaces). */
  readonly text: string;
  readonly lines: readonly string[];
  /** `cellLines(lines)`: 1 where a line is a table cell's. */
  readonly cells: Uint8Array;
  private readonly memo: {
    eol?: '\r\n' | '\n' | '\r';
    periods?: readonly StatisticsPeriod[];
    siblings?: readonly SiblingList[];
    sections?: SectionIndex;
    failing?: readonly TableAnalysis[];
    analysis?: readonly TableAnalysis[];
    relations: Map<number, readonly Relation[]>;
    unfilled: Map<number, readonly Unfilled[]>;
    repaired: Map<number, ReadonlyMap<Cell, number>>;
  } = { relations: new Map(), unfilled: new Map(), repaired: new Map() };

  constructor(
    text: string,
    parsed: Parsed,
    private readonly tableMemo?: TableMemo,
  ) {
    this.text = text;
    this.model = parsed.model;
    this.lines = parsed.lines;
    this.cells = parsed.cells;
  }

  /** The line break the text mostly uses: the one a fix inserts. */
  get eol(): '\r\n' | '\n' | '\r' {
    return (this.memo.eol ??= eolOf(this.text));
  }

  /** Every statistics period stated in the prose, in document order. */
  get periods(): readonly StatisticsPeriod[] {
    return (this.memo.periods ??= statisticsPeriods(this.lines, this.cells));
  }

  /** The lists of sibling headings and the ordinal each heading should carry. */
  get siblingLists(): readonly SiblingList[] {
    return (this.memo.siblings ??= siblingLists(this.model, this.lines));
  }

  /** The sections: the heading of each standard section, the section a heading opens. */
  get sections(): SectionIndex {
    return (this.memo.sections ??= new SectionIndex(this.model));
  }

  /** The arithmetic of every table that has relations. */
  get analysis(): readonly TableAnalysis[] {
    return (this.memo.analysis ??= analyzeModel(this.model, this.tableMemo, (ti) => this.relations(ti), unfilledValues));
  }

  /** The arithmetic of every table where some sum fails; none where all hold (most reports: then the
   * analysis, its relations and its search for culprits, is not built at all). */
  get failing(): readonly TableAnalysis[] {
    return (this.memo.failing ??= modelSumFails(this.model, this.tableMemo, (ti) => this.relations(ti)) ? this.analysis : []);
  }

  /** The relations of one table, made once per check (the analysis and the rules share them). */
  relations(ti: number): readonly Relation[] {
    let r = this.memo.relations.get(ti);
    if (!r) this.memo.relations.set(ti, (r = tableRelations(this.model, ti)));
    return r;
  }

  /** The totals of a table left 0 while what they add up holds numbers (fill.ts): a 总计 column, a （七）总计 row. */
  unfilled(ti: number): readonly Unfilled[] {
    let u = this.memo.unfilled.get(ti);
    if (!u) {
      const table = this.model.tables[ti];
      this.memo.unfilled.set(ti, (u = table ? unfilledTotals(table, this.relations(ti)) : []));
    }
    return u;
  }

  /**
   * The values a table's cells stand for once what the checker is sure of is repaired, by cell (only the
   * cells that change): its blanks filled where one plan for all of them makes every sum hold (zeros left
   * blank, totals not written), totals left 0 written, culprits corrected, swapped cells exchanged, and a
   * failing total set to its sum. A figure of the prose that agrees with these agrees with the table as
   * its own sums have it: the table's finding is the one to fix.
   */
  repaired(ti: number): ReadonlyMap<Cell, number> {
    const m = this.memo.repaired.get(ti);
    if (m) return m;
    const out = new Map<Cell, number>();
    const table = this.model.tables[ti];
    const rels = this.relations(ti);
    if (table && rels.length) {
      const blanks = table.rows.flatMap((row) => (row.misaligned ? [] : row.cells.filter((c): c is Cell => c !== undefined && c.blank)));
      const plan = blanks.length ? fillPlan(table, rels, blanks) : undefined;
      if (plan) for (const [c, v] of plan.values) out.set(c, v);
      for (const u of this.unfilled(ti)) for (const c of u.cells) out.set(c.cell, c.expected);
      const a = this.failing.find((x) => x.table === table);
      if (a) {
        for (const c of a.culprits) out.set(c.term.cell, c.expected);
        for (const w of a.swaps) {
          if (typeof w.a.value === 'number' && typeof w.b.value === 'number') out.set(w.a.cell, w.b.value).set(w.b.cell, w.a.value);
        }
        for (const e of a.unexplained) if (e.relation.kind !== 'balance' && !out.has(e.relation.anchor.cell)) out.set(e.relation.anchor.cell, e.rhs);
      }
    }
    this.memo.repaired.set(ti, out);
    return out;
  }

  /** The failing sums of these kinds that no culprit or swap explains, with their table. */
  unexplained(kinds: readonly RelationKind[]): { table: Table; evaluation: Evaluation }[] {
    return this.failing.flatMap((a) => a.unexplained.filter((e) => kinds.includes(e.relation.kind)).map((evaluation) => ({ table: a.table, evaluation })));
  }
}

/** The analysis' preset: the totals left 0 are known to stand for their sums. */
function unfilledValues(table: Table, rels: readonly Relation[]): ReadonlyMap<Cell, number> | undefined {
  const u = unfilledTotals(table, rels);
  return u.length ? new Map(u.flatMap((x) => x.cells.map((c) => [c.cell, c.expected] as const))) : undefined;
}
