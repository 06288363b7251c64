/**
 * Benchmark 6: the gateway's cost. The same requests straight to intake (a script's Bearer
 * token) and through the gateway (a signed-in browser's session cookie: the session is read
 * from PostgreSQL and a staff token signed or reused per request, then forwarded), in
 * alternating rounds of one run: a staff read (`GET /api/petitions`, a page of a township's
 * list) and a registration (`POST /api/petitions`). Throughput at a fixed concurrency, and the
 * latency added at a fixed 100 requests/s.
 */
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { BenchInfra, cpuSeconds, median, percentile, progress, startService } from './common.js';
import { nextRegistration, TOWNSHIPS } from './workload.js';

export interface GatewayOptions {
  connections: number;
  requests: number;
  rounds: number;
  /** Seconds of the fixed-rate latency run, per target. */
  rateSeconds: number;
  /** Write the gateway's CPU profile of the whole run here (slows it: for finding costs, not for figures). */
  profile?: string;
}

export interface GatewayPair {
  direct: { rps: number; p50: number; p99: number };
  gateway: { rps: number; p50: number; p99: number };
  /** Gateway throughput over direct, median of the rounds. */
  ratio: number;
  roundRatios: number[];
  /** CPU milliseconds per request: intake's, and the gateway's own on top when it forwards (from /proc). */
  cpuMs: { intake: number; gateway: number };
  /** At 100 req/s: p50 and p99 added by the gateway (ms). */
  at100: { directP50: number; directP99: number; gatewayP50: number; gatewayP99: number };
}

export interface GatewayResult {
  options: GatewayOptions;
  read: GatewayPair;
  register: GatewayPair;
}

type Kind = 'read' | 'register';
const TOWNSHIP = TOWNSHIPS[1]!;

interface Caller {
  url: string;
  headers: Record<string, string>;
}

function request(kind: Kind, caller: Caller): autocannon.Request {
  if (kind === 'read') return { method: 'GET', path: `${caller.url.endsWith('/intake') ? '/intake' : ''}/api/petitions?townshipCode=${TOWNSHIP}&pageSize=20`, headers: caller.headers };
  return {
    method: 'POST',
    path: `${caller.url.endsWith('/intake') ? '/intake' : ''}/api/petitions`,
    setupRequest: (req) => {
      const r = nextRegistration();
      const body = JSON.stringify({ ...JSON.parse(r.body), townshipCode: TOWNSHIP });
      return { ...req, body, headers: { ...caller.headers, 'content-type': 'application/json' } };
    },
  };
}

const pids = { intake: 0, gateway: 0 };

async function drive(kind: Kind, caller: Caller, options: { connections?: number; amount?: number; rate?: number; seconds?: number }, label: string): Promise<{ rps: number; latencies: number[]; failed: number; cpuMs: { intake: number; gateway: number } }> {
  const cpuBefore = { intake: cpuSeconds(pids.intake), gateway: cpuSeconds(pids.gateway) };
  const base = caller.url.replace(/\/intake$/, '');
  const latencies: number[] = [];
  let failed = 0;
  const expected = kind === 'read' ? 200 : 201;
  const started = performance.now();
  let last = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections ?? 10,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
        ...(options.rate ? { overallRate: options.rate } : {}),
        timeout: 30,
        requests: [request(kind, caller)],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_c, status, _b, ms) => {
      last = performance.now();
      if (status === expected) latencies.push(ms);
      else failed++;
    });
  });
  void result;
  const seconds = (last - started) / 1000;
  const n = Math.max(1, latencies.length + failed);
  const cpuMs = { intake: ((cpuSeconds(pids.intake) - cpuBefore.intake) * 1000) / n, gateway: ((cpuSeconds(pids.gateway) - cpuBefore.gateway) * 1000) / n };
  progress(`  ${label}: ${latencies.length} ok${failed ? `, ${failed} failed` : ''}, ${Math.round(latencies.length / seconds)} req/s, p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms; CPU ms/request intake ${cpuMs.intake.toFixed(2)}, gateway ${cpuMs.gateway.toFixed(2)}`);
  return { rps: latencies.length / seconds, latencies, failed, cpuMs };
}

