import { jest } from '@jest/globals';
import { eventually, http, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from '../../apps/casework/src/cases/domain/calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from '../../apps/casework/src/cases/domain/clocks.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';

jest.setTimeout(90_000);

const QINGSHUI = '430599101000'; // 清水镇
const SHIQIAO = '430599101201'; // 清水镇石桥村
const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const iso = (d: Date) => d.toISOString();

/** A valid resident ID (GB 11643 check character). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const MATTER = {
  channel: 'visit',
  townshipCode: QINGSHUI,
  villageCode: SHIQIAO,
  category: 'land-acquisition',
  title: '反映公路改扩建征地补偿款未足额发放',
  content: '2023年县城至清水镇公路改扩建工程征收石桥村三组水田1.8亩（土名“大塘坵”），按标准应补偿约8.6万元，目前只领到4万元，余款至今未发放。要求尽快兑现剩余征地补偿款。',
  headcount: 1,
  petitioners: [{ name: '王秀兰', idNumber: residentId('43052419650412102'), phone: '13907310001', address: '清水镇石桥村三组' }],
};

/**
 * One petition's whole life, driven only through the HTTP APIs of intake and casework: the
 * township registers it; the county transfers it; the department accepts it; a leader owns it
 * and extends the deadline; the department replies; the petitioner evaluates with the tracking
 * code; review, re-review with a hearing, and the matter is final — after which the same matter
 * from the same person is refused at registration. At each step: the case's status, deadlines
 * and timeline, and the public tracking page's status and steps.
 */
describe('a case from registration to final after re-review', () => {
  let platform: TestPlatform;
  let intake: InProcessService;
  let casework: InProcessService;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await TestPlatform.start();
    [intake, casework] = await Promise.all([startInProcess(INTAKE_SERVICE, platform), startInProcess(CASEWORK_SERVICE, platform)]);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    tokens.admin = await platform.token('county-admin');
    tokens.officer = await platform.token('township-officer', QINGSHUI);
    tokens.leader = await platform.token('leader', QINGSHUI);
    tokens.dept = await platform.token('department-officer', 'dept-natural-resources');
    // casework learns the county's units from intake's directory event
    await eventually(async () => {
      const res = await http(casework.url, 'PUT', '/api/routing-rules', { token: tokens.admin, body: { rules: [{ categoryCode: 'land-acquisition', unitCode: 'dept-natural-resources' }] } });
      expect(res.status).toBe(200);
    }, 20_000);
  });

  afterAll(async () => {
    await Promise.all([intake?.close(), casework?.close()]);
    await platform?.close();
  });

  const act = async (token: string, caseId: string, action: string, body: unknown = {}) => {
    const res = await http(casework.url, 'POST', `/api/cases/${caseId}/${action}`, { token, body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const caseOf = async (caseId: string) => (await http(casework.url, 'GET', `/api/cases/${caseId}`, { token: tokens.admin })).body;
  const track = async (code: string) => (await http(intake.url, 'GET', `/api/public/petitions/${code}`)).body;
  const at = (c: { timeline: { at: string }[] }) => new Date(c.timeline.at(-1)!.at);
  const lastType = (c: { timeline: { type: string }[] }) => c.timeline.at(-1)!.type;
  /** Waits until the public page shows this step (intake learns from casework's events). */
  const publicly = (code: string, kind: string, status: string, count = 1) =>
    eventually(async () => {
      const page = await track(code);
      expect(page.timeline.filter((s: { kind: string }) => s.kind === kind)).toHaveLength(count);
      expect(page.status.code).toBe(status);
      return page;
    }, 15_000);

  it('runs register → transfer → accept → own → notes and mediation → extend → reply → evaluate → review → re-review with hearing → final, and refuses the matter again', async () => {
    // ── register (township) ─────────────────────────────────────────────────────────────
    const registered = await http(intake.url, 'POST', '/api/petitions', { token: tokens.officer, body: MATTER });
    expect(registered.status).toBe(201);
    const { id: petitionId, trackingCode } = registered.body;
    const c0 = await eventually(async () => {
      const list = await http(casework.url, 'GET', `/api/cases?petitionId=${petitionId}`, { token: tokens.admin });
      expect(list.body.items).toHaveLength(1);
      return caseOf(list.body.items[0].id);
    }, 15_000);
    const caseId: string = c0.id;
    expect(c0).toMatchObject({ status: 'registered', townshipCode: QINGSHUI, handlingUnitCode: null, ownerId: null, proposedUnit: { code: 'dept-natural-resources' } });
    expect(c0.deadlines).toEqual({ routeBy: iso(routeBy(new Date(c0.receivedAt), calendar)) });
    expect(c0.timeline.map((t: { type: string }) => t.type)).toEqual(['opened']);
    let page = await track(trackingCode);
    expect(page).toMatchObject({ trackingCode, status: { code: 'registered' }, canEvaluate: false, evaluation: null });
    expect(page.timeline.map((s: { kind: string }) => s.kind)).toEqual(['registered']);
    // the citizen cannot evaluate before the reply
    expect((await http(intake.url, 'POST', `/api/public/petitions/${trackingCode}/evaluation`, { body: { rating: 'satisfied' } })).status).toBe(409);

    // ── transfer (county) ───────────────────────────────────────────────────────────────
    const c1 = await act(tokens.admin, caseId, 'transfer', { unitCode: 'dept-natural-resources', reason: '属征地补偿事项，转县自然资源局依法处理。' });
    expect(c1).toMatchObject({ status: 'transferred', handlingUnitCode: 'dept-natural-resources' });
    expect(c1.deadlines).toEqual({ acceptanceNoticeBy: iso(acceptanceNoticeBy(at(c1), calendar)), objectionBy: iso(objectionBy(at(c1), calendar)) });
    expect(lastType(c1)).toBe('transferred');
    page = await publicly(trackingCode, 'transferred', 'transferred');
    expect(page.timeline.at(-1).description).toContain('县自然资源局');
    expect(page.dueAt).toBe(c1.deadlines.acceptanceNoticeBy);

    // ── accept (department) ─────────────────────────────────────────────────────────────
    const c2 = await act(tokens.dept, caseId, 'accept');
    const acceptedAt = at(c2);
    expect(c2).toMatchObject({ status: 'accepted', handlingUnitCode: 'dept-natural-resources' });
    expect(c2.deadlines).toEqual({ replyBy: iso(replyBy(acceptedAt, 0, calendar)) });
    expect(lastType(c2)).toBe('accepted');
    page = await publicly(trackingCode, 'accepted', 'accepted');
    expect(page.dueAt).toBe(c2.deadlines.replyBy);

    // ── leader ownership ────────────────────────────────────────────────────────────────
    const c3 = await act(tokens.leader, caseId, 'take-ownership');
    expect(c3).toMatchObject({ status: 'accepted', ownerId: `test-leader-${QINGSHUI}` });
    expect(lastType(c3)).toBe('leader-took-ownership');
    await publicly(trackingCode, 'leader-ownership', 'accepted');

    // ── internal and public notes, a mediation: only the public note reaches the citizen ─
    const internal = await act(tokens.dept, caseId, 'note', { text: '内部：与村委会核对补偿名册，发现三组名册有误。', public: false });
    expect(internal.timeline.at(-1)).toMatchObject({ type: 'note-added', public: false });
    await act(tokens.dept, caseId, 'note', { text: '已约见信访人，正在核对补偿名册。', public: true });
    const mediated = await act(tokens.dept, caseId, 'mediations', { mediator: '刘明（镇人民调解委员会）', parties: '信访人王某某；石桥村村委会', outcome: 'partially-resolved' });
    expect(mediated).toMatchObject({ status: 'accepted' });
    expect(lastType(mediated)).toBe('mediated');
    page = await publicly(trackingCode, 'note', 'accepted');
    expect(page.timeline.at(-1).description).toBe('已约见信访人，正在核对补偿名册。');
    expect(JSON.stringify(page)).not.toMatch(/内部|刘明|村委会核对/);

    // ── extend by 30 days (leader), once ────────────────────────────────────────────────
    const c4 = await act(tokens.leader, caseId, 'extend', { days: 30, reason: '涉及多户补偿标准复核，需补充测绘。' });
    expect(c4).toMatchObject({ status: 'accepted', extension: { days: 30, approvedBy: `test-leader-${QINGSHUI}` } });
    expect(c4.deadlines).toEqual({ replyBy: iso(replyBy(acceptedAt, 30, calendar)) });
    expect(lastType(c4)).toBe('deadline-extended');
    page = await publicly(trackingCode, 'extended', 'accepted');
    expect(page.timeline.at(-1).description).toContain('补充测绘');
    expect(page.dueAt).toBe(c4.deadlines.replyBy);
    const again = await http(casework.url, 'POST', `/api/cases/${caseId}/extend`, { token: tokens.leader, body: { days: 5, reason: '再延' } });
    expect(again).toMatchObject({ status: 409, body: { rule: 'extension-already-used' } });

    // ── reply (department) ──────────────────────────────────────────────────────────────
    const c5 = await act(tokens.dept, caseId, 'reply', { outcome: 'explain', text: '经核查，余款4.6万元已列入本年度补偿资金计划，将于年底前发放。' });
    expect(c5).toMatchObject({ status: 'replied', reply: { outcome: 'explain', onTime: true } });
    expect(c5.deadlines).toEqual({ reviewRequestBy: iso(reviewRequestBy(at(c5), calendar)) });
    expect(lastType(c5)).toBe('replied');
    page = await publicly(trackingCode, 'replied', 'replied');
    expect(page.canEvaluate).toBe(true);

    // ── the citizen evaluates with the tracking code (intake's public API) ──────────────
    const evaluated = await http(intake.url, 'POST', `/api/public/petitions/${trackingCode}/evaluation`, { body: { rating: 'unsatisfied', comment: '余款仍未到账' } });
    expect(evaluated.status).toBe(201);
    await eventually(async () => {
      const c = await caseOf(caseId);
      expect(c.evaluation).toBe('unsatisfied');
      expect(lastType(c)).toBe('evaluated');
    }, 15_000);
    page = await track(trackingCode);
    expect(page).toMatchObject({ canEvaluate: false, evaluation: { rating: 'unsatisfied' } });

    // ── request review (county, on the petitioner's behalf) ─────────────────────────────
    const c6 = await act(tokens.admin, caseId, 'request-review', { reason: '信访人对答复不服，申请复查。' });
    expect(c6).toMatchObject({ status: 'review' });
    expect(c6.deadlines).toEqual({ reviewDecisionBy: iso(reviewDecisionBy(at(c6), 0, calendar)) });
    expect(lastType(c6)).toBe('review-requested');
    page = await publicly(trackingCode, 'review-requested', 'review');
    expect(page.dueAt).toBe(c6.deadlines.reviewDecisionBy);

    // ── decide the review ───────────────────────────────────────────────────────────────
    const c7 = await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: '原处理意见认定事实清楚，维持。' });
    expect(c7).toMatchObject({ status: 'reviewed', final: false });
    expect(c7.deadlines).toEqual({ reviewRequestBy: iso(reviewRequestBy(at(c7), calendar)) });
    expect(lastType(c7)).toBe('review-decided');
    page = await publicly(trackingCode, 'review-decided', 'replied');

    // ── request re-review, with a hearing ───────────────────────────────────────────────
    const c8 = await act(tokens.admin, caseId, 'request-review', { reason: '信访人对复查意见不服，申请复核。' });
    const reReviewRequestedAt = at(c8);
    expect(c8).toMatchObject({ status: 're-review' });
    expect(c8.deadlines).toEqual({ reviewDecisionBy: iso(reviewDecisionBy(reReviewRequestedAt, 0, calendar)) });
    await publicly(trackingCode, 'review-requested', 're-review', 2);
    const c9 = await act(tokens.admin, caseId, 'record-hearing', { days: 10, note: '召开听证会，听取信访人和自然资源局意见。' });
    expect(c9).toMatchObject({ status: 're-review' });
    // hearing time does not count: the decision is due 10 days later
    expect(c9.deadlines).toEqual({ reviewDecisionBy: iso(reviewDecisionBy(reReviewRequestedAt, 10, calendar)) });
    expect(lastType(c9)).toBe('hearing-recorded');
    // the citizen's page shows the hearing and the later due date
    page = await publicly(trackingCode, 'hearing', 're-review');
    expect(page.dueAt).toBe(c9.deadlines.reviewDecisionBy);

    // ── decide the re-review: final ─────────────────────────────────────────────────────
    const c10 = await act(tokens.admin, caseId, 'decide-review', { outcome: 'upheld', text: '复查意见正确，予以维持。本复核意见为终结意见。' });
    expect(c10).toMatchObject({ status: 'closed', final: true, deadlines: {} });
    expect(c10.closedAt).toBe(at(c10).toISOString());
    expect(c10.timeline.map((t: { type: string }) => t.type)).toEqual([
      'opened',
      'transferred',
      'accepted',
      'leader-took-ownership',
      'note-added',
      'note-added',
      'mediated',
      'deadline-extended',
      'replied',
      'evaluated',
      'review-requested',
      'review-decided',
      'review-requested',
      'hearing-recorded',
      'review-decided',
    ]);
    page = await publicly(trackingCode, 'closed', 'final');
    expect(page.status.label).toBe('已复核终结');
    expect(page.timeline.map((s: { kind: string }) => s.kind)).toEqual([
      'registered',
      'transferred',
      'accepted',
      'leader-ownership',
      'note',
      'extended',
      'replied',
      'evaluated',
      'review-requested',
      'review-decided',
      'review-requested',
      'hearing',
      'review-decided',
      'closed',
    ]);
    expect(JSON.stringify(page)).not.toContain('王秀兰');
    expect((await http(casework.url, 'POST', `/api/cases/${caseId}/request-review`, { token: tokens.admin, body: { reason: '再次申请' } })).body).toMatchObject({ statusCode: 409, rule: 'matter-final' });

    // ── the same matter from the same person, again: refused (不再受理, Art. 36) ──────────
    const refused = await http(intake.url, 'POST', '/api/petitions', { token: tokens.officer, body: { ...MATTER, channel: 'letter', headcount: undefined, letterDate: new Date().toISOString().slice(0, 10) } });
    expect(refused.status).toBe(201);
    expect(refused.body).toMatchObject({ status: 'refused', flags: { repeat: true }, linkedPetitionId: petitionId, refusalReason: expect.stringContaining('第三十六条') });
    expect((await track(refused.body.trackingCode)).status.code).toBe('refused');
    // casework records it as refused and closed, and leaves the final case as it was
    await eventually(async () => {
      const list = await http(casework.url, 'GET', `/api/cases?petitionId=${refused.body.id}`, { token: tokens.admin });
      expect(list.body.items).toHaveLength(1);
      const c = await caseOf(list.body.items[0].id);
      expect(c).toMatchObject({ status: 'closed', petitionId: refused.body.id });
      expect(c.timeline.map((t: { type: string }) => t.type)).toEqual(['opened', 'refused-as-repeat', 'closed']);
    }, 15_000);
    expect(await caseOf(caseId)).toMatchObject({ status: 'closed', final: true, linkedPetitionIds: [] });
  });
});
