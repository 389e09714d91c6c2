// The report model: what the parser makes of a report's text, and what every rule reads.
// Plain data only (no classes, no methods) so that it can be logged, snapshotted and compared.
// Read-only: the parser shares objects within a model (a cell that is a number alone has one range
// for the cell and the number; a row's `cells` may be the list its values were collected in), and an
// editor's successive models of one document share the cells, headings and tables an edit left
// unchanged (`LineCache`).
// Positions are 0-based; characters are UTF-16 code units, as in LSP.
import type { ArgsOf, CoreMessageTable } from './messages';
import type { Range } from './position';

export type { Position, Range } from './position';

/** The national format a report follows, read from its tables (never from its year). */
export type ReportFormat =
  | '2019' // 国办公开办函〔2019〕60号
  | '2021' // 国办公开办函〔2021〕30号
  | 'hybrid' // national tables mixed with the pre-2019 统计表 (seeds 001, 004) or under the old outline
  | 'pre-2019' // only the old 统计表
  | 'unknown'; // no table could be recognised

/** How an ordinal is written. `cn-bare` is `一基本情况` (a Chinese numeral with no 、). */
export type OrdinalStyle =
  | 'cn-dun' // 一、
  | 'cn-bare' // 一基本情况
  | 'cn-paren' // （一） or (一)
  | 'arabic-dot' // 1. or 1．
  | 'arabic-dun' // 1、
  | 'arabic-paren'; // （1） or (1)

/** 1 = 一、  2 = （一）  3 = 1. / 1、  4 = （1） */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Ordinal {
  /** Its numeric value: 一 → 1, 十二 → 12, 3 → 3. */
  readonly value: number;
  readonly style: OrdinalStyle;
  /** The level this style stands for in the national format. */
  readonly styleLevel: HeadingLevel;
  /** The ordinal as written, separator included (`一、`, `（4）`, `6、 `→`6、`). */
  readonly text: string;
  /** The ordinal's range, separator included. */
  readonly range: Range;
  /** The separator after the numeral as written (`、`, `.`, `．`, `，`), or '' for brackets and bare numerals. */
  readonly separator: string;
  /** Brackets are half-width `()` instead of `（）`. */
  readonly halfWidthBrackets: boolean;
}

export interface Heading {
  readonly line: number;
  /** The structural level this heading has in the outline. It differs from `ordinal.styleLevel` when a
   * heading is written in the wrong style for its place (`1、 总体情况` at the top, `（4）` after `（三）`). */
  readonly level: HeadingLevel;
  readonly ordinal?: Ordinal;
  /** The title: the text after the ordinal, up to the first 。 for a run-in heading; bookmarks removed. */
  readonly title: string;
  readonly titleRange: Range;
  /** The heading runs into its paragraph (`（一）主动公开情况。全面推行…`). */
  readonly runIn: boolean;
  /** From the ordinal (or the title, if none) to the end of the title. */
  readonly range: Range;
}

export interface Section {
  readonly heading: Heading;
  readonly children: Section[];
  /** Indices into `ReportModel.tables` of the tables directly inside this section. */
  readonly tables: number[];
  /** From the heading to the last non-blank line before the next heading of the same or a higher level. */
  readonly range: Range;
}

export interface NumberValue {
  readonly value: number;
  /** The number as written (`+8`, `1,038`, `１２`), sign included, unit and padding excluded. */
  readonly text: string;
  /** No fractional part was written. */
  readonly integer: boolean;
  /** An explicit sign was written (`+8`, `-7`). */
  readonly signed: boolean;
  /** A unit written inside the cell (`万元` in `69.36万元`). */
  unit?: string;
  /** Full-width digits, sign or point were used (`１２`). */
  readonly fullWidth: boolean;
  /** Thousands separators were used (`1,038`). */
  readonly thousands: boolean;
  /** The number itself, sign included, unit and padding excluded. */
  readonly range: Range;
}

export interface Cell {
  /** The cell's text as written: the TAB-led line after the TAB, then any continuation lines, joined by '\n'
   * (in another layout: its field of a row's line, or its paragraph lines without a converter's centring). */
  readonly text: string;
  /** The text with whitespace (ASCII, U+3000, NBSP, line breaks) and Word bookmarks removed, brackets
   * made full-width: what labels are matched on. */
  readonly label: string;
  /** From after the TAB to the end of the cell's last line (in another layout: its field, or its lines). */
  readonly range: Range;
  /** First and last line of the cell (continuation lines included). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Nothing but whitespace and bookmarks. */
  readonly blank: boolean;
  /** The number the cell holds, when it holds one and nothing else but a unit. */
  readonly number?: NumberValue;
}

export type { TableKind } from './national';
import type { TableKind } from './national';

export interface Column {
  /** A stable key, e.g. `legal` (表三 法律服务机构), `review.kept` (表四 行政复议·结果维持). */
  readonly key: string;
  /** The label as a reader would say it, e.g. `法律服务机构`, `行政复议·结果维持`. */
  readonly label: string;
}

