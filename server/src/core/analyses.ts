// What one check knows of one report: the text, its lines, which lines are table cells, the model, and
// the analyses several rules read — computed on first use and kept for the rest of the check. The rules
// see it as their context (rule-api.ts); nothing of it outlives the check but what the caller keeps in
// the `TableMemo` (an editor's document: the arithmetic of tables an edit left unchanged).
import { analyzeModel, modelSumFails, tableRelations, type Evaluation, type Relation, type RelationKind, type TableAnalysis, type TableMemo } from './arith';
import type { ReportModel, Table } from './model';
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
  } = { relations: new Map() };

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
    return (this.memo.analysis ??= analyzeModel(this.model, this.tableMemo, (ti) => this.relations(ti)));
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

  /** The failing sums of these kinds that no culprit or swap explains, with their table. */
  unexplained(kinds: readonly RelationKind[]): { table: Table; evaluation: Evaluation }[] {
    return this.failing.flatMap((a) =>
      a.unexplained.filter((e) => kinds.includes(e.relation.kind)).map((evaluation) => ({ table: this.model.tables[a.table]!, evaluation })),
    );
  }
}
