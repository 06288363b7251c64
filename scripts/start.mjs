#!/usr/bin/env node
/**
 * `npm start`: the whole platform on this machine, from a clean clone.
 * Installs dependencies if missing, makes sure PostgreSQL is reachable (starting a local one that
 * is installed but down), builds, runs the platform's own locked nats-server (JetStream; one user
 * per service with its permissions, passwords made once in .xinfang/nats), creates the database,
 * migrates and seeds the demo county, starts the four services and the gateway in front of them,
 * prints the one address to open and the demo accounts, and stops everything on Ctrl-C.
 * Plain Node with no dependencies: it runs before `npm ci`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { resolve } from 'node:path';
import { ensureDependencies, onPath } from './prerequisites.mjs';

const SERVICES = [
  { name: 'intake', port: Number(process.env.INTAKE_PORT ?? 3001) },
  { name: 'casework', port: Number(process.env.CASEWORK_PORT ?? 3002) },
  { name: 'notification', port: Number(process.env.NOTIFICATION_PORT ?? 3003) },
  { name: 'reporting', port: Number(process.env.REPORTING_PORT ?? 3004) },
];
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 3000);
const DEMO_USERS = [
  ['admin', '县信访局（管理员）'],
  ['qingshui-officer', '清水镇信访专干'],
  ['chengguan-officer', '城关镇信访专干'],
  ['qingshui-leader', '清水镇党委书记（领导）'],
  ['chengguan-leader', '城关镇党委书记（领导）'],
  ['county-leader', '县委副书记（县领导）'],
  ['hrss-officer', '县人社局（县直部门）'],
  ['zrzy-officer', '县自然资源局（县直部门）'],
  ['qingshui-liaison', '清水镇村信访联络员'],
  ['chengguan-liaison', '城关镇社区信访联络员'],
  ['analyst', '县信访局统计分析'],
];
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/xinfang';
// the platform's own bus, never the machine's open one on 4222 (which other work may use)
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4223';
/** Development credentials and the bus's configuration (git-ignored); another bus's: NATS_CREDENTIALS_DIR with <user>.password files. */
const DEV_NATS_DIR = '.xinfang/nats';
const NATS_CREDENTIALS_DIR = resolve(process.env.NATS_CREDENTIALS_DIR ?? DEV_NATS_DIR);
const BUS_SERVICES = ['intake', 'casework', 'notification', 'reporting'];
// the services sit behind the gateway on this host: they take the client address from its X-Forwarded-For
const env = { TRUST_PROXY: 'loopback', ...process.env, DATABASE_URL, NATS_URL };
delete env.NATS_USER;
delete env.NATS_PASSWORD;
delete env.NATS_PASSWORD_FILE;
/** A service (or its seed) connects as its own bus user; the gateway has none. */
const busEnv = (service) => (BUS_SERVICES.includes(service) ? { NATS_USER: service, NATS_PASSWORD_FILE: `${NATS_CREDENTIALS_DIR}/${service}.password` } : {});

let stopping = false;
const children = [];

const step = (text) => process.stdout.write(`\u001b[1m▸ ${text}\u001b[0m\n`);
const fail = (line) => {
  process.stderr.write(`npm start: ${line}\n`);
  process.exit(1);
};

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

