// Messages: every sentence a user reads is a message — an id, a Chinese and an English template — and
// its arguments. The core and the layers above emit `MessageRef`s (id + arguments); one function,
// `renderMessage` (catalogue.ts), turns them into text in the user's language. A template's `{name}`
// holes are its arguments, checked at compile time (`ArgsOf`); `{name:cn}` writes a number as a
// Chinese numeral (`第{n:cn}部分` → 第四部分). A list argument is joined as the language joins a list
// (`、`, ` and `), or with `{name:comma}` as a list of choices (`、`, `, `). `{name:s}` and `{name:es}`
// are an English plural ending: nothing when the number is 1 (`{n} file{n:s}` → 1 file, 2 files).
//
// This module holds the machinery and the core's messages that belong to no rule (the parser's
// problems, relations, hovers, the quick fixes that silence a rule). Each rule declares its own
// messages with the rule (rule-api.ts).
import type { MessageArg, MessageRef } from './findings';
import { toChineseNumeral } from './text';

export interface Message {
  readonly zh: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;

type ArgName<S extends string> = S extends `${infer N}:${string}` ? N : S;
type Holes<S extends string> = S extends `${string}{${infer H}}${infer R}` ? ArgName<H> | Holes<R> : never;

/** The arguments a message takes: one per `{name}` hole of its templates. */
export type ArgsOf<M extends Message> = { readonly [K in Holes<M['zh']> | Holes<M['en']>]: MessageArg };

export type Lang = 'zh' | 'en';

/** `zh` for any Chinese locale (`zh-cn`, `zh-CN`, `zh-tw` …), `en` otherwise. */
export function languageOf(locale: string | undefined): Lang {
  return !locale || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ' and ' };
const CHOICE_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };
const HOLE = /\{(\w+)(?::(\w+))?\}/g;

/** A template with its holes filled; `lookup` finds the messages that arguments refer to. */
export function fillTemplate(template: string, args: MessageRef['args'], lang: Lang, lookup: (id: string) => Message | undefined): string {
  const arg = (v: MessageArg, format: string | undefined): string => {
    if (typeof v === 'number') {
      if (format === 's' || format === 'es') return v === 1 ? '' : format;
      return format === 'cn' ? toChineseNumeral(v) : String(v);
    }
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map((x: MessageArg) => arg(x, undefined)).join((format === 'comma' ? CHOICE_SEPARATOR : LIST_SEPARATOR)[lang]);
    const ref = v as MessageRef;
    const m = lookup(ref.id);
    return m ? fillTemplate(m[lang], ref.args, lang, lookup) : ref.id;
  };
  return template.replace(HOLE, (whole, name: string, format: string | undefined) => {
    const v = args[name];
    return v === undefined ? whole : arg(v, format);
  });
}

/** A table of messages, a typed maker of references to them (`ref`), and their text in a locale
 * (`render`: for the layers that show their own messages, whose arguments are no messages of another
 * table; findings and nested messages go through `renderMessage` or a shell's `say`). */
export interface Messages<T extends MessageTable> {
  readonly table: T;
  ref<K extends keyof T & string>(id: K, args: ArgsOf<T[K]>): MessageRef;
  render<K extends keyof T & string>(id: K, args: ArgsOf<T[K]>, locale: string | undefined): string;
}

export function defineMessages<const T extends MessageTable>(table: T): Messages<T> {
  const lookup = (id: string): Message | undefined => (table as MessageTable)[id];
  return {
    table,
    ref: (id, args) => ({ id, args }),
    render: (id, args, locale) => {
      const lang = languageOf(locale);
      return fillTemplate(table[id]![lang], args, lang, lookup);
    },
  };
}

