/// <reference lib="dom" />
// The table preview's page: one HTML document with an inline style and an inline script, both under a
// strict Content-Security-Policy (`default-src 'none'`, the style and the script by nonce, no remote
// resource). The script is `previewScript`, written here in TypeScript and bundled with the extension;
// its source text is put into the page, so the .vsix holds no script file of its own. It builds the
// grids from the server's `nianbao/tables` answer with DOM calls (text as text, never as HTML), marks
// failing and blank cells, answers clicks and keys, and follows the editor's cursor.
import type { GridCellView, TablesResult, TableView, ValueView } from '../../shared/protocol';

/** The page's strings, in VS Code's display language. */
export interface PreviewStrings {
  blank: string;
  missing: string;
  noTables: string;
  problems: string;
  help: string;
}

/** Extension → page. `click`: a click on the named cell (the end-to-end tests' way to click). */
export type ToPage =
  | { type: 'tables'; data: TablesResult }
  | { type: 'cursor'; line: number }
  | { type: 'click'; name: string };

/** Page → extension. `rendered`: what the page shows now (for the end-to-end tests and the log). */
export type FromPage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; character: number }
  | { type: 'rendered'; version: number; tables: string[]; failing: string[]; blank: number; current: string | null };

/** The page's script: runs inside the webview; refers to nothing outside itself but the DOM and `strings`. */
function previewScript(strings: PreviewStrings): void {
  type Cell = { el: HTMLElement; value: ValueView };
  const vscode = (globalThis as unknown as { acquireVsCodeApi(): { postMessage(m: unknown): void } }).acquireVsCodeApi();
  const root = document.getElementById('root')!;
  const details = document.getElementById('details')!;
  let cells: Cell[] = [];
  let current: Cell | undefined;
  let version = -1;
  let names: string[] = [];

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const post = (m: unknown) => vscode.postMessage(m);
  const reveal = (range: { start: { line: number; character: number } }) => post({ type: 'reveal', line: range.start.line, character: range.start.character });
  const describe = (c: Cell): string => {
    const v = c.value;
    const what = v.missing ? strings.missing : v.blank ? strings.blank : c.el.textContent ?? '';
    return [`${v.name}: ${what}`, ...v.messages].join('\n');
  };
  const show = (c: Cell | undefined) => {
    details.textContent = c ? describe(c) : strings.help;
  };
  const report = () =>
    post({
      type: 'rendered',
      version,
      tables: names,
      failing: cells.filter((c) => c.value.severity).map((c) => c.value.name),
      blank: cells.filter((c) => c.value.blank).length,
      current: current ? current.value.name : null,
    });

  function cellOf(view: GridCellView): HTMLElement {
    const header = view.kind !== 'value' && view.kind !== 'text';
    const e = el(header ? 'th' : 'td', view.kind, view.text);
    if (view.rowSpan) (e as HTMLTableCellElement).rowSpan = view.rowSpan;
    if (view.colSpan) (e as HTMLTableCellElement).colSpan = view.colSpan;
    if (header && view.kind !== 'label') e.setAttribute('scope', 'col');
    if (view.kind === 'label') e.setAttribute('scope', 'row');
    const v = view.value;
    if (!v) return e;
    const c: Cell = { el: e, value: v };
    cells.push(c);
    e.tabIndex = 0;
    if (v.blank) e.classList.add('blank');
    if (v.missing) e.classList.add('missing');
    if (v.severity) e.classList.add('problem', v.severity);
    e.title = describe(c);
    e.setAttribute('aria-label', describe(c));
    e.addEventListener('click', () => reveal(v.range));
    e.addEventListener('keydown', (k) => {
      if (k.key === 'Enter' || k.key === ' ') {
        k.preventDefault();
        reveal(v.range);
      }
    });
    e.addEventListener('focus', () => show(c));
    e.addEventListener('mouseenter', () => show(c));
    return e;
  }

  function tableOf(t: TableView): HTMLElement {
    const section = el('section', 'table');
    const h = el('h2', undefined, t.name);
    section.append(h);
    for (const g of t.grids) {
      const table = el('table');
      if (g.caption) table.append(el('caption', undefined, g.caption));
      const body = el('tbody');
      for (const row of g.rows) {
        const tr = el('tr');
        for (const view of row) tr.append(cellOf(view));
        body.append(tr);
      }
      table.append(body);
      section.append(table);
    }
    if (t.problems.length) {
      section.append(el('h3', undefined, strings.problems));
      const list = el('ul', 'problems');
      for (const p of t.problems) {
        const item = el('li');
        const button = el('button', p.severity, `${p.range.start.line + 1}: ${p.message}`);
        button.addEventListener('click', () => reveal(p.range));
        item.append(button);
        list.append(item);
      }
      section.append(list);
    }
    return section;
  }

  function render(data: TablesResult): void {
    const focused = document.activeElement;
    const refocus = cells.find((c) => c.el === focused)?.value.name;
    const keep = current?.value.name;
    cells = [];
    current = undefined;
    version = data.version;
    names = data.tables.map((t) => t.name);
    root.replaceChildren(...(data.tables.length ? data.tables.map(tableOf) : [el('p', 'empty', strings.noTables)]));
    const again = (name: string | undefined) => (name === undefined ? undefined : cells.find((c) => c.value.name === name));
    if (keep) mark(again(keep));
    again(refocus)?.el.focus();
    show(current);
    report();
  }

  function mark(c: Cell | undefined): void {
    current?.el.classList.remove('current');
    current = c;
    if (!c) return;
    c.el.classList.add('current');
    c.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const m = event.data as ToPage;
    if (m.type === 'tables') render(m.data);
    else if (m.type === 'cursor') {
      mark(cells.find((c) => !c.value.missing && c.value.range.start.line <= m.line && m.line <= c.value.range.end.line));
      report();
    } else if (m.type === 'click') cells.find((c) => c.value.name === m.name)?.el.click();
  });
  show(undefined);
  post({ type: 'ready' });
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 16px 4em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
h3 { font-size: 1em; margin: .6em 0 .2em; }
table { border-collapse: collapse; margin: .4em 0 1em; }
caption { text-align: left; font-weight: 600; padding: .2em 0; }
th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, #8884)); padding: 2px 6px; vertical-align: middle; }
th { background: var(--vscode-editorWidget-background); font-weight: 600; text-align: center; }
th.label, th.corner { text-align: left; font-weight: normal; }
th.corner { font-size: .85em; color: var(--vscode-descriptionForeground); }
td.value { text-align: right; min-width: 2.5em; cursor: pointer; font-variant-numeric: tabular-nums; }
td.blank::after, td.missing::after { font-style: italic; font-size: .85em; color: var(--vscode-descriptionForeground); }
td.blank::after { content: var(--blank); }
td.missing::after { content: var(--missing); }
td.blank { background: var(--vscode-diffEditor-removedTextBackground, #8882); border-style: dashed; }
td.problem { font-weight: 700; }
td.error { background: var(--vscode-inputValidation-errorBackground, #f003); outline: 2px solid var(--vscode-editorError-foreground); outline-offset: -2px; }
td.warning { background: var(--vscode-inputValidation-warningBackground, #fa03); outline: 2px solid var(--vscode-editorWarning-foreground); outline-offset: -2px; }
td.information, td.hint { background: var(--vscode-inputValidation-infoBackground, #08f3); outline: 1px solid var(--vscode-editorInfo-foreground); outline-offset: -1px; }
td.current { box-shadow: inset 0 0 0 3px var(--vscode-focusBorder); text-decoration: underline; }
td:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
body.vscode-high-contrast td.problem, body.vscode-high-contrast-light td.problem { outline: 2px dashed var(--vscode-contrastActiveBorder, currentColor); }
body.vscode-high-contrast td.current, body.vscode-high-contrast-light td.current { box-shadow: inset 0 0 0 3px var(--vscode-contrastBorder, currentColor); }
ul.problems { padding-left: 1.2em; }
ul.problems button { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; padding: 1px 0; font: inherit; }
ul.problems button:focus { outline: 1px solid var(--vscode-focusBorder); }
#details { position: fixed; left: 0; right: 0; bottom: 0; padding: 4px 16px; white-space: pre-line; min-height: 2.6em;
  background: var(--vscode-editorWidget-background); border-top: 1px solid var(--vscode-editorWidget-border, #8884); }
p.empty { color: var(--vscode-descriptionForeground); }
`;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** A CSS string literal of `s`. */
const cssString = (s: string): string => `"${s.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\a ' : `\\${c}`))}"`;

/** The page for a report: `nonce` for its style and script; `lang` VS Code's display language. */
export function previewHtml(nonce: string, title: string, lang: string, strings: PreviewStrings): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">:root { --blank: ${cssString(strings.blank)}; --missing: ${cssString(strings.missing)}; }${STYLE}</style>
</head>
<body>
<main id="root" aria-live="off"></main>
<div id="details" role="status" aria-live="polite"></div>
<script nonce="${nonce}">(${previewScript.toString()})(${JSON.stringify(strings).replace(/</g, '\\u003c')});</script>
</body>
</html>`;
}
