/**
 * Reporting's two benchmark figures of issue 7, on a platform of its own (fresh database and
 * nats-server), for `docs/benchmarks.md`:
 *
 * 1. projection rebuild rate against a raw ordered read of the same streams, in the same run:
 *    N synthetic petitions with their case lifecycles are published onto INTAKE and CASEWORK,
 *    read back once raw (ordered consumer, no decoding), then rebuilt by `rebuildProjections`;
 * 2. the county summary at M synthetic cases against a plain aggregate over the same rows: M
 *    petitions and cases are generated straight into the projection tables (SQL), the rollups
 *    computed, then both queries timed (p50/p95 of repeated runs).
 *
 *   node scripts/run-built.mjs scripts/bench-reporting.js [--petitions 40000] [--cases 1000000] [--runs 30]
 */
import { randomUUID } from 'node:crypto';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS, parseSubject } from '#contracts';
import { startInProcess, TestPlatform } from '#testing';
import { FIGURE_NAMES } from '../apps/reporting/src/projections/domain/figures.js';
import { generationNames, refreshBucketsSql, rollupInsertSql } from '../apps/reporting/src/projections/generation-sql.js';
import { rebuildProjections } from '../apps/reporting/src/rebuild/rebuild.js';
import { REPORTING_SERVICE } from '../apps/reporting/src/reporting.module.js';
import { parsePeriod } from '../apps/reporting/src/statistics/domain/period.js';
import { figuresQuery } from '../apps/reporting/src/statistics/figures-query.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PETITIONS = arg('petitions', 40_000);
const CASES = arg('cases', 1_000_000);
const RUNS = arg('runs', 30);
const TOWNSHIPS = ['430599100000', '430599101000', '430599102000', '430599103000', '430599200000', '430599201000', '430599202000', '430599203000'];
const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

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

async function main(): Promise<void> {
  const platform = await TestPlatform.start();
  const reporting = await startInProcess(REPORTING_SERVICE, platform, { EVENT_CONSUMERS: 'off', ROLLUP_REFRESH_MS: '0' });
  const nc = await connect({ servers: platform.nats.url });
  const js = jetstream(nc, { timeout: 30_000 });
  const jsm = await jetstreamManager(nc);
  const db = new pg.Client({ connectionString: platform.db.url });
  await db.connect();
  try {
    // ── 1. rebuild rate vs a raw ordered read ─────────────────────────────────────────────
    process.stderr.write(`publishing ${PETITIONS} petitions with their cases (${PETITIONS * 7} events)…\n`);
    for (let i = 0; i < PETITIONS; i += 500) {
      const acks: Promise<unknown>[] = [];
      for (let j = i; j < Math.min(PETITIONS, i + 500); j++) {
        const l = lifecycle(j);
        for (const [subject, e] of [...l.intake, ...l.casework]) acks.push(js.publish(subject, JSON.stringify(e), { msgID: e.id }));
      }
      await Promise.all(acks);
    }
    let raw = 0;
    const rawStarted = performance.now();
    for (const stream of [EVENT_STREAMS.intake.name, EVENT_STREAMS.casework.name]) {
      const last = (await jsm.streams.info(stream)).state.last_seq;
      const messages = await (await js.consumers.get(stream, { deliver_policy: DeliverPolicy.All })).consume({ max_messages: 8000 });
      for await (const m of messages) {
        raw++;
        if (m.seq >= last) break;
      }
      await messages.close();
    }
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    const rebuild = await rebuildProjections({ databaseUrl: platform.db.url, natsUrl: platform.nats.url, progress: true, log: (l) => process.stderr.write(`${l}\n`) });
    const rawRate = raw / rawSeconds;
    console.log(`raw ordered read: ${raw} messages in ${rawSeconds.toFixed(2)} s = ${Math.round(rawRate)} msg/s`);
    console.log(`rebuild replay:   ${rebuild.events} events in ${rebuild.replaySeconds.toFixed(2)} s = ${Math.round(rebuild.eventsPerSecond)} events/s (${rebuild.validation}); whole rebuild ${rebuild.totalSeconds.toFixed(2)} s`);
    console.log(`ratio rebuild/raw: ${(rebuild.eventsPerSecond / rawRate).toFixed(3)} (target ≥ 0.25)`);

    // ── 2. the county summary at CASES synthetic cases ──────────────────────────────────────
    if (CASES === 0) return;
    const [gen] = (await db.query(`SELECT current FROM reporting.projection_generation`)).rows;
    const t = generationNames(Number(gen.current));
    process.stderr.write(`generating ${CASES} petitions and cases in generation ${gen.current}…\n`);
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
    console.log(`rollups of ${CASES + PETITIONS} petitions computed in ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`);
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
    const time = async (sql: string, params: unknown[]) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const s = performance.now();
        await db.query(sql, params);
        if (i >= 3) times.push(performance.now() - s);
      }
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    const range = [period.from!.toISOString(), period.to!.toISOString()];
    const fast = await time(summary.sql, summary.params);
    const slowJoined = await time(plain, range);
    const slowSingle = await time(plainSingle, range);
    const fmt = (x: { p50: number; p95: number }) => `p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms`;
    const inYear = (await db.query(`SELECT count(*)::int AS n FROM ${t('petition_fact')} WHERE received_at >= $1 AND received_at < $2`, range)).rows[0].n;
    console.log(`county summary over ${CASES + PETITIONS} petitions (${inYear} in the year 2025), ${FIGURE_NAMES.length} figures: ${fmt(fast)}`);
    console.log(`plain aggregate, petitions joined to cases (12 figures): ${fmt(slowJoined)} → ratio ${(slowJoined.p95 / fast.p95).toFixed(1)}×`);
    console.log(`plain aggregate, petitions alone (5 figures):            ${fmt(slowSingle)} → ratio ${(slowSingle.p95 / fast.p95).toFixed(1)}×`);
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
    console.log(`refreshing one (township, month) bucket of ${bucket.n} petitions: p50 ${percentile(refreshTimes, 50).toFixed(0)} ms`);
  } finally {
    await db.end();
    await nc.close();
    await reporting.close();
    await platform.close();
  }
}

await main();
process.exit(0);
