/**
 * Benchmark 1: intake registration throughput and latency against a bare Fastify + pg insert of
 * the same row, in the same run, at the same concurrency and request count, through the same
 * keep-alive load generator (autocannon, in this process). Rounds alternate bare → intake so
 * that load from elsewhere on the machine falls on both alike; the ratio is of the medians.
 *
 * While each round runs, the CPU time of the server process, PostgreSQL (all of the cluster's
 * processes), nats-server and this process (the load generator) is sampled from /proc, giving
 * CPU per request by component: where the time goes.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { BenchInfra, cpuSeconds, median, natsPid, percentile, postgresCpuSeconds, progress, ScriptProcess, sleep, startService } from './common.js';
import { BARE_TABLES_SQL } from './bare-tables.js';
import { nextRegistration, TOWNSHIPS } from './workload.js';

export interface IntakeOptions {
  connections: number;
  requests: number;
  rounds: number;
  warmup: number;
  /** Profile intake's CPU over the measured rounds (slows it down: not for the reported figures). */
  profile?: string;
}

export interface CpuPerRequest {
  server: number;
  postgres: number;
  nats: number;
  loadGenerator: number;
}

export type Target = 'bare' | 'statements' | 'intake';
const TARGETS: Target[] = ['bare', 'statements', 'intake'];

export interface RoundResult {
  target: Target;
  ok: number;
  failed: number;
  seconds: number;
  rps: number;
  latencies: number[];
  /** CPU milliseconds per request, by process. */
  cpuMs: CpuPerRequest;
}

export interface TargetSummary {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  cpuMs: CpuPerRequest;
  rounds: number[];
}

export interface IntakeResult {
  options: IntakeOptions;
  bare: TargetSummary;
  /** The breakdown: intake's statements without the rest of intake (see bare-insert-server.ts). */
  statements: TargetSummary;
  intake: TargetSummary;
  ratio: number;
  roundRatios: number[];
}

