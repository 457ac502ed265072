/** Package boundaries from ARCHITECTURE.md, checked on every `pnpm lint`. */
module.exports = {
  forbidden: [
    {
      name: 'numeric-is-self-contained',
      comment:
        '@slope/numeric runs in the browser, on the server and in the sandbox: no workspace packages, no Node or DOM APIs.',
      severity: 'error',
      from: { path: '^packages/numeric/src', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^(packages/(?!numeric/)|apps/)|^node:|^(fs|path|os|crypto|child_process|worker_threads)$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'numeric-builtins',
      severity: 'error',
      from: { path: '^packages/numeric/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'grader-boundaries',
      comment: '@slope/grader may import numeric, never db, ui or Next.js.',
      severity: 'error',
      from: { path: '^packages/grader' },
      to: { path: '^packages/(db|ui)/|node_modules/(next|react)/' },
    },
    {
      name: 'ui-boundaries',
      comment: '@slope/ui may import numeric and grader types, never db.',
      severity: 'error',
      from: { path: '^packages/ui' },
      to: { path: '^packages/db/' },
    },
    {
      name: 'db-is-standalone',
      severity: 'error',
      from: { path: '^packages/db' },
      to: { path: '^(packages/(?!db/)|apps/)' },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|\\.next|dist|/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
