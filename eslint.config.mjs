// ESLint (flat config): `npm run lint`, part of `npm test`, with no warning allowed.
// Today it guards one thing: no regular expression may take super-linear time on a report's text
// (eslint-plugin-regexp). typescript-eslint's parser reads the sources; its recommended rules can be
// added as one more entry of the `rules` list below (`...tseslint.configs.recommended`).
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const sources = ['server/src/**/*.ts', 'client/src/**/*.ts', 'tools/**/*.ts'];

/** Patterns that could backtrack or rescan a line super-linearly: errors, everywhere. */
const linearTime = {
  plugins: { regexp },
  rules: {
    'regexp/no-super-linear-backtracking': 'error',
    'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
  },
};

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.vscode-test/**'] },
  {
    files: sources,
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { files: sources, ...linearTime },
);
