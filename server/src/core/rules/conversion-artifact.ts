// conversion-artifact: Word residue in the text — `[bookmark: _GoBack]`, `[bookmark: _Hlk26876326]` —
// in prose or in a table cell (seeds 001, 002, 003); and invisible zero-width characters copied from a web page. The parser already reads around it; the fix
// (preferred) removes exactly the residue.
import { defineRule } from '../rule-api';
import { changed, sampleReport } from '../examples';

export const conversionArtifact = defineRule({
  id: 'conversion-artifact',
  severity: 'warning',
  fix: 'safe',
  messages: {
    'conversion-artifact.bookmark': { zh: 'Word 书签标记“{text}”残留在正文中', en: 'The Word bookmark "{text}" was left in the text' },
    'conversion-artifact.invisible': { zh: '文中有不可见字符 {text}（零宽字符，多从网页复制带入）', en: 'An invisible character {text} (zero-width, usually copied from a web page) is in the text' },
    'fix.remove-artifact': { zh: '删除“{text}”', en: 'Remove "{text}"' },
  },
  docs: {
    summary: {
      zh: '文中残留 Word 转换产生的标记，如 [bookmark: _GoBack]',
      en: 'Word residue left in the text, such as [bookmark: _GoBack]',
    },
    rationale: {
      zh: '把 Word 文档另存或转换为文本时，书签等标记会以“[bookmark: _GoBack]”的形式留在正文里；从网页复制时还会带入看不见的零宽字符。它们会原样出现在公开发布的报告中。',
      en: 'Saving or converting a Word document to text leaves bookmarks in the prose as "[bookmark: _GoBack]"; copying from a web page brings invisible zero-width characters. Both end up in the published report as they are.',
    },
    examples: [{ bad: changed(sampleReport(), '政策解读的形式', '[bookmark: _GoBack]政策解读的形式'), good: sampleReport() }],
  },
  check(ctx) {
    for (const a of ctx.model.artifacts) {
      ctx.report(`conversion-artifact.${a.kind}`, { text: a.text }, a.range, {
        fixes: [{ title: ctx.message('fix.remove-artifact', { text: a.text }), edits: [{ range: a.range, newText: '' }], preferred: true }],
      });
    }
  },
});
