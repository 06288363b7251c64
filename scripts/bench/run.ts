/**
 * `npm run bench`: the benchmarks of issue 7, each against a baseline measured in the same run,
 * on infrastructure of the run's own (a PostgreSQL cluster initdb'd in a temporary directory on
 * a free port, nats-servers on free ports): nothing touches a developer's database or NATS.
 *
 *   1. intake registration throughput and latency vs a bare Fastify + pg insert of the same row
 *   2. end-to-end latency, intake commit → reporting projection, at fixed rates, vs a raw
 *      JetStream publish → consume at 100 msg/s
 *   3. projection rebuild rate vs a raw ordered read of the same streams
 *   4. the county summary at 1M synthetic cases vs a plain aggregate
 *   5. idle memory of each service (vs the bare Fastify + pg server, idle)
 *   6. the gateway: a read and a registration through it (session cookie) vs straight to intake
 *   7. the console's case list at 1M petitions (filters + bigram search) vs a plain ILIKE scan
 *   8. the console's first load in Chromium: 工作台's JS + CSS gzipped, and the time to its to-do counts vs its API calls alone
 *
 * Progress goes to stderr; the results to docs/benchmarks.md (and a JSON copy on stdout).
 *
 *   npm run bench                                  the full run (10–20 minutes on 2 cores)
 *   npm run bench -- --quick                       small sizes, to try the scripts (no report written unless --out)
 *   npm run bench -- --only intake,platform,reporting,gateway
 *   npm run bench -- --out /tmp/b.md               write the report elsewhere
 *   npm run bench -- --no-profile                  skip the profiled intake run
 *   node dist/scripts/bench/run.js --render run.json [--out f.md]   the report again from a run's JSON (its stdout)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BenchInfra, describeMachine, loadAverage, progress } from './common.js';
import { benchCaseList, type CaseListResult } from './case-list.js';
import { benchConsole, type ConsoleResult } from './console.js';
import { benchGateway, type GatewayResult } from './gateway.js';
import { benchIntake, type IntakeResult } from './intake-throughput.js';
import { benchPlatform, type PlatformResult } from './platform.js';
import { benchReporting, type ReportingResult } from './reporting.js';
import { renderReport, type LoadSample } from './report.js';
import { formatProfile, summariseProfile, type ProfileSummary } from './profile-summary.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag('quick');
const only = new Set((value('only') ?? 'intake,platform,reporting,gateway,caselist,console').split(','));
const out = value('out') ?? (quick || value('only') ? undefined : 'docs/benchmarks.md');
const num = (name: string, full: number, small: number) => Number(value(name) ?? (quick ? small : full));

const options = {
  intake: { connections: num('connections', 32, 16), requests: num('requests', 10_000, 1000), rounds: num('rounds', 3, 1), warmup: num('warmup', 2000, 300) },
  platform: {
    rates: (value('rates') ?? '10,30,100').split(',').map(Number),
    seconds: num('e2e-seconds', 30, 10),
    warmupSeconds: num('e2e-warmup', 5, 2),
    drainSeconds: num('drain', 300, 60),
    rawRate: 100,
    rawSeconds: num('raw-seconds', 20, 5),
    idleSeconds: num('idle', 120, 40),
    smallYoungGeneration: !flag('no-small-young'),
  },
  caseList: { petitions: num('case-list-petitions', 1_000_000, 100_000), runs: num('case-list-runs', 10, 3) },
  console: { runs: num('console-runs', 10, 3), petitions: num('console-petitions', 200, 40) },
  gateway: { connections: num('gateway-connections', 16, 8), requests: num('gateway-requests', 4000, 600), rounds: num('gateway-rounds', 3, 1), rateSeconds: num('gateway-rate-seconds', 15, 5) },
  reporting: { petitions: num('petitions', 40_000, 5000), rounds: num('rebuild-rounds', 3, 1), cases: num('cases', 1_000_000, 100_000), runs: num('runs', 30, 10) },
};

const rendering = value('render');
if (rendering) {
  writeFileSync(value('out') ?? 'docs/benchmarks.md', renderReport(JSON.parse(readFileSync(rendering, 'utf8').replace(/^[^{]*/, ''))));
  process.exit(0);
}

const machine = describeMachine();
const startedAt = new Date();
const loadBefore = loadAverage();
progress(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}, PostgreSQL ${machine.postgres}, nats-server ${machine.nats}; load average ${loadBefore}`);
const loadSamples: LoadSample[] = [];
const sampler = setInterval(() => loadSamples.push({ at: Date.now(), load: Number(loadAverage().split(' / ')[0]) }), 10_000);

const infra = await BenchInfra.start();
let intake: IntakeResult | undefined;
let platform: PlatformResult | undefined;
let reporting: ReportingResult | undefined;
let gateway: GatewayResult | undefined;
let caseList: CaseListResult | undefined;
let consoleLoad: ConsoleResult | undefined;
let profile: ProfileSummary | undefined;
try {
  if (only.has('intake')) {
    progress('── 1. intake registration throughput vs a bare Fastify + pg insert ──');
    intake = await benchIntake(infra, options.intake);
    progress(`intake ${Math.round(intake.intake.rps)} req/s vs bare ${Math.round(intake.bare.rps)} req/s = ${intake.ratio.toFixed(3)}× (target ≥ 0.5)`);
    if (!flag('no-profile')) {
      progress('── 1b. a separate, shorter run with intake under the CPU profiler (not used for the figures) ──');
      const path = `/tmp/xf-bench-intake-${process.pid}.cpuprofile`;
      await benchIntake(infra, { ...options.intake, rounds: 1, requests: Math.min(options.intake.requests, 3000), warmup: 300, profile: path });
      profile = summariseProfile(path, 25);
      progress(formatProfile(profile));
    }
  }
  if (only.has('platform')) {
    progress('── 5 and 2. idle memory, then end-to-end latency on the whole platform ──');
    platform = await benchPlatform(infra, options.platform);
  }
  if (only.has('reporting')) {
    progress('── 3 and 4. projection rebuild and county summary ──');
    const path = flag('no-profile') ? undefined : `/tmp/xf-bench-rebuild-${process.pid}.cpuprofile`;
    reporting = await benchReporting(infra, { ...options.reporting, profile: path });
    if (path) {
      reporting.rebuildProfile = summariseProfile(path, 25);
      progress(formatProfile(reporting.rebuildProfile));
    }
  }
  if (only.has('gateway')) {
    progress('── 6. the gateway: through it vs straight to the service ──');
    const path = value('gateway-profile');
    gateway = await benchGateway(infra, { ...options.gateway, profile: path });
    if (path) progress(formatProfile(summariseProfile(path, 30)));
  }
  if (only.has('caselist')) {
    progress('── 7. the console\'s case list: filters and search vs a plain ILIKE scan ──');
    caseList = await benchCaseList(infra, options.caseList);
  }
  if (only.has('console')) {
    progress('── 8. the console\'s first load in Chromium ──');
    consoleLoad = await benchConsole(infra, options.console);
  }
} finally {
  clearInterval(sampler);
  await infra.stop();
}
const loadAfter = loadAverage();
const finishedAt = new Date();
const result = { machine, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), loadBefore, loadAfter, loadSamples, options, intake, profile, platform, reporting, gateway, caseList, console: consoleLoad };
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderReport(result));
  progress(`report written to ${out}`);
}
progress(`done; load average ${loadAfter}`);
process.exit(0);
