/**
 * Benchmarks 2 and 5 on the whole platform, its four services as processes on a database and a
 * nats-server of this phase's own (with a fake SMS gateway and an SMTP sink for notification):
 *
 * 5. idle memory: RSS of each service after start and a short warm-up (registrations flowing
 *    through every service, a few reads at each), then idle; against the bare Fastify + pg
 *    server of benchmark 1 measured the same way;
 * 2. end-to-end latency at a fixed rate of 100 petitions/s: from the registration's 201 (the
 *    commit is done) to the moment reporting's projection holds the petition. A trigger added
 *    to this phase's own database (never to a real one) NOTIFYs on the projection row, and this
 *    process LISTENs: the notification is delivered when reporting's transaction commits. The
 *    baseline, in the same run on the same nats-server: a raw JetStream publish → consume
 *    (file stream, durable pull consumer, explicit ack, as the services use) at 100 msg/s.
 */
import { spawnSync } from 'node:child_process';
import { jetstream, jetstreamManager, AckPolicy, DeliverPolicy, type JetStreamClient } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { FakeSmsGateway, SmtpSink, type SpawnedService } from '#testing';
import { BARE_TABLES_SQL } from './bare-tables.js';
import { BenchInfra, CpuMeter, natsPid, percentile, postgresCpuSeconds, processCpuSeconds, progress, rssMb, ScriptProcess, sleep, startService } from './common.js';
import { nextRegistration, TOWNSHIPS } from './workload.js';

export interface PlatformOptions {
  /** Petitions per second of the end-to-end runs, one run each. */
  rates: number[];
  /** Seconds measured per run (after `warmupSeconds`). */
  seconds: number;
  warmupSeconds: number;
  /** Longest wait, after a run, for its petitions to show in reporting. */
  drainSeconds: number;
  /** Messages per second and seconds of the raw JetStream baseline, run before each end-to-end run. */
  rawRate: number;
  rawSeconds: number;
  /** Seconds the services sit idle while their memory is read (every 5 s; settled = the last 30 s). */
  idleSeconds: number;
  /** Measure idle memory a second time with SMALL_YOUNG_GENERATION. */
  smallYoungGeneration: boolean;
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface E2eRun extends Percentiles {
  rate: number;
  /** Requests sent per second (the schedule kept). */
  achievedRate: number;
  /** Registrations answered 201 per second of the measured window (until the last was projected). */
  committedRate: number;
  /** From sending the request rather than from its 201. */
  fromSend: Percentiles;
  /** Committed but never seen in reporting within the drain time. */
  missing: number;
  failures: Record<string, number>;
  /** The commonest errors in intake's log during the run. */
  failureCauses: Record<string, number>;
  /** CPU milliseconds per registered petition, by process group, over the measured window and the drain. */
  cpuMsPerPetition: Record<string, number>;
}

export interface PlatformResult {
  /** RSS a second after start, 20 s after the warm-up, settled (the last 30 s of the idle period), and every 5 s while idle; the V8 heap at the end. */
  memory: { service: string; startedMb: number; earlyIdleMb?: number; idleMb: number; trace?: number[]; heapUsedMb?: number; heapTotalMb?: number; externalMb?: number }[];
  /** The same, every service started with NODE_OPTIONS=SMALL_YOUNG_GENERATION. */
  memorySmallYoung?: PlatformResult['memory'];
  bareIdleMb: number;
  /** RSS of a process that only imports the services' runtime packages (Nest, TypeORM, pg, class-validator, NATS, prom-client, pino, jose, ajv); with @nestjs/swagger too; with a small young generation; without TypeORM. */
  footprint: { packagesMb: number; withSwaggerMb: number; packagesSmallYoungMb: number; withoutTypeormMb?: number };
  /** CPU seconds per second each process group uses idle. */
  idleCpu: Record<string, number>;
  e2e: E2eRun[];
  raw: Percentiles;
}

const SERVICES = ['intake', 'casework', 'notification', 'reporting'] as const;
/** V8's young generation capped at 1 MB semi-spaces (the default grows to 16 MB): a deployment setting, not code. */
export const SMALL_YOUNG_GENERATION = '--max-semi-space-size=1';

const stats = (xs: number[]): Percentiles => ({ n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99), max: Math.max(...xs) });

