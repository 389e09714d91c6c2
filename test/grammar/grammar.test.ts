// The TextMate grammar (syntaxes/nianbao.tmLanguage.json), tokenized with the engine VS Code uses
// (vscode-textmate + vscode-oniguruma) on real lines from the seed reports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

/** The repository root: the nearest folder above this file that holds package.json. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

const root = repoRoot();
const grammarPath = join(root, 'syntaxes', 'nianbao.tmLanguage.json');
const seedsDir = join(root, 'test', 'fixtures', 'seeds');
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

/** Line `n` (1-based) of the seed whose name starts with `id` (`'000'` … `'004'`). */
function seed(id: string, n: number): string {
  const file = seedFiles.find((f) => f.startsWith(id));
  assert.ok(file, `seed ${id}`);
  const line = readFileSync(join(seedsDir, file), 'utf8').split(/\r?\n/)[n - 1];
  assert.ok(line !== undefined, `seed ${id} line ${n}`);
  return line;
}

let grammar: IGrammar;

before(async () => {
  await loadWASM(readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new OnigScanner(sources),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.nianbao' ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const g = await registry.loadGrammar('text.nianbao');
  assert.ok(g);
  grammar = g;
});

type Tok = [text: string, scopes: string];

/** The line's tokens as [text, scopes below the root joined by spaces ('' for plain text)]. */
function tokenize(line: string): Tok[] {
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const out: Tok[] = tokens.map((t) => {
    assert.equal(t.scopes[0], 'text.nianbao');
    return [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')];
  });
  assert.equal(out.map(([text]) => text).join(''), line, 'the tokens cover the line exactly');
  return out;
}

const H = (level: number, part?: string) =>
  `markup.heading.${level}.nianbao` + (part ? ` ${part}.nianbao` : '');
const ordinal = (level: number) => H(level, 'punctuation.definition.heading');
const title = (level: number) => H(level, 'entity.name.section');
const stop = (level: number) => H(level, 'punctuation.terminator.heading');
const CELL = 'meta.table.cell.nianbao';
const NUM = 'constant.numeric.nianbao';
const ENUM = 'keyword.other.enumeration.nianbao';
const ARTIFACT = 'invalid.deprecated.artifact.nianbao';
const LIST = 'markup.list.numbered.nianbao punctuation.definition.list.begin.nianbao';

/** The tokens that follow a heading or list ordinal: plain prose, numbers and enumerations only. */
function assertProse(toks: Tok[]): void {
  for (const [text, scopes] of toks) assert.ok(['', NUM, ENUM].includes(scopes), `${text}: ${scopes}`);
}

test('the grammar file is the one package.json declares', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { grammars: { language: string; scopeName: string; path: string }[] };
  };
  const g = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName: string };
  assert.deepEqual(pkg.contributes.grammars, [
    { language: 'nianbao', scopeName: g.scopeName, path: './syntaxes/nianbao.tmLanguage.json' },
  ]);
  assert.equal(g.scopeName, 'text.nianbao');
});

test('level 1 heading: ordinal and title', () => {
  assert.deepEqual(tokenize(seed('000', 13)), [
    ['二、', ordinal(1)],
    ['主动公开政府信息情况', title(1)],
  ]);
});

test('level 1 heading indented with ASCII spaces; the spaces are not part of it', () => {
  assert.deepEqual(tokenize(seed('004', 220)), [
    ['    ', ''],
    ['四、', ordinal(1)],
    ['政府信息公开的收费及减免情况', title(1)],
  ]);
});

test('level 1 heading ends at its 。; trailing padding is outside', () => {
  assert.deepEqual(tokenize(seed('004', 224)), [
    ['    ', ''],
    ['五、', ordinal(1)],
    ['依申请公开政府信息情况，举报、投诉、行政复议和行政诉讼的处理及应对情况', title(1)],
    ['。', stop(1)],
    [' ', ''],
  ]);
});

