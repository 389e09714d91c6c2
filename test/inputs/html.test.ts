// htmlToText on pages written by this test (make-html.ts: chrome, GBK, rowspan/colspan, <br> and <p>
// in cells, &nbsp; cells, digits in spans) and on small hand-written pages, one feature each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { htmlToText } from '../../server/src/inputs';
import { declaredCharset } from '../../server/src/inputs/html';
import { generate } from '../gen/report';
import { findingSummary } from './findings';
import { pageOf } from './make-html';
import { english } from '../helpers';

function read(html: string | Uint8Array): { text: string; notes: string[]; encoding?: string } {
  const r = htmlToText(typeof html === 'string' ? new TextEncoder().encode(html) : html);
  assert.ok(r.ok, JSON.stringify(r));
  return { text: r.text, notes: r.notes.map(english), ...(r.encoding ? { encoding: r.encoding } : {}) };
}

/** Seed 000's defect in a generated 2021 report: （七）总计 法律服务机构 and 其他 exchanged. */
function swapped(): string {
  const g = generate({ format: '2021', seed: 11, prose: true });
  const lines = g.text.split('\n');
  const [a, b] = [g.table3Lines.get('total')![4]!, g.table3Lines.get('total')![5]!];
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return lines.join('\n');
}

test('a generated 2021 report (seed 000’s swap) as a GBK page with chrome (written by make-html.ts, charset by http-equiv gb2312): its Tika text exactly, and its findings', () => {
  const text = swapped();
  const page = read(pageOf(text, { encoding: 'gbk', meta: 'http-equiv' }));
  assert.equal(page.encoding, 'GB18030');
  assert.equal(page.text, text);
  const findings = findingSummary(page.text);
  assert.deepEqual(findings, findingSummary(text));
  assert.ok(findings.some((f) => f.startsWith('table-swapped-cells error | （七）总计中 法律服务机构')), findings.join('\n'));
});

test('a generated 2019 report with labels over two lines as a UTF-8 page (written by make-html.ts, <meta charset>): its Tika text exactly', () => {
  const { text } = generate({ format: '2019', seed: 4, wrapLabels: true, table4Layout: 'third-row' });
  const page = read(pageOf(text, { encoding: 'utf-8', meta: 'charset' }));
  assert.equal(page.encoding, 'UTF-8');
  assert.equal(page.text, text);
});

test('cells: digits split over spans are one number, &nbsp; alone is an empty cell, <br> and several <p> are continuation lines, rowspan leaves an empty cell, colspan one cell', () => {
  const html = `<table>
    <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td><span>2</span><span>1</span></td></tr>
    <tr><td colspan="2"><p>（二）部分公开</p><p>（区分处理的）</p></td><td>&nbsp;</td></tr>
    <tr><td>甲<br>乙<br></td><td>1</td><td>\u00a02\u00a0</td><td> 3 </td></tr>
  </table>`;
  assert.equal(read(html).text, '\t三、本年度办理结果\n\t（一）予以公开\n\t21\n\n\t\n\t（二）部分公开\n（区分处理的）\n\t\n\n\t甲\n乙\n\t1\n\t\u00a02\u00a0\n\t3\n\n\n');
});

test('text as a browser shows it: whitespace collapsed, none for a source line break between Chinese characters, <br> a line, an empty <p> a blank line', () => {
  const html = '<p>政府信息\n   公开工作</p><p>共 2\n1 件</p><p><br></p><p>&nbsp;</p><div>一<br>二</div>';
  assert.equal(read(html).text, '政府信息公开工作\n共 2 1 件\n\n\n一\n二\n');
});

test('Word’s bookmarks become `[bookmark: name]` (spaces beside them at a line’s start dropped); a page’s own anchors and hidden elements do not appear', () => {
  const html = '<p><a name="_GoBack"></a>\n二是加强管理。</p><p><a name="top"></a>回到顶部</p><p>可见<span style="display: none">隐藏</span></p>';
  assert.equal(read(html).text, '[bookmark: _GoBack]二是加强管理。\n回到顶部\n可见\n');
});

test('charsets: <meta charset> and http-equiv are read; GBK without a declaration is read as GB18030; a page declaring UTF-8 that is GBK is read as GB18030 with a note', () => {
  assert.equal(declaredCharset(new TextEncoder().encode('<meta charset="GBK">')), 'GBK');
  assert.equal(declaredCharset(new TextEncoder().encode('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">')), 'gb2312');
  assert.equal(declaredCharset(new TextEncoder().encode('<!-- <meta charset="big5"> --><p>x</p>')), undefined);
  const gbk = (html: string) => new Uint8Array(iconv.encode(html, 'gbk'));
  assert.deepEqual(read(gbk('<p>二、主动公开政府信息情况</p>')), { text: '二、主动公开政府信息情况\n', notes: [], encoding: 'GB18030' });
  assert.deepEqual(read(gbk('<meta charset="utf-8"><p>二、主动公开政府信息情况</p>')), {
    text: '二、主动公开政府信息情况\n',
    notes: ['the page declares UTF-8 but is GBK/GB18030; read as GB18030'],
    encoding: 'GB18030',
  });
  assert.equal(read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>总体情况</p>')])).text, '总体情况\n');
});

test('a page whose only title is its <title>: that title, without the site’s name, goes first', () => {
  const html =
    '<html><head><title>某某局2021年政府信息公开工作年度报告_某某市人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>' +
    '<div class="content"><p>一、总体情况</p><p>本机关认真贯彻条例。</p><p>二、主动公开政府信息情况</p></div></body></html>';
  assert.equal(read(html).text, '某某局2021年政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻条例。\n二、主动公开政府信息情况\n');
});

test('a page laid out with a table: the report inside a layout table’s cell is read as paragraphs and its own tables', () => {
  const long = '本机关认真贯彻《中华人民共和国政府信息公开条例》，'.repeat(12);
  const html = `<table width="100%"><tr><td><a href="/">首页</a></td></tr><tr><td>
    <p>一、总体情况</p><p>${long}</p><p>二、主动公开政府信息情况</p>
    <table><tr><td>信息内容</td><td>本年新制作数量</td></tr><tr><td>规章</td><td>0</td></tr></table>
    <p>三、收到和处理政府信息公开申请情况</p></td></tr></table>`;
  assert.equal(read(html).text, `一、总体情况\n${long}\n二、主动公开政府信息情况\n\t信息内容\n\t本年新制作数量\n\n\t规章\n\t0\n\n\n三、收到和处理政府信息公开申请情况\n`);
});

test('hostile pages never throw and stay fast: 20,000 nested elements, unclosed tags, binary bytes', () => {
  const start = Date.now();
  assert.ok(read('<div>'.repeat(20_000) + '正文').text.includes('正文'));
  assert.ok(read('<table><tr><td rowspan="65534" colspan="1000">甲<td>乙<tr><td>丙').text.includes('丙'));
  const bytes = new Uint8Array(50_000).map((_, i) => (i * 7919) % 256);
  assert.equal(htmlToText(bytes).ok, true);
  assert.ok(Date.now() - start < 5000, `${Date.now() - start} ms`);
});
