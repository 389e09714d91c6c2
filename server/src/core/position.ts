// Positions in a text, as LSP counts them: 0-based lines, characters in UTF-16 code units.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}
