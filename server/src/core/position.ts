// Positions in a text, as LSP counts them: 0-based lines, characters in UTF-16 code units.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}
