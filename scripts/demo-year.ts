/**
 * `node dist/scripts/demo-year.js` (run by `npm start` after the seeds): the demo county lives
 * through its year. Starts intake and casework from the build on ports of their own, with
 * DEMO_CLOCK=on and the deadline sweeper off — so that each backdated action happens at its time
 * in the year and no clock fires on a case before its turn — drives the year through their HTTP
 * APIs (demo-year-drive.ts), and stops them. The platform people then use starts afterwards
 * without the demo clock: it never honours a request's claim to have happened in the past, and
 * its sweeper marks what really is overdue now. Running it again changes nothing.
 *
 *   --until=2026-10-01T00:00:00+08:00   live the year only up to then (default now)
 *
 * On a locked bus set NATS_CREDENTIALS_DIR, a directory with each service's <user>.password
 * (npm start gives its own, .xinfang/nats). Does nothing with NODE_ENV=production. Tokens are signed with the development key pair
 * (.xinfang/dev-keys), or DEMO_AUTH_PRIVATE_KEY when the services verify with another key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureDevKeyPair } from '#platform';
import { driveDemoYear } from './demo-year-drive.js';

if (process.env.NODE_ENV === 'production') {
  // npm start goes on; a production service would refuse DEMO_CLOCK=on anyway
  process.stdout.write('demo-year: not with NODE_ENV=production (it backdates a year of casework); nothing done\n');
  process.exit(0);
}

const untilArg = process.argv.find((a) => a.startsWith('--until='))?.slice('--until='.length);
const until = untilArg ? new Date(untilArg) : undefined;
if (until && Number.isNaN(until.getTime())) {
  process.stderr.write(`demo-year: --until=${untilArg} is not a time\n`);
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  name: string;
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(name: string): Promise<Started> {
  const main = join(process.cwd(), 'dist', 'apps', name, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
  const port = await freePort();
  const env = {
    ...process.env,
    [`${name.toUpperCase()}_PORT`]: String(port),
    // npm start's bus is locked: each service connects as its own user (NATS_CREDENTIALS_DIR/<user>.password)
    ...(process.env.NATS_CREDENTIALS_DIR ? { NATS_USER: name, NATS_PASSWORD_FILE: join(process.env.NATS_CREDENTIALS_DIR, `${name}.password`) } : {}),
    DEMO_CLOCK: 'on',
    DEADLINE_SWEEPER: 'off',
    ZERO_REPORT_SWEEPER: 'off',
    // each demo citizen evaluates from an address of their own (the rate limit counts per address)
    TRUST_PROXY: 'loopback',
    LOG_LEVEL: process.env.DEMO_LOG_LEVEL ?? 'warn',
  };
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    const res = await fetch(`${url}/health`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() > deadline) throw new Error(`${name} not healthy after 60 s:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  return { name, child, url, output: () => output };
}

async function stop(service: Started): Promise<void> {
  if (service.child.exitCode !== null) return;
  const exited = new Promise((r) => service.child.once('exit', r));
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

const started: Started[] = [];
let code = 0;
try {
  process.stdout.write('living the demo year through intake and casework (demo clock on, deadline sweeper off)…\n');
  started.push(...(await Promise.all([start('intake'), start('casework')])));
  const [intake, casework] = started as [Started, Started];
  const privateKeyPem = process.env.DEMO_AUTH_PRIVATE_KEY?.replace(/\\n/g, '\n') ?? ensureDevKeyPair().privateKeyPem;
  const result = await driveDemoYear({ intakeUrl: intake.url, caseworkUrl: casework.url, privateKeyPem, until });
  if (result.steps.failed > 0) {
    process.stderr.write(`demo-year: ${result.steps.failed} cases could not be carried through (see above); the rest of the year is in place\n`);
    code = process.env.DEMO_STRICT === 'on' ? 1 : 0;
  }
} catch (err) {
  process.stderr.write(`demo-year: ${(err as Error).message}\n`);
  for (const s of started) if (s.output().trim()) process.stderr.write(`--- ${s.name} ---\n${s.output().slice(-3000)}\n`);
  code = 1;
} finally {
  await Promise.all(started.map(stop));
}
process.exit(code);
