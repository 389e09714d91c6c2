// What every reader returns: the report as text in the layout the parser reads (Tika's), with notes for
// the user about what was read in a particular way; or why the input cannot be read. Both in Chinese
// and English: the CLI prints both, the language server picks its locale's.

/** Why an input cannot be read. */
export interface InputError {
  zh: string;
  en: string;
}

/** Something the user should know about how the input was read (tracked changes accepted, footnotes left out…). */
export interface InputNote {
  zh: string;
  en: string;
}

export type InputKind = 'docx' | 'html' | 'text';

export interface Converted {
  ok: true;
  kind: InputKind;
  /** The report in Tika's layout: a line per paragraph, a TAB-led line per table cell, a blank line per row. */
  text: string;
  notes: InputNote[];
  /** For HTML and text: the character encoding the bytes were read in. */
  encoding?: string;
}

export type ConvertResult = Converted | ({ ok: false } & InputError);

/** `zh (en)`: how the CLI shows an error or a note. */
export const bilingual = (m: InputError | InputNote): string => `${m.zh} (${m.en})`;
