#!/usr/bin/env node
/**
 * `npm run check:compose`: validates docker-compose.yml offline with `docker-compose config -q`
 * (Debian's docker-compose 1.29; no Docker engine needed). Exits non-zero, with one line saying
 * why, if docker-compose is missing or the file is invalid.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = 'docker-compose.yml';

const result = spawnSync('docker-compose', ['-f', file, 'config', '-q'], { cwd: root, encoding: 'utf8' });

if (result.error) {
  if (result.error.code === 'ENOENT') {
    process.stderr.write('check:compose: docker-compose is not installed; install it with `apt-get install docker-compose` (it validates offline, no Docker engine needed)\n');
  } else {
    process.stderr.write(`check:compose: cannot run docker-compose: ${result.error.message}\n`);
  }
  process.exit(2);
}
if (result.status !== 0) {
  const message = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
  process.stderr.write(`check:compose: ${file} is invalid:\n${message || `docker-compose exited with ${result.status ?? result.signal}`}\n`);
  process.exit(1);
}
if (result.stderr.trim()) process.stderr.write(`${result.stderr.trim()}\n`); // warnings, e.g. an unset variable
process.stdout.write(`check:compose: ${file} is valid\n`);
