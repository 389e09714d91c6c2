// The rule registry: every rule the checker runs, in the order findings are reported.
import type { Rule } from './types';
import { tableShape } from './table-shape';

export type { Rule } from './types';

export const rules: readonly Rule[] = [tableShape];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
