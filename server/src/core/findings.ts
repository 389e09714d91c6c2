// What a check reports: findings with fixes as plain data. The LSP and CLI layers render them.
import type { Range } from './position';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A message as an id and its arguments; `renderMessage` turns it into Chinese or English text.
 * An argument may itself be a message (rendered in the same language), or a list of arguments
 * (joined as the language joins a list: `、` in Chinese, ` and ` in English). */
export interface MessageRef {
  readonly id: string;
  readonly args: Readonly<Record<string, MessageArg>>;
}

export type MessageArg = string | number | MessageRef | readonly MessageArg[];

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix is data: edits over the document, never a command. */
export interface Fix {
  title: MessageRef;
  edits: TextEdit[];
  /** The one repair to apply without asking (fix all, fix on save). Never set where repairs compete. */
  preferred?: boolean;
}

export interface RelatedInformation {
  range: Range;
  message: MessageRef;
}

export interface Finding {
  /** A stable rule id from docs/rules.md, e.g. `table-row-total`. */
  rule: string;
  severity: Severity;
  range: Range;
  message: MessageRef;
  related?: RelatedInformation[];
  fixes?: Fix[];
}