test('run-in level 2 heading: the heading stops right after the first 。', () => {
  const line = seed('000', 8);
  assert.ok(line.startsWith('（一）主动公开情况。全面推行'));
  const toks = tokenize(line);
  assert.deepEqual(toks.slice(0, 4), [
    ['（一）', ordinal(2)],
    ['主动公开情况', title(2)],
    ['。', stop(2)],
    ['全面推行重大决策预公开制度，持续推进“五公开”，切实将“五公开”与行政机关履职全过程有机融合，努力实现权力运行到哪，政务公开就延伸到哪，保证“应公开、尽公开”原则落实到位。', ''],
  ]);
  assert.deepEqual(toks[4], ['2020', NUM]);
  assertProse(toks.slice(3));
});

test('level 2 heading ending in 。 with nothing after it', () => {
  assert.deepEqual(tokenize(seed('002', 405)), [
    ['（一）', ordinal(2)],
    ['存在的主要问题', title(2)],
    ['。', stop(2)],
  ]);
});

test('level 4 heading （4） with a space before the title', () => {
  assert.deepEqual(tokenize(seed('002', 12)), [
    ['（4）', ordinal(4)],
    [' ', H(4)],
    ['平台建设情况', title(4)],
  ]);
});

test('level 3 headings: 1、 with a space, 1. without', () => {
  assert.deepEqual(tokenize(seed('002', 3)), [
    ['1、', ordinal(3)],
    [' ', H(3)],
    ['总体情况', title(3)],
  ]);
  assert.deepEqual(tokenize(seed('001', 6)), [
    ['1.', ordinal(3)],
    ['不同渠道方式主动公开及回应解读总体情况', title(3)],
  ]);
});

test('half-width brackets, spaced brackets and other separators are headings too', () => {
  assert.deepEqual(tokenize('(二)依申请公开情况'), [
    ['(二)', ordinal(2)],
    ['依申请公开情况', title(2)],
  ]);
  assert.deepEqual(tokenize('（ 三 ）平台建设情况'), [
    ['（ 三 ）', ordinal(2)],
    ['平台建设情况', title(2)],
  ]);
  assert.deepEqual(tokenize('[bookmark: _GoBack][bookmark: _Hlk1] 一．总体情况'), [
    ['[bookmark: _GoBack]', ARTIFACT],
    ['[bookmark: _Hlk1]', ARTIFACT],
    [' ', ''],
    ['一．', ordinal(1)],
    ['总体情况', title(1)],
  ]);
  assert.deepEqual(tokenize('\u3000\u00a02．平台建设'), [
    ['\u3000\u00a0', ''],
    ['2．', ordinal(3)],
    ['平台建设', title(3)],
  ]);
});

test('headings without 、: a bare numeral before a short title, a standard title alone', () => {
  assert.deepEqual(tokenize(seed('004', 5)), [
    ['一', ordinal(1)],
    ['基本情况', title(1)],
  ]);
  assert.deepEqual(tokenize(seed('000', 4)), [['总体情况', title(1)]]);
  // An unmarked enumeration or a sentence is no heading.
  assert.deepEqual(tokenize('一以群众需求为目标，增强公开实效。'), [['一以群众需求为目标，增强公开实效。', '']]);
  assert.deepEqual(tokenize('一年来，市政府办公室政务公开工作取得明显成效'), [['一年来，市政府办公室政务公开工作取得明显成效', '']]);
});

test('a closing colon stays in the heading but out of the title', () => {
  assert.deepEqual(tokenize('（一）存在的问题：'), [
    ['（一）', ordinal(2)],
    ['存在的问题', title(2)],
    ['：', H(2)],
  ]);
});

test('a level 1 or 2 line with more than 50 characters before its 。 is prose', () => {
  const line = '（一）' + '加强'.repeat(26) + '。';
  assert.deepEqual(tokenize(line), [[line, '']]);
});

