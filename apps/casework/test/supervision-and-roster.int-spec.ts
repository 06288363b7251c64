import { jest } from '@jest/globals';
import { http } from '#testing';
import { CHINA_HOLIDAYS_2025_2026, localDate, WorkingCalendar } from '../src/cases/domain/calendar.js';
import { CaseworkRig, QINGSHUI, SHIMEN } from './case-rig.js';

jest.setTimeout(90_000);

const DAY = 24 * 3600 * 1000;
const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);

/**
 * What the console's 督查督办, 领导包案 and 领导接访 pages read from casework: the case list
 * filtered to supervised cases with each one's 督办 reason, date and outcome (in time, overdue,
 * finished on time or late), the leader's own and awaiting-owner cases, and the duty roster's
 * month with its rest days and the leaders its township's roster names.
 */
describe('casework: supervised cases, leaders’ cases and the duty roster’s month', () => {
  let rig: CaseworkRig;
  const ids: Record<string, string> = {};

  /** An action at a past moment, as the demo clock lets a demonstration (and this test) act. */
  const actAt = async (at: string, caseId: string, action: string, token: string, body: unknown = {}) => {
    const res = await http(rig.url, 'POST', `/api/cases/${caseId}/${action}`, { token, body, headers: { 'x-demo-now': at } });
    if (res.status !== 200) throw new Error(`${action} at ${at}: ${res.status} ${JSON.stringify(res.body)}`);
  };

  beforeAll(async () => {
    rig = await CaseworkRig.start({ DEMO_CLOCK: 'on' });
    const admin = rig.as('county-admin');
    const dept = rig.as('department-officer', 'dept-natural-resources');
    const adminToken = await rig.backbone.token('county-admin');
    const deptToken = await rig.backbone.token('department-officer', 'dept-natural-resources');
    const registered = async (receivedAt = iso(0), townshipCode = QINGSHUI) => (await rig.registered({ receivedAt, townshipCode, ...(townshipCode === QINGSHUI ? {} : { villageCode: null }) })).case.id;
    // open: supervised now, due in five days
    ids.open = await registered();
    await admin.act(ids.open, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    expect((await admin.act(ids.open, 'supervise', { dueAt: iso(5 * DAY), reason: '群众反映强烈，限期办结' })).status).toBe(200);
    // overdue: supervised 15 days ago with 5 days, still not accepted
    ids.overdue = await registered(iso(-20 * DAY));
    await actAt(iso(-16 * DAY), ids.overdue, 'transfer', adminToken, { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    await actAt(iso(-15 * DAY), ids.overdue, 'supervise', adminToken, { dueAt: iso(-10 * DAY), reason: '逾期未受理，督促办理' });
    // fulfilled: supervised, then accepted and answered before the date
    ids.fulfilled = await registered();
    await admin.act(ids.fulfilled, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    await admin.act(ids.fulfilled, 'supervise', { dueAt: iso(3 * DAY), reason: '请三日内答复' });
    await dept.act(ids.fulfilled, 'accept');
    expect((await dept.act(ids.fulfilled, 'reply', { outcome: 'support', text: '已按标准补发征地补偿款。' })).status).toBe(200);
    // late: supervised 12 days ago with 2 days, answered only now
    ids.late = await registered(iso(-14 * DAY));
    await actAt(iso(-13 * DAY), ids.late, 'transfer', adminToken, { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    await actAt(iso(-12 * DAY), ids.late, 'supervise', adminToken, { dueAt: iso(-10 * DAY), reason: '限两日内办结' });
    await actAt(iso(-11 * DAY), ids.late, 'accept', deptToken);
    await dept.act(ids.late, 'reply', { outcome: 'explain', text: '已向信访人解释政策。' });
    // never supervised; and one in 石门镇, supervised
    ids.plain = await registered();
    ids.shimen = await registered(iso(0), SHIMEN);
    await admin.act(ids.shimen, 'supervise', { dueAt: iso(4 * DAY), reason: '石门镇督办' });
    // a collective visit to own, and one 清水镇's leader owns
    ids.toOwn = (await rig.registered({ channel: 'visit', headcount: 7, flags: { collective: true } })).case.id;
    ids.owned = (await rig.registered({ channel: 'visit', headcount: 6, flags: { repeat: true } })).case.id;
    expect((await rig.as('leader', QINGSHUI).act(ids.owned, 'take-ownership')).status).toBe(200);
  });

  afterAll(async () => {
    await rig?.close();
  });

  const list = async (query: string, role: Parameters<CaseworkRig['as']>[0] = 'county-admin', scope?: string) => {
    const res = await rig.as(role, scope).get(`/api/cases?${query}`);
    if (res.status !== 200) throw new Error(`GET /api/cases?${query}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { total: number; items: { id: string; supervision: any }[] };
  };

  it('lists the supervised cases with the last 督办’s reason, date and outcome, those still running first by their date', async () => {
    const page = await list('supervised=true');
    expect(page.total).toBe(5);
    // running ones by date (the overdue first), then the finished ones
    expect(page.items.map((i) => i.id).slice(0, 3)).toEqual([ids.overdue, ids.shimen, ids.open]);
    expect(page.items.map((i) => i.id).slice(3).sort()).toEqual([ids.fulfilled, ids.late].sort());
    const byId = Object.fromEntries(page.items.map((i) => [i.id, i.supervision]));
    expect(byId[ids.open]).toMatchObject({ reason: '群众反映强烈，限期办结', state: 'open', count: 1, completedAt: null, supervisedBy: expect.any(String) });
    expect(byId[ids.overdue]).toMatchObject({ reason: '逾期未受理，督促办理', state: 'overdue', completedAt: null });
    expect(byId[ids.fulfilled]).toMatchObject({ state: 'fulfilled', completedAt: expect.any(String) });
    expect(byId[ids.late]).toMatchObject({ state: 'late', reason: '限两日内办结' });
    // a case never supervised has none, in the list and the detail
    expect((await list(`petitionId=${(await rig.detail(ids.plain)).petitionId}`)).items[0]!.supervision).toBeNull();
    expect((await rig.detail(ids.open)).supervision).toMatchObject({ reason: '群众反映强烈，限期办结', state: 'open' });
    expect((await list('supervised=false&townshipCode=' + QINGSHUI)).items.map((i) => i.id)).not.toContain(ids.open);
  });

  it('filters by the outcome, within the caller’s township, and refuses an unknown outcome naming the field', async () => {
    expect((await list('supervision=overdue')).items.map((i) => i.id)).toEqual([ids.overdue]);
    expect((await list('supervision=fulfilled')).items.map((i) => i.id)).toEqual([ids.fulfilled]);
    expect((await list('supervision=open,overdue')).total).toBe(3);
    expect((await list(`supervision=open,overdue&townshipCode=${SHIMEN}`)).items.map((i) => i.id)).toEqual([ids.shimen]);
    // 石门镇's officer sees only 石门镇's supervised case
    expect((await list('supervised=true', 'township-officer', SHIMEN)).items.map((i) => i.id)).toEqual([ids.shimen]);
    // the department sees those it handles
    expect((await list('supervised=true&pageSize=2&page=2', 'department-officer', 'dept-natural-resources')).items).toHaveLength(2);
    const bad = await rig.as('county-admin').get('/api/cases?supervision=soon');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'supervision', message: expect.stringContaining('open、overdue、fulfilled、late') })]);
  });

  it('gives a leader the cases he owns and those waiting for a leader in his township', async () => {
    const mine = await list('ownerId=me&open=true', 'leader', QINGSHUI);
    expect(mine.items.map((i) => i.id)).toEqual([ids.owned]);
    expect((await list('ownerId=me', 'leader', SHIMEN)).total).toBe(0);
    const waiting = await list('awaitingOwner=true', 'leader', QINGSHUI);
    expect(waiting.items.map((i) => i.id)).toEqual([ids.toOwn]);
    expect((await list('awaitingOwner=true', 'leader', SHIMEN)).total).toBe(0);
  });

  it('shows the roster’s month with its rest days, and the leaders the township’s roster names', async () => {
    const month = '2026-10';
    const admin = rig.as('county-admin');
    const put = await admin.put('/api/duty-roster', {
      townshipCode: QINGSHUI,
      month,
      days: [
        { date: '2026-10-09', leaderId: 'leader-430599101000-1', leaderName: '清水镇党委书记' },
        { date: '2026-10-12', leaderId: 'leader-430599101000-2', leaderName: '清水镇镇长' },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.body.calendar).toHaveLength(31);
    expect(put.body.calendar[0]).toEqual({ date: '2026-10-01', working: false, kind: 'holiday', name: '国庆节' });
    expect(put.body.calendar.find((d: any) => d.date === '2026-10-10')).toMatchObject({ working: true, kind: 'adjusted' });
    expect(put.body.unassignedWorkingDays).not.toContain('2026-10-09');
    expect(put.body.unassignedWorkingDays).toContain('2026-10-10');
    // what the officer reads is what the county wrote
    const read = await rig.as('township-officer', QINGSHUI).get(`/api/duty-roster?townshipCode=${QINGSHUI}&month=${month}`);
    expect(read.body.days).toEqual(put.body.days);
    // the leaders to pick from: those on the township's roster, with their latest name
    await admin.put('/api/duty-roster', { townshipCode: QINGSHUI, month: '2026-11', days: [{ date: '2026-11-02', leaderId: 'leader-430599101000-1', leaderName: '清水镇党委书记 刘国强' }] });
    const leaders = await rig.as('township-officer', QINGSHUI).get(`/api/duty-roster/leaders?townshipCode=${QINGSHUI}`);
    expect(leaders.body.items).toEqual([
      { leaderId: 'leader-430599101000-1', leaderName: '清水镇党委书记 刘国强', lastDutyOn: '2026-11-02', days: 2 },
      { leaderId: 'leader-430599101000-2', leaderName: '清水镇镇长', lastDutyOn: '2026-10-12', days: 1 },
    ]);
    expect((await rig.as('township-officer', SHIMEN).get(`/api/duty-roster/leaders?townshipCode=${QINGSHUI}`)).status).toBe(403);
    expect((await admin.get('/api/duty-roster/leaders?townshipCode=qingshui')).body.errors).toEqual([expect.objectContaining({ field: 'townshipCode' })]);
    // a rest day is refused at its field
    const refused = await admin.put('/api/duty-roster', { townshipCode: QINGSHUI, month, days: [{ date: '2026-10-03', leaderId: 'x', leaderName: '某' }] });
    expect(refused.body).toMatchObject({ statusCode: 400, errors: [{ field: 'days[0].date', rule: 'workingDay' }] });
    // and today's duty comes from the same roster
    const today = localDate(new Date());
    if (calendar.isWorkingDay(today)) {
      await admin.put('/api/duty-roster', { townshipCode: QINGSHUI, month: today.slice(0, 7), days: [{ date: today, leaderId: 'leader-430599101000-2', leaderName: '清水镇镇长' }] });
      const queue = await rig.as('leader', QINGSHUI).get('/api/cases/work-queue');
      expect(queue.body.dutyToday.leaders).toEqual([{ townshipCode: QINGSHUI, leaderId: 'leader-430599101000-2', leaderName: '清水镇镇长' }]);
    }
  });
});
