import { jest } from '@jest/globals';
import {
  CaseAcceptedV1,
  CaseAssignedV1,
  CaseEscalatedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseSupervisedV1,
  CaseTransferredV1,
  DeadlineApproachingV1,
  LeaderTookOwnershipV1,
  PetitionLinkedV1,
  PetitionRegisteredV1,
  RoutingObjectedV1,
} from '#contracts';
import { eventually, sleep } from '#testing';
import { addDays, CHINA_HOLIDAYS_2025_2026, localDate, WorkingCalendar } from '../src/cases/domain/calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, routeBy } from '../src/cases/domain/clocks.js';
import { CaseworkRig, QINGSHUI, registration, SHIMEN } from './case-rig.js';

jest.setTimeout(60_000);

const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const DAY = 24 * 3600 * 1000;
const iso = (d: Date) => d.toISOString();
const types = (c: { timeline: { type: string }[] }) => c.timeline.map((t) => t.type);

/**
 * Casework against its real database and NATS, fed by intake's events as intake publishes them:
 * routing from the county's table, transfer and assignment, objection and re-routing, escalation
 * after a third unit, leader ownership before acceptance, supervision and its deadline events,
 * repeat and skip-level petitions attached to the open case, accusations hidden from the accused,
 * and township scoping.
 */
