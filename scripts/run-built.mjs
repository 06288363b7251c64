#!/usr/bin/env node
// Runs a compiled script from dist/, building first if the build is missing or older than the sources.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [target, ...args] = process.argv.slice(2);
const built = join('dist', target);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(built) || ['apps', 'libs', 'scripts'].some((d) => newestSource(d) > statSync(built).mtimeMs);
if (stale) execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });
const result = spawnSync(process.execPath, [built, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
