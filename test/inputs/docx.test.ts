// docxToText on hand-written Word packages (zipped here with fflate): each feature Word has and how it
// becomes Tika's layout; and files that are not sound .docx files (an error, never an exception).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { docxToText } from '../../server/src/inputs';
import { MAX_PART_BYTES } from '../../server/src/inputs/zip';
import { rng } from '../gen/report';
import { english, say } from '../helpers';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ROOT_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://example.invalid/t.dotm" TargetMode="External"/></Relationships>`;

/** A .docx whose body is `body` (WordprocessingML with the w: prefix), with optional numbering and styles parts. */
function docx(body: string, parts: { numbering?: string; styles?: string; files?: Record<string, Uint8Array> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...parts.files,
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  return zipSync(files);
}

const p = (text: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;

function read(bytes: Uint8Array): { text: string; notes: string[] } {
  const r = docxToText(bytes);
  assert.ok(r.ok, JSON.stringify(r));
  return { text: r.text, notes: r.notes.map(english) };
}

test('paragraphs and line breaks: a line per paragraph, w:br a further line, w:tab a TAB, empty paragraphs blank lines', () => {
  const body = p('某某局') + '<w:p/>' + '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>末</w:t></w:r></w:p>';
  assert.deepEqual(read(docx(body)), { text: '某某局\n\n第一行\n第二行\t末\n', notes: [] });
});

test('a table as Tika writes it: TAB-led cells, a blank line per row and per table; gridSpan once; a vMerge continuation empty; further paragraphs of a cell continuation lines; empty paragraphs at a cell’s ends dropped', () => {
  const table =
    '<w:tbl>' +
    `<w:tr>${tc(p('三、本年度办理结果'), '<w:vMerge w:val="restart"/>')}${tc(p('（一）予以公开'), '<w:gridSpan w:val="2"/>')}${tc(p('15'))}</w:tr>` +
    `<w:tr>${tc(p('（留在续格里的字）'), '<w:vMerge/>')}${tc(p('（二）部分公开') + p('（区分处理的）') + '<w:p/>', '<w:gridSpan w:val="2"/>')}${tc('<w:p/>' + p('1'))}</w:tr>` +
    '</w:tbl>';
  const { text } = read(docx(p('前') + table + p('后')));
  assert.equal(text, '前\n\t三、本年度办理结果\n\t（一）予以公开\n\t15\n\n\t\n\t（二）部分公开\n（区分处理的）\n\t1\n\n\n后\n');
});

test('a table inside a cell follows the cell’s paragraphs; a deleted row is dropped, an inserted one kept (with a note)', () => {
  const inner = `<w:tbl><w:tr>${tc(p('甲'))}${tc(p('乙'))}</w:tr></w:tbl>`;
  const table =
    '<w:tbl>' +
    `<w:tr>${tc(p('外') + inner + '<w:p/>')}</w:tr>` +
    `<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${tc(p('删去的行'))}</w:tr>` +
    `<w:tr><w:trPr><w:ins w:id="2" w:author="a"/></w:trPr>${tc(p('插入的行'))}</w:tr>` +
    '</w:tbl>';
  const { text, notes } = read(docx(table));
  assert.equal(text, '\t外\n\t甲\n\t乙\n\n\n\n\t插入的行\n\n\n');
  assert.deepEqual(notes, ['the file has tracked changes; read as if all were accepted (1 insertion, 1 deletion)']);
});

test('bookmarks: `[bookmark: name]` at the start of the paragraph that holds their start, as Tika writes them; none for a bookmark between paragraphs', () => {
  const body =
    '<w:bookmarkStart w:id="0" w:name="between"/><w:bookmarkEnd w:id="0"/>' +
    '<w:p><w:r><w:t>一是</w:t></w:r><w:bookmarkStart w:id="1" w:name="_GoBack"/><w:bookmarkEnd w:id="1"/><w:r><w:t>加强管理。</w:t></w:r></w:p>' +
    `<w:tbl><w:tr>${tc('<w:p><w:bookmarkStart w:id="2" w:name="_Hlk26876326"/><w:r><w:t>统计指标</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>')}</w:tr></w:tbl>`;
  assert.equal(read(docx(body)).text, '[bookmark: _GoBack]一是加强管理。\n\t[bookmark: _Hlk26876326]统计指标\n\n\n');
});

test('fields show their result, never their code: complex fields (nested too) and simple fields', () => {
  const fld = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const body =
    `<w:p><w:r><w:t>第</w:t></w:r>${fld('begin')}<w:r><w:instrText> PAGE </w:instrText></w:r>${fld('separate')}<w:r><w:t>3</w:t></w:r>${fld('end')}<w:r><w:t>页</w:t></w:r></w:p>` +
    `<w:p>${fld('begin')}<w:r><w:instrText> IF </w:instrText></w:r>${fld('begin')}<w:r><w:instrText> DATE </w:instrText></w:r>${fld('separate')}<w:r><w:t>旧</w:t></w:r>${fld('end')}<w:r><w:instrText> = 1 "是" </w:instrText></w:r>${fld('separate')}<w:r><w:t>是</w:t></w:r>${fld('end')}</w:p>` +
    '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>12</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>';
  assert.deepEqual(read(docx(body)), { text: '第3页\n是\n12页\n', notes: [] });
});

test('tracked changes read as accepted: insertions kept, deletions and moved-away text dropped, a deleted paragraph mark joins the next paragraph; a note counts them', () => {
  const body =
    '<w:p><w:r><w:t>共</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>21</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>12</w:delText></w:r></w:del><w:r><w:t>件</w:t></w:r></w:p>' +
    '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>前半，</w:t></w:r></w:p>' +
    '<w:p><w:moveFrom w:id="4" w:author="a"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:r><w:t>后半</w:t></w:r><w:moveTo w:id="5" w:author="a"><w:r><w:t>移来的</w:t></w:r></w:moveTo></w:p>';
  assert.deepEqual(read(docx(body)), {
    text: '共21件\n前半，后半移来的\n',
    notes: ['the file has tracked changes; read as if all were accepted (2 insertions, 3 deletions)'],
  });
});

test('automatic numbering: the label Word shows before the text (lists by style and by paragraph, counters per list, deeper levels restart)', () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="0">' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
  const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="Heading1"/></w:style>';
  const body =
    p('总体情况', '<w:pStyle w:val="Heading1"/>') +
    p('主动公开情况', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
    p('依申请公开情况', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
    p('主动公开政府信息情况', '<w:pStyle w:val="H1b"/>') +
    p('平台建设', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
    p('第一', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>') +
    p('不编号', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>');
  assert.equal(read(docx(body, { numbering, styles })).text, '一、总体情况\n（一）主动公开情况\n（二）依申请公开情况\n二、主动公开政府信息情况\n（一）平台建设\n1.第一\n不编号\n');
});

test('text boxes: their paragraphs follow the paragraph they are anchored in, once (not again from the VML fallback), with a note', () => {
  const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
  const body =
    '<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>' +
    box('框中文字') +
    '</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
    box('框中文字') +
    '</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>续</w:t></w:r></w:p>' +
    p('下一段');
  assert.deepEqual(read(docx(body)), { text: '正文续\n框中文字\n下一段\n', notes: ['the text of 1 text box follows the paragraph each is anchored in'] });
});

test('footnotes, comments and hidden text are left out, each with a note; symbol-font characters dropped', () => {
  const body =
    '<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="0"/></w:r>' +
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>。</w:t></w:r></w:p>';
  assert.deepEqual(read(docx(body)), {
    text: '正文。\n',
    notes: [
      '1 footnote or endnote left out of the text checked',
      '1 comment left out of the text checked',
      '1 run of hidden text left out of the text checked',
    ],
  });
});

test('the main part is found through the package relationships, whatever its name and namespace prefix; external relationships are never followed', () => {
  const files = {
    '_rels/.rels': strToU8(ROOT_RELS.replace('word/document.xml', '/doc/main.xml')),
    'doc/main.xml': strToU8(`<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:r><ns0:t>别处的正文</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`),
  };
  assert.equal(read(docx('', { files })).text, '别处的正文\n');
  const chunk = docx(p('甲') + '<w:altChunk r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>');
  assert.deepEqual(read(chunk).notes, ['1 embedded part in other formats (altChunk) not read']);
});

const error = (bytes: Uint8Array): string => {
  const r = docxToText(bytes);
  assert.equal(r.ok, false);
  return r.ok ? '' : `${say(r.message, 'zh-cn')} | ${english(r.message)}`;
};

test('not a .docx: plain text, an old Word file, an empty file — a clear error in both languages', () => {
  assert.equal(error(strToU8('一、总体情况')), '不是 .docx 文件（不是 ZIP 压缩包） | not a .docx file (not a ZIP archive)');
  assert.equal(error(new Uint8Array(0)), '不是 .docx 文件（不是 ZIP 压缩包） | not a .docx file (not a ZIP archive)');
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  assert.equal(
    error(ole),
    '这是旧版 Word（.doc）文件或加密的 Word 文件，不是 .docx；请在 Word 或 WPS 中另存为 .docx | this is an old Word (.doc) or an encrypted Word file, not a .docx; save it as .docx in Word or WPS',
  );
  assert.equal(error(zipSync({ 'a.txt': strToU8('x') })), '.docx 中没有正文（word/document.xml） | the .docx has no document body (word/document.xml)');
  assert.equal(error(docx('').subarray(0, 200)), '.docx 文件不完整（找不到 ZIP 目录） | the .docx file is incomplete (no ZIP directory)');
});

test('a zip bomb is refused before it is inflated: a part over the limit, by its real size or by a size its directory claims', () => {
  const huge = new Uint8Array(MAX_PART_BYTES + 1024);
  const bomb = zipSync({ '_rels/.rels': strToU8(ROOT_RELS), 'word/document.xml': huge });
  assert.ok(bomb.length < 200_000, `the bomb is ${bomb.length} bytes`);
  assert.equal(error(bomb), '.docx 中的 word/document.xml 解压后过大（超过 64 MB），未读取 | word/document.xml in the .docx would inflate beyond 64 MB; not read');
  // A directory entry that claims 2 GB for a small part.
  const lying = docx(p('甲'));
  const name = strToU8('word/document.xml');
  for (let i = 0; i + 46 < lying.length; i++) {
    if (lying[i] === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 1 && lying[i + 3] === 2 && lying.subarray(i + 46, i + 46 + name.length).every((b, k) => b === name[k])) {
      lying.set([0xff, 0xff, 0xff, 0x7f], i + 24);
    }
  }
  assert.match(error(lying), /word\/document\.xml in the .docx would inflate beyond 64 MB/);
});

test('damaged files never throw: 300 random corruptions of a .docx each give text or an error', () => {
  const good = docx(p('一、总体情况') + `<w:tbl><w:tr>${tc(p('自然人'))}${tc(p('21'))}</w:tr></w:tbl>`);
  const random = rng(17);
  let texts = 0;
  let errors = 0;
  for (let n = 0; n < 300; n++) {
    const bad = good.slice();
    for (let k = 0; k < 1 + Math.floor(random() * 8); k++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
    const r = docxToText(random() < 0.2 ? bad.subarray(0, Math.floor(random() * bad.length)) : bad);
    if (r.ok) texts++;
    else {
      errors++;
      assert.ok(say(r.message, 'zh-cn').length > 0 && english(r.message).length > 0 && r.message.id.startsWith('input.'));
    }
  }
  assert.equal(texts + errors, 300);
  assert.ok(errors > 0 && texts > 0, `${texts} texts, ${errors} errors`);
});
