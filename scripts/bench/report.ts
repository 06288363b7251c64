/**
 * docs/benchmarks.md from one run's results: the machine, the date and load, a table of every
 * figure with its baseline, ratio and target, the details behind each, and for every missed
 * target why and what would close it.
 */
import type { Machine } from './common.js';
import type { CaseListResult } from './case-list.js';
import type { ConsoleResult } from './console.js';
import type { GatewayPair, GatewayResult } from './gateway.js';
import type { IntakeResult } from './intake-throughput.js';
import { SMALL_YOUNG_GENERATION, type E2eRun, type PlatformResult } from './platform.js';
import type { ProfileSummary } from './profile-summary.js';
import type { ReportingResult } from './reporting.js';

export interface LoadSample {
  at: number;
  load: number;
}

export interface RunResult {
  machine: Machine;
  startedAt: string;
  finishedAt: string;
  loadBefore: string;
  loadAfter: string;
  loadSamples: LoadSample[];
  options: { intake: { connections: number; requests: number; rounds: number; warmup: number }; platform: { rates: number[]; seconds: number; warmupSeconds: number; rawRate: number; rawSeconds: number; idleSeconds: number }; reporting: { petitions: number; rounds: number; cases: number; runs: number } };
  intake?: IntakeResult;
  profile?: ProfileSummary;
  platform?: PlatformResult;
  reporting?: ReportingResult;
  gateway?: GatewayResult;
  caseList?: CaseListResult;
  console?: ConsoleResult;
}

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const mb = (x: number) => `${x.toFixed(0)} MB`;
const ratio = (x: number) => (x >= 10 ? `${x.toFixed(0)}×` : x >= 1 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`);
const met = (ok: boolean) => (ok ? '**met**' : '**missed**');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

const TARGET = { intake: 0.5, e2eP99: 25, rebuild: 0.25, summary: 10, rssMb: 120, gateway: 0.8, gatewayAddedP99: 2, caseList: 10, consoleKb: 500 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function loadLine(r: RunResult): string {
  const loads = r.loadSamples.map((s) => s.load).sort((a, b) => a - b);
  const during = loads.length ? `during the run the 1-minute load average ranged ${loads[0]!.toFixed(1)}–${loads[loads.length - 1]!.toFixed(1)} (median ${loads[Math.floor(loads.length / 2)]!.toFixed(1)})` : '';
  return `before ${r.loadBefore}, after ${r.loadAfter} (1 / 5 / 15 min); ${during}`;
}

function headline(r: RunResult): string[] {
  const rows: string[] = ['| # | Benchmark | Figure | Baseline, same run | Ratio | Target | |', '|---|---|---|---|---|---|---|'];
  const i = r.intake;
  if (i) {
    rows.push(
      `| 1 | Intake registration (\`POST /api/petitions\`), ${i.options.connections} connections | ${n0(i.intake.rps)} req/s; p50 ${ms(i.intake.p50)}, p95 ${ms(i.intake.p95)}, p99 ${ms(i.intake.p99)} | bare Fastify + pg insert of the same row: ${n0(i.bare.rps)} req/s; p50 ${ms(i.bare.p50)}, p95 ${ms(i.bare.p95)}, p99 ${ms(i.bare.p99)} | ${ratio(i.ratio)} the throughput (rounds ${i.roundRatios.map((x) => x.toFixed(2)).join(', ')}) | ≥ ${TARGET.intake}× | ${met(i.ratio >= TARGET.intake)} |`,
    );
  }
  const p = r.platform;
  if (p) {
    for (const run of p.e2e) {
      const target = run.rate === 100;
      rows.push(
        `| 2 | End to end, intake commit → reporting projection, at ${run.rate} petitions/s${target ? '' : ' (below the target rate, for comparison)'} | p50 ${ms(run.p50)}, p95 ${ms(run.p95)}, p99 ${ms(run.p99)} (${run.n} petitions${failuresText(run)}) | raw JetStream publish → consume at ${r.options.platform.rawRate} msg/s: p50 ${ms(p.raw.p50)}, p95 ${ms(p.raw.p95)}, p99 ${ms(p.raw.p99)} | p99 ${ratio(run.p99 / p.raw.p99)} the raw p99 | p99 ≤ ${TARGET.e2eP99} ms${target ? '' : ' (at 100/s)'} | ${target ? met(run.p99 <= TARGET.e2eP99 && run.missing === 0) : run.p99 <= TARGET.e2eP99 ? 'within' : 'over'} |`,
      );
    }
  }
  const rb = r.reporting?.rebuild;
  if (rb) {
    rows.push(
      `| 3 | Projection rebuild (${n0(rb.events)} events on INTAKE + CASEWORK) | ${n0(rb.rebuildRate)} events/s | raw ordered read of the same streams: ${n0(rb.rawRate)} msg/s | ${ratio(rb.ratio)} (rounds ${rb.roundRatios.map((x) => x.toFixed(2)).join(', ')}) | ≥ ${TARGET.rebuild}× | ${met(rb.ratio >= TARGET.rebuild)} |`,
    );
  }
  const s = r.reporting?.summary;
  if (s) {
    rows.push(
      `| 4 | County summary, a year of ${n0(s.rows)} synthetic petitions with cases (${n0(s.inYear)} in the year), ${s.figures} figures | p95 ${ms(s.summary.p95)} (p50 ${ms(s.summary.p50)}) | plain aggregate of the same year: p95 ${ms(s.plainSingle.p95)} (petitions alone, 5 figures); ${ms(s.plainJoined.p95)} (joined to cases, 12 figures) | ${ratio(s.ratio)} faster (${ratio(s.ratioJoined)} vs the joined one) | ≥ ${TARGET.summary}× faster | ${met(s.ratio >= TARGET.summary)} |`,
    );
  }
  if (p) {
    const worst = Math.max(...p.memory.map((m) => m.idleMb));
    rows.push(
      `| 5 | Idle memory (RSS) after start, a short warm-up and ${r.options.platform.idleSeconds} s idle (settled) | ${p.memory.map((m) => `${m.service} ${mb(m.idleMb)}`).join(', ')} | bare Fastify + pg server, idle: ${mb(p.bareIdleMb)} | ${p.memory.map((m) => ratio(m.idleMb / p.bareIdleMb)).join(', ')} | ≤ ${TARGET.rssMb} MB each | ${met(worst <= TARGET.rssMb)} |`,
    );
  }
  const g = r.gateway;
  if (g) {
    const row = (label: string, x: GatewayPair) => {
      const added = x.at100.gatewayP99 - x.at100.directP99;
      return `| 6 | ${label} through the gateway (session cookie), ${g.options.connections} connections; and at 100 req/s | ${n0(x.gateway.rps)} req/s, p99 ${ms(x.gateway.p99)}; at 100/s p50 ${ms(x.at100.gatewayP50)}, p99 ${ms(x.at100.gatewayP99)} | straight to intake (Bearer): ${n0(x.direct.rps)} req/s, p99 ${ms(x.direct.p99)}; at 100/s p50 ${ms(x.at100.directP50)}, p99 ${ms(x.at100.directP99)} | ${ratio(x.ratio)} the throughput (rounds ${x.roundRatios.map((v) => v.toFixed(2)).join(', ')}); p99 ${added >= 0 ? '+' : ''}${ms(added)} at 100/s; the gateway's CPU ${ms(x.cpuMs.gateway)} a request on intake's ${ms(x.cpuMs.intake)} | ≥ ${TARGET.gateway}×, p99 added ≤ ${TARGET.gatewayAddedP99} ms | ${met(x.ratio >= TARGET.gateway && added <= TARGET.gatewayAddedP99)} |`;
    };
    rows.push(row('Staff read (`GET /intake/api/petitions`, a page of 20)', g.read), row('Registration (`POST /intake/api/petitions`)', g.register));
  }
  const c = r.caseList;
  if (c) {
    rows.push(
      `| 7 | Case list at ${n0(c.rows)} petitions: ${c.queries.length} clerks' filter + full-text searches (${c.queries.map((q) => q.label).join('; ')}), a page of 50 and its total | p95 ${ms(c.listP95)} over all of them (each: ${c.queries.map((q) => ms(q.list.p95)).join(', ')}) | plain \`ILIKE '%…%'\` of the same rows with the same filters and a full count: p95 ${ms(c.plainP95)} (each: ${c.queries.map((q) => ms(q.plain.p95)).join(', ')}) | ${ratio(c.ratio)} faster (each: ${c.queries.map((q) => ratio(q.ratio)).join(', ')}) | ≥ ${TARGET.caseList}× faster | ${met(c.ratio >= TARGET.caseList)} |`,
    );
  }
  const w = r.console;
  if (w) {
    rows.push(
      `| 8 | The console's first load in Chromium: 工作台 of a township officer, cold cache, ${w.options.petitions} cases in the township | ${w.assets.files} JS + CSS files, ${kb(w.assets.totalGzip)} gzipped (JS ${kb(w.assets.jsGzip)}, CSS ${kb(w.assets.cssGzip)}); to-do counts on screen after p50 ${ms(w.cold.p50)}, p95 ${ms(w.cold.p95)} (warm reload p50 ${ms(w.warm.p50)}) | the page's three API calls from a script, one after another: p50 ${ms(w.api.p50)}, p95 ${ms(w.api.p95)} | counts after ${ratio(w.ratio)} the API calls' time | ≤ ${TARGET.consoleKb} KB gzipped | ${met(w.assets.totalGzip <= TARGET.consoleKb * 1024)} |`,
    );
  }
  return rows;
}

