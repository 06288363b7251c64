/**
 * The dependency rule (architecture.md, layout.md): services meet only in libs/contracts, the
 * domain stays pure, nothing is imported that package.json does not declare.
 *
 *   npm run lint:deps                  (part of `npm test`)
 *   npx depcruise apps libs scripts --config .dependency-cruiser.cjs --output-type text
 *                                      (every edge it sees: check that `#contracts` lands in libs/*)
 *
 * Paths in the rules are relative to the directory depcruise runs in (the project root); package
 * paths match `(?:^|/)node_modules/` so that a symlinked node_modules (shown as ../…/node_modules)
 * is still recognised. scripts/dependency-rule.spec.ts proves each rule fires on a violating file.
 *
 * dependency-cruiser is pinned to 17.x: 18.x refuses to run on Node 20 (engines ^22||^24||>=26).
 */

/** Where tests and test-only code live: they may use devDependencies and #testing. */
const TEST_CODE = [
  '\\.spec\\.ts$',
  '\\.int-spec\\.ts$',
  '^libs/testing/',
  '^(?:apps|libs)/[^/]+/test/',
  '^test/',
  '^scripts/',
  // build-time generators of the contracts' JSON Schemas and AsyncAPI document; not exported from #contracts
  '^libs/contracts/src/tooling/',
];

/** A pure domain folder anywhere under an app's src: apps/<svc>/src/**\/domain/**. */
const DOMAIN = '^apps/[^/]+/src/(?:domain/|.*/domain/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-app-to-other-app',
      severity: 'error',
      comment:
        'A service never imports another service\'s code (architecture.md): what it needs from another ' +
        'service arrives as an event or a NATS request/reply, described in libs/contracts. Importing ' +
        'across apps couples deployments and lets one service reach into another\'s tables.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app',
      severity: 'error',
      comment:
        'libs/ is shared infrastructure and contracts that every service builds on; a lib that imports ' +
        'an app drags that service\'s code into all the others. Move what both need into the lib.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'contracts-are-self-contained',
      severity: 'error',
      comment:
        'libs/contracts is the one piece of code services share about each other, and outside teams ' +
        'read it to subscribe: it may depend only on its own files, class-validator and ' +
        'class-transformer (with reflect-metadata, the polyfill @Type needs), ajv and ajv-formats ' +
        '(the published JSON Schemas, compiled) and node built-ins. ' +
        'No Nest, no NATS, no messaging or platform code.',
      from: { path: '^libs/contracts/', pathNot: TEST_CODE },
      to: {
        pathNot: ['^libs/contracts/', '(?:^|/)node_modules/(?:class-validator|class-transformer|reflect-metadata|ajv|ajv-formats)/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'A domain folder (apps/*/src/**/domain/) holds the rules and clocks as plain TypeScript, ' +
        'unit-tested in milliseconds: no Nest, TypeORM, pg, NATS, #messaging or #platform. Those stay at ' +
        'the edges (controllers, handlers, persistence). #contracts types and other domain files are fine.',
      from: { path: DOMAIN },
      to: {
        path: [
          '(?:^|/)node_modules/@nestjs/',
          '(?:^|/)node_modules/(?:@types/)?(?:typeorm|pg|pg-[^/]+)/',
          '(?:^|/)node_modules/@nats-io/',
          '^libs/(?:messaging|platform)/',
        ],
      },
    },
    {
      name: 'domain-does-not-reach-out',
      severity: 'error',
      comment:
        'Domain code may import other domain code, but not the rest of its app (entities, handlers, ' +
        'config, modules): those import the frameworks, so the domain would stop being pure by one hop.',
      from: { path: DOMAIN },
      to: { path: '^apps/', pathNot: DOMAIN },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Circular imports make module load order matter (ES modules see `undefined` half-way through a ' +
        'cycle; Nest needs forwardRef) and mean two parts cannot be understood apart. Move what both ' +
        'need into a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-undeclared-packages',
      severity: 'error',
      comment:
        'Every package imported must be declared in package.json: an undeclared one works only while ' +
        'something else happens to install it, and breaks the production image (npm ci --omit=dev).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'An import the rule cannot resolve is an import it cannot check: a missing package, a typo, or ' +
        'a resolver setting gone wrong (#contracts must resolve to libs/*/src through the "types" ' +
        'condition of package.json "imports"). Fix the import or the settings below.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dist',
      severity: 'error',
      comment:
        'Sources never depend on compiled output. An edge into dist/ means a #lib import resolved through ' +
        'the "default" condition instead of "types", and the rules above would be checking the wrong files.',
      from: {},
      to: { path: '^dist/' },
    },
    {
      name: 'no-dev-dependencies-in-production-code',
      severity: 'error',
      comment:
        'The runtime image installs only "dependencies" (npm ci --omit=dev). devDependencies are for tests ' +
        '(*.spec.ts, *.int-spec.ts, apps/*/test/, libs/*/test/, test/), libs/testing and scripts/. Type-only imports are ' +
        'erased at compile time and are allowed.',
      // apps/web is bundled by Vite at build time (npm run build:web): its packages never load in Node at run time
      from: { pathNot: [...TEST_CODE, '^apps/web/'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-talks-over-http',
      severity: 'error',
      comment:
        'The web front end runs in the browser and reaches the services only through the gateway over HTTP ' +
        '(architecture.md): importing libs/* would bundle server code (Nest, TypeORM, class-validator) into the pages.',
      from: { path: '^apps/web/' },
      to: { path: '^libs/' },
    },
    {
      name: 'citizen-pages-without-antd',
      severity: 'error',
      comment:
        "The citizens' first page must stay within 200 KB of JavaScript and CSS gzipped on a slow phone connection " +
        '(issue 10); Ant Design alone is some 130 KB. The citizens\' pages (and the code they share with the console) ' +
        'use React, native controls and their own CSS. test/web/citizen-page-budget.int-spec.ts checks the built files.',
      from: { path: '^apps/web/src/(?:citizen|shared)/' },
      to: { path: '(?:^|/)node_modules/(?:antd|@ant-design|rc-[^/]+|@rc-component)/' },
    },
    {
      name: 'testing-lib-only-in-tests',
      severity: 'error',
      comment:
        'libs/testing (#testing) starts databases and nats-servers and uses devDependencies; production ' +
        'code that imports it would not start from the runtime image.',
      from: { pathNot: TEST_CODE },
      to: { path: '^libs/testing/' },
    },
  ],
  options: {
    // type-only imports count: a domain file that imports a TypeORM type is not pure
    tsPreCompilationDeps: true,
    moduleSystems: ['es6', 'cjs'],
    // packages are leaves: their edges are seen and checked, their insides are not scanned. (Do not
    // `exclude` node_modules: that drops the edges too, and the package rules would pass silently.)
    doNotFollow: { path: '(?:^|/)node_modules/' },
    enhancedResolveOptions: {
      // package.json "imports" (#contracts …) and "exports": with "types" among the conditions (and
      // listed first in package.json), `#contracts` resolves to libs/contracts/src/index.ts, not to
      // dist/ (stale, or missing before a build). The no-dist and no-unresolvable rules guard this.
      // Relative `./x.js` imports resolve to `./x.ts` by dependency-cruiser's TypeScript handling.
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'node', 'default', 'require'],
      extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['types', 'typings', 'module', 'main'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
