import { jest } from '@jest/globals';
import { eventually } from '#testing';
import { addDays, CHINA_HOLIDAYS_2025_2026, localDate, WorkingCalendar } from '../src/cases/domain/calendar.js';
import { acceptanceNoticeBy, objectionBy } from '../src/cases/domain/clocks.js';
import { CaseworkRig, QINGSHUI, SHIMEN } from './case-rig.js';

jest.setTimeout(90_000);

const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);

/**
 * The 工作台's to-do counts (GET /api/cases/work-queue) on cases in every stage, for every role
 * that sees cases: each bucket counts exactly the cases of the caller's scope and unit it names,
 * with the clock of its stage; accusations against the caller's unit never count.
 */
describe('casework: the work queue of the 工作台', () => {
  let rig: CaseworkRig;
  const ids: Record<string, string> = {};
  let acceptBy: string;
  let objectBy: string;

  beforeAll(async () => {
    rig = await CaseworkRig.start();
    const admin = rig.as('county-admin');
    // 清水镇: one fresh, one 10 days old (its route clock falls due within the week), one 20 days old (overdue)
    ids.fresh = (await rig.registered()).case.id;
    ids.week = (await rig.registered({ receivedAt: daysAgo(10) })).case.id;
    ids.late = (await rig.registered({ receivedAt: daysAgo(20) })).case.id;
    // transferred to the natural-resources department and to 清水镇's own government
    ids.toDept = (await rig.registered()).case.id;
    const transferred = await admin.act(ids.toDept, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    const at = new Date(transferred.body.timeline.at(-1).at);
    acceptBy = acceptanceNoticeBy(at, calendar).toISOString();
    objectBy = objectionBy(at, calendar).toISOString();
    ids.toTownship = (await rig.registered({ categoryCode: 'rural-affairs' })).case.id;
    await admin.act(ids.toTownship, 'transfer', { unitCode: `twp-${QINGSHUI}`, reason: '属地管理' });
    // accepted by the department, and supervised by the county within three days
    ids.accepted = (await rig.registered()).case.id;
    await admin.act(ids.accepted, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    await rig.as('department-officer', 'dept-natural-resources').act(ids.accepted, 'accept');
    await admin.act(ids.accepted, 'supervise', { dueAt: new Date(Date.now() + 3 * DAY).toISOString(), reason: '群众反映强烈，限期办结' });
    // and the petitioner came again on the same matter: a repeat petition joined to that case
    const accepted = await rig.detail(ids.accepted);
    const repeat = await rig.backbone.register({ linkedPetitionId: accepted.petitionId, flags: { repeat: true } });
    await eventually(async () => {
      if (!(await rig.detail(ids.accepted)).linkedPetitionIds.includes(repeat.petitionId)) throw new Error('repeat not joined yet');
    });
    // a collective visit no leader owns yet, and one 清水镇's leader owns
    ids.collective = (await rig.registered({ channel: 'visit', headcount: 8, flags: { collective: true } })).case.id;
    ids.owned = (await rig.registered({ channel: 'visit', headcount: 6, flags: { collective: true } })).case.id;
    await rig.as('leader', QINGSHUI).act(ids.owned, 'take-ownership');
    // an accusation against 清水镇's government, with the discipline body
    ids.accusation = (await rig.registered({ categoryCode: 'discipline', isAccusation: true, accusedUnitCode: `twp-${QINGSHUI}` })).case.id;
    await admin.act(ids.accusation, 'transfer', { unitCode: 'discipline', reason: '检举控告，转纪委监委' });
    // and another, not yet routed
    ids.accusationToRoute = (await rig.registered({ categoryCode: 'discipline', isAccusation: true, accusedUnitCode: `twp-${QINGSHUI}` })).case.id;
    // 石门镇: one registered
    ids.shimen = (await rig.registered({ townshipCode: SHIMEN, villageCode: null })).case.id;
  });

  afterAll(async () => {
    await rig?.close();
  });

  const queue = async (role: Parameters<CaseworkRig['as']>[0], scope?: string) => {
    const res = await rig.as(role, scope).get('/api/cases/work-queue');
    if (res.status !== 200) throw new Error(`work queue of ${role} ${scope}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  it('gives the county every stage across the county, with each stage’s clock', async () => {
    const q = await queue('county-admin');
    expect(q.unitCodes).toBeNull();
    // registered: fresh, week, late, collective, owned, the accusation (清水镇) and 石门镇's
    expect(q.buckets.toRoute).toMatchObject({ count: 7, overdue: 1 });
    const late = await rig.detail(ids.late);
    expect(q.buckets.toRoute.nextDueAt).toBe(late.deadlines.routeBy);
    // the first few, nearest due first: the late one, then the one due this week
    expect(q.buckets.toRoute.items).toHaveLength(5);
    expect(q.buckets.toRoute.items.slice(0, 2).map((i: { caseId: string }) => i.caseId)).toEqual([ids.late, ids.week]);
    expect(q.buckets.toRoute.items[0]).toEqual({ caseId: ids.late, petitionId: late.petitionId, status: 'registered', townshipCode: QINGSHUI, categoryCode: 'land-acquisition', dueAt: late.deadlines.routeBy });
    // routed and not yet accepted, at any unit: the department's, the township's and the accusation at the discipline body
    expect(q.buckets.toAccept).toMatchObject({ count: 3, overdue: 0, objectionOpen: 3 });
    // one case to answer, two 信访件: the case's own and the repeat joined to it (as the case list counts them)
    expect(q.buckets.toReply).toMatchObject({ count: 1, overdue: 0, petitions: 2, overduePetitions: 0 });
    expect(q.buckets.toRoute).toMatchObject({ petitions: 7, overduePetitions: 1 });
    expect(q.buckets.toOwn).toMatchObject({ count: 1 });
    expect(q.buckets.owned.count).toBe(0);
    // due within the week: the 10-day-old registration's route clock (the supervision in three days is counted as 督办中)
    expect(q.buckets.dueThisWeek.count).toBe(1);
    expect(q.buckets.dueThisWeek.nextDueAt).toBe((await rig.detail(ids.week)).deadlines.routeBy);
    expect(q.buckets.overdue).toMatchObject({ count: 1, overdue: 1, nextDueAt: late.deadlines.routeBy });
    expect(q.buckets.supervised).toMatchObject({ count: 1, overdue: 0, petitions: 2, items: [expect.objectContaining({ caseId: ids.accepted, status: 'accepted' })] });
    expect(Date.parse(q.asOf)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('gives a township officer its township’s cases, and what its own government must accept and answer — never the accusation against it', async () => {
    const q = await queue('township-officer', QINGSHUI);
    expect(q.unitCodes).toEqual([`twp-${QINGSHUI}`]);
    expect(q.buckets.toRoute.count).toBe(5); // not the accusation against 清水镇's government
    expect(q.buckets.toAccept).toMatchObject({ count: 1, objectionOpen: 1 });
    expect(q.buckets.toReply.count).toBe(0);
    expect(q.buckets.overdue.count).toBe(1);
    expect(q.buckets.supervised.count).toBe(1); // the township watches its cases wherever they are handled
    const shimen = await queue('township-officer', SHIMEN);
    expect(shimen.buckets.toRoute).toMatchObject({ count: 1, overdue: 0 });
    expect(shimen.buckets.toAccept.count + shimen.buckets.toReply.count + shimen.buckets.overdue.count + shimen.buckets.supervised.count).toBe(0);
  });

  it('gives a department what is routed to it, with the 15-day acceptance notice and the 5-working-day objection window', async () => {
    const q = await queue('department-officer', 'dept-natural-resources');
    expect(q.unitCodes).toEqual(['dept-natural-resources']);
    expect(q.buckets.toRoute.count).toBe(0);
    const toDept = await rig.detail(ids.toDept);
    expect(q.buckets.toAccept).toEqual({
      count: 1,
      overdue: 0,
      petitions: 1,
      overduePetitions: 0,
      nextDueAt: acceptBy,
      objectionOpen: 1,
      nextObjectionBy: objectBy,
      items: [{ caseId: ids.toDept, petitionId: toDept.petitionId, status: 'transferred', townshipCode: QINGSHUI, categoryCode: 'land-acquisition', dueAt: acceptBy }],
    });
    expect(q.buckets.toReply.count).toBe(1);
    expect(q.buckets.supervised.count).toBe(1);
    expect(q.dutyToday.leaders).toEqual([]);
    const other = await queue('department-officer', 'dept-hrss');
    expect(Object.values(other.buckets).map((b: any) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // the discipline body has the accusation to accept
    expect((await queue('department-officer', 'discipline')).buckets.toAccept.count).toBe(1);
  });

  it('gives a leader the cases waiting for a leader and those it owns; a case leaves a bucket when it moves on', async () => {
    const leader = await queue('leader', QINGSHUI);
    expect(leader.buckets.toOwn.count).toBe(1);
    expect(leader.buckets.owned).toMatchObject({ count: 1, overdue: 0, items: [expect.objectContaining({ caseId: ids.owned })] });
    expect(leader.buckets.owned.nextDueAt).toBe((await rig.detail(ids.owned)).deadlines.routeBy);
    expect((await queue('leader')).buckets.owned.count).toBe(0); // the county's leader owns none of them

    await rig.as('leader').act(ids.collective, 'take-ownership');
    expect((await queue('leader', QINGSHUI)).buckets.toOwn.count).toBe(0);
    expect((await queue('leader')).buckets.owned.count).toBe(1);

    // the township accepts what was routed to it: from 待受理 to 待答复
    await rig.as('township-officer', QINGSHUI).act(ids.toTownship, 'accept');
    const after = await queue('township-officer', QINGSHUI);
    expect(after.buckets.toAccept.count).toBe(0);
    expect(after.buckets.toReply.count).toBe(1);
    // the county routes the late one: no longer to route, no longer overdue
    await rig.as('county-admin').act(ids.late, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
    const county = await queue('county-admin');
    expect(county.buckets.toRoute).toMatchObject({ count: 6, overdue: 0 });
    expect(county.buckets.overdue.count).toBe(0);
  });

  it('names today’s reception duty in the caller’s township, and tells the leader on duty it is theirs', async () => {
    const today = localDate(new Date());
    const month = today.slice(0, 7);
    const working = calendar.isWorkingDay(today);
    // the roster on today's date if it is a working day, else on the month's first working day
    let day = `${month}-01`;
    while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
    const put = await rig.as('county-admin').put('/api/duty-roster', { townshipCode: QINGSHUI, month, days: [{ date: working ? today : day, leaderId: `test-leader-${QINGSHUI}`, leaderName: '清水镇党委书记' }] });
    expect(put.status).toBe(200);
    const officer = await queue('township-officer', QINGSHUI);
    const leader = await queue('leader', QINGSHUI);
    expect(officer.dutyToday.date).toBe(today);
    if (working) {
      expect(officer.dutyToday).toEqual({ date: today, leaders: [{ townshipCode: QINGSHUI, leaderId: `test-leader-${QINGSHUI}`, leaderName: '清水镇党委书记' }], mine: false });
      expect(leader.dutyToday.mine).toBe(true);
      expect((await queue('county-admin')).dutyToday.leaders.map((l: { townshipCode: string }) => l.townshipCode)).toEqual([QINGSHUI]);
    } else {
      expect(officer.dutyToday.leaders).toEqual([]);
    }
    expect((await queue('township-officer', SHIMEN)).dutyToday.leaders).toEqual([]);
  });

  it('answers 403 to roles that see no cases and 401 without a token', async () => {
    expect((await rig.as('analyst').get('/api/cases/work-queue')).status).toBe(403);
    expect((await rig.as('liaison', QINGSHUI).get('/api/cases/work-queue')).status).toBe(403);
    expect((await rig.as(null).get('/api/cases/work-queue')).status).toBe(401);
  });
});