function consoleDetails(w: ConsoleResult): string[] {
  return [
    '### 8. The console\'s first load',
    '',
    `The gateway serves the built web front end (\`dist/web\`, Vite's production build) with intake, casework and notification behind it, as processes on this phase's own database and nats-server, with the demo directory, routing table and staff accounts; ${w.options.petitions} petitions are registered in 清水镇 first, so the work queue has cases to count. The demo account qingshui-officer signs in once; each of ${w.options.runs} measured loads (after one unmeasured) opens \`/\` in a fresh Chromium profile (cold cache) with that session cookie, and the time runs from \`page.goto\` to the first to-do count being visible; a reload of the same page, with its assets cached, gives the warm figure. The size is of every JS and CSS file the first load fetched, each gzipped at level 9 here (the gateway compresses on the fly, with Brotli when the browser asks, which is smaller).`,
    '',
    '| largest files of the first load | gzipped |',
    '|---|---|',
    ...w.assets.largest.map((f) => `| \`${f.file}\` | ${kb(f.gzip)} |`),
    `| all ${w.assets.files} files (${kb(w.assets.totalRaw)} before compression) | ${kb(w.assets.totalGzip)} |`,
    '',
    `Cold loads, ms: ${w.cold.runs.map((x) => x.toFixed(0)).join(', ')}. The pages not on the start page (登记, 信访件, 统计分析 with ECharts, 报表, 系统设置 …) are split off and load when first opened.`,
    '',
  ];
}

