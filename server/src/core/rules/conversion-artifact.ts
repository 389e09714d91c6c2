// conversion-artifact: residue of Word, web editors and converters in the text — `[bookmark: _GoBack]`,
// `[bookmark: _Hlk26876326]` in prose or in a table cell (seeds 001, 002, 003); invisible zero-width
// characters copied from a web page; HTML comments (Word's conditional comments `<!--[if !supportLists]-->`,
// `<!--[endif]-->`), other HTML tags, character entities (`&nbsp;`, `&lt;`) and Word field codes
// (`HYPERLINK "…"`, `PAGE \* MERGEFORMAT`) — see residue.ts. The parser reads around bookmarks and invisible
// characters. The fix (preferred) removes exactly the residue; an entity it replaces by the character it
// stands for (the text the author wrote, encoded: `&lt;` is `<`, `&nbsp;` the page's space).
import { defineRule } from '../rule-api';
import { changed, sampleReport } from '../examples';

export const conversionArtifact = defineRule({
  id: 'conversion-artifact',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'conversion-artifact.bookmark': { zh: 'Word 书签标记“{text}”残留在正文中', en: 'The Word bookmark "{text}" was left in the text' },
    'conversion-artifact.invisible': { zh: '文中有不可见字符 {text}（零宽字符，多从网页复制带入）', en: 'An invisible character {text} (zero-width, usually copied from a web page) is in the text' },
    'conversion-artifact.html-comment': { zh: '网页注释“{text}”残留在正文中（多由 Word 或网页编辑器生成）', en: 'The HTML comment "{text}" (left by Word or a web editor) is in the text' },
    'conversion-artifact.html-tag': { zh: 'HTML 标签“{text}”残留在正文中', en: 'The HTML tag "{text}" is in the text' },
    'conversion-artifact.entity': { zh: 'HTML 字符实体“{text}”残留在正文中，应为它所代表的字符', en: 'The HTML entity "{text}" is in the text instead of the character it stands for' },
    'conversion-artifact.field-code': { zh: 'Word 域代码“{text}”残留在正文中', en: 'The Word field code "{text}" was left in the text' },
    'fix.remove-artifact': { zh: '删除“{text}”', en: 'Remove "{text}"' },
    'fix.decode-entity': { zh: '将“{text}”改为它所代表的字符', en: 'Replace "{text}" by the character it stands for' },
  },
  docs: {
    summary: {
      zh: '文中残留 Word、网页编辑器或转换工具产生的标记：书签（如 [bookmark: _GoBack]）、网页注释和标签、字符实体、域代码',
      en: 'Residue of Word, web editors or converters in the text: bookmarks (such as [bookmark: _GoBack]), HTML comments and tags, entities, field codes',
    },
    rationale: {
      zh: '把 Word 文档另存或转换为文本时，书签等标记会以“[bookmark: _GoBack]”的形式留在正文里，域代码（HYPERLINK、PAGE \\* MERGEFORMAT）会以文字形式出现；从网页复制时还会带入看不见的零宽字符、网页注释、HTML 标签和“&nbsp;”之类的字符实体。它们会原样出现在公开发布的报告中。字符实体代表作者写下的字符，修复时写回该字符而不是删去。',
      en: 'Saving or converting a Word document to text leaves bookmarks in the prose as "[bookmark: _GoBack]" and field codes (HYPERLINK, PAGE \\* MERGEFORMAT) as words; copying from a web page brings invisible zero-width characters, HTML comments, tags and entities such as "&nbsp;". They end up in the published report as they are. An entity stands for a character the author wrote: the fix writes that character rather than deleting it.',
    },
    examples: [
      { bad: changed(sampleReport(), '政策解读的形式', '[bookmark: _GoBack]政策解读的形式'), good: sampleReport() },
      { bad: changed(sampleReport(), '一是制作图解', '<!--[if !supportLists]-->一是制作图解<!--[endif]-->'), good: sampleReport() },
      { bad: changed(sampleReport(), '政策解读的形式', '&nbsp;&nbsp;政策解读的形式'), good: sampleReport() },
    ],
  },
  check(ctx) {
    for (const a of ctx.model.artifacts) {
      const title = a.replacement !== undefined ? ctx.message('fix.decode-entity', { text: a.text }) : ctx.message('fix.remove-artifact', { text: a.text });
      ctx.report(`conversion-artifact.${a.kind}`, { text: a.text }, a.range, {
        fixes: [{ title, edits: [{ range: a.range, newText: a.replacement ?? '' }], preferred: true }],
      });
    }
  },
});
