// The server's settings for one document: the editor's `nianbao` section (pulled with
// workspace/configuration for the document's uri) merged over the nearest `.nianbao.json`; the
// editor wins per key and, for `rules`, per rule. Only the keys the server uses are read here; the
// client's own keys (detect, trace) are left alone.
import { readConfig, type CheckerConfig, type ConfigProblem, type InlayMode } from '../core/index';
import { lspMessages } from './messages';

export type RunSetting = 'onType' | 'onSave';

export interface ServerSettings {
  config: CheckerConfig;
  run: RunSetting;
  /** Above this many bytes of UTF-8 only a prefix is checked. */
  maxFileSize: number;
  /** The document matches the `ignores` of its `.nianbao.json`: it is not checked. */
  ignored: boolean;
  /** What could not be used, for the log. */
  problems: ConfigProblem[];
  /** `nianbao.inlayHints`: what the table cells' inlay hints show. */
  inlayHints: InlayMode;
}

/** By default a cell says where it stands and, where a sum fails, what it should be: the expected value
 * appears only where something is wrong, which is where a reader needs it. */
export const DEFAULT_INLAY_HINTS: InlayMode = 'expected';
const INLAY_MODES: readonly InlayMode[] = ['off', 'labels', 'expected'];

export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

export const defaultSettings = (): ServerSettings => ({
  config: {},
  run: 'onType',
  maxFileSize: DEFAULT_MAX_FILE_SIZE_KB * 1024,
  ignored: false,
  problems: [],
  inlayHints: DEFAULT_INLAY_HINTS,
});

/** The editor's `nianbao` section (any JSON value) merged over a configuration file's config. */
export function readSettings(section: unknown, fileConfig: CheckerConfig = {}): ServerSettings {
  const settings = defaultSettings();
  const editor = section && typeof section === 'object' && !Array.isArray(section) ? (section as Record<string, unknown>) : {};
  // The checker's keys go through the core's reader, which names every unusable entry.
  const checkerKeys: Record<string, unknown> = {};
  if (editor['rules'] !== undefined && editor['rules'] !== null) checkerKeys['rules'] = editor['rules'];
  if (editor['format'] !== undefined && editor['format'] !== null) checkerKeys['format'] = editor['format'];
  const { config, problems } = readConfig(checkerKeys);
  settings.problems.push(...problems.map((p) => ({ ...p, path: p.path ? `nianbao.${p.path}` : 'nianbao' })));

  const rules = { ...fileConfig.rules, ...config.rules };
  if (Object.keys(rules).length) settings.config.rules = rules;
  const format = config.format ?? fileConfig.format;
  if (format) settings.config.format = format;
  if (fileConfig.ignores) settings.config.ignores = fileConfig.ignores;

  const run = editor['run'];
  if (run === 'onType' || run === 'onSave') settings.run = run;
  else if (run !== undefined && run !== null) {
    settings.problems.push({ path: 'nianbao.run', message: lspMessages.ref('setting.run', {}) });
  }
  const inlay = editor['inlayHints'];
  if (INLAY_MODES.includes(inlay as InlayMode)) settings.inlayHints = inlay as InlayMode;
  else if (inlay !== undefined && inlay !== null) {
    settings.problems.push({ path: 'nianbao.inlayHints', message: lspMessages.ref('setting.inlayHints', { choices: INLAY_MODES }) });
  }
  const max = editor['maxFileSize'];
  if (typeof max === 'number' && Number.isFinite(max) && max > 0) settings.maxFileSize = Math.floor(max * 1024);
  else if (max !== undefined && max !== null) {
    settings.problems.push({ path: 'nianbao.maxFileSize', message: lspMessages.ref('setting.maxFileSize', {}) });
  }
  return settings;
}

export interface Prefix {
  /** The text to check: all of it, or its lines up to the limit. */
  text: string;
  truncated: boolean;
  /** The size of the whole text, in bytes of UTF-8. */
  bytes: number;
  /** How many whole lines the checked text holds. */
  lines: number;
}

/** UTF-8 bytes of one UTF-16 code unit (a surrogate counts 2, so a pair counts 4). */
const unitBytes = (c: number): number => (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3);

/**
 * The text if it is at most `maxBytes` bytes of UTF-8, else its longest prefix of whole lines that
 * fits (cut after a line break; a first line longer than the limit is cut at the limit). Linear in
 * the prefix, not in the text.
 */
export function checkablePrefix(text: string, maxBytes: number): Prefix {
  // Each code unit is at most 3 bytes: a text this short cannot be over the limit.
  if (text.length * 3 <= maxBytes) return { text, truncated: false, bytes: -1, lines: -1 };
  let bytes = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const b = unitBytes(text.charCodeAt(i));
    if (bytes + b > maxBytes) break;
    bytes += b;
  }
  if (i === text.length) return { text, truncated: false, bytes, lines: -1 };
  let total = bytes;
  for (let j = i; j < text.length; j++) total += unitBytes(text.charCodeAt(j));
  // Cut after the last line break inside the limit (`\r\n` stays whole).
  let cut = Math.max(text.lastIndexOf('\n', i - 1), text.lastIndexOf('\r', i - 1)) + 1;
  // A `\r` whose `\n` lies beyond the limit: cut before the pair.
  if (cut > 0 && text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut--;
  if (cut <= 0) cut = i;
  const prefix = text.slice(0, cut);
  let lines = 1;
  for (let k = 0; k < prefix.length; k++) {
    const c = prefix.charCodeAt(k);
    if (c === 10 || (c === 13 && prefix.charCodeAt(k + 1) !== 10)) lines++;
  }
  // A prefix ending with a line break holds no part of the next line.
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last === 10 || last === 13) lines--;
  return { text: prefix, truncated: true, bytes: total, lines };
}