function failuresText(run: E2eRun): string {
  const f = Object.entries(run.failures);
  const failed = f.reduce((a, [, v]) => a + v, 0);
  return `${failed ? `; ${failed} requests failed: ${f.map(([k, v]) => `${v}× ${k}`).join(', ')}` : ''}${run.missing ? `; ${run.missing} not projected within the wait` : ''}`;
}

function intakeDetails(i: IntakeResult, profile?: ProfileSummary): string[] {
  const lines = [
    '### 1. Intake registration throughput',
    '',
    `Intake runs as its own process (production settings: \`NODE_ENV=production\`, \`LOG_LEVEL=info\`, its outbox relay on, publishing to nats-server). The baseline (\`scripts/bench/bare-insert-server.ts\`) is a bare Fastify server with a pg pool of the same size (10) that INSERTs the same petition row — same 25 columns, into a table made \`LIKE intake.petition INCLUDING ALL\`, so the same indexes — with no validation, transaction or events. Both take the same bodies (a valid registration, each from a person of its own, so every one is a new matter) from the same load generator (autocannon, keep-alive, ${i.options.connections} connections, ${n0(i.options.requests)} requests a round) in this process. ${i.options.rounds} rounds alternate bare insert → intake's statements → intake after a warm-up of ${n0(i.options.warmup)} requests each. The rates shown are the median rounds; the ratio is the median of the rounds' ratios (each intake round against the bare round just before it); the latency percentiles are over every measured request.`,
    '',
    `A third subject breaks the gap down (not a baseline): the bare server replaying intake's own statements for a registration — the directory check, BEGIN, the per-person advisory lock, the same-matter lookup, the long-standing count, the petition, petitioner, public-step and outbox INSERTs, COMMIT — with the same SQL on tables made like intake's, and nothing else of intake (no DTO validation, token verification, encryption, contract check, outbox relay or Nest). What separates the bare insert from it is the round trips; what separates it from intake is intake's work in Node.`,
    '',
    '| round | bare insert | intake\'s statements, bare | intake | ratio intake / bare |',
    '|---|---|---|---|---|',
    ...i.bare.rounds.map((b, k) => `| ${k + 1} | ${n0(b)} req/s | ${n0(i.statements.rounds[k] ?? NaN)} req/s | ${n0(i.intake.rounds[k]!)} req/s | ${ratio(i.roundRatios[k]!)} |`),
    `| latency p50 / p95 / p99 | ${ms(i.bare.p50)} / ${ms(i.bare.p95)} / ${ms(i.bare.p99)} | ${ms(i.statements.p50)} / ${ms(i.statements.p95)} / ${ms(i.statements.p99)} | ${ms(i.intake.p50)} / ${ms(i.intake.p95)} / ${ms(i.intake.p99)} | |`,
    '',
    'CPU time per request, by process (median round, from /proc; it counts only work done, not time spent waiting for a core, though it too grows somewhat when the machine is busy):',
    '',
    '| | server process | PostgreSQL | nats-server | load generator | total |',
    '|---|---|---|---|---|---|',
    ...(['bare', 'statements', 'intake'] as const).map((k) => {
      const c = i[k].cpuMs;
      return `| ${{ bare: 'bare insert', statements: "intake's statements, bare", intake: 'intake' }[k]} | ${ms(c.server)} | ${ms(c.postgres)} | ${ms(c.nats)} | ${ms(c.loadGenerator)} | ${ms(c.server + c.postgres + c.nats + c.loadGenerator)} |`;
    }),
    '',
  ];
  if (profile) {
    lines.push(
      `Where intake's own CPU goes (a separate, shorter run under the V8 sampling profiler, ${(profile.busyMs / 1000).toFixed(1)} s busy; not used for the figures above):`,
      '',
      '| self time by place | share |',
      '|---|---|',
      ...profile.byPlace.slice(0, 10).map((p) => `| ${p.place} | ${pct(p.share)} |`),
      '',
      '| inclusive time of the project\'s functions | share |',
      '|---|---|',
      ...profile.inclusive.slice(0, 10).map((p) => `| \`${p.fn}\` | ${pct(p.share)} |`),
      '',
    );
  }
  return lines;
}

