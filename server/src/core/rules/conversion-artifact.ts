// conversion-artifact: Word residue in the text — `[bookmark: _GoBack]`, `[bookmark: _Hlk26876326]` —
// in prose or in a table cell (seeds 001, 002, 003); and invisible zero-width characters copied from a web page. The parser already reads around it; the fix
// (preferred) removes exactly the residue.
import type { Finding } from '../findings';
import type { Rule } from './types';

export const conversionArtifact: Rule = {
  id: 'conversion-artifact',
  severity: 'warning',
  fixable: true,
  description: {
    zh: '文中残留 Word 转换产生的标记，如 [bookmark: _GoBack]',
    en: 'Word residue left in the text, such as [bookmark: _GoBack]',
  },
  messages: {
    'conversion-artifact.bookmark': { zh: 'Word 书签标记“{text}”残留在正文中', en: 'The Word bookmark "{text}" was left in the text' },
    'conversion-artifact.invisible': { zh: '文中有不可见字符 {text}（零宽字符，多从网页复制带入）', en: 'An invisible character {text} (zero-width, usually copied from a web page) is in the text' },
    'fix.remove-artifact': { zh: '删除“{text}”', en: 'Remove "{text}"' },
  },
  check(model) {
    return model.artifacts.map(
      (a): Finding => ({
        rule: 'conversion-artifact',
        severity: 'warning',
        range: a.range,
        message: { id: `conversion-artifact.${a.kind}`, args: { text: a.text } },
        fixes: [{ title: { id: 'fix.remove-artifact', args: { text: a.text } }, edits: [{ range: a.range, newText: '' }], preferred: true }],
      }),
    );
  },
};