async function drive(url: string, path: string, tokens: Map<string, string>, connections: number, amount: number, label: string, pids: { server: number; postgresDir: string; nats: number | undefined }): Promise<Omit<RoundResult, 'target'>> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const statuses = new Map<number, number>();
  const pgBefore = postgresCpuSeconds(pids.postgresDir);
  const serverBefore = cpuSeconds(pids.server);
  const natsBefore = pids.nats ? cpuSeconds(pids.nats) : 0;
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  let done!: (r: autocannon.Result) => void;
  let failedRun!: (e: Error) => void;
  const finished = new Promise<autocannon.Result>((res, rej) => ((done = res), (failedRun = rej)));
  const instance = autocannon(
    {
    url,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (req) => {
          const r = nextRegistration();
          return { ...req, body: r.body, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(r.townshipCode)}` } };
        },
      },
    ],
    },
    (err, result) => (err ? failedRun(err) : done(result)),
  );
  let lastAnswerAt = started;
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    lastAnswerAt = performance.now();
    if (statusCode === 201) {
      ok++;
      latencies.push(responseTime);
    } else {
      failed++;
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    }
  });
  instance.on('reqError', () => failed++);
  const ticker = setInterval(() => {
    const s = (performance.now() - started) / 1000;
    progress(`  ${label}: ${ok + failed}/${amount} requests, ${Math.round((ok + failed) / s)} req/s so far${failed ? `, ${failed} failed` : ''}`);
  }, 3000);
  await finished;
  // to the last answer: autocannon notices that `amount` is reached on its once-a-second tick,
  // so its own duration is rounded up to whole seconds, too coarse for a fast baseline
  const seconds = (lastAnswerAt - started) / 1000;
  clearInterval(ticker);
  const self = process.cpuUsage(selfBefore);
  const pgAfter = postgresCpuSeconds(pids.postgresDir);
  const per = (cpuS: number) => (cpuS * 1000) / Math.max(1, ok + failed);
  if (failed) progress(`  ${label}: ${failed} requests failed (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ') || 'connection errors'})`);
  return {
    ok,
    failed,
    seconds,
    rps: ok / seconds,
    latencies,
    cpuMs: {
      server: per(cpuSeconds(pids.server) - serverBefore),
      postgres: per(pgAfter - pgBefore),
      nats: per(pids.nats ? cpuSeconds(pids.nats) - natsBefore : 0),
      loadGenerator: per((self.user + self.system) / 1e6),
    },
  };
}

export async function benchIntake(infra: BenchInfra, options: IntakeOptions): Promise<IntakeResult> {
  progress('intake throughput: a database and a nats-server of its own, the demo directory, intake and the bare server as processes');
  const databaseUrl = await infra.createDatabase('bench_intake');
  const nats = await infra.nats();
  const env = infra.serviceEnv(databaseUrl, nats.url);
  infra.seed(env);
  const profileEnv: Record<string, string> = options.profile ? { NODE_OPTIONS: `--import ${resolve('dist/scripts/bench/cpu-profile-hook.js')}`, CPU_PROFILE_PATH: options.profile } : {};
  const { service: intake, pid: intakePid } = await startService('intake', { ...env, ...profileEnv });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  // the bare server's table: the petition row as intake stores it, same columns, defaults and indexes
  for (const sql of BARE_TABLES_SQL) await db.query(sql);
  const bare = await ScriptProcess.start('dist/scripts/bench/bare-insert-server.js', { DATABASE_URL: databaseUrl, POOL_SIZE: '10' });
  const tokens = new Map<string, string>();
  for (const t of TOWNSHIPS) tokens.set(t, await infra.token('township-officer', t));
  const postgresDir = infra.postgres.dataDir;
  const natsProcess = natsPid(nats.port);
  const rounds: RoundResult[] = [];
  try {
    progress(`warm-up: ${options.warmup} requests to each`);
    const target = (t: Target) => ({ url: t === 'intake' ? intake.url : bare.url, path: t === 'statements' ? '/api/petitions/statements' : '/api/petitions', server: t === 'intake' ? intakePid : bare.pid });
    for (const t of TARGETS) await drive(target(t).url, target(t).path, tokens, options.connections, options.warmup, `${t} warm-up`, { server: target(t).server, postgresDir, nats: natsProcess });
    if (options.profile) process.kill(intakePid, 'SIGWINCH'); // the profile starts afresh here
    for (let round = 1; round <= options.rounds; round++) {
      for (const t of options.profile ? (['intake'] as const) : TARGETS) {
        await db.query(`CHECKPOINT`);
        const label = `${t} round ${round}/${options.rounds}`;
        const r = await drive(target(t).url, target(t).path, tokens, options.connections, options.requests, label, { server: target(t).server, postgresDir, nats: natsProcess });
        progress(`${label}: ${Math.round(r.rps)} req/s, p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p99 ${percentile(r.latencies, 99).toFixed(1)} ms; CPU ms/request: server ${r.cpuMs.server.toFixed(2)}, PostgreSQL ${r.cpuMs.postgres.toFixed(2)}, nats ${r.cpuMs.nats.toFixed(2)}, load generator ${r.cpuMs.loadGenerator.toFixed(2)}`);
        rounds.push({ target: t, ...r });
      }
    }
    if (options.profile) {
      rmSync(options.profile, { force: true });
      process.kill(intakePid, 'SIGWINCH');
      for (let i = 0; i < 100 && !existsSync(options.profile); i++) await sleep(100);
      await sleep(500);
      progress(`intake's CPU profile of the measured rounds: ${options.profile}`);
    }
    const summarise = (t: Target): TargetSummary => {
      const rs = rounds.filter((r) => r.target === t);
      const all = rs.flatMap((r) => r.latencies);
      const cpu = (k: keyof CpuPerRequest) => median(rs.map((r) => r.cpuMs[k]));
      return {
        rps: median(rs.map((r) => r.rps)),
        p50: percentile(all, 50),
        p95: percentile(all, 95),
        p99: percentile(all, 99),
        cpuMs: { server: cpu('server'), postgres: cpu('postgres'), nats: cpu('nats'), loadGenerator: cpu('loadGenerator') },
        rounds: rs.map((r) => r.rps),
      };
    };
    const b = summarise('bare');
    const st = summarise('statements');
    const i = summarise('intake');
    const failed = rounds.reduce((n, r) => n + r.failed, 0);
    if (failed) progress(`warning: ${failed} requests failed in the measured rounds (counted out of the throughput)`);
    // each intake round against the bare round just before it; the median of those ratios
    const roundRatios = i.rounds.map((x, k) => x / b.rounds[k]!);
    return { options, bare: b, statements: st, intake: i, ratio: median(roundRatios), roundRatios };
  } finally {
    await db.end();
    await bare.stop();
    await intake.stop();
    await nats.stop();
    await infra.dropDatabase('bench_intake').catch(() => undefined);
  }
}