function platformDetails(r: RunResult, p: PlatformResult): string[] {
  const o = r.options.platform;
  return [
    '### 2. End-to-end latency, intake commit → reporting projection',
    '',
    `The four services run as processes (production settings) on a database and nats-server of this phase's own, with the demo directory and routing table, a fake SMS gateway and an SMTP sink, so every registration also opens a case in casework and plans texts in notification, as in production. Registrations are sent on a fixed schedule (open loop: a slow answer does not delay the next request) for ${o.seconds} s after ${o.warmupSeconds} s of warm-up. Latency runs from the 201 (the registration's transaction has committed) to the moment reporting's transaction that writes the petition's projection row commits: a trigger added to this phase's own database NOTIFYs on that row and the benchmark LISTENs. Reporting's county figures are read from rollups its refresher updates every second, so they follow within about a second more.`,
    '',
    `The baseline, before each end-to-end run on the same nats-server with the platform idle: ${o.rawSeconds} s of publishing ~900-byte messages at ${o.rawRate} msg/s to a file-backed stream, consumed by a durable pull consumer with explicit acks (as the services consume), timed from publish to receipt.`,
    '',
    '| rate | sent/s | registered/s | p50 | p95 | p99 | max | from sending the request: p50 / p99 | failed | CPU per petition (ms): intake, casework, notification, reporting, PostgreSQL, nats, load generator |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...p.e2e.map((e) => {
      const c = e.cpuMsPerPetition;
      const failed = Object.values(e.failures).reduce((a, b) => a + b, 0);
      return `| ${e.rate}/s | ${e.achievedRate.toFixed(0)} | ${e.committedRate.toFixed(1)} | ${ms(e.p50)} | ${ms(e.p95)} | ${ms(e.p99)} | ${ms(e.max)} | ${ms(e.fromSend.p50)} / ${ms(e.fromSend.p99)} | ${failed}${failed ? ` (${Object.entries(e.failures).map(([k, v]) => `${v}× ${k}`).join(', ')})` : ''} | ${['intake', 'casework', 'notification', 'reporting', 'postgres', 'nats', 'bench'].map((k) => (c[k] ?? 0).toFixed(1)).join(', ')} |`;
    }),
    '',
    `Raw JetStream publish → consume at ${o.rawRate} msg/s (${p.raw.n} messages): p50 ${ms(p.raw.p50)}, p95 ${ms(p.raw.p95)}, p99 ${ms(p.raw.p99)}, max ${ms(p.raw.max)}.`,
    '',
    `CPU per petition is the processes' CPU time over the measured window and the wait for its petitions to be projected, less what they use idle (idle: ${Object.entries(p.idleCpu)
      .filter(([k]) => k !== 'bench')
      .map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`)
      .join(', ')} of a core), divided by the petitions registered.`,
    '',
  ];
}

function reportingDetails(rep: ReportingResult, r: RunResult): string[] {
  const lines: string[] = [];
  const rb = rep.rebuild;
  lines.push(
    '### 3. Projection rebuild',
    '',
    `${n0(r.options.reporting.petitions)} synthetic petitions with their case lifecycles (${n0(rb.events)} events) are published onto INTAKE and CASEWORK. Each round reads both streams raw (ordered consumers, deliver all, nothing decoded) one after the other and side by side — the faster is that round's baseline — then runs \`rebuildProjections\` (what \`npm run rebuild:reporting\` runs: replay into a new generation, indexes, rollups, switch) in this process. The rate compared is the replay's; the ratio is the median of the rounds' ratios. Validation: ${rb.validation}.`,
    '',
    `| round | raw, one stream after the other | raw, side by side | rebuild replay | ratio | whole rebuild |${rb.cpu ? ' CPU: rebuilding process / PostgreSQL / nats-server |' : ''}`,
    `|---|---|---|---|---|---|${rb.cpu ? '---|' : ''}`,
    ...rb.rebuildRates.map(
      (x, k) =>
        `| ${k + 1} | ${n0(rb.rawSequentialRates[k]!)} msg/s | ${n0(rb.rawSideBySideRates[k]!)} msg/s | ${n0(x)} events/s | ${ratio(rb.roundRatios[k]!)} | ${rb.totalSeconds[k]!.toFixed(1)} s |${rb.cpu ? ` ${rb.cpu[k]!.rebuilder.toFixed(1)} s / ${rb.cpu[k]!.postgres.toFixed(1)} s / ${rb.cpu[k]!.nats.toFixed(1)} s |` : ''}`,
    ),
    '',
  );
  const rp = rep.rebuildProfile;
  if (rp) {
    lines.push(
      `Where the rebuilding process's CPU goes (one more rebuild after the rounds, under the V8 sampling profiler, ${(rp.busyMs / 1000).toFixed(1)} s busy; not used for the figures above):`,
      '',
      '| self time by place | share |',
      '|---|---|',
      ...rp.byPlace.slice(0, 10).map((x) => `| ${x.place} | ${pct(x.share)} |`),
      '',
    );
  }
  const s = rep.summary;
  if (s) {
    lines.push(
      '### 4. County summary at 1M synthetic cases',
      '',
      `${n0(s.rows - r.options.reporting.petitions)} petitions with cases are generated straight into the projection tables (spread over 2024–2026, ${n0(s.inYear)} in 2025) besides the rebuild's ${n0(r.options.reporting.petitions)}; the rollups are computed (${s.rollupSeconds.toFixed(1)} s), then the county summary for 2025 (\`figuresQuery\`, ${s.figures} figures, read from the rollups) and two plain aggregates over the same year's facts are run in turn, ${r.options.reporting.runs} times each after 3 untimed rounds. The headline ratio is against the cheaper plain aggregate (petitions alone, 5 figures); against the aggregate that joins petitions to cases (12 figures) it is ${ratio(s.ratioJoined)}. Keeping the rollups fresh costs one (township, month) bucket refresh per dirty bucket: ${ms(s.bucketRefreshMs)} for the largest bucket (${n0(s.bucketRows)} petitions).`,
      '',
      '| query | p50 | p95 |',
      '|---|---|---|',
      `| county summary (rollups) | ${ms(s.summary.p50)} | ${ms(s.summary.p95)} |`,
      `| plain aggregate, petitions alone | ${ms(s.plainSingle.p50)} | ${ms(s.plainSingle.p95)} |`,
      `| plain aggregate, petitions joined to cases | ${ms(s.plainJoined.p50)} | ${ms(s.plainJoined.p95)} |`,
      '',
    );
  }
  return lines;
}

