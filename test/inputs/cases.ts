// The generated reports with defects that the input tests write in every form (forms.test.ts: .docx, HTML,
// a LibreOffice round trip; text-layouts.test.ts: LibreOffice's and docx2txt's text, rows with TABs), and
// LibreOffice run over a batch of files, as those tests convert them.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate, resultKeys, type GenOptions, type Generated } from '../gen/report';

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const NO_SOFFICE = 'soffice (LibreOffice) is not installed: apt-get install libreoffice-writer-nogui (.ci/run installs it)';

export interface Case {
  name: string;
  options: GenOptions;
  /** The defect written into the generated text (its lines; what the generator made). */
  defect: (lines: string[], g: Generated) => void;
  /** A rule the Tika text must give (so that the comparison is not between two empty lists). */
  rule: string;
}

export const swap = (lines: string[], a: number, b: number): void => {
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
};
export const add = (lines: string[], at: number, delta: number): void => {
  lines[at] = '\t' + String(Number(lines[at]!.trim()) + delta);
};

export const CASES: readonly Case[] = [
  {
    name: '2021 format, seed 000’s swap: （七）总计 法律服务机构 and 其他 exchanged; bookmark in a cell; labels over two paragraphs',
    options: { format: '2021', seed: 11, bookmark: true, wrapLabels: true, prose: true },
    defect: (lines, g) => swap(lines, g.table3Lines.get('total')![4]!, g.table3Lines.get('total')![5]!),
    rule: 'table-swapped-cells',
  },
  {
    name: '2019 format, two wrong row totals (予以公开 总计 + 2, the next result row with a total − 2: the column still adds up); 表四 as seed 001 lays it out; a bookmark in the prose',
    options: { format: '2019', seed: 7, table4Layout: 'third-row', prose: true },
    defect: (lines, g) => {
      const other = resultKeys('2019').find((k) => k !== 'open' && g.table3.get(k)![6]! >= 2)!;
      add(lines, g.table3Lines.get('open')![6]!, 2);
      add(lines, g.table3Lines.get(other)![6]!, -2);
      const at = lines.findIndex((l) => l.startsWith('（二）依申请公开情况'));
      lines[at + 1] = '[bookmark: _Hlk2]' + lines[at + 1];
    },
    rule: 'table-row-total',
  },
  {
    name: '2021 format, one wrong cell (本年新收 自然人 + 5); padded numbers; 三、本年度办理结果 printed twice',
    options: { format: '2021', seed: 5, padding: true, repeatGroup: true },
    defect: (lines, g) => {
      const at = g.table3Lines.get('new')![0]!;
      lines[at] = lines[at]!.replace(/\d+/, (n) => String(Number(n) + 5));
    },
    rule: 'table-culprit-cell',
  },
  {
    name: '2019 format, a blank cell (（七）总计 其他); half-width brackets, Ningbo labels, indented headings',
    options: { format: '2019', seed: 3, halfWidthBrackets: true, ningboLabels: true, indentHeadings: true },
    defect: (lines, g) => {
      lines[g.table3Lines.get('total')![5]!] = '\t';
    },
    rule: 'table-cell-empty',
  },
];

/** A case's report: the generator's text with the defect written into it. */
export function caseText(c: Case): string {
  const g = generate(c.options);
  const lines = g.text.split('\n');
  c.defect(lines, g);
  return lines.join('\n');
}

/** LibreOffice converts every .docx of `from` to `format`, into `to`, in one run (with a profile of its own,
 * so that two runs go side by side), its profile in `dir`. */
export function soffice(dir: string, format: string, from: string[], to: string): Promise<void> {
  const profile = pathToFileURL(join(dir, `profile-${format.replace(/\W/g, '')}`)).href;
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', to, ...from], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 180_000,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`soffice --convert-to ${format} exited with ${code}: ${stderr}`))));
  });
}
