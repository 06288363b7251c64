/**
 * Reporting's two benchmark figures (first written as scripts/bench-reporting.ts by reporting's
 * author), on a database and a nats-server of this phase's own:
 *
 * 3. projection rebuild rate against a raw ordered read of the same streams, in the same run:
 *    N synthetic petitions with their case lifecycles are published onto INTAKE and CASEWORK;
 *    then, `rounds` times, the streams are read raw (ordered consumers, no decoding) — one after
 *    the other, and side by side as the rebuild reads them; the faster of the two is the
 *    baseline — and rebuilt by `rebuildProjections` (the code `npm run rebuild:reporting` runs).
 *    The ratio is of the medians.
 * 2. the county summary at M synthetic cases against a plain aggregate over the same rows: M
 *    petitions and cases are generated straight into the projection tables (SQL), the rollups
 *    computed, then the summary and the plain aggregates are timed in turn, `runs` times each
 *    after a warm-up (p50/p95).
 */
import { randomUUID } from 'node:crypto';
import { DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS, parseSubject } from '#contracts';
import { FIGURE_NAMES } from '../../apps/reporting/src/projections/domain/figures.js';
import { generationNames, refreshBucketsSql, rollupInsertSql } from '../../apps/reporting/src/projections/generation-sql.js';
import { rebuildProjections } from '../../apps/reporting/src/rebuild/rebuild.js';
import { parsePeriod } from '../../apps/reporting/src/statistics/domain/period.js';
import { figuresQuery } from '../../apps/reporting/src/statistics/figures-query.js';

import type { ProfileSummary } from './profile-summary.js';
import { BenchInfra, CpuMeter, median, natsPid, percentile, postgresCpuSeconds, processCpuSeconds, progress, startService, withCpuProfile } from './common.js';

export interface ReportingOptions {
  /** Petitions published with their case lifecycles (7 events each) for the rebuild. */
  petitions: number;
  /** Rebuild rounds (each: raw reads, then a rebuild). */
  rounds: number;
  /** Synthetic petitions and cases for the county summary (0: skip it). */
  cases: number;
  /** Timed runs of each query. */
  runs: number;
  /** Where to write a CPU profile of this process during one more rebuild, after the measured rounds (none if unset). */
  profile?: string;
}

export interface ReportingResult {
  /** Where the rebuilding process's CPU went, from the profiled extra rebuild. */
  rebuildProfile?: ProfileSummary;
  rebuild: { events: number; rawRate: number; rawSequentialRates: number[]; rawSideBySideRates: number[]; rebuildRates: number[]; rebuildRate: number; ratio: number; roundRatios: number[]; validation: string; totalSeconds: number[]; cpu?: { rebuilder: number; postgres: number; nats: number; seconds: number }[] };
  summary?: { rows: number; inYear: number; figures: number; summary: { p50: number; p95: number }; plainSingle: { p50: number; p95: number }; plainJoined: { p50: number; p95: number }; ratio: number; ratioJoined: number; bucketRefreshMs: number; bucketRows: number; rollupSeconds: number };
}
const TOWNSHIPS = ['430599100000', '430599101000', '430599102000', '430599103000', '430599200000', '430599201000', '430599202000', '430599203000'];
const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;


function envelope(subject: string, payload: Record<string, unknown>, townshipCode: string, occurredAt: string) {
  const { owner, type, version } = parseSubject(subject);
  return { id: randomUUID(), type, version, occurredAt, producer: owner, townshipCode, correlationId: randomUUID(), causationId: null, actor: { kind: 'system' }, payload };
}