test('a numbered long sentence is a list item: only its number is marked', () => {
  const line = seed('001', 511);
  assert.ok(line.startsWith('1、 加强梳理精度，进一步扩大公开内容。对照'));
  const toks = tokenize(line);
  assert.deepEqual(toks[0], ['1、', LIST]);
  assertProse(toks.slice(1));
  const noSpace = tokenize(seed('001', 513));
  assert.deepEqual(noSpace[0], ['3、', LIST]);
  assert.ok(noSpace[1]?.[0].startsWith('加强业务指导，进一步规范公开工作。'));
  // A comma in the title, even without a 。
  assert.deepEqual(tokenize('2、加强载体建设，进一步加大群众参与度'), [
    ['2、', LIST],
    ['加强载体建设，进一步加大群众参与度', ''],
  ]);
});

test('a short run-in numbered title is a heading', () => {
  assert.deepEqual(tokenize('1、主动公开。全面推行2项制度'), [
    ['1、', ordinal(3)],
    ['主动公开', title(3)],
    ['。', stop(3)],
    ['全面推行', ''],
    ['2', NUM],
    ['项制度', ''],
  ]);
});

test('a line starting with a number is not a heading', () => {
  assert.deepEqual(tokenize('1.5万元用于平台建设'), [
    ['1.5', NUM],
    ['万元用于平台建设', ''],
  ]);
});

test('TAB-led number cells: padding, NBSP, units, signs, decimals', () => {
  assert.deepEqual(tokenize(seed('004', 522)), [
    ['\t', CELL],
    ['0', `${CELL} ${NUM}`],
    ['\u00a0', CELL],
  ]);
  assert.equal(seed('004', 522), '\t0\u00a0');
  assert.deepEqual(tokenize(seed('000', 85)), [
    ['\t', CELL],
    ['69.36', `${CELL} ${NUM}`],
    ['万元', `${CELL} keyword.other.unit.nianbao`],
  ]);
  assert.deepEqual(tokenize(seed('002', 91)), [
    ['\t', CELL],
    ['46297722.02', `${CELL} ${NUM}`],
    ['元', `${CELL} keyword.other.unit.nianbao`],
  ]);
  assert.deepEqual(tokenize(seed('001', 106)), [
    ['\t', CELL],
    ['+8', `${CELL} ${NUM}`],
  ]);
  assert.deepEqual(tokenize('\t       1038'), [
    ['\t       ', CELL],
    ['1038', `${CELL} ${NUM}`],
  ]);
});

test('number cells with full-width digits, thousands separators and a spaced unit', () => {
  assert.deepEqual(tokenize('\t１２'), [
    ['\t', CELL],
    ['１２', `${CELL} ${NUM}`],
  ]);
  assert.deepEqual(tokenize('\t1,038 人次 '), [
    ['\t', CELL],
    ['1,038', `${CELL} ${NUM}`],
    [' ', CELL],
    ['人次', `${CELL} keyword.other.unit.nianbao`],
    [' ', CELL],
  ]);
  assert.deepEqual(tokenize('\t-7'), [
    ['\t', CELL],
    ['-7', `${CELL} ${NUM}`],
  ]);
  assert.deepEqual(tokenize('\t[bookmark: _Hlk1] 12'), [
    ['\t', CELL],
    ['[bookmark: _Hlk1]', `${CELL} ${ARTIFACT}`],
    [' ', CELL],
    ['12', `${CELL} ${NUM}`],
  ]);
});

test('TAB-led labels are table cells, never headings, and their numbers are not coloured', () => {
  assert.deepEqual(tokenize(seed('004', 92)), [['\t一、主动公开情况', CELL]]);
  assert.deepEqual(tokenize(seed('004', 96)), [['\t\u3000\u3000（一）主动公开政府信息数', CELL]]);
  assert.deepEqual(tokenize(seed('000', 147)), [['\t1.属于国家秘密', CELL]]);
  assert.deepEqual(tokenize(seed('000', 93)), [['\t', CELL]]);
});

test('a bookmark inside a cell', () => {
  assert.deepEqual(tokenize(seed('001', 7)), [
    ['\t', CELL],
    ['[bookmark: _Hlk26876326]', `${CELL} ${ARTIFACT}`],
    ['统\u3000计\u3000指\u3000标', CELL],
  ]);
});

