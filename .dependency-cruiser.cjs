// The layers, enforced (`npm run depcheck`, part of `npm test`). See docs/ARCHITECTURE.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycle, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      comment: 'server/src/core is pure: it imports only itself (no Node built-in, no package, no other layer).',
      severity: 'error',
      from: { path: '^server/src/core/' },
      to: { pathNot: '^server/src/core/' },
    },
    {
      name: 'rules-are-independent',
      comment: 'A rule imports no other rule and not the registry; what rules share lives in core, outside rules/.',
      severity: 'error',
      from: { path: '^server/src/core/rules/', pathNot: '^server/src/core/rules/index\\.ts$' },
      to: { path: '^server/src/core/rules/' },
    },
    {
      name: 'client-through-shared',
      comment: 'The client imports only shared/ of this project (and vscode, the language client, Node built-ins).',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^(server|test|tools|bench)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    exclude: { path: '(^|/)node_modules/|^out/' },
    doNotFollow: { path: 'node_modules' },
  },
};
