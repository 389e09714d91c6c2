// The rule registry: every rule the checker runs, in the order findings are reported.
import type { Rule } from '../rule-api';
import { tableShape } from './table-shape';
import { tableLabel } from './table-label';
import { tableRowTotal } from './table-row-total';
import { tableColumnTotal } from './table-column-total';
import { tableBalance } from './table-balance';
import { tableCulpritCell } from './table-culprit-cell';
import { tableSwappedCells } from './table-swapped-cells';
import { tableCellEmpty } from './table-cell-empty';
import { tableCellInvalid } from './table-cell-invalid';
import { tablePartExceedsWhole } from './table-part-exceeds-whole';
import { tableNumberFormat } from './table-number-format';
import { tableMissing } from './table-missing';
import { amountUnit } from './amount-unit';
import { reportFormat } from './report-format';
import { titleIncomplete } from './title-incomplete';
import { headingStyle } from './heading-style';
import { headingSequence } from './heading-sequence';
import { headingTitle } from './heading-title';
import { sectionMissing } from './section-missing';
import { sectionContent } from './section-content';
import { enumerationSequence } from './enumeration-sequence';
import { yearMismatch } from './year-mismatch';
import { textTableMismatch } from './text-table-mismatch';
import { textArithmetic } from './text-arithmetic';
import { conversionArtifact } from './conversion-artifact';
import { inputLayout } from './input-layout';

export type { Rule } from '../rule-api';

export const rules: readonly Rule[] = [
  tableShape,
  inputLayout,
  tableLabel,
  tableRowTotal,
  tableColumnTotal,
  tableBalance,
  tableCulpritCell,
  tableSwappedCells,
  tableCellEmpty,
  tableCellInvalid,
  tablePartExceedsWhole,
  tableNumberFormat,
  tableMissing,
  amountUnit,
  reportFormat,
  titleIncomplete,
  headingStyle,
  headingSequence,
  headingTitle,
  sectionMissing,
  sectionContent,
  enumerationSequence,
  yearMismatch,
  textTableMismatch,
  textArithmetic,
  conversionArtifact,
];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
