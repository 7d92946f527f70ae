/**
 * Module boundaries of src/ (issue R2-4 §4), checked by `npm run depcheck` and in `npm test`. Tests are left out:
 * they may read seed files from disk and compile another module's queries.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle ties files together so that none can change or load alone. A cycle of type-only imports ' +
        'is left to TypeScript: it is erased before anything loads.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain holds the rules with no I/O: nothing from modules, the database, plugins or Fastify.',
      from: { path: '^src/domain/' },
      to: { path: ['^src/(modules|db|plugins)/', '(^|/)node_modules/(fastify|@fastify)/'] },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      comment: 'src/domain holds the rules with no I/O: no Node built-ins.',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-other-modules-queries',
      severity: 'error',
      comment:
        "A module reads another module's tables only through that module's service, never its queries (a type " +
        'of a record it is handed reads nothing).',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/(queries|[^/]*-queries)\\.ts$',
        pathNot: '^src/modules/$1/',
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    exclude: { path: '\\.test\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
  },
};
