// The rule API: a rule is declared completely in one file with `defineRule` — its id, default severity,
// the kind of fix it offers, its messages in Chinese and English, its documentation with examples, and
// `check(ctx)`. Everything else is derived from the registry (rules/index.ts): the message catalogue,
// the settings and their schema, the SARIF rule list, the rule pages (`npm run gen`).
//
// `ctx` is the report as one check knows it (`Analyses`: the model, the lines, the memoised analyses)
// and `ctx.report(key, args, range, more)`, which fills in the rule's id and severity and refuses a fix
// the rule's declared fix kind does not allow. A message key and its arguments are checked at compile time.
import { Analyses } from './analyses';
import type { Finding, Fix, MessageRef, RelatedInformation, Severity } from './findings';
import type { ArgsOf, Message } from './messages';
import type { Range } from './position';
import type { ReportMeta } from './extract';
import type { ReportModel } from './model';

/**
 * What a rule's fixes are:
 * - `none`: it offers none;
 * - `safe`: a fix may be preferred (applied by fix all and fix on save) where it is the one repair;
 * - `suggestion`: its fixes are offered to a person, never preferred (where the repair is a guess).
 */
export type FixKind = 'none' | 'safe' | 'suggestion';

/** A rule's message; `severity` where a finding with it is more or less certain than the rule's default. */
export interface RuleMessage extends Message {
  readonly severity?: Severity;
}

export type RuleMessages = Readonly<Record<string, RuleMessage>>;

/** An example for the rule's page and its tests: `bad` gives the rule's finding, `good` gives none. */
export interface RuleExample<T = string> {
  readonly bad: T;
  readonly good: T;
}

export interface RuleDocs<T = string> {
  /** One line: what the rule finds (the settings' description). */
  readonly summary: Message;
  /** Why it matters to the report's author and readers. */
  readonly rationale: Message;
  readonly examples: readonly RuleExample<T>[];
}

/** What every rule declares, whatever it checks. */
export interface RuleMeta<T = string> {
  /** A stable id (docs/rules.md): settings, the CLI's output and `Diagnostic.code` use it. */
  readonly id: string;
  /** Default severity; a setting may override it. */
  readonly severity: Severity;
  readonly fix: FixKind;
  readonly messages: RuleMessages;
  readonly docs: RuleDocs<T>;
}

/** A rule of one report, as the registry holds it. */
export interface Rule extends RuleMeta {
  /** Reports the rule's findings on a report; throws only on a bug (`RuleRunner.run` isolates it). */
  check(ctx: RuleContext<RuleMessages>): void;
}

/** A finding's related information and fixes. */
export interface FindingMore {
  readonly related?: RelatedInformation[];
  readonly fixes?: Fix[];
}

/** How a rule reports: its own messages only, by key, with their arguments. */
export interface Reporter<M extends RuleMessages> {
  report<K extends keyof M & string>(key: K, args: ArgsOf<M[K]>, range: Range, more?: FindingMore): void;
  /** A reference to one of the rule's messages (a fix's title, an argument, related information). */
  message<K extends keyof M & string>(key: K, args: ArgsOf<M[K]>): MessageRef;
}

/** A rule's context: the report (model, lines, analyses) and its reporter. */
export type RuleContext<M extends RuleMessages> = Analyses & Reporter<M>;

export interface RuleSpec<M extends RuleMessages> extends Omit<RuleMeta, 'messages'> {
  readonly messages: M;
  check(ctx: RuleContext<M>): void;
}

/** A finding of `rule`, checked against what the rule declares (a fix it may not offer is a bug). */
function finding(rule: RuleMeta<unknown>, key: string, args: MessageRef['args'], range: Range, more: FindingMore | undefined): Finding {
  const m = rule.messages[key];
  if (!m) throw new Error(`${rule.id}: no message ${key}`);
  const f: Finding = { rule: rule.id, severity: m.severity ?? rule.severity, range, message: { id: key, args } };
  if (more?.related) f.related = more.related;
  if (more?.fixes) {
    if (more.fixes.length && rule.fix === 'none') throw new Error(`${rule.id} declares no fix but reported one`);
    if (rule.fix === 'suggestion' && more.fixes.some((x) => x.preferred)) throw new Error(`${rule.id} declares its fixes suggestions but preferred one`);
    f.fixes = more.fixes;
  }
  return f;
}

