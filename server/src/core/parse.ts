import type { ReportModel } from './model';

// Placeholder while the parser is being written (replaced in the next commit).
export function parseReport(text: string): ReportModel {
  return { lineCount: text.split('\n').length, sections: [], headings: [], tables: [], enumerations: [], artifacts: [], format: 'unknown', formatEvidence: [], problems: [] };
}
