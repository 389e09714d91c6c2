import type { Finding, Severity } from '../findings';
import type { ReportModel } from '../model';

/** One rule: its metadata and a check over the report model. One rule per file (see rules/index.ts). */
export interface Rule {
  /** A stable id from docs/rules.md. */
  id: string;
  /** Default severity; a setting may override it. */
  severity: Severity;
  /** Whether its findings carry fixes. */
  fixable: boolean;
  description: { zh: string; en: string };
  /** The messages its findings and fixes use, by id (see messages.ts). */
  messages: Record<string, { zh: string; en: string }>;
  /** The text is passed along for rules that read prose beyond the model. */
  check(model: ReportModel, text: string): Finding[];
}
