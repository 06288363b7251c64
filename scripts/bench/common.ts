/**
 * What the benchmarks share: statistics, progress lines, the private infrastructure (a PostgreSQL
 * cluster and nats-servers of the run's own, never the developer's), service processes and their
 * memory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateKeyPair, signStaffToken, type KeyPair, type Role } from '#platform';
import { freePort, SpawnedService, TestNatsServer, TestPostgresServer, waitForPort } from '#testing';

// ── statistics ─────────────────────────────────────────────────────────────────────────────

export const percentile = (xs: readonly number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
export const median = (xs: readonly number[]): number => percentile(xs, 50);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const round = (x: number, digits = 0) => Number(x.toFixed(digits));

// ── progress ───────────────────────────────────────────────────────────────────────────────

const started = Date.now();
/** One progress line on stderr, with the time since the run started and the load average. */
export function progress(line: string): void {
  const load = loadavg()[0]!.toFixed(2);
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s · load ${load}] ${line}\n`);
}

/** Calls `tick` every `ms` until the returned stop function is called. */
export function every(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  return () => clearInterval(timer);
}

// ── private infrastructure ─────────────────────────────────────────────────────────────────

/**
 * The run's own PostgreSQL cluster (fsync off, as the test clusters are), with a database per
 * benchmark phase, and a key pair and personal-data key for the services.
 */
export class BenchInfra {
  readonly keys: KeyPair = generateKeyPair();
  readonly personalDataKey = randomBytes(32).toString('base64');
  private readonly natsServers: TestNatsServer[] = [];

  private constructor(readonly postgres: TestPostgresServer) {}

  static async start(): Promise<BenchInfra> {
    return new BenchInfra(await TestPostgresServer.start());
  }

  async createDatabase(name: string): Promise<string> {
    const admin = new pg.Client({ connectionString: this.postgres.url });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return this.postgres.databaseUrl(name);
  }

  async dropDatabase(name: string): Promise<void> {
    const admin = new pg.Client({ connectionString: this.postgres.url });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }

  async nats(): Promise<TestNatsServer> {
    const server = await TestNatsServer.start();
    this.natsServers.push(server);
    return server;
  }

  /** The environment a service runs with on this infrastructure: production settings, real keys. */
  serviceEnv(databaseUrl: string, natsUrl: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      AUTH_PUBLIC_KEY: this.keys.publicKeyPem,
      PERSONAL_DATA_KEY: this.personalDataKey,
      LOG_LEVEL: 'info',
      ...extra,
    };
  }

  token(role: Role, scope?: string): Promise<string> {
    const unit = role === 'department-officer';
    return signStaffToken(this.keys.privateKeyPem, { sub: `bench-${role}-${scope ?? 'county'}`, role, ...(scope ? (unit ? { unitCode: scope } : { townshipCode: scope }) : {}) });
  }

  /** The demo county's directory at intake (and, with `routing`, casework's routing table; with `accounts`, the demo staff accounts). */
  seed(env: Record<string, string>, options: { routing?: boolean; accounts?: boolean } = {}): void {
    const seeds = [
      ['dist/apps/intake/src/seed/seed.js', '--directory-only'],
      ...(options.routing ? [['dist/apps/casework/src/seed/seed.js']] : []),
      ...(options.accounts ? [['dist/apps/gateway/src/seed/seed.js']] : []),
    ];
    for (const args of seeds) {
      // the demo accounts (a known password) are refused under NODE_ENV=production, as they must be
      const demo = args[0]!.includes('gateway') ? { NODE_ENV: 'development' } : {};
      // a service's seed connects to the run's locked bus as that service (production refuses an open bus)
      const bus = TestNatsServer.at(env.NATS_URL)?.serviceEnv(args[0]!.split('/')[2]!) ?? {};
      const r = spawnSync(process.execPath, args, { env: { ...env, ...bus, LOG_LEVEL: 'warn', ...demo }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`seed ${args[0]} failed: ${r.stderr || r.stdout}`);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.natsServers.map((s) => s.stop().catch(() => undefined)));
    await this.postgres.stop();
  }
}

// ── processes and their memory ─────────────────────────────────────────────────────────────

/** The pid of a service process this run spawned (a child of this process running dist/apps/<name>/src/main.js). */
export function childPid(script: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((a) => a.endsWith(script))) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** Resident set size of a process, in MB (VmRSS). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** The PostgreSQL cluster's processes: the postmaster and its children. */
export function postgresPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) pids.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return pids;
}

/** The nats-server listening on `port`. */
export function natsPid(port: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline[0]?.endsWith('nats-server') && cmdline.includes(String(port))) return Number(entry);
    } catch {
      // ended meanwhile
    }
  }
  return undefined;
}

/**
 * CPU seconds the whole PostgreSQL cluster has used since it started: the postmaster's own, its
 * live children's, and — through the postmaster's cutime/cstime — every child it has reaped, so
 * a backend that ends between two readings is still counted.
 */
export function postgresCpuSeconds(dataDir: string): number {
  const [postmaster, ...children] = postgresPids(dataDir);
  const stat = readFileSync(`/proc/${postmaster}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let total = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100; // utime, stime, cutime, cstime
  for (const pid of children) {
    try {
      total += cpuSeconds(pid);
    } catch {
      // reaped meanwhile: in cutime/cstime at the next reading
    }
  }
  return total;
}

