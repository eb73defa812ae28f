/**
 * The layering of ../shared/conventions.md, checked by `npm run lint`.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'Domain rules import no framework, ORM, adapter or I/O: they run in a plain unit test.',
      severity: 'error',
      from: { path: '^api/src/[^/]+/domain/' },
      to: {
        pathNot: [
          // Pure text helpers shared by the domains (no framework, no I/O).
          '^api/src/common/text/',
          '^api/src/[^/]+/domain/',
          '^node_modules/(fast-check)/',
          '^node_modules/(snowball-stemmers|fastest-levenshtein)/',
          // Specs beside domain code read labelled fixtures; production code may not (rule below).
          '^api/test/fixtures/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^api/src/[^/]+/domain/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|net|http|https|child_process|node:fs|node:net|node:http|node:https|node:child_process)$',
      },
    },
    {
      name: 'controllers-reach-data-through-services',
      comment: 'Controllers call services; repositories, entities and adapters stay behind them.',
      severity: 'error',
      from: { path: '\\.controller\\.ts$' },
      to: { path: ['^api/src/infra/', '/entities/', '^node_modules/typeorm/'] },
    },
    {
      name: 'web-never-imports-api',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^api/', '^migrations/'] },
    },
    {
      name: 'api-never-imports-web',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: '^web/' },
    },
    {
      name: 'features-talk-through-their-module-exports',
      comment:
        "A feature module uses another feature only through what that feature's index.ts exports.",
      severity: 'error',
      from: {
        path: '^api/src/(auth|chat|sav|products|faq|orders|uploads|tickets|privacy|stats|claims|conversation)/',
      },
      to: {
        path: '^api/src/(auth|chat|sav|products|faq|orders|uploads|tickets|privacy|stats|claims|conversation)/.+',
        pathNot: ['^api/src/$1/', '^api/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tests-stay-out-of-production-code',
      severity: 'error',
      from: { path: '^api/src/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^api/test/', '\\.spec\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '(^|/)coverage/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'api/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
