import { jest } from '@jest/globals';
import { PetitionEvaluatedV1, PetitionRegisteredV1 } from '#contracts';
import { sleep } from '#testing';
import { daysFromNow, IntakeRig, QINGSHUI, QINGSHUI_YANGLIU, type CaseRef } from './support.js';

jest.setTimeout(30_000);

const TRACKING_CODE = /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/;
let clients = 0;
/** A client address of its own for each test (the service trusts X-Forwarded-For from its proxy), so rate limits do not carry over. */
const client = () => ({ 'x-forwarded-for': `198.51.100.${++clients}` });

function onlineBody(overrides: Record<string, unknown> = {}) {
  return {
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_YANGLIU,
    category: 'environment',
    title: '反映养猪场粪污直排河沟',
    content: '杨柳村五组某养猪场把猪粪污水直接排进村前河沟，夏天臭气熏天，河里的鱼都死了，要求环保部门查处。',
    petitioners: [{ name: '欧阳秀兰', idNumber: '430524197205180026', phone: '13787654321', address: '清水镇杨柳村五组18号' }],
    ...overrides,
  };
}

/** The citizen's side: online submission without login, the tracking code, the public status page, one evaluation. */
describe('intake: the citizen submits online, follows the petition with its tracking code and evaluates the reply', () => {
  let rig: IntakeRig;

  beforeAll(async () => {
    rig = await IntakeRig.start();
  });

  afterAll(async () => {
    await rig?.close();
  });

  const submit = (body: object, headers = client()) => rig.http('POST', '/api/public/petitions', { body, headers });

  it('takes an online petition without login and answers with a readable, unguessable tracking code', async () => {
    const res = await submit(onlineBody());
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual(['trackingCode']); // nothing internal, not even the petition id
    expect(res.body.trackingCode).toMatch(TRACKING_CODE);
    expect(res.body.trackingCode.replace(/-/g, '')).toHaveLength(15); // 15 symbols × 5 bits = 75 bits
    expect(res.body.trackingCode).not.toMatch(/[01OI]/);

    const [p] = await rig.query(`SELECT id, channel, submitted_online_by_citizen, registered_by, registered_at_level FROM intake.petition WHERE tracking_code = $1`, [res.body.trackingCode]);
    expect(p).toMatchObject({ channel: 'online', submitted_online_by_citizen: true, registered_by: null, registered_at_level: 'township' });
    const [event] = await rig.eventsOf(p!.id, PetitionRegisteredV1.subject);
    expect(event).toMatchObject({ actor: { kind: 'citizen' }, payload: { channel: 'online' } });

    // many codes: all different
    const codes = new Set<string>();
    for (let i = 0; i < 3; i++) codes.add((await submit(onlineBody({ title: `反映第${i}件事`, content: `网上信访测试第${i}件：村道路灯损坏三个月无人维修。`, category: 'other' }))).body.trackingCode);
    expect(codes.size).toBe(3);
  });

  it('validates an online submission like a staff one, and needs a mobile number to send notices to', async () => {
    const noMobile = await submit(onlineBody({ petitioners: [{ name: '欧阳秀兰', phone: '0739-5551234' }] }));
    expect(noMobile.status).toBe(400);
    expect(noMobile.body.errors).toEqual([expect.objectContaining({ field: 'petitioners[0].phone', rule: 'mobileForOnline' })]);
    // the channel and the staff-only fields are not the citizen's to set
    for (const extra of [{ channel: 'visit' }, { receivedAt: '2026-01-01T00:00:00Z' }, { registeredAtLevel: 'county' }, { headcount: 3 }, { letterDate: '2026-01-01' }, { callerNumber: '13800138000' }]) {
      const res = await submit(onlineBody(extra));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: Object.keys(extra)[0], rule: 'whitelistValidation' })]);
    }
    const badId = await submit(onlineBody({ petitioners: [{ name: '欧阳秀兰', idNumber: '430524197205180027', phone: '13787654321' }] }));
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'petitioners[0].idNumber', rule: 'residentId' })]);
  });

  it('refuses the 6th submission of the same client within the hour with 429, a Chinese message and retry-after; other clients are not affected', async () => {
    // a fixed one-hour window: do not start in the last seconds of one
    const toNextHour = 3600_000 - (Date.now() % 3600_000);
    if (toNextHour < 5000) await sleep(toNextHour + 100);
    const me = client();
    for (let i = 1; i <= 5; i++) {
      const res = await submit(onlineBody({ title: `限流测试第${i}件`, content: `限流测试第${i}件：村里的垃圾清运不及时。`, category: 'other' }), me);
      expect(res.status).toBe(201);
    }
    const before = await rig.count(`SELECT count(*) FROM intake.petition`);
    const sixth = await rig.http('POST', '/api/public/petitions', { body: onlineBody(), headers: me });
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(sixth.body.message).toMatch(/[\u4e00-\u9fff]/);
    const response = await fetch(`${rig.url}/api/public/petitions`, { method: 'POST', headers: { 'content-type': 'application/json', ...me }, body: JSON.stringify(onlineBody()) });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await rig.count(`SELECT count(*) FROM intake.petition`)).toBe(before);
    // the limit is per client: someone else can still submit
    expect((await submit(onlineBody({ title: '另一位群众', content: '另一位群众反映：村口桥面开裂。', category: 'other' }))).status).toBe(201);
    // and client addresses are stored only as keyed hashes
    expect(await rig.count(`SELECT count(*) FROM intake.rate_limit WHERE key LIKE '%198.51.100.%'`)).toBe(0);
  });

  it('shows a dated public timeline from casework events, without personal data or internal information; 404 for an unknown code', async () => {
    const submitted = await submit(onlineBody());
    const code: string = submitted.body.trackingCode;
    const [{ id }] = await rig.query<{ id: string }>(`SELECT id FROM intake.petition WHERE tracking_code = $1`, [code]);
    const c: CaseRef = await rig.casework.opened(id);
    const internalReason = '内部意见：该户系重点稳控对象，转办时注意方式方法';
    await rig.casework.transferred(c, { code: 'dept-ecology', kind: 'department', name: '市生态环境局清溪分局' }, internalReason);
    const replyBy = '2026-12-30T02:00:00.000Z';
    await rig.casework.accepted(c, replyBy, 'dept-ecology');
    const extendedTo = '2027-01-29T02:00:00.000Z';
    await rig.casework.extended(c, 30, '需委托第三方检测机构对河沟水质取样检测，检测报告约需三周。', extendedTo);
    await rig.casework.overdue(c, 'reply');
    await rig.casework.replied(c, 'support', 'dept-ecology');

    const res = await rig.http('GET', `/api/public/petitions/${code}`, { headers: client() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ trackingCode: code, status: { code: 'replied', label: '已答复' }, channel: '网上信访', category: '生态环境', township: '清水镇', canEvaluate: true, evaluation: null });
    const timeline: { at: string; kind: string; description: string }[] = res.body.timeline;
    expect(timeline.map((s) => s.kind)).toEqual(['registered', 'transferred', 'accepted', 'extended', 'replied']);
    for (const step of timeline) expect(Number.isNaN(Date.parse(step.at))).toBe(false);
    expect([...timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))).toEqual(timeline);
    const text = (kind: string) => timeline.find((s) => s.kind === kind)!.description;
    expect(text('transferred')).toContain('市生态环境局清溪分局');
    expect(text('accepted')).toContain('2026年12月30日'); // the reply date, in the county's calendar
    expect(text('extended')).toContain('需委托第三方检测机构');
    expect(text('extended')).toContain('2027年1月29日');
    expect(text('replied')).toContain('支持');

    const json = JSON.stringify(res.body);
    for (const personal of ['欧阳秀兰', '430524197205180026', '13787654321', '137****4321', '0026', '杨柳村五组18号']) expect(json).not.toContain(personal);
    for (const internal of [internalReason, 'leader-qingshui-01', 'dept-ecology', c.caseId, id, 'overdue', '超期']) expect(json).not.toContain(internal);

    // tolerant of what a citizen types; unknown and malformed codes are 404
    expect((await rig.http('GET', `/api/public/petitions/${code.toLowerCase().replace(/-/g, ' ')}`, { headers: client() })).status).toBe(200);
    const unknown = await rig.http('GET', '/api/public/petitions/ABCDE-FGHJK-LMNPQ', { headers: client() });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect((await rig.http('GET', '/api/public/petitions/not-a-code', { headers: client() })).status).toBe(404);
  });

  it('takes one evaluation, only after the reply: 409 before, 201 once, 409 the second time; publishes intake.petition.evaluated.v1', async () => {
    const code: string = (await submit(onlineBody({ title: '反映村道塌方无人修复', content: '杨柳村通组公路一处塌方两个月无人修复，车辆无法通行。', category: 'rural-affairs' }))).body.trackingCode;
    const [{ id }] = await rig.query<{ id: string }>(`SELECT id FROM intake.petition WHERE tracking_code = $1`, [code]);
    const evaluate = (body: object) => rig.http('POST', `/api/public/petitions/${code}/evaluation`, { body, headers: client() });

    const c = await rig.casework.opened(id);
    await rig.casework.accepted(c, daysFromNow(60), `twp-${QINGSHUI}`);
    const early = await evaluate({ rating: 'satisfied' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ statusCode: 409, error: 'Conflict', rule: 'evaluation-before-reply' });

    await rig.casework.replied(c, 'support', `twp-${QINGSHUI}`);
    expect((await evaluate({ rating: 'excellent' })).status).toBe(400);
    const first = await evaluate({ rating: 'basically-satisfied', comment: '修好了，但拖得有点久。' });
    expect(first.status).toBe(201);
    expect(first.body.rating).toBe('basically-satisfied');
    const second = await evaluate({ rating: 'unsatisfied' });
    expect(second.status).toBe(409);
    expect(second.body.rule).toBe('evaluation-once');
    expect((await rig.http('POST', '/api/public/petitions/ABCDE-FGHJK-LMNPQ/evaluation', { body: { rating: 'satisfied' }, headers: client() })).status).toBe(404);

    const events = await rig.eventsOf(id, PetitionEvaluatedV1.subject);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toEqual({ petitionId: id, rating: 'basically-satisfied', evaluatedAt: expect.any(String) });
    expect(JSON.stringify(events[0])).not.toContain('拖得有点久'); // the comment stays in intake

    const track = await rig.http('GET', `/api/public/petitions/${code}`, { headers: client() });
    expect(track.body).toMatchObject({ canEvaluate: false, evaluation: { rating: 'basically-satisfied' } });
    expect(track.body.timeline.map((s: { kind: string }) => s.kind)).toContain('evaluated');
  });
});