/** CPU seconds used by one process, 0 once it has gone. */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    return cpuSeconds(pid);
  } catch {
    return 0;
  }
}

/** CPU seconds used by named groups of processes between start() and stop(); each group is read as a cumulative total. */
export class CpuMeter {
  private before = new Map<string, number>();
  private self = process.cpuUsage();
  constructor(private readonly groups: Record<string, () => number>) {}

  start(): this {
    for (const [name, read] of Object.entries(this.groups)) this.before.set(name, read());
    this.self = process.cpuUsage();
    return this;
  }

  /** Seconds of CPU by group, and `bench` for this process. */
  stop(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, read] of Object.entries(this.groups)) out[name] = read() - this.before.get(name)!;
    const self = process.cpuUsage(this.self);
    out.bench = (self.user + self.system) / 1e6;
    return out;
  }
}

export async function startService(name: string, env: Record<string, string>): Promise<{ service: SpawnedService; pid: number }> {
  const before = new Set(childPid(`dist/apps/${name}/src/main.js`));
  const service = await SpawnedService.startWithEnv(name, env);
  const pid = childPid(`dist/apps/${name}/src/main.js`).find((p) => !before.has(p));
  if (!pid) throw new Error(`cannot find the pid of ${name}`);
  return { service, pid };
}

/** A built script of this folder run as its own process, which prints `listening <port>` when ready. */
export class ScriptProcess {
  private output = '';
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(script: string, env: Record<string, string>): Promise<ScriptProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    const proc = new ScriptProcess(child, port);
    const keep = (d: Buffer) => (proc.output = (proc.output + d.toString()).slice(-100_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${proc.output}`))));
    await Promise.race([waitForPort(port, 20_000), exited]);
    exited.catch(() => undefined);
    return proc;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
  }
}

// ── machine ────────────────────────────────────────────────────────────────────────────────

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  kernel: string;
  node: string;
  postgres: string;
  nats: string;
}

export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const cpu = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  const cores = (cpuinfo.match(/^processor\s*:/gm) ?? []).length;
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  const postgresBin = (() => {
    const root = '/usr/lib/postgresql';
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    return `${process.env.PG_BIN ?? `${root}/${versions[0]}/bin`}/postgres`;
  })();
  return {
    cpu,
    cores,
    memoryGb: Math.round(memKb / 1024 / 1024),
    kernel: run('uname', ['-r']),
    node: process.version,
    postgres: run(postgresBin, ['--version']).replace(/^postgres \(PostgreSQL\) /, ''),
    nats: run(process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server', ['--version']).replace(/^nats-server: /, ''),
  };
}

export function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

/** Runs `fn` under the V8 CPU profiler of this very process and writes the profile to `path`. */
export async function withCpuProfile<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<any>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  }
}
