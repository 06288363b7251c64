/**
 * Proves the dependency rule (.dependency-cruiser.cjs) bites: a throw-away tree in the system's
 * temp directory mirrors the layout (apps/, libs/, package.json "imports", a few fake packages)
 * with one file per violation next to files that must stay allowed; the real depcruise CLI runs
 * over it with the real config, and must report exactly the violations planted. Then the real
 * tree must pass.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

interface Cruise {
  violations: Violation[];
  modules: { source: string; dependencies: { resolved: string }[] }[];
}

function run(cwd: string, dirs: string[], outputType: 'json' | 'err') {
  return spawnSync(process.execPath, [DEPCRUISE, ...dirs, '--config', CONFIG, '--output-type', outputType], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The cruise as JSON: every module, its resolved edges and the violations. */
function depcruise(cwd: string, dirs: string[]): Cruise {
  const result = run(cwd, dirs, 'json');
  if (!result.stdout) throw new Error(`depcruise printed nothing (exit ${result.status}): ${result.stderr}`);
  const output = JSON.parse(result.stdout) as { summary: { violations: Violation[] }; modules: Cruise['modules'] };
  return { violations: output.summary.violations, modules: output.modules };
}

/** Exit status of the form `npm run lint:deps` uses: the number of errors. */
const lintExitStatus = (cwd: string, dirs: string[]) => run(cwd, dirs, 'err').status;

const lines = (violations: Violation[]) =>
  [...new Set(violations.map((v) => (v.rule.name === 'no-circular' ? cycleLine(v) : `${v.rule.name}: ${v.from} → ${v.to}`)))].sort();

/** A cycle in a canonical form: whichever edge it is reported at, the line names its smallest module first. */
function cycleLine(v: Violation): string {
  const [first, second] = [v.from, v.to].sort();
  return `no-circular: ${first} → ${second}`;
}

/** Files of the fixture tree, path → content. */
const FIXTURE: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'fixture',
    type: 'module',
    private: true,
    dependencies: { '@nestjs/common': '1.0.0', 'class-validator': '1.0.0', typeorm: '1.0.0' },
    devDependencies: { '@nestjs/testing': '1.0.0', antd: '1.0.0' },
    imports: Object.fromEntries(
      ['contracts', 'platform', 'testing'].map((lib) => [
        `#${lib}`,
        { types: `./libs/${lib}/src/index.ts`, default: `./dist/libs/${lib}/src/index.js` },
      ]),
    ),
  }),
  // packages: two declared, one dev-only, one installed but not declared
  ...fakePackage('@nestjs/common'),
  ...fakePackage('@nestjs/testing'),
  ...fakePackage('class-validator'),
  ...fakePackage('typeorm'),
  ...fakePackage('left-pad'),
  ...fakePackage('antd'),
  // built output of a lib, so that an import into dist/ resolves
  'dist/libs/platform/src/index.js': 'export const built = 1;\n',

  // ── allowed ──────────────────────────────────────────────────────────────
  'libs/contracts/src/index.ts': "export * from './envelope.js';\n",
  'libs/contracts/src/envelope.ts':
    "import { randomUUID } from 'node:crypto';\nimport { IsString } from 'class-validator';\nexport const make = () => ({ id: randomUUID(), IsString });\nexport type FieldError = { field: string };\n",
  'libs/platform/src/index.ts': "import { Injectable } from '@nestjs/common';\nimport { make } from '#contracts';\nexport { Injectable, make };\n",
  'libs/testing/src/index.ts': "import { Test } from '@nestjs/testing';\nexport { Test };\n",
  'apps/b/src/y.ts': "import { Injectable } from '@nestjs/common';\nimport { make } from '#contracts';\nexport { Injectable, make };\n",
  'apps/a/src/main.ts': "import { Injectable } from '#platform';\nimport { total } from './orders/domain/order.js';\nexport { Injectable, total };\n",
  'apps/a/src/orders/order.entity.ts': "import { Entity } from 'typeorm';\nexport { Entity };\n",
  'apps/a/src/orders/domain/order.ts':
    "import type { FieldError } from '#contracts';\nimport { add } from './money.js';\nexport const total = (e: FieldError[]) => add(e.length, 1);\n",
  'apps/a/src/orders/domain/money.ts': 'export const add = (a: number, b: number) => a + b;\n',
  'apps/a/src/orders/domain/order.spec.ts': "import { total } from './order.js';\nexport const t = total([]);\n",
  'apps/a/src/uses-dev.spec.ts': "import { Test } from '@nestjs/testing';\nimport { Test as T2 } from '#testing';\nexport { Test, T2 };\n",
  'apps/a/test/helpers.ts': "import { Test } from '@nestjs/testing';\nexport { Test };\n",
  'libs/platform/test/support.ts': "import { Test } from '@nestjs/testing';\nimport { Test as T2 } from '#testing';\nexport { Test, T2 };\n",
  'apps/a/src/type-only-dev.ts': "import type { Test } from '@nestjs/testing';\nexport type T = Test;\n",
  // the web front end is bundled at build time: its (dev) packages are fine; the console may use antd
  'apps/web/src/console/page.tsx': "import antd from 'antd';\nimport { title } from '../shared/title.js';\nexport const page = [antd, title];\n",
  'apps/web/src/shared/title.ts': "export const title = '信访';\n",

  // ── violations, one rule each ────────────────────────────────────────────
  'apps/a/src/x.ts': "import { make } from '../../b/src/y.js';\nexport { make };\n",
  'libs/platform/src/reaches-app.ts': "import { make } from '../../../apps/b/src/y.js';\nexport { make };\n",
  'libs/contracts/src/nest.ts': "import { Injectable } from '@nestjs/common';\nexport { Injectable };\n",
  'libs/contracts/src/platform.ts': "import { Injectable } from '#platform';\nexport { Injectable };\n",
  'apps/a/src/orders/domain/framework.ts': "import { Injectable } from '@nestjs/common';\nexport { Injectable };\n",
  'apps/a/src/orders/domain/orm-types.ts': "import type { Entity } from 'typeorm';\nexport type E = typeof Entity;\n",
  'apps/a/src/orders/domain/uses-platform.ts': "import { Injectable } from '#platform';\nexport { Injectable };\n",
  'apps/a/src/orders/domain/reaches-out.ts': "import { Entity } from '../order.entity.js';\nexport { Entity };\n",
  'apps/a/src/cycle/p.ts': "import { q } from './q.js';\nexport const p = () => q;\n",
  'apps/a/src/cycle/q.ts': "import { p } from './p.js';\nexport const q = () => p;\n",
  'apps/a/src/undeclared.ts': "import pad from 'left-pad';\nexport { pad };\n",
  'apps/a/src/missing.ts': "import { nope } from './nope.js';\nexport { nope };\n",
  'apps/a/src/dev.ts': "import { Test } from '@nestjs/testing';\nexport { Test };\n",
  'apps/a/src/uses-testing.ts': "import { Test } from '#testing';\nexport { Test };\n",
  'apps/a/src/built.ts': "import { built } from '../../../dist/libs/platform/src/index.js';\nexport { built };\n",
  'apps/web/src/citizen/heavy.tsx': "import antd from 'antd';\nexport const heavy = antd;\n",
  'apps/web/src/shared/server-code.ts': "import { make } from '#contracts';\nexport { make };\n",
};