/** The packages every service loads (not the project's code), imported into a bare process that then idles. */
const RUNTIME_PACKAGES = ['reflect-metadata', '@nestjs/common', '@nestjs/core', '@nestjs/platform-fastify', '@nestjs/microservices', 'typeorm', 'pg', 'class-validator', 'class-transformer', '@nats-io/transport-node', '@nats-io/jetstream', 'prom-client', 'pino', 'jose', 'ajv', 'ajv-formats'];

/** RSS of a process that only imports `packages` and idles a second (median of 3 processes). */
export function importFootprintMb(packages: string[], nodeOptions = ''): number {
  const script = `for (const p of ${JSON.stringify(packages)}) await import(p); await new Promise((r) => setTimeout(r, 1000)); process.stdout.write(String(process.memoryUsage().rss));`;
  const runs = [0, 1, 2].map(() => {
    const r = spawnSync(process.execPath, [...nodeOptions.split(' ').filter(Boolean), '--input-type=module', '-e', script], { encoding: 'utf8' });
    return Number(r.stdout) / 1024 / 1024;
  });
  return percentile(runs, 50);
}

/** The V8 heap of a service, from its Prometheus metrics. */
async function heapOf(url: string): Promise<{ heapUsedMb?: number; heapTotalMb?: number; externalMb?: number }> {
  const text = await fetch(`${url}/metrics`)
    .then((r) => (r.ok ? r.text() : ''))
    .catch(() => '');
  const metric = (name: string) => {
    const m = new RegExp(`^xinfang_${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
    return m ? Number(m[1]) / 1024 / 1024 : undefined;
  };
  return { heapUsedMb: metric('nodejs_heap_size_used_bytes'), heapTotalMb: metric('nodejs_heap_size_total_bytes'), externalMb: metric('nodejs_external_memory_bytes') };
}

/** Calls `fire` at `rate` per second for `seconds`, on an absolute schedule (open loop: a slow answer does not delay the next call). */
async function atFixedRate(rate: number, seconds: number, fire: (i: number) => void, tick?: (sent: number) => void): Promise<number> {
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  let lastTick = start;
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    fire(i);
    if (tick && performance.now() - lastTick > 5000) {
      lastTick = performance.now();
      tick(i + 1);
    }
  }
  return total / ((performance.now() - start) / 1000);
}

/** The baseline: publish → consume through JetStream at `rate`, the consumer pulling as the services' consumers do. */
async function rawJetStream(js: JetStreamClient, natsUrl: string, rate: number, seconds: number, label: string): Promise<number[]> {
  const nc = await connect({ servers: natsUrl, name: 'bench-raw' });
  const jsm = await jetstreamManager(nc);
  const stream = 'BENCH_RAW';
  await jsm.streams.add({ name: stream, subjects: ['bench.raw.>'] }).catch(async () => jsm.streams.purge(stream));
  const durable = `bench-raw-${Date.now()}`;
  await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New, ack_wait: 30_000_000_000 });
  const consumer = await jetstream(nc).consumers.get(stream, durable);
  const messages = await consumer.consume({ max_messages: 64, expires: 10_000 });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const consuming = (async () => {
    for await (const m of messages) {
      const t = performance.now();
      const id = m.headers?.get('Nats-Msg-Id') ?? '';
      const s = sentAt.get(id);
      if (s !== undefined) latencies.push(t - s);
      m.ack();
    }
  })();
  // an envelope of the size the platform publishes
  const payload = nextRegistration().body.padEnd(900, ' ');
  await atFixedRate(
    rate,
    seconds,
    (i) => {
      const id = `${durable}-${i}`;
      sentAt.set(id, performance.now());
      void js.publish(`bench.raw.${i % 8}`, payload, { msgID: id }).catch(() => undefined);
    },
    (sent) => progress(`  ${label}: ${sent} published, ${latencies.length} consumed`),
  );
  for (let i = 0; i < 50 && latencies.length < sentAt.size; i++) await sleep(100);
  await messages.close();
  await consuming;
  await jsm.consumers.delete(stream, durable).catch(() => undefined);
  await nc.close();
  return latencies;
}

export async function benchPlatform(infra: BenchInfra, options: PlatformOptions): Promise<PlatformResult> {
  progress('platform: a database and a nats-server of its own, the four services as processes, a fake SMS gateway and an SMTP sink');
  const databaseUrl = await infra.createDatabase('bench_platform');
  const nats = await infra.nats();
  const [sms, mail] = await Promise.all([FakeSmsGateway.start(), SmtpSink.start()]);
  const env = infra.serviceEnv(databaseUrl, nats.url, {
    SMS_GATEWAY_URL: sms.url,
    SMTP_URL: mail.url,
    QUIET_HOURS_START: '0',
    QUIET_HOURS_END: '0',
    SMS_PER_MINUTE: '100000',
    EMAIL_PER_MINUTE: '100000',
  });
  infra.seed(env, { routing: true });
  const running: Record<string, { service: SpawnedService; pid: number; startedMb: number }> = {};
  const db = new pg.Client({ connectionString: databaseUrl });
  const listener = new pg.Client({ connectionString: databaseUrl });
  let bare: ScriptProcess | undefined;
  const nc = await connect({ servers: nats.url, name: 'bench' });
  try {
    const startAll = async (extra: Record<string, string> = {}) => {
      for (const name of SERVICES) {
        const s = await startService(name, { ...env, ...extra });
        await sleep(1000);
        running[name] = { ...s, startedMb: rssMb(s.pid) };
        progress(`  ${name} started: ${running[name]!.startedMb.toFixed(0)} MB RSS`);
      }
    };
    // with the young generation capped first (a second measurement of memory), then as deployed
    await startAll(options.smallYoungGeneration ? { NODE_OPTIONS: SMALL_YOUNG_GENERATION } : {});
    await db.connect();
    for (const sql of BARE_TABLES_SQL) await db.query(sql);
    bare = await ScriptProcess.start('dist/scripts/bench/bare-insert-server.js', { DATABASE_URL: databaseUrl, POOL_SIZE: '10' });

    const tokens = new Map<string, string>();
    for (const t of TOWNSHIPS) tokens.set(t, await infra.token('township-officer', t));
    const admin = await infra.token('county-admin');
    const register = async (base: string) => {
      const r = nextRegistration();
      const res = await fetch(`${base}/api/petitions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(r.townshipCode)}` }, body: r.body });
      const body = (await res.json()) as { id?: string };
      return { status: res.status, id: body.id };
    };

    // ── the projection trigger, in this phase's own database ─────────────────────────────
    const [{ current }] = (await db.query(`SELECT current FROM reporting.projection_generation`)).rows;
    const factTable = `reporting.petition_fact__g${current}`;
    await db.query(`CREATE SCHEMA bench`);
    await db.query(`CREATE FUNCTION bench.notify_projected() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('bench_projected', NEW.petition_id::text); RETURN NULL; END $$`);
    await db.query(`CREATE TRIGGER bench_projected_insert AFTER INSERT ON ${factTable} FOR EACH ROW WHEN (NEW.reg_stamp IS NOT NULL) EXECUTE FUNCTION bench.notify_projected()`);
    await db.query(`CREATE TRIGGER bench_projected_update AFTER UPDATE ON ${factTable} FOR EACH ROW WHEN (OLD.reg_stamp IS NULL AND NEW.reg_stamp IS NOT NULL) EXECUTE FUNCTION bench.notify_projected()`);
    await listener.connect();
    const visibleAt = new Map<string, number>();
    listener.on('notification', (n) => {
      if (n.payload && !visibleAt.has(n.payload)) visibleAt.set(n.payload, performance.now());
    });
    await listener.query('LISTEN bench_projected');

    // ── 5. memory: a short warm-up through every service, then idle ─────────────────────
    const get = (url: string) => fetch(url, { headers: { authorization: `Bearer ${admin}` } }).then((r) => r.arrayBuffer());
    const warmUp = async () => {
      progress('memory: warm-up (200 registrations through the platform at 20/s, reads at each service), then idle');
      const warm: string[] = [];
      await atFixedRate(20, 10, () => void register(running.intake!.service.url).then((r) => r.id && warm.push(r.id)));
      if (bare) for (let i = 0; i < 20; i++) await register(bare.url);
      for (let i = 0; i < 100 && warm.some((id) => !visibleAt.has(id)); i++) await sleep(100);
      for (let i = 0; i < 5; i++) {
        await get(`${running.intake!.service.url}/api/petitions?townshipCode=${TOWNSHIPS[i]}`);
        await get(`${running.casework!.service.url}/api/cases?townshipCode=${TOWNSHIPS[i]}`);
        await get(`${running.notification!.service.url}/api/deliveries`);
        await get(`${running.reporting!.service.url}/api/stats/summary`);
        await get(`${running.reporting!.service.url}/api/stats/breakdown?by=channel`);
      }
      progress(`  idle for ${options.idleSeconds} s`);
    };
    /**
     * RSS while idle, read every 5 s for `idleSeconds`: soon after the warm-up (the median of the
     * readings 15–25 s in), and settled (the median of the last 30 s) — V8 gives memory back
     * only after the process has been idle for a while.
     */
    const idleMemory = async (extraPids: number[] = []) => {
      const pids = [...SERVICES.map((s) => running[s]!.pid), ...extraPids];
      const samples = new Map<number, { at: number; mb: number }[]>(pids.map((p) => [p, []]));
      const started = performance.now();
      let lastNote = started;
      for (;;) {
        const at = (performance.now() - started) / 1000;
        for (const pid of pids) samples.get(pid)!.push({ at, mb: rssMb(pid) });
        if (at >= options.idleSeconds) break;
        if (performance.now() - lastNote > 30_000) {
          lastNote = performance.now();
          progress(`  idle ${at.toFixed(0)} s: ${SERVICES.map((s) => `${s} ${rssMb(running[s]!.pid).toFixed(0)} MB`).join(', ')}`);
        }
        await sleep(5000);
      }
      const window = (pid: number, from: number, to: number) => percentile(samples.get(pid)!.filter((x) => x.at >= from && x.at <= to).map((x) => x.mb), 50);
      const early = (pid: number) => window(pid, 15, 25);
      const settled = (pid: number) => window(pid, options.idleSeconds - 30, options.idleSeconds);
      const memory: PlatformResult['memory'] = [];
      for (const s of SERVICES) {
        const pid = running[s]!.pid;
        memory.push({ service: s, startedMb: running[s]!.startedMb, earlyIdleMb: early(pid), idleMb: settled(pid), trace: samples.get(pid)!.map((x) => Math.round(x.mb)), ...(await heapOf(running[s]!.service.url)) });
      }
      for (const m of memory) progress(`  ${m.service}: ${m.idleMb.toFixed(1)} MB settled idle, ${m.earlyIdleMb?.toFixed(1)} MB 20 s after the warm-up, ${m.startedMb.toFixed(1)} MB after start; V8 heap now ${m.heapUsedMb?.toFixed(1)} MB used of ${m.heapTotalMb?.toFixed(1)} MB`);
      return { memory, extra: extraPids.map(settled) };
    };
    let memorySmallYoung: PlatformResult['memorySmallYoung'];
    if (options.smallYoungGeneration) {
      progress(`memory with NODE_OPTIONS=${SMALL_YOUNG_GENERATION}`);
      await warmUp();
      memorySmallYoung = (await idleMemory()).memory;
      progress('every service restarted as deployed (default V8 settings)');
      for (const name of [...SERVICES].reverse()) await running[name]!.service.stop();
      await startAll();
    }
    await warmUp();
    // idle CPU over the idle period, memory read meanwhile
    const cpu = new CpuMeter({
      ...Object.fromEntries(SERVICES.map((s) => [s, () => processCpuSeconds(running[s]!.pid)])),
      postgres: () => postgresCpuSeconds(infra.postgres.dataDir),
      nats: () => processCpuSeconds(natsPid(nats.port)),
    });
    cpu.start();
    const idleStarted = performance.now();
    const { memory, extra } = await idleMemory([bare.pid]);
    const idleWall = (performance.now() - idleStarted) / 1000;
    const idleCpu = Object.fromEntries(Object.entries(cpu.stop()).map(([k, v]) => [k, v / idleWall]));
    idleCpu.bench = 0; // this process waits on timers meanwhile; its work during a run is the load generator's
    progress(`  idle CPU: ${Object.entries(idleCpu).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}`);
    const bareIdleMb = extra[0]!;
    progress(`  bare Fastify + pg server: ${bareIdleMb.toFixed(1)} MB idle`);
    const footprint = {
      packagesMb: importFootprintMb(RUNTIME_PACKAGES),
      withSwaggerMb: importFootprintMb([...RUNTIME_PACKAGES, '@nestjs/swagger']),
      packagesSmallYoungMb: importFootprintMb(RUNTIME_PACKAGES, SMALL_YOUNG_GENERATION),
      withoutTypeormMb: importFootprintMb(RUNTIME_PACKAGES.filter((p) => p !== 'typeorm')),
    };
    progress(`  a process that only imports the services' runtime packages: ${footprint.packagesMb.toFixed(1)} MB; with @nestjs/swagger ${footprint.withSwaggerMb.toFixed(1)} MB; with ${SMALL_YOUNG_GENERATION} ${footprint.packagesSmallYoungMb.toFixed(1)} MB; without typeorm ${footprint.withoutTypeormMb.toFixed(1)} MB`);
    await bare.stop();
    bare = undefined;

    // ── 2. end-to-end latency at fixed rates; the raw JetStream baseline before each, the platform idle ──
    const js = jetstream(nc);
    const raws: number[] = [];
    const runs: E2eRun[] = [];
    for (const rate of options.rates) {
      progress(`raw JetStream publish → consume at ${options.rawRate} msg/s for ${options.rawSeconds} s`);
      const raw = await rawJetStream(js, nats.url, options.rawRate, options.rawSeconds, 'raw JetStream');
      raws.push(...raw);
      progress(`  raw p50 ${percentile(raw, 50).toFixed(2)} ms, p95 ${percentile(raw, 95).toFixed(2)} ms, p99 ${percentile(raw, 99).toFixed(2)} ms`);
      runs.push(await e2eRun(rate));
    }
    const raw = stats(raws);
    progress(`raw JetStream overall: p50 ${raw.p50.toFixed(2)} ms, p95 ${raw.p95.toFixed(2)} ms, p99 ${raw.p99.toFixed(2)} ms (${raw.n} messages)`);

    return { memory, memorySmallYoung, bareIdleMb, footprint, idleCpu, e2e: runs, raw };

    async function e2eRun(rate: number): Promise<E2eRun> {
      progress(`end to end at ${rate} petitions/s: ${options.warmupSeconds} s warm-up, then ${options.seconds} s measured`);
      const committedAt = new Map<string, number>();
      const sentAt = new Map<string, number>();
      const failures = new Map<string, number>();
      const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
      let measuring = false;
      let sentCount = 0;
      let answered = 0;
      const fire = () => {
        sentCount++;
        const sent = performance.now();
        const r = nextRegistration();
        const measured = measuring;
        void fetch(`${running.intake!.service.url}/api/petitions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(r.townshipCode)}` }, body: r.body })
          .then(async (res) => {
            const at = performance.now();
            const body = (await res.json()) as { id?: string };
            if (res.status !== 201 || !body.id) return fail(String(res.status));
            if (measured) {
              committedAt.set(body.id, at);
              sentAt.set(body.id, sent);
            }
          })
          .catch((err: Error) => fail(err.message))
          .finally(() => answered++);
      };
      await atFixedRate(rate, options.warmupSeconds, fire);
      measuring = true;
      cpu.start();
      const measureStarted = performance.now();
      const achievedRate = await atFixedRate(rate, options.seconds, fire, (sent) => {
        const seen = [...committedAt.keys()].filter((id) => visibleAt.has(id)).length;
        const failed = [...failures.values()].reduce((a, b) => a + b, 0);
        progress(`  e2e at ${rate}/s: ${sent} sent, ${committedAt.size} committed, ${seen} visible in reporting${failed ? `, ${failed} failed` : ''}`);
      });
      // every petition sent in the measured window has been answered and projected (or we give up)
      const deadline = Date.now() + options.drainSeconds * 1000;
      let lastNote = Date.now();
      while (Date.now() < deadline && (answered < sentCount || [...committedAt.keys()].some((id) => !visibleAt.has(id)))) {
        if (Date.now() - lastNote > 10_000) {
          lastNote = Date.now();
          progress(`  draining: ${answered}/${sentCount} answered, ${[...committedAt.keys()].filter((id) => visibleAt.has(id)).length}/${committedAt.size} visible`);
        }
        await sleep(100);
      }
      const wallSeconds = (performance.now() - measureStarted) / 1000;
      const used = cpu.stop();
      // what the processes use idle (background passes, pulls) is not the petitions' cost
      for (const k of Object.keys(used)) used[k] = Math.max(0, used[k]! - (idleCpu[k] ?? 0) * wallSeconds);
      const fromCommit: number[] = [];
      const fromSend: number[] = [];
      let missing = 0;
      for (const [id, at] of committedAt) {
        const seen = visibleAt.get(id);
        if (seen === undefined) missing++;
        else {
          fromCommit.push(Math.max(0, seen - at));
          fromSend.push(seen - sentAt.get(id)!);
        }
      }
      const committedRate = committedAt.size / wallSeconds;
      const n = Math.max(1, committedAt.size);
      const cpuMsPerPetition = Object.fromEntries(Object.entries(used).map(([k, v]) => [k, (v * 1000) / n]));
      // why requests failed, from intake's own log
      const causes = new Map<string, number>();
      if (failures.size) {
        for (const line of running.intake!.service.log.split('\n')) {
          if (!line.includes('"level":"error"')) continue;
          const cause = /"message":"([^"]{0,120})/.exec(line)?.[1] ?? /"msg":"([^"]{0,120})/.exec(line)?.[1] ?? 'error';
          causes.set(cause, (causes.get(cause) ?? 0) + 1);
        }
        progress(`  intake's errors: ${[...causes].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${v}× ${k}`).join('; ')}`);
      }
      const run: E2eRun = { rate, failureCauses: Object.fromEntries([...causes].sort((a, b) => b[1] - a[1]).slice(0, 3)), achievedRate, committedRate, ...stats(fromCommit), fromSend: stats(fromSend), missing, failures: Object.fromEntries(failures), cpuMsPerPetition };
      progress(`  e2e at ${rate}/s: p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms (${run.n} petitions, ${missing} not seen; ${[...failures].map(([k, v]) => `${v}× ${k}`).join(', ') || 'none failed'})`);
      progress(`  CPU ms per petition: ${Object.entries(cpuMsPerPetition).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
      return run;
    }
  } finally {
    await listener.end().catch(() => undefined);
    await db.end().catch(() => undefined);
    await nc.close().catch(() => undefined);
    await bare?.stop();
    for (const name of [...SERVICES].reverse()) await running[name]?.service.stop();
    await Promise.all([sms.stop(), mail.stop(), nats.stop()]);
    await infra.dropDatabase('bench_platform').catch(() => undefined);
  }
}