describe('casework: routing, objection, ownership, supervision, linking, confidentiality, scoping', () => {
  let rig: CaseworkRig;

  beforeAll(async () => {
    // a fast sweeper, so that a supervision due in a second or two is chased within the test
    rig = await CaseworkRig.start({ DEADLINE_SWEEP_INTERVAL_MS: '150' });
  });

  afterAll(async () => {
    await rig?.close();
  });

  const admin = () => rig.as('county-admin');
  const events = async (subject: string, caseId: string) => (await rig.backbone.caseworkEvents(subject)).filter((e) => e.payload.caseId === caseId);

  describe('routing', () => {
    it('proposes the unit from the routing table and transfers the case there, starting the unit’s clocks', async () => {
      const { petition, case: c } = await rig.registered({ categoryCode: 'land-acquisition' });
      expect(c).toMatchObject({ status: 'registered', townshipCode: QINGSHUI, handlingUnitCode: null, proposedUnit: { code: 'dept-natural-resources', name: '县自然资源局' } });
      expect(c.deadlines).toEqual({ routeBy: iso(routeBy(new Date(petition.receivedAt), calendar)) });
      expect(types(c)).toEqual(['opened']);
      const [opened] = await events(CaseOpenedV1.subject, c.id);
      expect(opened.payload).toMatchObject({ petitionId: petition.petitionId, routeBy: c.deadlines.routeBy, ownershipRequired: false });

      // only the county routes
      const byTownship = await rig.as('township-officer', QINGSHUI).act(c.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '转自然资源局' });
      expect(byTownship).toMatchObject({ status: 403, body: { rule: 'transfer-role' } });

      const before = Date.now();
      const res = await admin().act(c.id, 'transfer', { unitCode: c.proposedUnit.code, reason: '属征地补偿事项，转县自然资源局依法处理。' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'transferred', handlingUnitCode: 'dept-natural-resources', handlingUnit: { kind: 'department' } });
      const transferredAt = new Date(res.body.timeline.at(-1).at);
      expect(transferredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(res.body.deadlines).toEqual({ acceptanceNoticeBy: iso(acceptanceNoticeBy(transferredAt, calendar)), objectionBy: iso(objectionBy(transferredAt, calendar)) });
      expect(res.body.timeline.at(-1)).toMatchObject({ type: 'transferred', actorRole: 'county-admin', public: true });

      const [transferred] = await events(CaseTransferredV1.subject, c.id);
      expect(transferred.payload).toMatchObject({ unitCode: 'dept-natural-resources', unitKind: 'department', unitsSoFar: 1, acceptanceNoticeBy: res.body.deadlines.acceptanceNoticeBy, objectionBy: res.body.deadlines.objectionBy });
      // the receiving department now sees it; another does not
      expect((await rig.as('department-officer', 'dept-natural-resources').get(`/api/cases?petitionId=${petition.petitionId}`)).body.items).toHaveLength(1);
      expect((await rig.as('department-officer', 'dept-hrss').get(`/api/cases/${c.id}`)).status).toBe(404);
      // and a routed case cannot be routed again without an objection
      expect(await admin().act(c.id, 'transfer', { unitCode: 'dept-hrss', reason: '改转' })).toMatchObject({ status: 409, body: { rule: 'transfer-not-allowed-when-transferred' } });
    });

    it('proposes the 政法 track for litigation-related matters and the township itself for rural affairs', async () => {
      const litigation = await rig.registered({ categoryCode: 'law-litigation' });
      expect(litigation.case.proposedUnit.code).toBe('political-legal');
      const rural = await rig.registered({ categoryCode: 'rural-affairs', townshipCode: SHIMEN, villageCode: null });
      expect(rural.case.proposedUnit.code).toBe(`twp-${SHIMEN}`);
    });

    it('assigns with a due date: the completion report is owed back by then', async () => {
      const { case: c } = await rig.registered({ categoryCode: 'labour-wages' });
      expect(c.proposedUnit.code).toBe('dept-hrss');
      const dueAt = new Date(Date.now() + 20 * DAY);
      expect(await admin().act(c.id, 'assign', { unitCode: 'dept-hrss', dueAt: new Date(Date.now() - DAY).toISOString(), reason: '限期报结' })).toMatchObject({ status: 422, body: { rule: 'due-date-in-past' } });
      const res = await admin().act(c.id, 'assign', { unitCode: 'dept-hrss', dueAt: dueAt.toISOString(), reason: '群众反映欠薪，限期办结报告结果。' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'assigned', handlingUnitCode: 'dept-hrss' });
      expect(res.body.deadlines).toMatchObject({ assignmentReportBy: iso(dueAt) });
      expect(Object.keys(res.body.deadlines).sort()).toEqual(['acceptanceNoticeBy', 'assignmentReportBy', 'objectionBy']);
      const [assigned] = await events(CaseAssignedV1.subject, c.id);
      expect(assigned.payload).toMatchObject({ unitCode: 'dept-hrss', dueAt: iso(dueAt), unitsSoFar: 1 });

      // accepted: the assignment report stays owed alongside the reply
      const accepted = await rig.as('department-officer', 'dept-hrss').act(c.id, 'accept');
      expect(accepted.status).toBe(200);
      expect(accepted.body.deadlines).toEqual({ replyBy: iso(replyBy(new Date(accepted.body.timeline.at(-1).at), 0, calendar)), assignmentReportBy: iso(dueAt) });
    });
  });

  describe('objection (退回) and escalation', () => {
    it('sends the case back to be re-routed on an objection within 5 working days, and escalates at the third unit', async () => {
      const { petition, case: c } = await rig.registered({ categoryCode: 'land-acquisition' });
      await admin().act(c.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });

      // another unit cannot object (the case is not its own: 403); the receiving unit must give reasons
      expect((await rig.as('department-officer', 'dept-hrss').act(c.id, 'object', { reason: '不归我们' })).status).toBe(403);
      expect((await rig.as('department-officer', 'dept-natural-resources').act(c.id, 'object', { reason: '' })).status).toBe(400);

      const objected = await rig.as('department-officer', 'dept-natural-resources').act(c.id, 'object', { reason: '该地块属县交通运输局项目用地，补偿由项目业主负责。' });
      expect(objected.status).toBe(200);
      // the department is answered with the state it left the case in (no longer its case: no timeline)
      expect(objected.body).toMatchObject({ id: c.id, status: 'registered', handlingUnitCode: null });
      expect(objected.body.timeline).toBeUndefined();
      const back = await rig.detail(c.id);
      expect(types(back)).toEqual(['opened', 'transferred', 'routing-objected']);
      expect(back.timeline.at(-1)).toMatchObject({ actorRole: 'department-officer', summary: expect.stringContaining('交通运输局') });
      // the route clock restarts from the objection, and the routing table proposes again
      const objectedAt = new Date(back.timeline.at(-1).at);
      expect(back.deadlines).toEqual({ routeBy: iso(routeBy(objectedAt, calendar)) });
      expect(objected.body.deadlines).toEqual(back.deadlines);
      expect(back.proposedUnit).toEqual({ code: 'dept-natural-resources', name: '县自然资源局' });
      // back with the county, it is no longer the department's
      expect((await rig.as('department-officer', 'dept-natural-resources').get(`/api/cases?petitionId=${petition.petitionId}`)).body.items).toEqual([]);
      const [routingObjected] = await events(RoutingObjectedV1.subject, c.id);
      expect(routingObjected.payload).toMatchObject({ unitCode: 'dept-natural-resources', reason: expect.stringContaining('交通运输局') });

      // second unit, second objection: no escalation yet
      await admin().act(c.id, 'transfer', { unitCode: 'dept-transport', reason: '属交通项目用地' });
      expect((await rig.as('department-officer', 'dept-transport').act(c.id, 'object', { reason: '补偿款由镇政府发放' })).status).toBe(200);
      expect(await events(CaseEscalatedV1.subject, c.id)).toEqual([]);

      // the third unit: the case is escalated for supervision
      const third = await admin().act(c.id, 'transfer', { unitCode: `twp-${QINGSHUI}`, reason: '属地管理，由镇政府负责' });
      expect(third.status).toBe(200);
      expect(types(third.body).slice(-2)).toEqual(['transferred', 'escalated']);
      const escalated = await events(CaseEscalatedV1.subject, c.id);
      expect(escalated).toHaveLength(1);
      expect(escalated[0].payload).toMatchObject({ reason: 'passed-among-units', step: 'supervision' });
      const transfers = await events(CaseTransferredV1.subject, c.id);
      expect(transfers.map((e) => [e.payload.unitCode, e.payload.unitsSoFar])).toEqual([
        ['dept-natural-resources', 1],
        ['dept-transport', 2],
        [`twp-${QINGSHUI}`, 3],
      ]);
      // the township, now the receiving unit, accepts it
      expect((await rig.as('township-officer', QINGSHUI).act(c.id, 'accept')).body).toMatchObject({ status: 'accepted', handlingUnitCode: `twp-${QINGSHUI}` });
    });
  });

  describe('leader ownership (领导包案)', () => {
    it('requires a leader to own a collective petition before it is accepted', async () => {
      const { case: c } = await rig.registered({ channel: 'visit', headcount: 6, flags: { collective: true } });
      expect(c).toMatchObject({ ownershipRequired: true, ownerId: null, flags: { collective: true } });
      await admin().act(c.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });

      const dept = rig.as('department-officer', 'dept-natural-resources');
      expect(await dept.act(c.id, 'accept')).toMatchObject({ status: 409, body: { rule: 'leader-ownership-required', statusCode: 409, error: 'Conflict' } });
      // only a leader, and only one in scope
      expect(await rig.as('township-officer', QINGSHUI).act(c.id, 'take-ownership')).toMatchObject({ status: 403, body: { rule: 'take-ownership-role' } });
      expect((await rig.as('leader', SHIMEN).act(c.id, 'take-ownership')).status).toBe(403);

      // signed in through the gateway, the token carries the leader's name: the case and its timeline say who
      const owned = await rig.as('leader', QINGSHUI, '清水镇党委书记 刘国强').act(c.id, 'take-ownership');
      expect(owned.status).toBe(200);
      expect(owned.body).toMatchObject({ ownerId: `test-leader-${QINGSHUI}`, ownerName: '清水镇党委书记 刘国强', status: 'transferred' });
      expect((await rig.detail(c.id)).timeline.at(-1)).toMatchObject({ type: 'leader-took-ownership', actorRole: 'leader', actorName: '清水镇党委书记 刘国强', summary: '领导包案（清水镇党委书记 刘国强）' });
      expect(await rig.as('leader').act(c.id, 'take-ownership')).toMatchObject({ status: 409, body: { rule: 'already-owned' } });

      const accepted = await dept.act(c.id, 'accept');
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', ownerId: `test-leader-${QINGSHUI}` });
      const [took] = await events(LeaderTookOwnershipV1.subject, c.id);
      expect(took.payload).toMatchObject({ leaderId: `test-leader-${QINGSHUI}` });
      expect(await events(CaseAcceptedV1.subject, c.id)).toHaveLength(1);
      expect((await rig.as('leader', QINGSHUI).get(`/api/cases?ownerId=test-leader-${QINGSHUI}`)).body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    });

    it('requires it for a long-standing petitioner’s case accepted by the township itself', async () => {
      const { case: c } = await rig.registered({ longStandingPetitioner: true });
      expect(c.flags.longStanding).toBe(true);
      expect(await rig.as('township-officer', QINGSHUI).act(c.id, 'accept')).toMatchObject({ status: 409, body: { rule: 'leader-ownership-required' } });
      await rig.as('leader', QINGSHUI).act(c.id, 'take-ownership');
      expect((await rig.as('township-officer', QINGSHUI).act(c.id, 'accept')).body.status).toBe('accepted');
    });
  });

  describe('supervision (督办)', () => {
    it('supervises an open case with a due date, and chases it once when the date passes', async () => {
      const { case: c } = await rig.registered();
      await admin().act(c.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
      await rig.as('department-officer', 'dept-natural-resources').act(c.id, 'accept');

      expect(await rig.as('leader', QINGSHUI).act(c.id, 'supervise', { dueAt: new Date(Date.now() + DAY).toISOString(), reason: '催办' })).toMatchObject({ status: 403, body: { rule: 'supervise-role' } });
      const dueAt = new Date(Date.now() + 2500);
      const res = await admin().act(c.id, 'supervise', { dueAt: dueAt.toISOString(), reason: '群众反映强烈，限期办结。' });
      expect(res.status).toBe(200);
      expect(res.body.deadlines).toMatchObject({ supervisionDueBy: iso(dueAt) });
      expect(res.body.timeline.at(-1)).toMatchObject({ type: 'supervised', actorRole: 'county-admin' });
      const [supervised] = await events(CaseSupervisedV1.subject, c.id);
      expect(supervised.payload).toMatchObject({ dueAt: iso(dueAt), handlingUnitCode: 'dept-natural-resources' });

      // within 3 days of the due date: the reminder fires at once; once past: overdue, then the first escalation step
      await eventually(async () => {
        const approaching = (await events(DeadlineApproachingV1.subject, c.id)).filter((e) => e.payload.clock === 'supervision');
        expect(approaching).toHaveLength(1);
      }, 10_000);
      await eventually(async () => {
        expect((await events(CaseOverdueV1.subject, c.id)).map((e) => e.payload.clock)).toEqual(['supervision']);
        expect((await events(CaseEscalatedV1.subject, c.id)).map((e) => [e.payload.reason, e.payload.step])).toEqual([['overdue', 'reminder']]);
      }, 10_000);
      const view = await rig.detail(c.id);
      expect(view.overdue).toEqual(['supervision']);
      expect(types(view)).toEqual(expect.arrayContaining(['reminded', 'overdue', 'escalated']));
      const overdueList = (await admin().get('/api/cases?overdue=true')).body.items.map((i: { id: string }) => i.id);
      expect(overdueList).toContain(c.id);
      // a few more sweeps fire nothing more
      await sleep(600);
      expect(await events(CaseOverdueV1.subject, c.id)).toHaveLength(1);
      expect(await events(CaseEscalatedV1.subject, c.id)).toHaveLength(1);
    });

    it('refuses to supervise a closed case', async () => {
      const { case: c } = await rig.registered({ categoryCode: 'other' });
      const officer = rig.as('township-officer', QINGSHUI);
      expect((await officer.act(c.id, 'reject', { ground: 'not-a-petition-matter', reason: '属咨询，已当场解答' })).body.status).toBe('rejected');
      expect((await officer.act(c.id, 'close')).body).toMatchObject({ status: 'closed' });
      expect(await admin().act(c.id, 'supervise', { dueAt: new Date(Date.now() + DAY).toISOString(), reason: '督办' })).toMatchObject({ status: 409, body: { rule: 'supervise-not-allowed-when-closed' } });
    });
  });

  describe('leader reception duty (领导接访)', () => {
    it('attributes a visit to the leader on duty that day in the township', async () => {
      // the latest working day of the month so far (or of last month), at 10:00 in China
      let day = localDate(new Date());
      while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
      const month = day.slice(0, 7);
      const roster = await rig.as('county-admin').put('/api/duty-roster', { townshipCode: QINGSHUI, month, days: [{ date: day, leaderId: 'leader-qingshui-02', leaderName: '清水镇镇长' }] });
      expect(roster.status).toBe(200);
      expect(roster.body.days).toEqual([{ date: day, leaderId: 'leader-qingshui-02', leaderName: '清水镇镇长' }]);
      // the county arranges it; the township's own leader and officer read it only
      for (const role of ['leader', 'township-officer'] as const) {
        expect(await rig.as(role, QINGSHUI).put('/api/duty-roster', { townshipCode: QINGSHUI, month, days: [] })).toMatchObject({ status: 403 });
      }
      // a rest day cannot be on the roster
      const restDay = (() => {
        let d = `${month}-01`;
        while (calendar.isWorkingDay(d)) d = addDays(d, 1);
        return d;
      })();
      expect((await rig.as('county-admin').put('/api/duty-roster', { townshipCode: QINGSHUI, month: restDay.slice(0, 7), days: [{ date: restDay, leaderId: 'x', leaderName: '某' }] })).body).toMatchObject({ statusCode: 400, errors: [{ field: 'days[0].date', rule: 'workingDay' }] });

      const receivedAt = new Date(`${day}T10:00:00+08:00`).toISOString();
      const visit = await rig.registered({ channel: 'visit', receivedAt });
      expect(visit.case.receptionLeaderId).toBe('leader-qingshui-02');
      const letter = await rig.registered({ channel: 'letter', receivedAt });
      expect(letter.case.receptionLeaderId).toBeNull();
      const elsewhere = await rig.registered({ channel: 'visit', receivedAt, townshipCode: SHIMEN, villageCode: null });
      expect(elsewhere.case.receptionLeaderId).toBeNull();
    });
  });

  describe('repeat and skip-level petitions', () => {
    it('attaches a repeat petition to the open case instead of opening a new one', async () => {
      const first = await rig.registered();
      await admin().act(first.case.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });

      const repeat = await rig.backbone.register({ channel: 'phone', flags: { repeat: true }, linkedPetitionId: first.petition.petitionId, petitionerRefs: first.petition.petitionerRefs });
      const linked = await eventually(async () => {
        const c = await rig.detail(first.case.id);
        expect(c.linkedPetitionIds).toEqual([repeat.petitionId]);
        return c;
      });
      expect(linked).toMatchObject({ status: 'transferred', flags: { repeat: true }, ownershipRequired: true });
      expect(types(linked)).toEqual(['opened', 'transferred', 'petition-linked']);
      // the repeat petition finds the same case; no case of its own was opened
      const byRepeat = (await admin().get(`/api/cases?petitionId=${repeat.petitionId}`)).body.items;
      expect(byRepeat.map((i: { id: string }) => i.id)).toEqual([first.case.id]);
      expect(await rig.backbone.count(`SELECT count(*) FROM casework."case" WHERE petition_id = $1`, [repeat.petitionId])).toBe(0);
      const [event] = await events(PetitionLinkedV1.subject, first.case.id);
      expect(event.payload).toMatchObject({ petitionId: first.petition.petitionId, linkedPetitionId: repeat.petitionId, linkedAs: 'repeat' });
      // now a leader must own it before it is accepted
      expect(await rig.as('department-officer', 'dept-natural-resources').act(first.case.id, 'accept')).toMatchObject({ status: 409, body: { rule: 'leader-ownership-required' } });

      // a skip-level petition on the same matter, at the county, attaches too
      const skip = await rig.backbone.register({ registeredAtLevel: 'county', flags: { skipLevel: true }, linkedPetitionId: first.petition.petitionId });
      await eventually(async () => expect((await rig.detail(first.case.id)).linkedPetitionIds).toEqual([repeat.petitionId, skip.petitionId]));
      expect((await rig.detail(first.case.id)).flags).toMatchObject({ repeat: true, skipLevel: true });
    });

    it('opens one case per petition however often the registration is delivered', async () => {
      const petition = registration();
      await rig.backbone.publishAsIntake(PetitionRegisteredV1, petition, QINGSHUI);
      await rig.backbone.publishAsIntake(PetitionRegisteredV1, petition, QINGSHUI);
      await rig.backbone.settled();
      expect(await rig.backbone.count(`SELECT count(*) FROM casework."case" WHERE petition_id = $1`, [petition.petitionId])).toBe(1);
      expect(await rig.backbone.count(`SELECT count(*) FROM casework.case_history h JOIN casework."case" c ON c.id = h.case_id WHERE c.petition_id = $1`, [petition.petitionId])).toBe(1);
    });

    it('opens a new case for a repeat of a matter whose case is closed', async () => {
      const first = await rig.registered({ categoryCode: 'other' });
      const officer = rig.as('township-officer', QINGSHUI);
      await officer.act(first.case.id, 'reject', { ground: 'other', reason: '不属信访事项' });
      await officer.act(first.case.id, 'close');
      const again = await rig.registered({ categoryCode: 'other', flags: { repeat: true }, linkedPetitionId: first.petition.petitionId });
      expect(again.case.id).not.toBe(first.case.id);
      expect(again.case).toMatchObject({ status: 'registered', petitionId: again.petition.petitionId, flags: { repeat: true } });
    });
  });

  describe('accusations (检举控告) never reach the accused', () => {
    const allQueries = (petitionId: string) => [
      '/api/cases',
      `/api/cases?petitionId=${petitionId}`,
      `/api/cases?townshipCode=${QINGSHUI}`,
      '/api/cases?status=registered',
      '/api/cases?status=transferred',
      '/api/cases?overdue=false',
      '/api/cases?handlingUnitCode=discipline',
      '/api/cases?pageSize=500',
    ];

    async function invisibleTo(role: 'department-officer' | 'township-officer' | 'leader', scope: string, caseId: string, petitionId: string) {
      const as = rig.as(role, scope);
      for (const path of allQueries(petitionId)) {
        const res = await as.get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect({ path, ids: res.body.items.map((i: { id: string }) => i.id) }).toEqual({ path, ids: expect.not.arrayContaining([caseId]) });
      }
      expect((await as.get(`/api/cases/${caseId}`)).status).toBe(404);
      expect((await as.act(caseId, 'note', { text: '看看', public: false })).status).toBe(404);
      expect((await as.act(caseId, 'accept')).status).toBe(404);
    }

    it('hides an accusation against a department from that department, and refuses to route it there', async () => {
      const { petition, case: c } = await rig.registered({ categoryCode: 'discipline', isAccusation: true, accusedUnitCode: 'dept-transport' });
      expect(c).toMatchObject({ isAccusation: true, proposedUnit: { code: 'discipline' } });
      expect(await admin().act(c.id, 'transfer', { unitCode: 'dept-transport', reason: '核实' })).toMatchObject({ status: 422, body: { rule: 'accusation-to-accused-unit' } });
      await invisibleTo('department-officer', 'dept-transport', c.id, petition.petitionId);

      expect((await admin().act(c.id, 'transfer', { unitCode: 'discipline', reason: '检举控告，转纪委监委' })).status).toBe(200);
      await invisibleTo('department-officer', 'dept-transport', c.id, petition.petitionId);
      // the discipline organ handles it; the township (not accused) still sees its own case
      expect((await rig.as('department-officer', 'discipline').get(`/api/cases/${c.id}`)).status).toBe(200);
      expect((await rig.as('township-officer', QINGSHUI).get(`/api/cases/${c.id}`)).status).toBe(200);
    });

    it('hides an accusation against the township government from the township’s own staff', async () => {
      const { petition, case: c } = await rig.registered({ categoryCode: 'discipline', isAccusation: true, accusedUnitCode: `twp-${QINGSHUI}` });
      expect(await admin().act(c.id, 'transfer', { unitCode: `twp-${QINGSHUI}`, reason: '属地' })).toMatchObject({ status: 422, body: { rule: 'accusation-to-accused-unit' } });
      await invisibleTo('township-officer', QINGSHUI, c.id, petition.petitionId);
      await invisibleTo('leader', QINGSHUI, c.id, petition.petitionId);
      expect((await admin().act(c.id, 'transfer', { unitCode: 'discipline', reason: '转纪委监委' })).status).toBe(200);
      await invisibleTo('township-officer', QINGSHUI, c.id, petition.petitionId);
      await invisibleTo('leader', QINGSHUI, c.id, petition.petitionId);
      expect((await rig.as('department-officer', 'discipline').get(`/api/cases?petitionId=${petition.petitionId}`)).body.items).toHaveLength(1);
      expect((await admin().get(`/api/cases/${c.id}`)).status).toBe(200);
    });
  });

  describe('the working-day calendar is data the county keeps', () => {
    it('moves running deadlines, and the sweeper’s record of them, when the county enters a holiday on their last day', async () => {
      const { petition, case: c } = await rig.registered();
      const dueDay = localDate(new Date(c.deadlines.routeBy));
      const year = Number(dueDay.slice(0, 4));
      const current = (await admin().get(`/api/calendar?year=${year}`)).body.days;
      const extra = { date: dueDay, kind: 'holiday' as const, name: '县里补充的休息日' };
      expect((await rig.as('township-officer', QINGSHUI).put(`/api/calendar/${year}`, { days: [...current, extra] })).status).toBe(403);
      const res = await admin().put(`/api/calendar/${year}`, { days: [...current, extra] });
      try {
        expect(res.status).toBe(200);
        expect(res.body.recomputedCases).toBeGreaterThan(0);
        const expected = iso(routeBy(new Date(petition.receivedAt), new WorkingCalendar([...CHINA_HOLIDAYS_2025_2026, extra])));
        expect(expected > c.deadlines.routeBy).toBe(true);
        expect((await rig.detail(c.id)).deadlines).toEqual({ routeBy: expected });
        const rows = await rig.backbone.query<{ due_at: Date }>(`SELECT due_at FROM casework.deadline WHERE case_id = $1 AND active`, [c.id]);
        expect(rows.map((r) => r.due_at.toISOString())).toEqual([expected]);
      } finally {
        expect((await admin().put(`/api/calendar/${year}`, { days: current })).status).toBe(200);
      }
      expect((await rig.detail(c.id)).deadlines).toEqual({ routeBy: c.deadlines.routeBy });
    });
  });

  describe('township scoping', () => {
    it('answers 404 for another township’s case and 403 for another township’s actions', async () => {
      const { petition, case: c } = await rig.registered();
      const shimen = rig.as('township-officer', SHIMEN);
      expect((await shimen.get(`/api/cases/${c.id}`)).status).toBe(404);
      expect((await shimen.get(`/api/cases?petitionId=${petition.petitionId}`)).body.items).toEqual([]);
      expect((await shimen.get(`/api/cases?townshipCode=${QINGSHUI}`)).body.items).toEqual([]);
      // acting on another township's case: 403 naming the rule (api.md); a case that does not exist stays 404
      for (const [action, body] of [['accept', {}], ['reject', { reason: '不属本镇' }], ['note', { text: '看看', public: true }], ['close', {}]] as const) {
        const res = await shimen.act(c.id, action, body);
        expect({ action, status: res.status, body: res.body }).toEqual({ action, status: 403, body: { statusCode: 403, error: 'Forbidden', message: '只能办理本乡镇（本单位）的案件', rule: 'out-of-scope' } });
      }
      expect((await rig.as('leader', SHIMEN).act(c.id, 'take-ownership')).status).toBe(403);
      expect((await shimen.act('00000000-0000-4000-8000-000000000000', 'accept')).status).toBe(404);
      expect((await shimen.get('/api/cases/not-a-case')).status).toBe(404);

      // actions that name another township: 403
      const month = new Date().toISOString().slice(0, 7);
      expect((await shimen.get(`/api/duty-roster?townshipCode=${QINGSHUI}&month=${month}`)).status).toBe(403);
      expect((await shimen.put('/api/duty-roster', { townshipCode: QINGSHUI, month, days: [] })).status).toBe(403);
      // the township's own staff may act on its own case only as its role and unit allow
      const qingshui = rig.as('township-officer', QINGSHUI);
      expect((await qingshui.get(`/api/cases/${c.id}`)).status).toBe(200);
      await admin().act(c.id, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿' });
      expect(await qingshui.act(c.id, 'accept')).toMatchObject({ status: 403, body: { rule: 'accept-not-handling-unit' } });
      expect((await qingshui.act(c.id, 'note', { text: '镇里已约谈信访人', public: false })).status).toBe(200);

      // no token: 401; roles without cases: 403
      expect((await rig.as(null).get('/api/cases')).status).toBe(401);
      expect((await rig.as('analyst').get('/api/cases')).status).toBe(403);
      expect((await rig.as('liaison', QINGSHUI).get(`/api/cases/${c.id}`)).status).toBe(403);
    });
  });
});