export interface Row {
  /** A stable key from the template, e.g. `total` (表三 （七）总计), `deny.3`, `staff`. */
  readonly key: string;
  /** The label as printed, normalised (`（七）总计`). */
  readonly label: string;
  /** The label cell as written, when there is one. */
  readonly labelCell?: Cell;
  /** For 表二: the block caption key (`item1`, `item5` …). For 表三 result rows: the group (`deny` …). */
  group?: string;
  /** Value cells by column index (parallel to `Table.columns`); undefined where the row has no such cell. */
  readonly cells: (Cell | undefined)[];
  /** Its cells could not be aligned with the columns (a `table-shape` problem): no sum is checked over it. */
  misaligned?: boolean;
  /** Only for the old 统计表: the key of the row this one is a part of (`其中：` rows, 专职/兼职). */
  readonly parent?: string;
  /** Only for the old 统计表: the unit cell (`条`, `人`, `万元`). */
  readonly unitCell?: Cell;
  /** Only for the old 统计表: a group row (`——` in its value cells), not a statistic. */
  readonly isGroup?: boolean;
  /** Only for 表三: a group's subtotals printed on its label's row (`（三）不予公开` with seven values), not
   * one of the results (the column total sums the sub-rows); its key is the group's (`deny`, `other` …). */
  subtotal?: boolean;
}

/** For 表二 (2019 format) each block has its own columns; the table's `columns` are their union. */
export interface TableBlock {
  readonly key: string; // item1, item5, item6, item8, item9
  readonly caption: string; // 第二十条第（一）项
  readonly captionCell?: Cell;
  /** Indices into `Table.columns`. */
  columns: number[];
  /** Indices into `Table.rows`. */
  readonly rows: number[];
}

/**
 * A text layout of a table other than Tika's cell-per-line (core/layouts/): `rows`, a line per table row,
 * its cells separated by TABs (Word's and WPS's "save as plain text", a table copied from Word, a browser or
 * Excel); `cells`, a line per cell paragraph with nothing marking rows or tables (LibreOffice's and
 * docx2txt's text), aligned with the national templates by its labels.
 */
export type TextLayout = 'rows' | 'cells';

export interface Table {
  readonly kind: TableKind;
  /** Named after its content: `表三 收到和处理政府信息公开申请情况`. */
  readonly name: string;
  /** The format this table's own layout follows, where it tells. */
  format?: '2019' | '2021' | 'pre-2019';
  readonly firstLine: number;
  readonly lastLine: number;
  readonly range: Range;
  /** Every cell of the table in document order, headers included. */
  readonly cells: readonly Cell[];
  /** Header cells (column labels, captions), in document order. */
  header: Cell[];
  columns: Column[];
  rows: Row[];
  blocks?: TableBlock[];
  /** The layout the table is written in, when it is not Tika's (a fix that inserts a row writes it so). */
  layout?: TextLayout;
}

export interface Title {
  /** The title's lines (often two: agency, then `2020年政府信息公开工作年度报告`). */
  readonly lines: readonly number[];
  readonly text: string;
  readonly range: Range;
  readonly agency?: string;
  readonly year?: number;
  readonly yearRange?: Range;
}

/** `一是…`, `二是…` inside prose: an enumeration item, not a heading. */
export interface Enumeration {
  readonly line: number;
  readonly value: number;
  /** The ordinal and its marker (`一是`), or the bare numeral where 是 is missing (`一以…`). */
  readonly range: Range;
  /** 是 follows the numeral. */
  readonly marked: boolean;
}

/** Residue of Word, web editors and converters that leaked into the text (`[bookmark: _GoBack]`, `&nbsp;`). */
export interface Artifact {
  /** A Word bookmark (`[bookmark: _GoBack]`), an invisible character (U+200B …; its text is `U+200B`), an
   * HTML comment (`<!--[if !supportLists]-->`) or tag (`</span>`), a character entity (`&nbsp;`), or a Word
   * field code (`HYPERLINK "…"`, `PAGE \* MERGEFORMAT`); see residue.ts. */
  readonly kind: 'bookmark' | 'invisible' | 'html-comment' | 'html-tag' | 'entity' | 'field-code';
  readonly text: string;
  readonly range: Range;
  /** For an entity: the text it stands for, which a fix writes in its place (others are removed). */
  readonly replacement?: string;
}

export type ParseProblemCode =
  | 'table-row-unaligned' // a row's cells could not be aligned with the template's columns
  | 'table-row-unknown' // a row label that is not in the template
  | 'table-header-unrecognised' // the header does not have the template's columns
  | 'table-duplicate-row' // the same template row appears twice
  | 'table-layout-unaligned' // a table in a layout without row marks that could not be aligned with its template (input-layout)
  | 'parser-failed'; // the parser met an input it could not read at all (a bug: the fuzz tests look for it)

/** A problem the parser met; its code is a message of the core, its arguments that message's. */
export type ParseProblem = {
  [C in ParseProblemCode]: {
    readonly code: C;
    readonly range: Range;
    readonly args: ArgsOf<CoreMessageTable[C]>;
    /** The table it concerns, an index into `ReportModel.tables`. */
    readonly table?: number;
  };
}[ParseProblemCode];

export interface ReportModel {
  /** Number of lines in the text (a final line break starts an empty last line). */
  readonly lineCount: number;
  readonly title?: Title;
  /** The top-level sections, in document order. */
  readonly sections: readonly Section[];
  /** Every heading, in document order (the sections' headings, flattened). */
  readonly headings: readonly Heading[];
  readonly tables: readonly Table[];
  readonly enumerations: readonly Enumeration[];
  readonly artifacts: readonly Artifact[];
  readonly format: ReportFormat;
  /** What the format was read from, e.g. `表三 （六）其他处理 has three sub-rows`. */
  readonly formatEvidence: readonly string[];
  /** Where the `format` setting overrode what the tables tell: what they tell. */
  readonly formatRead?: ReportFormat;
  readonly problems: ParseProblem[];
  /** Only for a text of several reports (core/document.ts): each report's title and lines, in order. */
  readonly reports?: readonly ReportPart[];
}

export interface ReportPart {
  readonly title?: Title;
  /** From the report's first line to the end of its last. */
  readonly range: Range;
}
