// Web pages for the input tests, written here from a report's Tika text, as a government site serves
// one: page chrome around the report (navigation, a sidebar with links to other reports, breadcrumbs,
// publication details, a footer, scripts and styles), the title as the page's headline outside the
// report's body, tables with rowspan/colspan (the grid of make-docx.ts), a cell's lines as <br> or as
// several <p>, empty cells as &nbsp;, numbers split into one <span> per digit, source lines wrapped
// and indented; in GBK or UTF-8, declared by <meta>.
import * as iconv from 'iconv-lite';
import { gridOf, tikaBlocks } from './make-docx';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A number's digits each in its own span (as pages styled digit by digit have them). */
const inline = (s: string): string => (/^\d+$/.test(s) ? [...s].map((d) => `<span>${d}</span>`).join('') : escape(s));

function table(rows: readonly string[][][]): string {
  const grid = gridOf(rows);
  const out: string[] = ['<table border="1" cellspacing="0">', '<tbody>'];
  grid.rows.forEach((cells, r) => {
    out.push('  <tr>');
    cells.forEach((c, k) => {
      if (c.merge === 'continue') return;
      let rowspan = 1;
      if (c.merge === 'restart') {
        while (grid.rows[r + rowspan]?.some((b) => b.start === c.start && b.span === c.span && b.merge === 'continue')) rowspan++;
      }
      const attrs = (c.span > 1 ? ` colspan="${c.span}"` : '') + (rowspan > 1 ? ` rowspan="${rowspan}"` : '');
      const lines = c.lines.map((l) => l.trim());
      const content =
        lines.length === 1 && lines[0] === ''
          ? '&nbsp;'
          : k % 2 === 0
            ? lines.map(inline).join('<br>\n      ')
            : lines.map((l) => `<p style="text-align:center">${inline(l)}</p>`).join('\n      ');
      out.push(`    <td${attrs} style="text-align:center">\n      ${content}\n    </td>`);
    });
    out.push('  </tr>');
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

export interface PageOptions {
  encoding: 'gbk' | 'utf-8';
  /** How the charset is declared. */
  meta: 'charset' | 'http-equiv';
}

/** An HTML page of a report's Tika text (its first two lines the title, as the generator writes it). */
export function pageOf(text: string, o: PageOptions): Uint8Array {
  const blocks = tikaBlocks(text);
  const title = blocks.slice(0, 2).map((b) => (b.kind === 'p' ? escape(b.text) : ''));
  const body = blocks.slice(2).map((b) => {
    if (b.kind === 'table') return table(b.rows);
    return b.text === '' ? '<p>&nbsp;</p>' : `<p style="text-indent:2em">${escape(b.text)}</p>`;
  });
  const meta =
    o.meta === 'charset'
      ? `<meta charset="${o.encoding}">`
      : `<meta http-equiv="Content-Type" content="text/html; charset=${o.encoding === 'gbk' ? 'gb2312' : 'utf-8'}">`;
  const html = `<!DOCTYPE html>
<html>
<head>
${meta}
<title>${title.join('')}_某某市人民政府门户网站</title>
<style>.nav li { display: inline }</style>
<script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
</head>
<body>
<div class="header"><div class="logo">某某市人民政府</div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="main">
  <div class="sidebar"><h3>相关年报</h3><ul>
    <li><a href="/nb/2020.html">2020年政府信息公开工作年度报告</a></li>
    <li><a href="/nb/2019.html">2019年政府信息公开工作年度报告</a></li></ul></div>
  <div class="article">
    <h1 class="title">${title.join('<br>\n')}</h1>
    <div class="info">发布时间：2022-01-20　来源：某某市某某局　<span id="views">浏览次数：<script>document.write(1024)</script></span></div>
    <div class="content" id="zoom">
${body.join('\n')}
    <script>console.log("不是正文")</script>
    <p style="display:none">隐藏的段落</p>
    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">打印本页</a></div>
  </div>
</div>
<div class="footer"><p>版权所有：某某市人民政府办公室　<a href="/sitemap">网站地图</a></p><p>网站标识码：3302810001</p></div>
</body>
</html>
`;
  return o.encoding === 'gbk' ? new Uint8Array(iconv.encode(html, 'gbk')) : new TextEncoder().encode(html);
}