function memoryDetails(p: PlatformResult, r: RunResult): string[] {
  const small = new Map((p.memorySmallYoung ?? []).map((m) => [m.service, m]));
  const idle = r.options.platform.idleSeconds;
  return [
    '### 5. Idle memory',
    '',
    `Each service's RSS (VmRSS): a second after it answered /health; then after a warm-up — 10 s of registrations at 20/s flowing through all four services, a few reads at each — read every 5 s for ${idle} s of idleness: 20 s in (the median of the readings 15–25 s after the warm-up), and settled (the median of the last 30 s), which is the headline figure. V8 gives memory back only once a process has been idle for a while (its memory reducer), typically 45–75 s here, so the two differ. The V8 heap figures come from each service's /metrics at the end. The baseline is the bare Fastify + pg server of benchmark 1, warmed with 20 requests, idle.${p.memorySmallYoung ? ` The last column is the same measurement, taken first (on the same database, before the services were restarted as deployed), with one deployment setting changed: \`NODE_OPTIONS=${SMALL_YOUNG_GENERATION}\`.` : ''}`,
    '',
    `| service | after start | 20 s idle | settled idle | V8 heap used / total at the end |${p.memorySmallYoung ? ` settled idle, \`${SMALL_YOUNG_GENERATION}\` |` : ''} RSS every 5 s while idle (MB) |`,
    `|---|---|---|---|---|${p.memorySmallYoung ? '---|' : ''}---|`,
    ...p.memory.map(
      (m) =>
        `| ${m.service} | ${mb(m.startedMb)} | ${m.earlyIdleMb === undefined ? '–' : mb(m.earlyIdleMb)} | ${mb(m.idleMb)} | ${m.heapUsedMb === undefined ? '–' : `${mb(m.heapUsedMb)} / ${mb(m.heapTotalMb ?? 0)}`} |${p.memorySmallYoung ? ` ${small.get(m.service) ? mb(small.get(m.service)!.idleMb) : '–'} |` : ''} ${m.trace?.join(' ') ?? ''} |`,
    ),
    `| bare Fastify + pg | – | – | ${mb(p.bareIdleMb)} | – |${p.memorySmallYoung ? ' |' : ''} |`,
    '',
    `What the dependencies alone weigh: a process that only imports the packages every service loads (NestJS core, Fastify adapter and microservices, TypeORM, pg, class-validator/-transformer, the NATS client, prom-client, pino, jose, ajv) and idles a second holds ${mb(p.footprint.packagesMb)}; with @nestjs/swagger as well, ${mb(p.footprint.withSwaggerMb)}${p.footprint.withoutTypeormMb === undefined ? '' : `; without TypeORM, ${mb(p.footprint.withoutTypeormMb)}`}; with \`${SMALL_YOUNG_GENERATION}\`, ${mb(p.footprint.packagesSmallYoungMb)}.`,
    '',
  ];
}

/** What (b) and (c) weigh in intake's profile, where it was taken. */
function profileShares(profile: ProfileSummary | undefined): string {
  if (!profile) return '';
  const share = (fn: string) => profile.inclusive.find((p) => p.fn.startsWith(`${fn} `))?.share;
  const parts = [
    ['the directory check', share('problems')],
    ['token verification', share('verifyStaffToken')],
    ['the outbox contract check', share('assertValidPayload')],
  ].filter((x): x is [string, number] => x[1] !== undefined);
  return parts.length ? ` (in the profile: ${parts.map(([what, x]) => `${what} ${pct(x)}`).join(', ')} of intake's busy time)` : '';
}