test('a bookmark before an enumeration; a later enumeration after 。', () => {
  const line = seed('002', 11);
  assert.ok(line.startsWith('[bookmark: _GoBack]二是加强'));
  const toks = tokenize(line);
  assert.deepEqual(toks.slice(0, 2), [
    ['[bookmark: _GoBack]', ARTIFACT],
    ['二是', ENUM],
  ]);
  assert.deepEqual(
    toks.filter(([, s]) => s !== ''),
    [
      ['[bookmark: _GoBack]', ARTIFACT],
      ['二是', ENUM],
      ['三是', ENUM],
    ],
  );
  assert.ok(toks[2]?.[0].endsWith('。'));
});

test('enumerations after ：，；;！？, not after other characters', () => {
  const toks = tokenize(seed('003', 350));
  assert.deepEqual(toks.slice(0, 2), [
    ['下一步，我单位将从以下三个方面加强改进：', ''],
    ['一是', ENUM],
  ]);
  assert.deepEqual(
    toks.filter(([, s]) => s === ENUM).map(([t]) => t),
    ['一是', '二是', '三是'],
  );
  const afterComma = tokenize(seed('003', 349)).filter(([, s]) => s === ENUM);
  assert.deepEqual(afterComma, [
    ['一是', ENUM],
    ['二是', ENUM],
    ['三是', ENUM],
  ]);
  assert.deepEqual(tokenize('统一是关键;四是！五是？六是'), [
    ['统一是关键;', ''],
    ['四是', ENUM],
    ['！', ''],
    ['五是', ENUM],
    ['？', ''],
    ['六是', ENUM],
  ]);
});

test('a bookmark at the start of a prose paragraph, then a year', () => {
  const toks = tokenize(seed('003', 3));
  assert.deepEqual(toks.slice(0, 3), [
    ['[bookmark: _GoBack]', ARTIFACT],
    ['2020', NUM],
    [
      '年，余姚市公共资源交易管理办公室认真贯彻《中华人民共和国政府信息公开条例》，严格按照市政府决策部署和有关要求，' +
        '以习近平新时代中国特色社会主义思想为指导，紧密围绕公共资源交易监管和服务，不断规范公开内容，丰富公开形式，' +
        '及时、准确向社会公开各类政府信息，稳步推进政府信息公开工作规范化、制度化。现向社会公布',
      '',
    ],
  ]);
});

test('numbers in prose: years and counts, the words around them plain', () => {
  const line = seed('002', 6);
  assert.ok(line.startsWith('2020年，秀洲区共计发布政府信息34332条'));
  const toks = tokenize(line);
  assert.deepEqual(toks.slice(0, 4), [
    ['2020', NUM],
    ['年，秀洲区共计发布政府信息', ''],
    ['34332', NUM],
    ['条，其中发布行政规范性文件', ''],
  ]);
  assert.deepEqual(
    toks.filter(([, s]) => s === NUM).map(([t]) => t),
    ['2020', '34332', '18', '48', '4', '38', '1528', '368', '13', '26', '272'],
  );
  assertProse(toks);
});

test('a date: each number coloured', () => {
  assert.deepEqual(tokenize(seed('004', 550)), [
    ['2021', NUM],
    ['年', ''],
    ['1', NUM],
    ['月', ''],
    ['26', NUM],
    ['日', ''],
  ]);
});

test('on every seed line: no heading inside a table cell, every bookmark marked', () => {
  for (const file of seedFiles) {
    const lines = readFileSync(join(seedsDir, file), 'utf8').split(/\r?\n/);
    let state = INITIAL;
    lines.forEach((line, i) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      const where = `${file}:${i + 1}`;
      const scopes = r.tokens.flatMap((t) => t.scopes);
      if (line.startsWith('\t')) {
        assert.ok(!scopes.some((s) => s.startsWith('markup.')), where);
        assert.ok(r.tokens.every((t) => t.scopes.includes(CELL)), where);
      }
      const bookmarks = line.match(/\[bookmark:[^\]]*\]/g) ?? [];
      const marked = r.tokens.filter((t) => t.scopes.includes(ARTIFACT));
      assert.deepEqual(
        marked.map((t) => line.slice(t.startIndex, t.endIndex)),
        bookmarks,
        where,
      );
    });
  }
});