async function waitReachable(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** The INFO a nats-server sends first to every client (auth_required, version), or null. */
function natsInfo(host, port) {
  return new Promise((resolve) => {
    const socket = new Socket();
    let buffer = '';
    const done = (info) => (socket.destroy(), resolve(info));
    socket.setTimeout(2000, () => done(null));
    socket.on('data', (chunk) => {
      buffer += chunk;
      const end = buffer.indexOf('\r\n');
      if (end < 0) return;
      try {
        done(buffer.startsWith('INFO ') ? JSON.parse(buffer.slice(5, end)) : null);
      } catch {
        done(null);
      }
    });
    socket.once('error', () => done(null));
    socket.connect(port, host);
  });
}

const isLocal = (host) => ['127.0.0.1', 'localhost', '::1'].includes(host);

// 1. dependencies
const missing = ensureDependencies();
if (missing) fail(missing);

// 2. PostgreSQL
const pgUrl = new URL(DATABASE_URL);
const pgHost = pgUrl.hostname;
const pgPort = Number(pgUrl.port || 5432);
if (!(await reachable(pgHost, pgPort))) {
  if (!isLocal(pgHost)) fail(`PostgreSQL at ${pgHost}:${pgPort} (DATABASE_URL) is not reachable`);
  if (!onPath('pg_ctlcluster') || !existsSync('/etc/postgresql')) fail(`PostgreSQL is not reachable at ${pgHost}:${pgPort} and not installed: apt-get install postgresql (or set DATABASE_URL)`);
  step('starting the local PostgreSQL…');
  for (const version of readdirSync('/etc/postgresql')) {
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  }
  if (!(await waitReachable(pgHost, pgPort, 20))) fail(`started PostgreSQL, but ${pgHost}:${pgPort} still does not answer`);
}

// 3. build
step('building (swc)…');
if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) fail('build failed');
if (JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:web']) {
  step('building the web front end (vite)…');
  if (spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' }).status !== 0) fail('the web front end did not build');
}

// 4. the platform's own NATS with JetStream, locked: every client needs a user of permissions.ts
const natsUrl = new URL(NATS_URL.split(',')[0]);
const natsHost = natsUrl.hostname === 'localhost' ? '127.0.0.1' : natsUrl.hostname;
const natsPort = Number(natsUrl.port || 4222);
let nats = null;
let natsOutput = '';
const running = await natsInfo(natsHost, natsPort);
if (running) {
  // a bus already there (NATS_URL, or the one of an npm start that was killed) must be locked too
  if (!running.auth_required) fail(`the NATS at ${natsHost}:${natsPort} (NATS_URL) lets clients in without credentials: npm start runs the platform only on a locked bus (unset NATS_URL and it runs its own on 4223)`);
  for (const service of BUS_SERVICES) {
    if (!existsSync(`${NATS_CREDENTIALS_DIR}/${service}.password`)) fail(`no password for the bus user ${service} in ${NATS_CREDENTIALS_DIR} (NATS_CREDENTIALS_DIR): put each service's in <user>.password`);
  }
  step(`using the locked NATS at ${natsHost}:${natsPort}…`);
} else {
  if (!isLocal(natsHost)) fail(`NATS at ${natsHost}:${natsPort} (NATS_URL) is not reachable`);
  const bin = process.env.NATS_SERVER_BIN ?? (existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : onPath('nats-server') ? 'nats-server' : null);
  if (!bin) fail(`nats-server is not installed: apt-get install nats-server (or set NATS_URL to a locked bus)`);
  // sync_interval (fsync before every ack) needs nats-server 2.10+; Debian 12 ships 2.9
  const version = /v(\d+)\.(\d+)/.exec(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout ?? '');
  const syncAlways = Boolean(version) && (Number(version[1]) > 2 || Number(version[2]) >= 10);
  mkdirSync(DEV_NATS_DIR, { recursive: true, mode: 0o700 });
  if (spawnSync(process.execPath, ['dist/scripts/nats-config.js', 'dev', NATS_CREDENTIALS_DIR, natsHost, String(natsPort), ...(syncAlways ? ['--sync-always'] : [])], { stdio: 'inherit' }).status !== 0) fail('could not write the NATS configuration');
  step(`starting the platform's nats-server on ${natsHost}:${natsPort} (JetStream, one user per service${syncAlways ? ', fsync before every ack' : ''})…`);
  if (!syncAlways) process.stdout.write(`  nats-server ${version ? `${version[1]}.${version[2]}` : '(unknown version)'} has no sync_interval: acknowledged events are fsynced every 2 minutes, not before each ack (fine for development; production runs 2.10+ with sync_interval: always)\n`);
  // its own process group: Ctrl-C reaches the services first, the bus is stopped after they drained
  nats = spawn(bin, ['-c', `${NATS_CREDENTIALS_DIR}/nats.conf`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [nats.stdout, nats.stderr]) stream.on('data', (d) => (natsOutput = (natsOutput + d).slice(-4000)));
  nats.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`nats-server stopped unexpectedly (${signal ?? `exit ${code}`}):\n${natsOutput}\n`);
      stop(1);
    }
  });
  // whatever ends this process ends its bus
  process.on('exit', () => nats.exitCode === null && nats.signalCode === null && nats.kill('SIGTERM'));
  if (!(await waitReachable(natsHost, natsPort, 10))) fail(`started nats-server, but ${natsHost}:${natsPort} still does not answer:\n${natsOutput}`);
}
// `npm run events` finds this bus without settings
writeFileSync(`${DEV_NATS_DIR}/url`, `${NATS_URL}\n`);

// 5. database, migrations and demo data
step(`creating the database ${pgUrl.pathname.slice(1)} if missing…`);
try {
  execFileSync(process.execPath, ['dist/scripts/create-database.js'], { stdio: 'inherit', env });
} catch {
  fail('could not create the database');
}

step('migrating and seeding the demo county (清溪县)…');
// demo-year.js: the demo year handled through intake and casework (run with a demo clock of their own), before the platform starts
// a service's seed connects as that service; the demo year gives intake and casework their own users from the directory
for (const [seed, seedEnv] of [
  ['dist/apps/intake/src/seed/seed.js', busEnv('intake')],
  ['dist/apps/casework/src/seed/seed.js', busEnv('casework')],
  ['dist/apps/gateway/src/seed/seed.js', {}],
  ['dist/scripts/demo-year.js', { NATS_CREDENTIALS_DIR }],
]) {
  if (spawnSync(process.execPath, [seed], { stdio: 'inherit', env: { ...env, ...seedEnv } }).status !== 0) fail(`seeding failed (${seed})`);
}

