// Hand-made findings for tests of fix application and code actions. Message ids come from the
// catalogue, so that everything built here renders.
import type { Finding, Fix, Range, TextEdit } from '../server/src/core/index';

export const range = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

export const fix = (edits: TextEdit[], preferred?: boolean): Fix => ({
  title: { id: 'rule-failed', args: { rule: 'r', error: 'e' } },
  edits,
  ...(preferred === undefined ? {} : { preferred }),
});

export const finding = (rule: string, r: Range, fixes?: Fix[]): Finding => ({
  rule,
  severity: 'error',
  range: r,
  message: { id: 'rule-failed', args: { rule, error: 'x' } },
  ...(fixes ? { fixes } : {}),
});
