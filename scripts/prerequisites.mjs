/**
 * What the two commands need before they can run, installed when missing: the npm dependencies
 * (npm start and npm test alike: a fresh clone has no node_modules), and Debian's docker-compose,
 * which npm test uses to validate docker-compose.yml offline (no Docker engine needed).
 * Each function returns null when all is well, or one line saying what is wrong.
 */
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const step = (text) => process.stdout.write(`\u001b[1m▸ ${text}\u001b[0m\n`);
export const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync('package-lock.json').mtimeMs <= statSync(marker).mtimeMs) return null;
  step('installing dependencies (npm ci)…');
  return spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' }).status === 0 ? null : 'npm ci failed';
}

/** docker-compose from Debian's packages when it is missing and this user may install packages. */
export function ensureDockerCompose() {
  if (onPath('docker-compose')) return null;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return 'docker-compose is not installed; install it with `apt-get install docker-compose` (it validates offline, no Docker engine needed)';
  step('installing docker-compose (apt-get), to validate docker-compose.yml…');
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  const installed = () => spawnSync('apt-get', ['install', '-y', '-qq', 'docker-compose'], quiet).status === 0;
  if (installed() || (spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 && installed())) return null;
  return 'installing docker-compose failed; install it with `apt-get install docker-compose`';
}