/** A petition and its case: registered, opened, transferred, accepted, replied, closed, evaluated (7 events). */
function lifecycle(i: number) {
  const petitionId = randomUUID();
  const caseId = randomUUID();
  const township = TOWNSHIPS[i % TOWNSHIPS.length]!;
  const t0 = Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000;
  const iso = (days: number) => new Date(t0 + days * 86_400_000).toISOString();
  const ids = { caseId, petitionId };
  return {
    intake: [
      envelope(
        'intake.petition.registered.v1',
        {
          petitionId,
          channel: CHANNELS[i % 4],
          receivedAt: iso(0),
          townshipCode: township,
          villageCode: `${township.slice(0, 9)}${String(201 + (i % 4)).padStart(3, '0')}`,
          categoryCode: 'other',
          registeredAtLevel: 'township',
          headcount: 1,
          flags: { collective: i % 50 === 0, repeat: false, skipLevel: false },
          linkedPetitionId: null,
          isAccusation: false,
          accusedUnitCode: null,
          petitionerRefs: ['pr_0000000000000000'],
          longStandingPetitioner: false,
        },
        township,
        iso(0),
      ),
      envelope('intake.petition.evaluated.v1', { petitionId, rating: 'satisfied', evaluatedAt: iso(40) }, township, iso(40)),
    ].map((e) => [`${e.type}.v1`, e] as const),
    casework: [
      envelope('casework.case.opened.v1', { ...ids, channel: CHANNELS[i % 4], categoryCode: 'other', villageCode: null, receivedAt: iso(0), routeBy: iso(15), ownershipRequired: false }, township, iso(0)),
      envelope(
        'casework.case.transferred.v1',
        { ...ids, unitCode: 'dept-natural-resources', unitKind: 'department', unitName: '县自然资源局', reason: '转办', routedAt: iso(1), acceptanceNoticeBy: iso(16), objectionBy: iso(8), unitsSoFar: 1 },
        township,
        iso(1),
      ),
      envelope('casework.case.accepted.v1', { ...ids, unitCode: 'dept-natural-resources', acceptedAt: iso(3), replyBy: iso(63), timely: true }, township, iso(3)),
      envelope('casework.case.replied.v1', { ...ids, unitCode: 'dept-natural-resources', outcome: 'explain', repliedAt: iso(30), replyBy: iso(63), onTime: true, reviewRequestBy: iso(60) }, township, iso(30)),
      envelope('casework.case.closed.v1', { ...ids, closure: 'replied', closedAt: iso(61) }, township, iso(61)),
    ].map((e) => [`${e.type}.v1`, e] as const),
  };
}

/** Reads the streams raw (ordered consumers, deliver all, no decoding); side by side as the rebuild does, or one after the other. */
async function rawRead(js: JetStreamClient, jsm: JetStreamManager, sideBySide: boolean): Promise<{ messages: number; seconds: number }> {
  let messages = 0;
  const readStream = async (stream: string) => {
    const last = (await jsm.streams.info(stream)).state.last_seq;
    const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.All });
    const iter = await consumer.consume({ max_messages: 8000 });
    for await (const m of iter) {
      messages++;
      if (m.seq >= last) break;
    }
    await iter.close();
  };
  const streams = [EVENT_STREAMS.intake.name, EVENT_STREAMS.casework.name];
  const started = performance.now();
  if (sideBySide) await Promise.all(streams.map(readStream));
  else for (const stream of streams) await readStream(stream);
  return { messages, seconds: (performance.now() - started) / 1000 };
}