/** The messages of the core that belong to no rule. */
export const coreMessages = defineMessages({
  // The parser's problems with a table (reported by table-shape).
  'table-row-unaligned': {
    zh: '{table}「{row}」行有 {found} 个数据单元格，应为 {expected} 个，无法与表头各列对齐',
    en: '{table} row "{row}" has {found} data cells where {expected} are expected; its columns cannot be aligned',
  },
  'table-row-unknown': {
    zh: '{table}中「{row}」不是该表的标准行',
    en: '"{row}" is not a row of {table}',
  },
  'table-header-unrecognised': {
    zh: '{table}的表头缺少「{missing}」，各列按标准顺序读取',
    en: 'The header of {table} lacks "{missing}"; its columns are read in the standard order',
  },
  'table-duplicate-row': {
    zh: '{table}中「{row}」行重复出现，只读取第一次出现的数据',
    en: 'Row "{row}" appears twice in {table}; only its first occurrence is read',
  },
  // A table in a layout without row marks that could not be aligned with its template (reported by input-layout).
  'table-layout-unaligned': {
    zh: '{table}的单元格各占一行，没有标出行（LibreOffice 或 docx2txt 导出的文本），无法按国家格式的模板对齐：{reason}；此表未检查',
    en: '{table} is written a cell per line with nothing marking its rows (text written by LibreOffice or docx2txt) and could not be aligned with the national template: {reason}; the table is not checked',
  },
  'layout.extra-cell': { zh: '「{row}」行之后还有单元格「{text}」', en: 'row "{row}" is followed by a further cell "{text}"' },
  'layout.extra-data-cell': { zh: '数据行之后还有单元格「{text}」', en: 'the data row is followed by a further cell "{text}"' },
  'layout.no-row': { zh: '「{text}」不在任何一行之下', en: '"{text}" stands under no row' },
  'parser-failed': {
    zh: '无法解析此文档：{error}',
    en: 'This document could not be parsed: {error}',
  },
  'rule-failed': {
    zh: '规则 {rule} 检查时出错：{error}',
    en: 'Rule {rule} failed: {error}',
  },
  // How a relation of the tables is described in related information and hovers.
  'relation.row': { zh: '「{row}」行：总计 {lhs}，各类申请人之和 {rhs}', en: 'Row "{row}": total {lhs}, sum of the applicant columns {rhs}' },
  'relation.column': { zh: '{col}列：（七）总计 {lhs}，各办理结果之和 {rhs}', en: 'Column {col}: (七) total {lhs}, sum of the results {rhs}' },
  'relation.balance': { zh: '{col}列：一+二 = {lhs}，（七）总计+四 = {rhs}', en: 'Column {col}: 一 + 二 = {lhs}, (七) total + 四 = {rhs}' },
  'relation.group': { zh: '{group}：总计 {lhs}，四项结果之和 {rhs}', en: '{group}: total {lhs}, sum of the four results {rhs}' },
  'related.cell': { zh: '{cell}：{value}', en: '{cell}: {value}' },
  // The fix of a total that does not hold (table-row-total, table-column-total).
  'fix.set-total': { zh: '将总计改为 {sum}', en: 'Set the total to {sum}' },
  // Hovers on a table cell.
  'hover.cell': { zh: '{cell}', en: '{cell}' },
  'hover.holds': { zh: '{relation}：相符', en: '{relation}: holds' },
  'hover.fails': { zh: '{relation}：不符，此格按此关系应为 {expected}', en: '{relation}: does not hold; by it this cell should be {expected}' },
  'hover.blank': { zh: '{relation}：有未填写的单元格', en: '{relation}: some cells are blank' },
  'hover.indeterminate': { zh: '{relation}：有单元格不是数字，无法核对', en: '{relation}: a cell is not a number, so it cannot be checked' },
  'relation.name.row': { zh: '「{row}」行', en: 'Row "{row}"' },
  'relation.name.column': { zh: '{col}列', en: 'Column {col}' },
  'relation.name.balance': { zh: '{col}列：一+二 与 （七）总计+四', en: 'Column {col}: 一 + 二 against (七) total + 四' },
  'relation.name.group': { zh: '{group}', en: '{group}' },
  'hover.addends': { zh: '　其中 {terms}', en: '　of which {terms}' },
  'hover.addends-zero': { zh: '　各加数均为 0', en: '　every addend is 0' },
  // The quick fixes that silence a rule (directives.ts).
  'fix.disable-line': { zh: '在此行停用规则 {rule}', en: 'Disable {rule} for this line' },
  'fix.disable-file': { zh: '在本文件停用规则 {rule}', en: 'Disable {rule} for this file' },
});

export const msg = coreMessages.ref;
export type CoreMessageTable = (typeof coreMessages)['table'];
