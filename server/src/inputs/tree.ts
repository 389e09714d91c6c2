// A small element tree over htmlparser2's tokenizer, for the XML parts of a .docx (xmlMode, names
// with their namespace prefix made canonical) and for HTML pages (implied end tags as the library
// knows them). Bytes never reach here: text in, tree out; no I/O.
import { Parser } from 'htmlparser2';

export interface Element {
  /** `w:p` (XML: the canonical prefix of its namespace), `td` (HTML: lower case). */
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

/** Elements nested deeper than this are read as children of their ancestor at this depth (no walker recurses without bound). */
export const MAX_DEPTH = 256;

/** The prefix every known namespace is given, whatever prefix a file declares for it. */
const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'urn:schemas-microsoft-com:vml': 'v',
};

export interface TreeResult {
  root: Element;
  /** Elements still open at the end of the input: the file was cut short. */
  unclosed: number;
}

/** Parses XML (`xml: true`: namespaces resolved, names and attributes as written) or HTML into a tree. */
export function parseTree(text: string, xml: boolean): TreeResult {
  const root: Element = { name: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  /** Per open element: its namespace scope (prefix → URI), or undefined when it declares none. */
  const scopes: (Map<string, string> | undefined)[] = [undefined];
  /** Elements opened past MAX_DEPTH (flattened; their end tags pop nothing). */
  let overflow = 0;
  const resolve = (prefixed: string): string => {
    const colon = prefixed.indexOf(':');
    const prefix = colon < 0 ? '' : prefixed.slice(0, colon);
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]?.get(prefix);
      if (uri !== undefined) {
        const canon = CANONICAL[uri];
        if (canon === undefined) return prefixed;
        return canon + ':' + (colon < 0 ? prefixed : prefixed.slice(colon + 1));
      }
    }
    return prefixed;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length > MAX_DEPTH) {
          overflow++;
          return;
        }
        let scope: Map<string, string> | undefined;
        if (xml) {
          for (const key of Object.keys(attribs)) {
            if (key === 'xmlns') (scope ??= new Map()).set('', attribs[key]!);
            else if (key.startsWith('xmlns:')) (scope ??= new Map()).set(key.slice(6), attribs[key]!);
          }
        }
        scopes.push(scope);
        let attrs = attribs;
        if (xml) {
          attrs = {};
          for (const [k, v] of Object.entries(attribs)) attrs[k.includes(':') && !k.startsWith('xmlns') ? resolve(k) : k] = v;
        }
        const el: Element = { name: xml ? resolve(name) : name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      onclosetag() {
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (stack.length > 1) {
          stack.pop();
          scopes.pop();
        }
      },
      ontext(data) {
        const children = stack[stack.length - 1]!.children;
        const last = children.length - 1;
        if (typeof children[last] === 'string') children[last] += data;
        else children.push(data);
      },
    },
    { xmlMode: xml, decodeEntities: true, recognizeCDATA: xml },
  );
  parser.write(text);
  const unclosed = stack.length - 1;
  parser.end();
  return { root, unclosed };
}

/** The element children of an element. */
export function elements(el: Element): Element[] {
  return el.children.filter((c): c is Element => typeof c !== 'string');
}

/** The first child element of that name. */
export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The first element of that name at any depth (document order), without recursion. */
export function find(el: Element, name: string): Element | undefined {
  const todo: Element[] = [el];
  while (todo.length > 0) {
    const e = todo.pop()!;
    if (e.name === name && e !== el) return e;
    const kids = elements(e);
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
  }
  return undefined;
}
