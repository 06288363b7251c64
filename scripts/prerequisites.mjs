/**
 * What the two commands need before they can run, installed when missing: the npm dependencies
 * (npm start and npm test alike: a fresh clone has no node_modules), and for npm test Debian's
 * docker-compose (validates docker-compose.yml offline) and Chromium (the browser tests).
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

/** A Debian package's command, installed with apt-get when it is missing and this user may install packages. */
function ensureDebianPackage(command, pkg, why) {
  if (onPath(command)) return null;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return `${command} is not installed; install it with \`apt-get install ${pkg}\` (${why})`;
  step(`installing ${pkg} (apt-get), ${why}…`);
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  const installed = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], quiet).status === 0;
  if (installed() || (spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 && installed())) return null;
  return `installing ${pkg} failed; install it with \`apt-get install ${pkg}\``;
}

/** docker-compose validates docker-compose.yml offline (no Docker engine needed). */
export function ensureDockerCompose() {
  return ensureDebianPackage('docker-compose', 'docker-compose', 'to validate docker-compose.yml offline');
}

/** The browser tests drive Debian's Chromium with playwright-core (no browser can be downloaded here). */
export function ensureChromium() {
  return ensureDebianPackage('chromium', 'chromium', 'for the browser tests');
}
