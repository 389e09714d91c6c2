// Where a rule's page is: `docs/rules/<id>.md` of the installed package (the .vsix ships the pages),
// as a file URI — a link that works offline, in VS Code (a finding's `codeDescription`) and in SARIF
// (`helpUri`). The package is the folder above this bundle that holds package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let base: string | null | undefined;
/** By rule id: its page's URI, or null (no page: a rule of the tests, the parser). */
const pages = new Map<string, string | null>();

function packageRoot(): string | null {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** The URI of a rule's page, or undefined where there is none. */
export function ruleDocUri(id: string): string | undefined {
  let page = pages.get(id);
  if (page === undefined) {
    if (base === undefined) {
      const root = packageRoot();
      base = root && join(root, 'docs', 'rules');
    }
    const file = base === null ? undefined : join(base, `${id}.md`);
    page = file !== undefined && /^[a-z0-9-]+$/.test(id) && existsSync(file) ? pathToFileURL(file).href : null;
    pages.set(id, page);
  }
  return page ?? undefined;
}