function fakePackage(name: string): Record<string, string> {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js', types: 'index.d.ts' }),
    [`node_modules/${name}/index.js`]: 'module.exports = {};\n',
    [`node_modules/${name}/index.d.ts`]: 'declare const anything: any;\nexport = anything;\n',
  };
}

const EXPECTED = [
  'no-app-to-other-app: apps/a/src/x.ts → apps/b/src/y.ts',
  'no-lib-to-app: libs/platform/src/reaches-app.ts → apps/b/src/y.ts',
  'contracts-are-self-contained: libs/contracts/src/nest.ts → node_modules/@nestjs/common/index.d.ts',
  'contracts-are-self-contained: libs/contracts/src/platform.ts → libs/platform/src/index.ts',
  'domain-is-pure: apps/a/src/orders/domain/framework.ts → node_modules/@nestjs/common/index.d.ts',
  'domain-is-pure: apps/a/src/orders/domain/orm-types.ts → node_modules/typeorm/index.d.ts',
  'domain-is-pure: apps/a/src/orders/domain/uses-platform.ts → libs/platform/src/index.ts',
  'domain-does-not-reach-out: apps/a/src/orders/domain/reaches-out.ts → apps/a/src/orders/order.entity.ts',
  // a cycle is reported once, at whichever of its edges the cruise meets first
  'no-circular: apps/a/src/cycle/p.ts → apps/a/src/cycle/q.ts',
  'no-undeclared-packages: apps/a/src/undeclared.ts → node_modules/left-pad/index.d.ts',
  'no-unresolvable: apps/a/src/missing.ts → ./nope.js',
  'no-dev-dependencies-in-production-code: apps/a/src/dev.ts → node_modules/@nestjs/testing/index.d.ts',
  'testing-lib-only-in-tests: apps/a/src/uses-testing.ts → libs/testing/src/index.ts',
  'no-dist: apps/a/src/built.ts → dist/libs/platform/src/index.js',
  'citizen-pages-without-antd: apps/web/src/citizen/heavy.tsx → node_modules/antd/index.d.ts',
  'web-talks-over-http: apps/web/src/shared/server-code.ts → libs/contracts/src/index.ts',
].sort();

describe('the dependency rule', () => {
  let fixture: string;

  beforeAll(() => {
    fixture = mkdtempSync(join(tmpdir(), 'xinfang-dependency-rule-'));
    for (const [path, content] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(fixture, path)), { recursive: true });
      writeFileSync(join(fixture, path), content);
    }
  });

  afterAll(() => {
    if (fixture) rmSync(fixture, { recursive: true, force: true });
  });

  it('reports each planted violation, and nothing that is allowed', () => {
    const result = depcruise(fixture, ['apps', 'libs']);
    expect(lines(result.violations)).toEqual(EXPECTED);
    expect(lintExitStatus(fixture, ['apps', 'libs'])).toBe(result.violations.length);
  }, 60_000);

  it('resolves #lib imports to the TypeScript sources and .js imports to .ts files', () => {
    const { modules } = depcruise(fixture, ['apps', 'libs']);
    const edges = (source: string) => modules.find((m) => m.source === source)?.dependencies.map((d) => d.resolved).sort();
    expect(edges('apps/a/src/main.ts')).toEqual(['apps/a/src/orders/domain/order.ts', 'libs/platform/src/index.ts']);
    expect(edges('apps/b/src/y.ts')).toEqual(['libs/contracts/src/index.ts', 'node_modules/@nestjs/common/index.d.ts']);
  }, 60_000);

  it('finds no violation in the real tree, and sees its edges into the libs', () => {
    const result = depcruise(ROOT, ['apps', 'libs', 'scripts']);
    expect(lines(result.violations)).toEqual([]);
    expect(lintExitStatus(ROOT, ['apps', 'libs', 'scripts'])).toBe(0);
    const resolved = result.modules.flatMap((m) => m.dependencies.map((d) => d.resolved));
    expect(resolved).toContain('libs/contracts/src/index.ts');
    expect(resolved).toContain('libs/platform/src/index.ts');
    expect(resolved.filter((r) => r.startsWith('dist/'))).toEqual([]);
  }, 60_000);
});
