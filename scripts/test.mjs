#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest: type-check, the dependency rule,
 * the compose file, the build (process-level tests start the built services), then unit and
 * integration tests against the real PostgreSQL and NATS. Each integration test file gets its
 * own database and its own nats-server, so a running `npm start` cannot interfere.
 * Extra arguments go to Jest, e.g. `npm test -- apps/intake`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { ensureChromium, ensureDependencies, ensureDockerCompose } from './prerequisites.mjs';

const jestArgs = process.argv.slice(2);
const started = Date.now();

function run(title, command, args) {
  process.stdout.write(`\n\u001b[1m▸ ${title}\u001b[0m\n`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(`\nnpm test: ${title} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`  (${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

// a fresh clone: install what the checks need first
for (const problem of [ensureDependencies(), ensureDockerCompose(), ensureChromium()]) {
  if (problem) {
    process.stderr.write(`npm test: ${problem}\n`);
    process.exit(1);
  }
}
run('type-check (tsc)', 'npx', ['tsc', '-p', '.']);
run('type-check the web front end (tsc -p apps/web)', 'npx', ['tsc', '-p', 'apps/web']);
run('dependency rule (dependency-cruiser)', 'npm', ['run', '--silent', 'lint:deps']);
run('docker-compose.yml (docker-compose config)', 'npm', ['run', '--silent', 'check:compose']);
run('build (swc)', 'npm', ['run', '--silent', 'build']);
if (JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:web']) run('build the web front end (vite)', 'npm', ['run', '--silent', 'build:web']);
if (!(await reachable(Number(new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432').port || 5432)))) {
  process.stderr.write('npm test: PostgreSQL is not reachable on 127.0.0.1:5432; start it (npm start does) or set TEST_POSTGRES_URL\n');
  process.exit(1);
}
run('sweep stale test databases', process.execPath, ['dist/scripts/sweep-test-databases.js']);
const jest = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js'];
if (jestArgs.length) run('unit and integration tests (jest)', process.execPath, [...jest, '--maxWorkers=2', ...jestArgs]);
else {
  // the browser tests each run the whole platform and a Chromium: one at a time, after the rest,
  // so two of them never share the two cores (they timed out that way under load)
  run('unit and integration tests (jest)', process.execPath, [...jest, '--maxWorkers=2', '--testPathIgnorePatterns', '/node_modules/', '<rootDir>/test/browser/']);
  run('browser tests in Chromium (jest, one file at a time)', process.execPath, [...jest, '--runInBand', 'test/browser/']);
}
process.stdout.write(`\nnpm test: all passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