/** Why each missed target was missed and what would close it, with this run's figures. */
function missed(r: RunResult): string[] {
  const out: string[] = [];
  const profile = r.profile;
  const i = r.intake;
  if (i && i.ratio < TARGET.intake) {
    const cpu = (t: IntakeResult['bare']) => t.cpuMs.server + t.cpuMs.postgres + t.cpuMs.nats;
    const bareCpu = cpu(i.bare);
    const stCpu = cpu(i.statements);
    const intakeCpu = cpu(i.intake);
    // the bare insert makes 1 round trip, intake's statements 6: the cost of one more, both sides
    const perTrip = (stCpu - bareCpu) / 5;
    out.push(
      `**1. Intake throughput, ${ratio(i.ratio)} of the bare insert (target ${TARGET.intake}×).** The gap is work, not waiting: with the load generator, Node and PostgreSQL on the same two cores, throughput is CPU per request. A registration costs ${ms(intakeCpu)} of CPU (intake ${ms(i.intake.cpuMs.server)}, PostgreSQL ${ms(i.intake.cpuMs.postgres)}, nats-server ${ms(i.intake.cpuMs.nats)}) against the bare insert's ${ms(bareCpu)}, ${ratio(intakeCpu / bareCpu)} as much. ` +
        `Already done to narrow it: the registration's round trips folded from ten to six (BEGIN; the per-person advisory locks in one statement; the same-matter lookup and the long-standing count in one query; the petition, its petitioners and its first public step in one statement; the outbox row; COMMIT), the directory check answered from memory, verified staff tokens cached until they expire. ` +
        `The breakdown row shows what is left: intake's statements alone — the same SQL, nothing else — cost ${ms(stCpu)} (PostgreSQL ${ms(i.statements.cpuMs.postgres)}, against ${ms(i.bare.cpuMs.postgres)} for the bare insert) and reach only ${ratio(i.statements.rps / i.bare.rps)} of the bare insert, so no amount of work on the Node side alone can reach 0.5×: a registration that commits atomically with its petitioners, its public step, its event and its repeat detection does several times the database work of one INSERT (the lock, the look-up of the same people's earlier petitions, three tables and the outbox with their indexes, the commit's NOTIFY to the relay). ` +
        `The other ${ms(intakeCpu - stCpu)} is intake's own work in Node — Nest's request pipeline, DTO validation (class-validator and class-transformer), AES-GCM encryption and keyed hashes of the petitioner, the contract check of the outbox payload (now the compiled JSON Schema), the outbox relay's claim-publish-mark of each batch, and the socket writes of its round trips${profileShares(profile)}. ` +
        `What would take it further: the outbox INSERT folded into the same statement (one round trip fewer, about ${ms(perTrip)} of CPU on both sides by this run's figures). Beyond that what scales registration is more cores and a second intake replica (the lock is per person, and the relays share the outbox with SKIP LOCKED), not less work per request.`,
    );
  }
  const p = r.platform;
  const e2e100 = p?.e2e.find((e) => e.rate === 100);
  if (p && e2e100 && (e2e100.p99 > TARGET.e2eP99 || e2e100.missing > 0)) {
    const lower = p.e2e.filter((e) => e.rate < 100).sort((a, b) => a.rate - b.rate)[0];
    const c = e2e100.cpuMsPerPetition;
    const total = ['intake', 'casework', 'notification', 'reporting', 'postgres', 'nats'].reduce((a, k) => a + (c[k] ?? 0), 0);
    const capacity = (r.machine.cores * 1000) / total;
    const failed = Object.values(e2e100.failures).reduce((x, y) => x + y, 0);
    const overloaded = failed > 0 || e2e100.committedRate < 0.95 * e2e100.rate;
    const busy = (e2e100.committedRate * (total + (c.bench ?? 0))) / (r.machine.cores * 1000);
    out.push(
      `**2. End-to-end p99 ${ms(e2e100.p99)} at 100 petitions/s (target ≤ ${TARGET.e2eP99} ms).** Every registration costs the four services together about ${ms(total)} of CPU (intake ${ms(c.intake ?? 0)}, casework ${ms(c.casework ?? 0)}, notification ${ms(c.notification ?? 0)}, reporting ${ms(c.reporting ?? 0)}, PostgreSQL ${ms(c.postgres ?? 0)}, nats-server ${ms(c.nats ?? 0)}) — each registration is also a case opened, texts planned and sent and two projections written — so ${r.machine.cores} cores, with nothing else running, carry at most about ${capacity.toFixed(0)} petitions/s. ` +
        (overloaded
          ? `At 100/s the platform was past that on this machine, so the latency is queueing that grows for as long as the run lasts: the run registered ${e2e100.committedRate.toFixed(1)}/s${failed ? ` and ${failed} requests failed (${Object.entries(e2e100.failures).map(([k, v]) => `${v}× ${k}`).join(', ')})${Object.keys(e2e100.failureCauses).length ? `; intake logged ${Object.entries(e2e100.failureCauses).map(([k, v]) => `${v}× “${k}”`).join(', ')}` : ''}` : ''}. `
          : `At 100/s every request was registered (${e2e100.committedRate.toFixed(1)}/s, none failed) and projected, with the machine about ${pct(Math.min(1, busy))} busy (load generator included): the median stays low (p50 ${ms(e2e100.p50)}), but the tail is events waiting for a core behind the other services' work on the same petitions. `) +
        (lower
          ? `Below that load, at ${lower.rate}/s, the same path measured p50 ${ms(lower.p50)}, p95 ${ms(lower.p95)}, p99 ${ms(lower.p99)}${lower.p99 <= TARGET.e2eP99 ? ' — within the target' : ' — still over the target'}. `
          : '') +
        `The raw JetStream hop, publish to receipt, is p99 ${ms(p.raw.p99)} of it. ` +
        "Already done to cut the CPU per petition: contract validation of every event consumed and produced through the compiled JSON Schemas (ajv) with class-validator only for refusals — it had been 13–20% of casework's, notification's and reporting's CPU — and date formatters built once. What is left is mostly the round trips: in CPU profiles of the services at 100/s, writing to sockets (a system call per database statement, per NATS publish and per HTTP request) is 40–50% of each service's time, and PostgreSQL's share grows with the statements. A registration makes some 84 statements across the four services (measured separately with pg_stat_statements at 50/s, foreign-key checks included): each consumed event is its own transaction with its inbox row, the relays claim, publish and mark, notification claims each delivery in a transaction of its own. Executing them took 3.4 ms a petition; the rest of PostgreSQL's time is per statement — parsing, planning, protocol, commits. The costliest single statements were intake's registration (0.28 ms) and the two relays' claims (0.28 and 0.27 ms: their partial index steps over the entries of rows already published until autovacuum clears them). What would close it: applying the events of one pull batch in one transaction, folding each handler's statements as intake's registration was folded, vacuuming the outbox tables more often, and then hardware — at 100/s sustained the services want more than two cores, or to be spread over machines.",
    );
  }
  const rb = r.reporting?.rebuild;
  if (rb && rb.ratio < TARGET.rebuild) {
    const c = rb.cpu?.length ? { rebuilder: median(rb.cpu.map((x) => x.rebuilder)), postgres: median(rb.cpu.map((x) => x.postgres)), nats: median(rb.cpu.map((x) => x.nats)), seconds: median(rb.cpu.map((x) => x.seconds)) } : undefined;
    const close = Math.max(...rb.roundRatios) >= TARGET.rebuild;
    out.push(
      `**3. Rebuild ${ratio(rb.ratio)} of a raw ordered read (target ${TARGET.rebuild}×).** ${close ? `The rounds straddle the target (${rb.roundRatios.map((x) => x.toFixed(2)).join(', ')}): on this machine the rebuild runs at the edge of it, and which side a run lands on depends on the load of the moment. ` : ''}` +
        `The raw read only counts messages; the replay parses every event, validates it against its contract's compiled JSON Schema (formats by their shape), folds it into a batch and upserts the batches into the new generation, while its two streams are read side by side. ${c ? `A whole rebuild (${c.seconds.toFixed(1)} s) took ${c.rebuilder.toFixed(1)} s of CPU in the rebuilding process, ${c.postgres.toFixed(1)} s in PostgreSQL and ${c.nats.toFixed(1)} s in nats-server${c.rebuilder / c.seconds > 0.75 ? ` — the rebuilding process used CPU for ${pct(c.rebuilder / c.seconds)} of the wall time, close to a whole core for a process whose JavaScript runs on one thread: the replay is bound by decoding, validating and folding events there, not by PostgreSQL or the stream` : ''}. ` : ''}` +
        'What would close it: less work per event in the rebuilding process, or more threads for it — decode and validate each stream in a worker thread of its own (the two streams are already read side by side, but decoded on one thread), skip the validation of events a producer already checked against the same contract before it published them, parse only the subjects projected — and, once that is no longer the bound, COPY into the new generation (which has no readers yet) instead of upserts.',
    );
  }
  const s = r.reporting?.summary;
  if (s && s.ratio < TARGET.summary) {
    out.push(`**4. County summary ${ratio(s.ratio)} faster than a plain aggregate (target ${TARGET.summary}×).** The summary reads the rollups (${ms(s.summary.p95)} p95); a plain aggregate of the year's ${n0(s.inYear)} petitions took ${ms(s.plainSingle.p95)}.`);
  }
  if (p && p.memory.some((m) => m.idleMb > TARGET.rssMb)) {
    const over = p.memory.filter((m) => m.idleMb > TARGET.rssMb);
    const small = p.memorySmallYoung ?? [];
    const smallWorst = small.length ? Math.max(...small.map((m) => m.idleMb)) : NaN;
    const swagger = p.footprint.withSwaggerMb - p.footprint.packagesMb;
    const typeorm = p.footprint.withoutTypeormMb === undefined ? undefined : p.footprint.packagesMb - p.footprint.withoutTypeormMb;
    const projected = smallWorst - swagger;
    out.push(
      `**5. Idle memory: ${over.map((m) => `${m.service} ${mb(m.idleMb)}`).join(', ')} settled (target ≤ ${TARGET.rssMb} MB each).** ${p.memory.some((m) => m.earlyIdleMb !== undefined) ? `Soon after work the services hold more — ${p.memory.map((m) => `${m.service} ${mb(m.earlyIdleMb ?? NaN)}`).join(', ')} 20 s after the warm-up — until V8's memory reducer gives the unused heap back. ` : ''}Most of it is what a service loads, not what it keeps: the services hold ${mb(Math.min(...p.memory.map((m) => m.startedMb)))}–${mb(Math.max(...p.memory.map((m) => m.startedMb)))} a second after start, before any traffic, and a process that merely imports their runtime packages already holds ${mb(p.footprint.packagesMb)}; @nestjs/swagger, which every service loads to serve /docs, adds ${mb(swagger)}${typeorm === undefined ? '' : `, TypeORM ${mb(typeorm)}`}. The bare Fastify + pg server idles at ${mb(p.bareIdleMb)}. The rest is V8's heap beyond what is live — the young generation grows to 16 MB semi-spaces under load — the services' own code and metadata (every DTO's validation and OpenAPI decorators, the compiled JSON Schemas), and their connections (a pg pool, a LISTEN connection, two NATS connections). ` +
        (small.length
          ? `With the young generation capped (\`NODE_OPTIONS=${SMALL_YOUNG_GENERATION}\`, a deployment setting) the services measured ${small.map((m) => `${m.service} ${mb(m.idleMb)}`).join(', ')} idle${smallWorst <= TARGET.rssMb ? ' — within the target' : ' — closer, not within'}; it costs more frequent scavenges under load (GC was a few per cent of intake's CPU in the profile), not measured here. `
          : '') +
        `Already done: the document and mail libraries (docx, write-excel-file, nodemailer: 11–14 MB each) load when first used, not at start. What would close it: that setting in the Dockerfile and \`npm start\`; and the OpenAPI document generated at build time and served as a static file instead of loading @nestjs/swagger in every process (TypeORM, the project's persistence layer, stays).${small.length ? ` Together, by these measurements, about ${mb(projected)} for the largest service${projected <= TARGET.rssMb ? ', within the target' : ''}.` : ''}`,
    );
  }
  return out;
}

