import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { DirectoryPublishedV1, EVENT_STREAMS, ZeroReportMissingV1, type EventEnvelope } from '#contracts';
import { MessagingRuntime } from '#messaging';
import type { Role } from '#platform';
import { eventually, http, sleep, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../src/casework.module.js';
import { addDays, localDate } from '../src/cases/domain/calendar.js';
import { reportDeadline } from '../src/zero-report/domain/zero-report-rules.js';
import { MissingReportSweeper } from '../src/zero-report/missing-report-sweeper.js';

jest.setTimeout(90_000);

const CHENGGUAN = '430599100000'; // 城关镇
const QINGSHUI = '430599101000'; // 清水镇
const SHIMEN = '430599102000'; // 石门镇
const BAISHA = '430599103000'; // 白沙镇
const TOWNSHIPS = [CHENGGUAN, QINGSHUI, SHIMEN, BAISHA];
const SHIMEN_SUMMARY = '红岩村 6 名村民到镇反映征地补偿，镇领导王建国已接待';

/** The directory as intake publishes it (casework's tests may not import intake: the event is the contract). */
const directory: DirectoryPublishedV1 = {
  countyName: '清溪县',
  townships: [
    { code: CHENGGUAN, name: '城关镇', villages: [] },
    { code: QINGSHUI, name: '清水镇', villages: [{ code: '430599101201', name: '石桥村' }] },
    { code: SHIMEN, name: '石门镇', villages: [{ code: '430599102202', name: '红岩村' }] },
    { code: BAISHA, name: '白沙镇', villages: [] },
  ],
  units: TOWNSHIPS.map((code) => ({ code: `twp-${code}`, name: `${code} 人民政府`, kind: 'township' as const, townshipCode: code })),
  categories: [{ code: 'other', name: '其他' }],
};

async function publishAsIntake(js: JetStreamClient, subject: string, payload: object): Promise<void> {
  const id = randomUUID();
  const [, type, version] = /^(.*)\.v(\d+)$/.exec(subject)!;
  const envelope = { id, type, version: Number(version), occurredAt: new Date().toISOString(), producer: 'intake', townshipCode: null, correlationId: randomUUID(), causationId: null, actor: { kind: 'system' }, payload };
  await js.publish(subject, JSON.stringify(envelope), { msgID: id });
}

async function readStream(jsm: JetStreamManager, stream: string): Promise<Array<{ subject: string; envelope: EventEnvelope<any>; data: string }>> {
  const info = await jsm.streams.info(stream);
  const out: Array<{ subject: string; envelope: EventEnvelope<any>; data: string }> = [];
  for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
    const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!msg) continue;
    const data = new TextDecoder().decode(msg.data);
    out.push({ subject: msg.subject, envelope: JSON.parse(data), data });
  }
  return out;
}

/**
 * 零报告 end to end against PostgreSQL and NATS, with two casework replicas: the county opens a
 * sensitive period, townships report (one with zero, one with incidents, one corrected), and the
 * missing ones are raised once each — by both replicas' interval sweepers and by sweeps called
 * in parallel on both.
 */