export async function benchReporting(infra: BenchInfra, options: ReportingOptions): Promise<ReportingResult> {
  const PETITIONS = options.petitions;
  const CASES = options.cases;
  const RUNS = options.runs;
  progress('reporting: a database and a nats-server of its own; reporting started once to migrate its schema and provision the streams (consumers off)');
  const databaseUrl = await infra.createDatabase('bench_reporting');
  const natsServer = await infra.nats();
  const { service: reporting } = await startService('reporting', infra.serviceEnv(databaseUrl, natsServer.url, { EVENT_CONSUMERS: 'off', ROLLUP_REFRESH_MS: '0', LOG_LEVEL: 'warn' }));
  const nc = await connect({ servers: natsServer.url });
  const js = jetstream(nc, { timeout: 30_000 });
  const jsm = await jetstreamManager(nc);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // ── 3. rebuild rate vs a raw ordered read ─────────────────────────────────────────────
    progress(`publishing ${PETITIONS} petitions with their cases (${PETITIONS * 7} events)…`);
    for (let i = 0; i < PETITIONS; i += 500) {
      const acks: Promise<unknown>[] = [];
      for (let j = i; j < Math.min(PETITIONS, i + 500); j++) {
        const l = lifecycle(j);
        for (const [subject, e] of [...l.intake, ...l.casework]) acks.push(js.publish(subject, JSON.stringify(e), { msgID: e.id }));
      }
      await Promise.all(acks);
      if ((i / 500) % 20 === 19) progress(`  ${i + 500} petitions published`);
    }
    const rawSequentialRates: number[] = [];
    const rawSideBySideRates: number[] = [];
    const rebuildRates: number[] = [];
    const totalSeconds: number[] = [];
    const rebuildCpu: { rebuilder: number; postgres: number; nats: number; seconds: number }[] = [];
    let events = 0;
    let validation = '';
    // one untimed read first: the stream's blocks into the page cache, as for every later round
    await rawRead(js, jsm, true);
    for (let round = 1; round <= options.rounds; round++) {
      const seq = await rawRead(js, jsm, false);
      const side = await rawRead(js, jsm, true);
      rawSequentialRates.push(seq.messages / seq.seconds);
      rawSideBySideRates.push(side.messages / side.seconds);
      progress(`rebuild round ${round}/${options.rounds}: raw ordered read ${seq.messages} messages: one stream after the other ${Math.round(seq.messages / seq.seconds)} msg/s, side by side ${Math.round(side.messages / side.seconds)} msg/s`);
      const meter = new CpuMeter({ postgres: () => postgresCpuSeconds(infra.postgres.dataDir), nats: () => processCpuSeconds(natsPid(natsServer.port)) }).start();
      const rebuild = await rebuildProjections({ databaseUrl, natsUrl: natsServer.url, progress: false, log: () => undefined });
      const used = meter.stop();
      rebuildCpu.push({ rebuilder: used.bench!, postgres: used.postgres!, nats: used.nats!, seconds: rebuild.totalSeconds });
      rebuildRates.push(rebuild.eventsPerSecond);
      totalSeconds.push(rebuild.totalSeconds);
      events = rebuild.events;
      validation = rebuild.validation;
      progress(`rebuild round ${round}/${options.rounds}: replay ${rebuild.events} events in ${rebuild.replaySeconds.toFixed(2)} s = ${Math.round(rebuild.eventsPerSecond)} events/s (${rebuild.validation}); whole rebuild ${rebuild.totalSeconds.toFixed(1)} s, CPU: rebuilding process ${used.bench!.toFixed(1)} s, PostgreSQL ${used.postgres!.toFixed(1)} s, nats-server ${used.nats!.toFixed(1)} s`);
    }
    if (options.profile) {
      progress('one more rebuild under the CPU profiler (not used for the figures)');
      await withCpuProfile(options.profile, () => rebuildProjections({ databaseUrl, natsUrl: natsServer.url, progress: false, log: () => undefined }));
    }
    const rawRates = rawSequentialRates.map((r, k) => Math.max(r, rawSideBySideRates[k]!));
    const rawRate = median(rawRates);
    const rebuildRate = median(rebuildRates);
    // each rebuild against the raw reads just before it; the median of those ratios
    const roundRatios = rebuildRates.map((r, k) => r / rawRates[k]!);
    const result: ReportingResult = {
      rebuild: { events, rawRate, rawSequentialRates, rawSideBySideRates, rebuildRates, rebuildRate, ratio: median(roundRatios), roundRatios, validation, totalSeconds, cpu: rebuildCpu },
    };
    progress(`rebuild: ${Math.round(rebuildRate)} events/s vs raw ${Math.round(rawRate)} msg/s = ${result.rebuild.ratio.toFixed(3)}× (target ≥ 0.25)`);

    // ── 4. the county summary at CASES synthetic cases ──────────────────────────────────────
    if (CASES === 0) return result;
    const [gen] = (await db.query(`SELECT current FROM reporting.projection_generation`)).rows;
    const t = generationNames(Number(gen.current));
    progress(`generating ${CASES} petitions and cases in generation ${gen.current}…`);
    await db.query(`
      INSERT INTO ${t('petition_fact')} (petition_id, reg_stamp, township_code, village_code, channel, category_code, received_at, received_month, registered_at_level, headcount, collective, repeat, skip_level, is_accusation, long_standing, eval_stamp, rating)
      SELECT gen_random_uuid(), 'x', tw, substr(tw, 1, 9) || lpad((201 + i % 4)::text, 3, '0'), (ARRAY['visit','letter','online','phone'])[1 + i % 4], 'other',
             ts, date_trunc('month', ts AT TIME ZONE 'Asia/Shanghai')::date, 'township', 1, i % 50 = 0, i % 40 = 0, i % 60 = 0, false, false,
             CASE WHEN i % 3 = 0 THEN 'x' END, CASE WHEN i % 3 = 0 THEN (ARRAY['satisfied','basically-satisfied','unsatisfied'])[1 + i % 3] END
      FROM generate_series(1, $1::int) i,
           LATERAL (SELECT (ARRAY['430599100000','430599101000','430599102000','430599103000','430599200000','430599201000','430599202000','430599203000'])[1 + i % 8] AS tw,
                           timestamptz '2024-01-01' + (i % 1096) * interval '1 day' + (i % 86400) * interval '1 second' AS ts) x`,
      [CASES],
    );
    await db.query(`
      INSERT INTO ${t('case_fact')} (case_id, ident_stamp, petition_id, decision_stamp, decision, decided_at, acceptance_timely, decision_unit_code, replied_stamp, replied_at, reply_on_time, closed_stamp, last_closed_at, last_closure)
      SELECT gen_random_uuid(), 'x', petition_id, 'x', 'accepted', received_at + interval '3 days', random() < 0.9, 'dept-natural-resources',
             'x', received_at + interval '30 days', random() < 0.85, CASE WHEN random() < 0.8 THEN 'x' END, received_at + interval '61 days', 'replied'
      FROM ${t('petition_fact')} WHERE reg_stamp = 'x'`);
    await db.query(`UPDATE ${t('case_fact')} SET last_closed_at = NULL, last_closure = NULL WHERE closed_stamp IS NULL`);
    await db.query(`DELETE FROM ${t('rollup_detail_month')}`);
    await db.query(`DELETE FROM ${t('rollup_township_month')}`);
    await db.query(`ANALYZE ${t('petition_fact')}`);
    await db.query(`ANALYZE ${t('case_fact')}`);
    const rollupStarted = performance.now();
    for (const s of rollupInsertSql(t, 'true', 'true')) await db.query(s);
    const rollupSeconds = (performance.now() - rollupStarted) / 1000;
    progress(`rollups of ${CASES + PETITIONS} petitions computed in ${rollupSeconds.toFixed(1)} s`);
    await db.query(`ANALYZE ${t('rollup_detail_month')}`);
    await db.query(`ANALYZE ${t('rollup_township_month')}`);

    const period = parsePeriod('2025-01-01', '2025-12-31');
    const summary = figuresQuery({ townshipCode: null, villageCode: null, hiddenAccusedUnits: [] }, period, []);
    // the plain aggregate: the same year's figures counted straight from the facts (petitions joined to their cases)
    const plain = `SELECT count(*) AS received, ${['visit', 'letter', 'online', 'phone'].map((c) => `count(*) FILTER (WHERE p.channel = '${c}') AS ${c}`).join(', ')},
        count(*) FILTER (WHERE c.last_closed_at IS NOT NULL) AS closed, count(*) FILTER (WHERE c.decision IS NOT NULL) AS decided,
        count(*) FILTER (WHERE c.acceptance_timely) AS timely, count(*) FILTER (WHERE c.replied_at IS NOT NULL) AS replied, count(*) FILTER (WHERE c.reply_on_time) AS on_time,
        count(*) FILTER (WHERE p.rating IS NOT NULL) AS evaluated, count(*) FILTER (WHERE p.rating IN ('satisfied', 'basically-satisfied')) AS satisfied,
        count(*) FILTER (WHERE p.repeat) AS repeat, count(*) FILTER (WHERE p.skip_level) AS skip_level, count(*) FILTER (WHERE p.collective) AS collective
      FROM ${t('petition_fact')} p LEFT JOIN ${t('case_fact')} c ON c.petition_id = p.petition_id
      WHERE p.received_at >= $1 AND p.received_at < $2`;
    const plainSingle = `SELECT count(*) AS received, ${['visit', 'letter', 'online', 'phone'].map((c) => `count(*) FILTER (WHERE channel = '${c}') AS ${c}`).join(', ')}
      FROM ${t('petition_fact')} WHERE received_at >= $1 AND received_at < $2`;
    const range = [period.from!.toISOString(), period.to!.toISOString()];
    // the three queries in turn, so that load from elsewhere falls on each alike; 3 untimed rounds first
    const queries = { summary: [summary.sql, summary.params], joined: [plain, range], single: [plainSingle, range] } as const;
    const times: Record<keyof typeof queries, number[]> = { summary: [], joined: [], single: [] };
    for (let i = 0; i < RUNS + 3; i++) {
      for (const [name, [sql, params]] of Object.entries(queries) as [keyof typeof queries, readonly [string, unknown[]]][]) {
        const s = performance.now();
        await db.query(sql, params);
        if (i >= 3) times[name].push(performance.now() - s);
      }
      if (i % 10 === 9) progress(`  county summary: ${i + 1}/${RUNS + 3} rounds of the three queries`);
    }
    const pcts = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
    const fast = pcts(times.summary);
    const slowJoined = pcts(times.joined);
    const slowSingle = pcts(times.single);
    const fmt = (x: { p50: number; p95: number }) => `p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms`;
    const inYear = (await db.query(`SELECT count(*)::int AS n FROM ${t('petition_fact')} WHERE received_at >= $1 AND received_at < $2`, range)).rows[0].n;
    progress(`county summary over ${CASES + PETITIONS} petitions (${inYear} in the year 2025), ${FIGURE_NAMES.length} figures: ${fmt(fast)}`);
    progress(`plain aggregate, petitions joined to cases (12 figures): ${fmt(slowJoined)} → ratio ${(slowJoined.p95 / fast.p95).toFixed(1)}×`);
    progress(`plain aggregate, petitions alone (5 figures):            ${fmt(slowSingle)} → ratio ${(slowSingle.p95 / fast.p95).toFixed(1)}×`);
    // keeping the rollups fresh: one (township, month) bucket recomputed from its facts
    const bucket = (await db.query(`SELECT township_code, received_month::text AS month, count(*)::int AS n FROM ${t('petition_fact')} GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`)).rows[0];
    const refresh = refreshBucketsSql(Number(gen.current));
    const refreshTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      await db.query('BEGIN');
      for (const statement of refresh) await db.query(statement, [[bucket.township_code], [bucket.month]]);
      await db.query('COMMIT');
      refreshTimes.push(performance.now() - s);
    }
    progress(`refreshing one (township, month) bucket of ${bucket.n} petitions: p50 ${percentile(refreshTimes, 50).toFixed(0)} ms`);
    result.summary = {
      rows: CASES + PETITIONS,
      inYear,
      figures: FIGURE_NAMES.length,
      summary: fast,
      plainSingle: slowSingle,
      plainJoined: slowJoined,
      ratio: slowSingle.p95 / fast.p95,
      ratioJoined: slowJoined.p95 / fast.p95,
      bucketRefreshMs: percentile(refreshTimes, 50),
      bucketRows: bucket.n,
      rollupSeconds,
    };
    return result;
  } finally {
    await db.end();
    await nc.close();
    await reporting.stop();
    await natsServer.stop();
    await infra.dropDatabase('bench_reporting').catch(() => undefined);
  }
}