export async function benchGateway(infra: BenchInfra, options: GatewayOptions): Promise<GatewayResult> {
  progress('gateway: a database and a nats-server of its own, the demo directory, intake and the gateway as processes');
  const databaseUrl = await infra.createDatabase('bench_gateway');
  const nats = await infra.nats();
  const env = infra.serviceEnv(databaseUrl, nats.url, { LOG_LEVEL: 'warn' });
  infra.seed(env);
  const { service: intake, pid: intakePid } = await startService('intake', env);
  pids.intake = intakePid;
  const profileEnv: Record<string, string> = options.profile ? { NODE_OPTIONS: `--import ${resolve('dist/scripts/bench/cpu-profile-hook.js')}`, CPU_PROFILE_PATH: options.profile } : {};
  const { service: gateway, pid: gatewayPid } = await startService('gateway', { ...env, ...profileEnv, AUTH_PRIVATE_KEY: infra.keys.privateKeyPem, INTAKE_URL: intake.url, WEB_DIST: '/nonexistent' });
  pids.gateway = gatewayPid;
  try {
    // a staff member signs in the way the console does, and changes the one-time password
    const admin = await infra.token('county-admin');
    const created = (await (await fetch(`${gateway.url}/api/accounts`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-officer', displayName: '压测专干', role: 'township-officer', townshipCode: TOWNSHIP }) })).json()) as { oneTimePassword: string };
    const login = await fetch(`${gateway.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: gateway.url }, body: JSON.stringify({ username: 'bench-officer', password: created.oneTimePassword }) });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const changed = await fetch(`${gateway.url}/api/auth/password`, { method: 'POST', headers: { cookie, origin: gateway.url, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: created.oneTimePassword, newPassword: 'Bench#2026x' }) });
    if (changed.status !== 204) throw new Error(`password change failed: ${changed.status}`);
    const direct: Caller = { url: intake.url, headers: { authorization: `Bearer ${await infra.token('township-officer', TOWNSHIP)}` } };
    const through: Caller = { url: `${gateway.url}/intake`, headers: { cookie, origin: gateway.url } };

    progress('a township list to read: 400 registrations');
    await drive('register', direct, { connections: 8, amount: 400 }, 'fill');
    const pair = async (kind: Kind): Promise<GatewayPair> => {
      await drive(kind, direct, { connections: options.connections, amount: Math.max(200, options.requests / 5) }, `${kind} warm-up direct`);
      await drive(kind, through, { connections: options.connections, amount: Math.max(200, options.requests / 5) }, `${kind} warm-up gateway`);
      type Round = Awaited<ReturnType<typeof drive>>;
      const d: Round[] = [];
      const g: Round[] = [];
      for (let round = 1; round <= options.rounds; round++) {
        d.push(await drive(kind, direct, { connections: options.connections, amount: options.requests }, `${kind} round ${round}/${options.rounds} direct`));
        g.push(await drive(kind, through, { connections: options.connections, amount: options.requests }, `${kind} round ${round}/${options.rounds} gateway`));
      }
      const fixedD = await drive(kind, direct, { connections: 10, rate: 100, seconds: options.rateSeconds }, `${kind} at 100/s direct`);
      const fixedG = await drive(kind, through, { connections: 10, rate: 100, seconds: options.rateSeconds }, `${kind} at 100/s gateway`);
      const sum = (rs: Array<{ rps: number; latencies: number[] }>) => ({ rps: median(rs.map((r) => r.rps)), p50: percentile(rs.flatMap((r) => r.latencies), 50), p99: percentile(rs.flatMap((r) => r.latencies), 99) });
      const roundRatios = g.map((r, i) => r.rps / d[i]!.rps);
      return {
        direct: sum(d),
        gateway: sum(g),
        ratio: median(roundRatios),
        roundRatios,
        cpuMs: { intake: median(d.map((r) => r.cpuMs.intake)), gateway: median(g.map((r) => r.cpuMs.gateway)) },
        at100: { directP50: percentile(fixedD.latencies, 50), directP99: percentile(fixedD.latencies, 99), gatewayP50: percentile(fixedG.latencies, 50), gatewayP99: percentile(fixedG.latencies, 99) },
      };
    };
    const read = await pair('read');
    progress(`read through the gateway: ${read.ratio.toFixed(2)}× the direct throughput; at 100/s p99 ${read.at100.gatewayP99.toFixed(2)} ms vs ${read.at100.directP99.toFixed(2)} ms`);
    const register = await pair('register');
    progress(`registration through the gateway: ${register.ratio.toFixed(2)}× the direct throughput; at 100/s p99 ${register.at100.gatewayP99.toFixed(2)} ms vs ${register.at100.directP99.toFixed(2)} ms`);
    if (options.profile) {
      process.kill(gatewayPid, 'SIGWINCH');
      await new Promise((r) => setTimeout(r, 1500));
    }
    return { options, read, register };
  } finally {
    await gateway.stop();
    await intake.stop();
  }
}
