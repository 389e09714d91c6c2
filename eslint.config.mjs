// ESLint (flat config): `npm run lint`, part of `npm test`, with no warning allowed (`--max-warnings 0`).
// Every TypeScript source of the project: typescript-eslint's recommended rules, and eslint-plugin-regexp's
// recommended rules, less the few below that only restate a pattern in another style. On top of them, in
// the shipped code, no regular expression may take super-linear time on a report's text.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const sources = ['server/src/**/*.ts', 'client/src/**/*.ts', 'shared/**/*.ts', 'tools/**/*.ts'];
const everything = [...sources, 'test/**/*.ts', 'bench/**/*.ts'];

/** eslint-plugin-regexp's recommended rules, less those that would only rewrite a clear pattern in another style. */
const regexpRecommended = {
  ...regexp.configs['flat/recommended'],
  rules: {
    ...regexp.configs['flat/recommended'].rules,
    // Control characters are matched on purpose: the CLI and the review page escape them in names and text.
    'no-control-regex': 'off',
    // `[\s\u3000\u00a0]` names the full-width and no-break spaces a report uses, though `\s` holds them.
    'regexp/no-dupe-characters-character-class': 'off',
    // `[０-９]`, the full-width digits, is the plainest way to write them.
    'regexp/no-obscure-range': 'off',
    // `(?:及|和|与)` lists words as the reports write them; a class would match the same.
    'regexp/prefer-character-class': 'off',
    // A group in a pattern that is only tested costs nothing and often says what the part is.
    'regexp/no-unused-capturing-group': 'off',
  },
};

/** Patterns that could rescan a line super-linearly (backtracking is already an error everywhere): errors in what ships. */
const linearTime = {
  rules: { 'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }] },
};

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: everything })),
  { files: everything, ...regexpRecommended },
  {
    files: everything,
    // Leaving a key out of a copy by a rest pattern (`const { related, ...rest } = d`) is not an unused variable.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: everything,
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  { files: sources, ...linearTime },
);