export function renderReport(r: RunResult): string {
  const m = r.machine;
  const minutes = (new Date(r.finishedAt).getTime() - new Date(r.startedAt).getTime()) / 60_000;
  const lines = [
    '# Benchmarks',
    '',
    `Generated by \`npm run bench\` (scripts/bench/run.ts) on ${r.startedAt.slice(0, 10)}; do not edit by hand — rerun it. Every figure is set against a baseline measured in the same run, on infrastructure of the run's own (a PostgreSQL cluster initdb'd for the run on a free port, with fsync off as the test clusters have it; a nats-server per phase on a free port); nothing touches a developer's database or NATS.`,
    '',
    '## Machine and run',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${m.cpu}, ${m.cores} cores |`,
    `| Memory | ${m.memoryGb} GB |`,
    `| Kernel | Linux ${m.kernel} |`,
    `| Node.js | ${m.node} |`,
    `| PostgreSQL | ${m.postgres} |`,
    `| nats-server | ${m.nats} (JetStream, file storage) |`,
    `| Run | ${r.startedAt.replace('T', ' ').slice(0, 16)} – ${r.finishedAt.replace('T', ' ').slice(11, 16)} UTC (${minutes.toFixed(0)} min) |`,
    `| Load average | ${loadLine(r)} |`,
    '',
    `Other work shares this machine (other sessions' test suites and services), so absolute rates vary from run to run; the ratios compare figures taken moments apart under the same load (rounds alternate between the subject and its baseline), and the CPU time per request, read from /proc, counts work done rather than time spent waiting for a core.`,
    '',
    '## Results',
    '',
    ...headline(r),
    '',
    '## Details',
    '',
    ...(r.intake ? intakeDetails(r.intake, r.profile) : []),
    ...(r.platform ? platformDetails(r, r.platform) : []),
    ...(r.reporting ? reportingDetails(r.reporting, r) : []),
    ...(r.platform ? memoryDetails(r.platform, r) : []),
    ...(r.console ? consoleDetails(r.console) : []),
  ];
  const why = missed(r);
  if (why.length) lines.push('## Missed targets: why, and what would close them', '', ...why.flatMap((p) => [p, '']));
  lines.push(
    '## Rerunning',
    '',
    '`npm run bench` builds and runs everything (10–20 minutes on 2 cores, depending on what else runs) and rewrites this file; `npm run bench -- --quick` runs small sizes without writing it; `--only intake,platform,reporting,gateway,caselist,console` runs those phases; `--out <file>` writes elsewhere. Sizes: ' +
      `intake ${r.options.intake.rounds} rounds × ${n0(r.options.intake.requests)} requests at ${r.options.intake.connections} connections; end to end at ${r.options.platform.rates.join(' and ')} petitions/s for ${r.options.platform.seconds} s each; rebuild of ${n0(r.options.reporting.petitions)} petitions × ${r.options.reporting.rounds} rounds; summary at ${n0(r.options.reporting.cases)} cases, ${r.options.reporting.runs} runs per query.`,
    '',
  );
  return lines.join('\n');
}