// 6. the four services
for (const { name, port } of [...SERVICES, { name: 'gateway', port: GATEWAY_PORT }, { name: 'fake SMS gateway', port: 3005 }, { name: 'SMTP sink', port: 2525 }]) {
  if (await reachable('127.0.0.1', port)) fail(`port ${port} (${name}) is already in use: stop what runs there${name.includes(' ') ? '' : `, or set ${name.toUpperCase()}_PORT`}`);
}
step('starting intake, casework, notification, reporting and the gateway…');
const pad = Math.max(...SERVICES.map((s) => s.name.length), 'gateway'.length);
const LEVEL_COLOURS = { error: 31, fatal: 31, warn: 33, info: 32, debug: 90 };

/** JSON log lines, shown compactly; anything else as it came. */
function show(name, line) {
  let text = line;
  try {
    const { level, time, msg, service, ...rest } = JSON.parse(line);
    void service;
    const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    text = `${(time ?? '').slice(11, 19)} \u001b[${LEVEL_COLOURS[level] ?? 0}m${(level ?? '').padEnd(5)}\u001b[0m ${msg}${extra}`;
  } catch {
    // not JSON
  }
  process.stdout.write(`${name.padEnd(pad)} │ ${text}\n`);
}

function spawnChild(name, script, childEnv) {
  const child = spawn(process.execPath, [script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        show(name, buffer.slice(0, i));
        buffer = buffer.slice(i + 1);
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the others\n`);
      stop(1);
    }
  });
  return child;
}

// stand-ins for the SMS gateway and the mail server: messages are printed, not sent
children.push(spawnChild('sinks', 'dist/scripts/dev-sinks.js', env));
for (const { name, port } of SERVICES) {
  children.push(spawnChild(name, `dist/apps/${name}/src/main.js`, { ...env, ...busEnv(name), [`${name.toUpperCase()}_PORT`]: String(port) }));
}
const upstreams = Object.fromEntries(SERVICES.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}`]));
children.push(spawnChild('gateway', 'dist/apps/gateway/src/main.js', { ...env, TRUST_PROXY: process.env.TRUST_PROXY ?? 'false', GATEWAY_PORT: String(GATEWAY_PORT), ...upstreams }));
const ALL = [...SERVICES, { name: 'gateway', port: GATEWAY_PORT }];

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  step('stopping the services…');
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const deadline = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 10_000);
  const exited = (c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)));
  Promise.all(children.map(exited)).then(async () => {
    clearTimeout(deadline);
    // the bus last: the services flush their outboxes and acks on their way out
    if (nats && nats.exitCode === null && nats.signalCode === null) {
      step('stopping nats-server…');
      nats.kill('SIGTERM');
      await exited(nats);
    }
    process.exit(code);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// 7. wait until healthy, then say where everything is
const healthy = async ({ port }) => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status === 200;
for (let i = 0; i < 120; i++) {
  if ((await Promise.all(ALL.map(healthy))).every(Boolean)) break;
  await new Promise((r) => setTimeout(r, 500));
}
if (!stopping) {
  const open = `http://127.0.0.1:${GATEWAY_PORT}`;
  const docs = SERVICES.map(({ name, port }) => `  ${name.padEnd(pad)}  ${open}/${name}/…   (its own port ${port}: docs http://127.0.0.1:${port}/docs, /health, /metrics)`);
  const users = DEMO_USERS.map(([user, who]) => `  ${user.padEnd(18)} ${who}`);
  process.stdout.write(
    `\n\u001b[1mXinfang is running. Open ${open}\u001b[0m\n` +
      `  staff console:   ${open}/            citizens' pages: ${open}/public/  (track: /public/track, guide: /public/guide)\n\n` +
      `\u001b[1mDemo accounts\u001b[0m (password Demo@2026 for all):\n${users.join('\n')}\n\n` +
      `\u001b[1mAPIs\u001b[0m through the gateway (sign in, or send Authorization: Bearer $(npm run --silent token -- <role> [scope])):\n${docs.join('\n')}\n` +
      `  gateway            ${open}/api/auth/…, /api/accounts, /api/audit/sign-ins   (docs ${open}/docs)\n\n` +
      `  texts and mail: printed here by the local stand-ins (SMS gateway http://127.0.0.1:3005/messages, SMTP 127.0.0.1:2525)\n` +
      `  stop:           Ctrl-C\n\n`,
  );
}