describe('zero reports in a sensitive period', () => {
  let platform: TestPlatform;
  let replicas: InProcessService[] = [];
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let db: pg.Pool;
  const tokens = new Map<string, string>();
  let periodId: string;

  const today = localDate(new Date());
  const yesterday = addDays(today, -1);
  const tomorrow = addDays(today, 1);

  async function token(role: Role, township?: string): Promise<string> {
    const key = `${role}:${township ?? ''}`;
    if (!tokens.has(key)) tokens.set(key, await platform.token(role, township));
    return tokens.get(key)!;
  }
  const call = async (method: string, path: string, role: Role, township?: string, body?: unknown): Promise<HttpResult> =>
    http(replicas[0]!.url, method, path, { token: await token(role, township), body });
  const fileReport = (role: Role, township: string, body: object) => call('POST', '/api/zero-reports', role, township, body);

  async function caseworkEvents() {
    for (const r of replicas) await r.app.get(MessagingRuntime).flushOutbox();
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM casework.outbox WHERE published_at IS NULL`);
      expect(rows[0].n).toBe(0);
    });
    return readStream(jsm, EVENT_STREAMS.casework.name);
  }
  const missingEvents = async () => (await caseworkEvents()).filter((e) => e.subject === ZeroReportMissingV1.subject).map((e) => e.envelope);
  const keys = (events: EventEnvelope<any>[]) => events.map((e) => `${e.payload.date} ${e.payload.townshipCode}`).sort();

  beforeAll(async () => {
    platform = await TestPlatform.start();
    const env = { ZERO_REPORT_SWEEP_INTERVAL_MS: '200', DEADLINE_SWEEPER: 'off' };
    // one after the other: each runs the migrations at start
    replicas.push(await startInProcess(CASEWORK_SERVICE, platform, env));
    replicas.push(await startInProcess(CASEWORK_SERVICE, platform, env));
    nc = await connect({ servers: platform.nats.url });
    jsm = await jetstreamManager(nc);
    db = new pg.Pool({ connectionString: platform.db.url, max: 2 });
    await publishAsIntake(jetstream(nc), DirectoryPublishedV1.subject, directory);
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM casework.township`);
      expect(rows[0].n).toBe(TOWNSHIPS.length);
    });
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    await nc?.close();
    await db?.end();
    await platform?.close();
  });

  it('is opened by the county only, with dates that make sense and no overlap', async () => {
    const body = { name: '测试敏感时期', from: yesterday, to: tomorrow };
    expect(await call('POST', '/api/sensitive-periods', 'township-officer', QINGSHUI, body)).toMatchObject({ status: 403 });
    const backwards = await call('POST', '/api/sensitive-periods', 'county-admin', undefined, { ...body, from: addDays(tomorrow, 2), to: tomorrow });
    expect(backwards).toMatchObject({ status: 400, body: { errors: [{ field: 'to', rule: 'notBeforeFrom' }] } });
    const unnamed = await call('POST', '/api/sensitive-periods', 'county-admin', undefined, { from: yesterday, to: tomorrow, reportDays: 'sometimes' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'reportDays']);

    const opened = await call('POST', '/api/sensitive-periods', 'county-admin', undefined, body);
    expect(opened).toMatchObject({ status: 201, body: { name: '测试敏感时期', from: yesterday, to: tomorrow, reportDays: 'every-day', deadline: '17:00', status: 'open', closedAt: null } });
    periodId = opened.body.id;

    const overlapping = await call('POST', '/api/sensitive-periods', 'county-admin', undefined, { name: '另一个', from: tomorrow, to: addDays(tomorrow, 3) });
    expect(overlapping).toMatchObject({ status: 409, body: { rule: 'sensitive-period-overlap' } });

    const list = await call('GET', '/api/sensitive-periods?status=open', 'township-officer', QINGSHUI);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([periodId]);
  });

  it('takes a daily report from each township’s officer or leader — zero is a report — and a second filing corrects it', async () => {
    const zero = await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: yesterday, hasIncidents: false });
    expect(zero).toMatchObject({ status: 201, body: { periodId, townshipCode: QINGSHUI, date: yesterday, hasIncidents: false, late: true, revision: 1 } });
    const incidents = await fileReport('leader', SHIMEN, { townshipCode: SHIMEN, date: yesterday, hasIncidents: true, summary: SHIMEN_SUMMARY });
    expect(incidents).toMatchObject({ status: 201, body: { hasIncidents: true, summary: SHIMEN_SUMMARY } });
    const corrected = await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: yesterday, hasIncidents: false, summary: '复核：无信访情况' });
    expect(corrected).toMatchObject({ status: 200, body: { revision: 2, late: true, firstFiledAt: zero.body.firstFiledAt, summary: '复核：无信访情况' } });
    expect(await fileReport('township-officer', BAISHA, { townshipCode: BAISHA, date: today, hasIncidents: false })).toMatchObject({ status: 201 });

    const { rows } = await db.query(`SELECT township_code, count(*)::int AS n FROM casework.zero_report GROUP BY 1 ORDER BY 1`);
    expect(rows).toEqual([
      { township_code: QINGSHUI, n: 1 },
      { township_code: SHIMEN, n: 1 },
      { township_code: BAISHA, n: 1 },
    ].sort((a, b) => a.township_code.localeCompare(b.township_code)));
  });

  it('refuses another township’s report (403), other roles, future days, days outside the period, and incidents without a summary', async () => {
    const forShimen = await fileReport('township-officer', QINGSHUI, { townshipCode: SHIMEN, date: yesterday, hasIncidents: false });
    expect(forShimen).toMatchObject({ status: 403, body: { rule: 'own-township-only' } });
    expect(await call('POST', '/api/zero-reports', 'leader', undefined, { townshipCode: SHIMEN, date: yesterday, hasIncidents: false })).toMatchObject({ status: 403, body: { rule: 'own-township-only' } }); // a county leader
    expect(await fileReport('township-officer', '430599999000', { townshipCode: '430599999000', date: yesterday, hasIncidents: false })).toMatchObject({ status: 422, body: { rule: 'unknown-township' } });
    expect(await fileReport('liaison', QINGSHUI, { townshipCode: QINGSHUI, date: yesterday, hasIncidents: false })).toMatchObject({ status: 403 });
    expect(await call('POST', '/api/zero-reports', 'county-admin', undefined, { townshipCode: QINGSHUI, date: yesterday, hasIncidents: false })).toMatchObject({ status: 403 });
    expect(await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: tomorrow, hasIncidents: false })).toMatchObject({ status: 422, body: { rule: 'zero-report-future-day' } });
    expect(await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: addDays(today, -5), hasIncidents: false })).toMatchObject({ status: 422, body: { rule: 'zero-report-outside-period' } });
    const noSummary = await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: today, hasIncidents: true });
    expect(noSummary).toMatchObject({ status: 400, body: { errors: [{ field: 'summary', rule: 'requiredWithIncidents' }] } });
    const badDate = await fileReport('township-officer', QINGSHUI, { townshipCode: QINGSHUI, date: '2026-02-30', hasIncidents: 'no' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hasIncidents']);
  });

  it('raises each missing report exactly once, with two replicas sweeping on their own and in parallel', async () => {
    // as if the period had been opened two days ago: yesterday's report was owed from its start
    await db.query(`UPDATE casework.sensitive_period SET opened_at = opened_at - interval '2 days' WHERE id = $1`, [periodId]);

    // the replicas' own interval sweepers raise yesterday's missing reports: 城关镇 and 白沙镇
    await eventually(async () => expect(keys(await missingEvents()).filter((k) => k.startsWith(yesterday))).toEqual([`${yesterday} ${CHENGGUAN}`, `${yesterday} ${BAISHA}`]), 15_000);

    // both replicas sweep twice at once as if the period were over: today's and tomorrow's fall due too
    const sweepers = replicas.map((r) => r.app.get(MissingReportSweeper));
    const after = new Date(reportDeadline(tomorrow, '17:00').getTime() + 60_000);
    const results = await Promise.all([...sweepers, ...sweepers].map((s) => s.sweep(after)));
    expect(results.reduce((n, r) => n + r.missing, 0)).toBeGreaterThanOrEqual(TOWNSHIPS.length); // tomorrow's four, at least, were raised here

    const expected = [
      ...[CHENGGUAN, BAISHA].map((t) => `${yesterday} ${t}`),
      ...[CHENGGUAN, QINGSHUI, SHIMEN].map((t) => `${today} ${t}`),
      ...TOWNSHIPS.map((t) => `${tomorrow} ${t}`),
    ].sort();
    await eventually(async () => expect(keys(await missingEvents())).toEqual(expected));
    await sleep(1000); // five more interval sweeps on each replica
    expect(await Promise.all(sweepers.map((s) => s.sweep(after)))).toEqual([
      { missing: 0, settled: 0 },
      { missing: 0, settled: 0 },
    ]);
    const events = await missingEvents();
    expect(keys(events)).toEqual(expected);
    expect(events.find((e) => e.payload.townshipCode === CHENGGUAN && e.payload.date === yesterday)).toMatchObject({
      townshipCode: CHENGGUAN,
      producer: 'casework',
      actor: { kind: 'system' },
      payload: { periodId, periodName: '测试敏感时期', townshipCode: CHENGGUAN, date: yesterday, deadlineAt: reportDeadline(yesterday, '17:00').toISOString() },
    });
    const { rows } = await db.query(`SELECT count(*)::int AS n, bool_and(p.settled_at IS NOT NULL) AS settled FROM casework.zero_report_missing m JOIN casework.sensitive_period p ON p.id = m.period_id`);
    expect(rows[0]).toEqual({ n: expected.length, settled: true });
  });

  it('shows, per township, who filed and who is missing; a township sees only itself, an analyst no summaries', async () => {
    const day = await call('GET', `/api/zero-reports?periodId=${periodId}&date=${yesterday}`, 'county-admin');
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({ date: yesterday, owed: true, counts: { townships: 4, filed: 2, zero: 1, withIncidents: 1, missing: 2, pending: 0 } });
    const status = Object.fromEntries(day.body.townships.map((t: { townshipCode: string; status: string }) => [t.townshipCode, t.status]));
    expect(status).toEqual({ [CHENGGUAN]: 'missing', [QINGSHUI]: 'filed', [SHIMEN]: 'filed', [BAISHA]: 'missing' });

    const own = await call('GET', `/api/zero-reports?date=${yesterday}`, 'township-officer', SHIMEN);
    expect(own.body.townships).toEqual([expect.objectContaining({ townshipCode: SHIMEN, status: 'filed', report: expect.objectContaining({ summary: SHIMEN_SUMMARY }) })]);
    const analyst = await call('GET', `/api/zero-reports?periodId=${periodId}&date=${yesterday}`, 'analyst');
    expect(JSON.stringify(analyst.body)).not.toContain(SHIMEN_SUMMARY);
    expect(await call('GET', `/api/zero-reports?periodId=${periodId}`, 'liaison', QINGSHUI)).toMatchObject({ status: 403 });
    expect(await call('GET', `/api/zero-reports?periodId=${periodId}&date=${addDays(today, -9)}`, 'county-admin')).toMatchObject({ status: 400, body: { errors: [{ field: 'date', rule: 'inPeriod' }] } });

    // a township's own record of what it filed, newest first; a corrected one shows its revision
    const filed = await call('GET', `/api/zero-reports/filed?periodId=${periodId}`, 'township-officer', QINGSHUI);
    expect(filed).toMatchObject({ status: 200, body: { items: [{ townshipCode: QINGSHUI, townshipName: '清水镇', periodName: '测试敏感时期', date: yesterday, revision: 2, summary: '复核：无信访情况' }] } });
    const county = await call('GET', `/api/zero-reports/filed?periodId=${periodId}`, 'county-admin');
    expect(county.body.items.map((r: { date: string; townshipCode: string }) => `${r.date} ${r.townshipCode}`)).toEqual([`${today} ${BAISHA}`, `${yesterday} ${QINGSHUI}`, `${yesterday} ${SHIMEN}`]);
    expect((await call('GET', `/api/zero-reports/filed?townshipCode=${SHIMEN}`, 'county-admin')).body.items).toEqual([expect.objectContaining({ townshipCode: SHIMEN, summary: SHIMEN_SUMMARY })]);
    expect(await call('GET', `/api/zero-reports/filed?townshipCode=${SHIMEN}`, 'township-officer', QINGSHUI)).toMatchObject({ status: 403 });
    expect(JSON.stringify((await call('GET', '/api/zero-reports/filed', 'analyst')).body)).not.toContain(SHIMEN_SUMMARY);
    expect(await call('GET', '/api/zero-reports/filed', 'liaison', QINGSHUI)).toMatchObject({ status: 403 });
    expect(await call('GET', '/api/zero-reports/filed?periodId=nope', 'county-admin')).toMatchObject({ status: 400, body: { errors: [{ field: 'periodId' }] } });

    const progress = await call('GET', `/api/sensitive-periods/${periodId}`, 'township-officer', BAISHA);
    expect(progress.body.townships).toEqual([expect.objectContaining({ townshipCode: BAISHA, filed: 1, missing: 1, missingDays: [yesterday] })]);
  });

  it('takes a late report after the missing one was raised, without raising it again', async () => {
    const late = await fileReport('township-officer', CHENGGUAN, { townshipCode: CHENGGUAN, date: yesterday, hasIncidents: false });
    expect(late).toMatchObject({ status: 201, body: { late: true } });
    const day = await call('GET', `/api/zero-reports?periodId=${periodId}&date=${yesterday}`, 'county-admin');
    expect(day.body.counts).toMatchObject({ filed: 3, late: 3, missing: 1 });
    await replicas[0]!.app.get(MissingReportSweeper).sweep(new Date(reportDeadline(tomorrow, '17:00').getTime() + 120_000));
    expect((await missingEvents()).filter((e) => e.payload.townshipCode === CHENGGUAN && e.payload.date === yesterday)).toHaveLength(1);
  });

  it('closes, once; and no report text or person reaches any event', async () => {
    expect(await call('POST', `/api/sensitive-periods/${periodId}/close`, 'township-officer', QINGSHUI)).toMatchObject({ status: 403 });
    const closed = await call('POST', `/api/sensitive-periods/${periodId}/close`, 'county-admin');
    expect(closed).toMatchObject({ status: 200, body: { status: 'closed', closedBy: 'test-county-admin-county' } });
    expect(await call('POST', `/api/sensitive-periods/${periodId}/close`, 'county-admin')).toMatchObject({ status: 409, body: { rule: 'sensitive-period-closed' } });
    expect(await call('POST', `/api/sensitive-periods/${randomUUID()}/close`, 'county-admin')).toMatchObject({ status: 404 });

    const events = await caseworkEvents();
    const bySubject = (s: string) => events.filter((e) => e.subject === s).map((e) => e.envelope);
    expect(bySubject('casework.sensitive-period.opened.v1')).toHaveLength(1);
    expect(bySubject('casework.sensitive-period.closed.v1')).toEqual([expect.objectContaining({ townshipCode: null, payload: expect.objectContaining({ periodId, plannedTo: tomorrow }) })]);
    const filed = bySubject('casework.zero-report.filed.v1');
    expect(filed.map((e) => [e.payload.townshipCode, e.payload.date, e.payload.revision])).toEqual([
      [QINGSHUI, yesterday, 1],
      [SHIMEN, yesterday, 1],
      [QINGSHUI, yesterday, 2],
      [BAISHA, today, 1],
      [CHENGGUAN, yesterday, 1],
    ]);
    for (const e of filed) expect(Object.keys(e.payload).sort()).toEqual(['date', 'filedAt', 'hasIncidents', 'late', 'periodId', 'revision', 'townshipCode']);
    for (const { data } of events) {
      expect(data).not.toContain(SHIMEN_SUMMARY);
      expect(data).not.toContain('王建国');
      expect(data).not.toContain('复核');
    }
  });
});
