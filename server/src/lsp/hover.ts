// Hover: what the core says about the place under the cursor (a table cell's row and column, its
// value and the relations it takes part in), rendered for the user's locale as Markdown.
import type { Hover } from 'vscode-languageserver';
import { hoverAt, type Position, type ReportModel } from '../core/index';
import { toHover } from './convert';

export function hover(model: ReportModel, position: Position, locale?: string): Hover | null {
  const h = hoverAt(model, position);
  return h && h.lines.length ? toHover(h, locale) : null;
}
