import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { DirectoryPublishedV1, DisputeScreenedV1, DisputeUpdatedV1, EVENT_STREAMS, type EventEnvelope } from '#contracts';
import { MessagingRuntime } from '#messaging';
import { signStaffToken, type Role } from '#platform';
import { eventually, http, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../src/casework.module.js';
import { addDays, localDate } from '../src/cases/domain/calendar.js';

jest.setTimeout(60_000);

const QINGSHUI = '430599101000'; // 清水镇
const QINGSHUI_SHIQIAO = '430599101201'; // 清水镇石桥村
const QINGSHUI_YANGLIU = '430599101202'; // 清水镇杨柳村
const SHIMEN = '430599102000'; // 石门镇
const SHIMEN_HONGYAN = '430599102202'; // 石门镇红岩村

/** Words that name or describe people: none may leave casework in an event. */
const PERSONAL = ['张德顺', '李桂英', '王老五', '赵有田', '宅基地边界', '拖欠工资', '工地老板', '现场勘界', '司法所'];

const directory: DirectoryPublishedV1 = {
  countyName: '清溪县',
  townships: [
    { code: QINGSHUI, name: '清水镇', villages: [{ code: QINGSHUI_SHIQIAO, name: '石桥村' }, { code: QINGSHUI_YANGLIU, name: '杨柳村' }] },
    { code: SHIMEN, name: '石门镇', villages: [{ code: SHIMEN_HONGYAN, name: '红岩村' }] },
  ],
  units: [QINGSHUI, SHIMEN].map((code) => ({ code: `twp-${code}`, name: `${code} 人民政府`, kind: 'township' as const, townshipCode: code })),
  categories: [{ code: 'other', name: '其他' }],
};

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

/** 矛盾纠纷排查 end to end: liaisons and township officers record, follow up and list; the events carry figures only. */
describe('monthly dispute screening', () => {
  let platform: TestPlatform;
  let casework: InProcessService;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let db: pg.Pool;
  const tokens = new Map<string, string>();
  const month = localDate(new Date()).slice(0, 7);
  const lastMonth = addDays(`${month}-01`, -1).slice(0, 7);
  const ids: Record<string, string> = {};

  async function token(role: Role, township?: string, sub?: string): Promise<string> {
    const key = `${role}:${township ?? ''}:${sub ?? ''}`;
    if (!tokens.has(key)) {
      tokens.set(key, sub ? await signStaffToken(platform.keys.privateKeyPem, { sub, role, ...(township ? { townshipCode: township } : {}) }) : await platform.token(role, township));
    }
    return tokens.get(key)!;
  }
  const as = (role: Role, township?: string, sub?: string) => ({
    call: async (method: string, path: string, body?: unknown): Promise<HttpResult> => http(casework.url, method, path, { token: await token(role, township, sub), body }),
  });
  const shiqiaoLiaison = as('liaison', QINGSHUI, 'liaison-shiqiao');
  const yangliuLiaison = as('liaison', QINGSHUI, 'liaison-yangliu');
  const qingshuiOfficer = as('township-officer', QINGSHUI);
  const shimenOfficer = as('township-officer', SHIMEN);
  const admin = as('county-admin');

  const entry = (overrides: object = {}) => ({
    month,
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_SHIQIAO,
    category: 'land-forest-water',
    parties: '石桥村三组张德顺与李桂英两户',
    matter: '宅基地边界争议，双方多次争吵，扬言要到县里上访',
    peopleInvolved: 7,
    easilyEscalating: true,
    outcome: 'in-progress',
    measures: '村调委会已组织双方现场勘界',
    ...overrides,
  });

  beforeAll(async () => {
    platform = await TestPlatform.start();
    casework = await startInProcess(CASEWORK_SERVICE, platform, { DEADLINE_SWEEPER: 'off', ZERO_REPORT_SWEEPER: 'off' });
    nc = await connect({ servers: platform.nats.url });
    jsm = await jetstreamManager(nc);
    db = new pg.Pool({ connectionString: platform.db.url, max: 2 });
    const id = randomUUID();
    const envelope = { id, type: 'intake.directory.published', version: 1, occurredAt: new Date().toISOString(), producer: 'intake', townshipCode: null, correlationId: randomUUID(), causationId: null, actor: { kind: 'system' }, payload: directory };
    await jetstream(nc).publish(DirectoryPublishedV1.subject, JSON.stringify(envelope), { msgID: id });
    await eventually(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM casework.township`);
      expect(rows[0].n).toBe(2);
    });
  });

  afterAll(async () => {
    await casework?.close();
    await nc?.close();
    await db?.end();
    await platform?.close();
  });

  it('is recorded by a village liaison or a township officer for their own township', async () => {
    const village = await shiqiaoLiaison.call('POST', '/api/dispute-screenings', entry());
    expect(village).toMatchObject({ status: 201, body: { townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, easilyEscalating: true, outcome: 'in-progress', version: 1, recordedBy: 'liaison-shiqiao', recordedByRole: 'liaison', resolvedAt: null } });
    ids.shiqiao = village.body.id;

    const yangliu = await yangliuLiaison.call('POST', '/api/dispute-screenings', entry({ villageCode: QINGSHUI_YANGLIU, month: lastMonth, category: 'labour-wages', parties: '杨柳村王老五等 12 名务工人员与工地老板', matter: '拖欠工资', easilyEscalating: false, peopleInvolved: 12, measures: undefined }));
    expect(yangliu).toMatchObject({ status: 201, body: { month: lastMonth, villageCode: QINGSHUI_YANGLIU, measures: null } });
    ids.yangliu = yangliu.body.id;

    const township = await qingshuiOfficer.call('POST', '/api/dispute-screenings', entry({ villageCode: undefined, category: undefined, peopleInvolved: undefined, parties: '赵有田与镇农机站', matter: '农机补贴发放争议', easilyEscalating: false, outcome: 'resolved', measures: '镇司法所调解，已达成协议' }));
    expect(township).toMatchObject({ status: 201, body: { villageCode: null, category: null, outcome: 'resolved' } });
    expect(township.body.resolvedAt).toEqual(township.body.recordedAt);
    ids.township = township.body.id;

    const shimen = await shimenOfficer.call('POST', '/api/dispute-screenings', entry({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN, parties: '红岩村两户村民', matter: '山林权属争议' }));
    expect(shimen.status).toBe(201);
    ids.shimen = shimen.body.id;
  });

  it('refuses another township (403), a village of another township, a future month, bad input and other roles', async () => {
    expect(await shiqiaoLiaison.call('POST', '/api/dispute-screenings', entry({ townshipCode: SHIMEN, villageCode: SHIMEN_HONGYAN }))).toMatchObject({ status: 403, body: { rule: 'own-township-only' } });
    expect(await qingshuiOfficer.call('POST', '/api/dispute-screenings', entry({ townshipCode: SHIMEN, villageCode: undefined }))).toMatchObject({ status: 403, body: { rule: 'own-township-only' } });
    expect(await shiqiaoLiaison.call('POST', '/api/dispute-screenings', entry({ villageCode: SHIMEN_HONGYAN }))).toMatchObject({ status: 400, body: { errors: [{ field: 'villageCode', rule: 'villageInTownship' }] } });
    const next = addDays(`${month}-28`, 7).slice(0, 7);
    expect(await shiqiaoLiaison.call('POST', '/api/dispute-screenings', entry({ month: next }))).toMatchObject({ status: 422, body: { rule: 'dispute-month-future' } });
    const bad = await shiqiaoLiaison.call('POST', '/api/dispute-screenings', entry({ month: '2026-13', outcome: 'settled', easilyEscalating: 'yes', parties: '' }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['easilyEscalating', 'month', 'outcome', 'parties']);
    expect(bad.body.errors.every((e: { message: string }) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    expect(await admin.call('POST', '/api/dispute-screenings', entry())).toMatchObject({ status: 403 });
    expect(await as('analyst').call('POST', '/api/dispute-screenings', entry())).toMatchObject({ status: 403 });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM casework.dispute_screening`);
    expect(rows[0].n).toBe(4);
  });

  it('lists within the caller’s township, filtered by month, village and the easily-escalating flag', async () => {
    const listed = async (caller: ReturnType<typeof as>, query = '') => {
      const res = await caller.call('GET', `/api/dispute-screenings${query}`);
      expect(res.status).toBe(200);
      return res.body.items.map((i: { id: string }) => i.id).sort();
    };
    expect(await listed(shiqiaoLiaison)).toEqual([ids.shiqiao, ids.yangliu, ids.township].sort());
    expect(await listed(qingshuiOfficer, `?townshipCode=${SHIMEN}`)).toEqual([]);
    expect(await listed(shimenOfficer)).toEqual([ids.shimen]);
    expect(await listed(admin)).toHaveLength(4);
    expect(await listed(admin, `?townshipCode=${QINGSHUI}&easilyEscalating=true`)).toEqual([ids.shiqiao]);
    expect(await listed(admin, `?villageCode=${QINGSHUI_YANGLIU}`)).toEqual([ids.yangliu]);
    expect(await listed(admin, `?month=${lastMonth}`)).toEqual([ids.yangliu]);
    expect(await listed(admin, `?outcome=resolved`)).toEqual([ids.township]);
    // 未化解: every outcome but resolved
    expect(await listed(admin, `?resolved=false`)).toEqual([ids.shiqiao, ids.yangliu, ids.shimen].sort());
    expect(await listed(admin, `?resolved=true&townshipCode=${QINGSHUI}`)).toEqual([ids.township]);
    // 跟进 is offered where the API would take it: not to another liaison, nor to a leader
    const mayUpdate = async (caller: ReturnType<typeof as>) =>
      Object.fromEntries((await caller.call('GET', `/api/dispute-screenings?townshipCode=${QINGSHUI}`)).body.items.map((i: { id: string; mayUpdate: boolean }) => [i.id, i.mayUpdate]));
    expect(await mayUpdate(yangliuLiaison)).toEqual({ [ids.shiqiao]: false, [ids.yangliu]: true, [ids.township]: false });
    expect(Object.values(await mayUpdate(qingshuiOfficer))).toEqual([true, true, true]);
    expect(Object.values(await mayUpdate(as('leader', QINGSHUI)))).toEqual([false, false, false]);
    expect(await admin.call('GET', '/api/dispute-screenings?resolved=no')).toMatchObject({ status: 400, body: { errors: [{ field: 'resolved' }] } });
    expect(await listed(as('leader', QINGSHUI), `?month=${month}`)).toEqual([ids.shiqiao, ids.township].sort());
    expect(await as('analyst').call('GET', '/api/dispute-screenings')).toMatchObject({ status: 403 });
    expect(await as('department-officer', 'dept-hrss').call('GET', '/api/dispute-screenings')).toMatchObject({ status: 403 });
    expect(await admin.call('GET', '/api/dispute-screenings?easilyEscalating=maybe')).toMatchObject({ status: 400, body: { errors: [{ field: 'easilyEscalating' }] } });

    expect(await shimenOfficer.call('GET', `/api/dispute-screenings/${ids.shiqiao}`)).toMatchObject({ status: 404 });
    expect(await shiqiaoLiaison.call('GET', `/api/dispute-screenings/${ids.shiqiao}`)).toMatchObject({ status: 200, body: { parties: '石桥村三组张德顺与李桂英两户', history: [] } });
  });

  it('updates the outcome: the township officer or the recording liaison, not another township nor another liaison', async () => {
    expect(await shimenOfficer.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'resolved' })).toMatchObject({ status: 404 });
    expect(await yangliuLiaison.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'resolved' })).toMatchObject({ status: 403, body: { rule: 'liaison-own-entries-only' } });
    expect(await shiqiaoLiaison.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, {})).toMatchObject({ status: 400, body: { errors: [{ rule: 'atLeastOne' }] } });
    expect(await shiqiaoLiaison.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'done' })).toMatchObject({ status: 400 });
    expect(await shiqiaoLiaison.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { parties: '改名' })).toMatchObject({ status: 400 });

    const escalated = await shiqiaoLiaison.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'escalated', measures: '已报镇综治中心' });
    expect(escalated).toMatchObject({ status: 200, body: { outcome: 'escalated', version: 2, resolvedAt: null } });
    const resolved = await qingshuiOfficer.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'resolved', easilyEscalating: false });
    expect(resolved).toMatchObject({ status: 200, body: { outcome: 'resolved', easilyEscalating: false, version: 3, measures: '已报镇综治中心' } });
    expect(resolved.body.resolvedAt).not.toBeNull();
    const unchanged = await admin.call('PATCH', `/api/dispute-screenings/${ids.shiqiao}`, { outcome: 'resolved' });
    expect(unchanged).toMatchObject({ status: 200, body: { version: 3 } });

    const detail = await admin.call('GET', `/api/dispute-screenings/${ids.shiqiao}`);
    expect(detail.body.history.map((h: { version: number; outcome: string; by: string }) => [h.version, h.outcome, h.by])).toEqual([
      [2, 'escalated', 'liaison-shiqiao'],
      [3, 'resolved', 'test-township-officer-430599101000'],
    ]);
  });

  it('sums up screened, resolved and easily escalating, for analysts too, without people', async () => {
    const summary = await as('analyst').call('GET', `/api/dispute-screenings/summary?townshipCode=${QINGSHUI}`);
    expect(summary).toMatchObject({ status: 200, body: { screened: 3, resolved: 2, easilyEscalating: 0, easilyEscalatingUnresolved: 0, peopleInvolved: 19, resolutionRate: 2 / 3 } });
    expect(summary.body.byOutcome).toEqual({ 'in-progress': 1, resolved: 2 });
    const county = await admin.call('GET', `/api/dispute-screenings/summary?month=${month}`);
    expect(county.body).toMatchObject({ screened: 3, easilyEscalating: 1, byTownship: { [QINGSHUI]: 2, [SHIMEN]: 1 } });
    const own = await shimenOfficer.call('GET', '/api/dispute-screenings/summary');
    expect(own.body).toMatchObject({ screened: 1, byTownship: { [SHIMEN]: 1 } });
  });

  it('emits screened and updated events with codes, month, category, flags and outcome — and no person', async () => {
    await casework.app.get(MessagingRuntime).flushOutbox();
    let events: Awaited<ReturnType<typeof readStream>> = [];
    await eventually(async () => {
      events = (await readStream(jsm, EVENT_STREAMS.casework.name)).filter((e) => e.subject.startsWith('casework.dispute.'));
      expect(events).toHaveLength(6);
    });
    const screened = events.filter((e) => e.subject === DisputeScreenedV1.subject).map((e) => e.envelope);
    const updated = events.filter((e) => e.subject === DisputeUpdatedV1.subject).map((e) => e.envelope);
    expect(screened.map((e) => e.payload.disputeId)).toEqual([ids.shiqiao, ids.yangliu, ids.township, ids.shimen]);
    expect(screened[0]).toMatchObject({
      townshipCode: QINGSHUI,
      actor: { kind: 'staff', id: 'liaison-shiqiao', role: 'liaison' },
      payload: { disputeId: ids.shiqiao, month, townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'land-forest-water', easilyEscalating: true, peopleInvolved: 7, outcome: 'in-progress' },
    });
    expect(updated.map((e) => [e.payload.version, e.payload.previousOutcome, e.payload.outcome, e.payload.easilyEscalating])).toEqual([
      [2, 'in-progress', 'escalated', true],
      [3, 'escalated', 'resolved', false],
    ]);
    const allowed = ['category', 'disputeId', 'easilyEscalating', 'month', 'outcome', 'peopleInvolved', 'townshipCode', 'villageCode'];
    for (const e of screened) expect(Object.keys(e.payload).sort()).toEqual([...allowed, 'screenedAt'].sort());
    for (const e of updated) expect(Object.keys(e.payload).sort()).toEqual([...allowed, 'previousOutcome', 'updatedAt', 'version'].sort());
    for (const { data } of events) for (const word of PERSONAL) expect({ word, found: data.includes(word) }).toEqual({ word, found: false });
  });
});