export function defineRule<const M extends RuleMessages>(spec: RuleSpec<M>): Rule {
  return spec as unknown as Rule;
}

/**
 * One check of one report: the report's analyses (shared by the rules), and the reporter of the rule
 * that runs. One object per check, handed to each rule in turn.
 */
export class RuleRunner extends Analyses implements Reporter<RuleMessages> {
  private rule: RuleMeta | undefined;
  private out: Finding[] = [];

  /** The rule's findings; an exception (a bug) is the caller's to isolate. */
  run(rule: Rule): Finding[] {
    this.rule = rule;
    this.out = [];
    rule.check(this);
    return this.out;
  }

  report(key: string, args: MessageRef['args'], range: Range, more?: FindingMore): void {
    // A bug, like a message the rule does not declare: isolated by the caller of `run`.
    if (!this.rule) throw new Error(`a finding (${key}) reported outside a rule's check`);
    this.out.push(finding(this.rule, key, args, range, more));
  }

  message(id: string, args: MessageRef['args']): MessageRef {
    return { id, args };
  }
}

// ---------------------------------------------------------------------------------------------------
// Notices: what the checker says about the text itself rather than the report (a directive naming no
// rule, a line too long to read whole). `checkText` makes their findings, because they concern the whole
// text; like rules they have an id, settings, messages and docs.

export interface Notice<M extends RuleMessages = RuleMessages> extends RuleMeta {
  readonly messages: M;
  /** A finding of this notice, its message checked at compile time. */
  finding<K extends keyof M & string>(key: K, args: ArgsOf<M[K]>, range: Range): Finding;
}

export function defineNotice<const M extends RuleMessages>(spec: Omit<RuleMeta, 'messages' | 'fix'> & { readonly messages: M }): Notice<M> {
  const meta = { ...spec, fix: 'none' as const };
  return { ...meta, finding: (key, args, range) => finding(meta, key, args, range, undefined) };
}

// ---------------------------------------------------------------------------------------------------
// Rules across reports: one agency's reports of consecutive years (cross-year.ts runs them).

/** One report of a folder: `name` is how messages name it (the path as given). */
export interface YearReport {
  name: string;
  model: ReportModel;
  meta: ReportMeta;
}

/** A pair of one agency's reports, this year's and last year's, and the reporter (findings point into `current`). */
export interface CrossContext<M extends RuleMessages> extends Reporter<M> {
  readonly current: YearReport;
  readonly previous: YearReport;
  /** The year of `previous` (a report whose year is not known is compared with none). */
  readonly previousYear: number;
}

/** A cross-year rule's example: the reports of consecutive years, each a text. */
export type YearTexts = readonly string[];

export interface CrossRule extends RuleMeta<YearTexts> {
  check(current: YearReport, previous: YearReport): Finding[];
}

export interface CrossRuleSpec<M extends RuleMessages> extends Omit<RuleMeta<YearTexts>, 'messages'> {
  readonly messages: M;
  check(ctx: CrossContext<M>): void;
}

export function defineCrossRule<const M extends RuleMessages>(spec: CrossRuleSpec<M>): CrossRule {
  const { check, ...meta } = spec;
  return {
    ...meta,
    check(current, previous) {
      const out: Finding[] = [];
      const previousYear = previous.meta.year;
      if (previousYear === undefined) return out;
      check({
        current,
        previous,
        previousYear,
        report: (key, args, range, more) => out.push(finding(meta, key, args, range, more)),
        message: (id, args) => ({ id, args }),
      } as CrossContext<M>);
      return out;
    },
  };
}
