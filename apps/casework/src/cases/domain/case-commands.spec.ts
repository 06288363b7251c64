import { objectionBy, replyBy, reviewDecisionBy, reviewRequestBy } from './clocks.js';
import { decide, ownershipRequired, UNITS_BEFORE_ESCALATION, type CaseCommand, type StaffMember } from './case-commands.js';
import { runningClocks } from './case-deadlines.js';
import { CALENDAR, CASE_ID, context, day, opened, QINGSHUI, SHIMEN, staff, states, Story, type StateName } from './case-fixtures.js';
import { CaseRuleViolation } from './case-rules.js';
import { replay, type CaseStatus } from './case-state.js';

/**
 * The case's state machine: `decide(state, command, context)` on states rebuilt with `replay`
 * from recorded histories. Every legal transition, and every illegal one refused with the
 * status that says why (403 role or unit, 409 state, 422 facts) and the rule's name.
 */

const transfer = (unitCode: string, reason = '转有权处理单位'): CaseCommand => ({ type: 'transfer', unitCode, reason });
const assign = (unitCode: string, dueAt: Date, reason = '限期报结'): CaseCommand => ({ type: 'assign', unitCode, dueAt: dueAt.toISOString(), reason });
const object: CaseCommand = { type: 'object', reason: '不属本单位职责' };
const accept: CaseCommand = { type: 'accept' };
const reject: CaseCommand = { type: 'reject', ground: 'not-competent', reason: '不属本单位职权范围' };
const refuse: CaseCommand = { type: 'refuse', reason: '同一事项已办结' };
const takeOwnership: CaseCommand = { type: 'take-ownership' };
const extend = (days: number): CaseCommand => ({ type: 'extend', days, reason: '需补充测绘，告知信访人' });
const reply: CaseCommand = { type: 'reply', outcome: 'support', text: '经核查，余款将于本月发放。' };
const supervise = (dueAt: Date): CaseCommand => ({ type: 'supervise', dueAt: dueAt.toISOString(), reason: '群众反映强烈' });
const requestReview: CaseCommand = { type: 'request-review', reason: '信访人不服' };
const hearing = (days: number): CaseCommand => ({ type: 'record-hearing', days, note: '召开听证会' });
const decideReview: CaseCommand = { type: 'decide-review', outcome: 'upheld', text: '维持原意见' };
const close: CaseCommand = { type: 'close' };
const note: CaseCommand = { type: 'note', text: '已电话联系信访人', public: false };
const mediate: CaseCommand = { type: 'mediate', mediator: '刘明（镇人民调解委员会）', parties: '信访人；村委会', outcome: 'resolved', note: '' };

const ALL_COMMANDS: CaseCommand['type'][] = ['transfer', 'assign', 'object', 'accept', 'reject', 'refuse', 'take-ownership', 'extend', 'reply', 'supervise', 'request-review', 'record-hearing', 'decide-review', 'close', 'note', 'mediate'];
const ALL_STATUSES: CaseStatus[] = ['registered', 'transferred', 'assigned', 'accepted', 'rejected', 'refused', 'replied', 'review', 'reviewed', 're-review', 'closed'];

const { admin, officer, leader, countyLeader, dept, analyst } = staff;

/** What a refused command throws: its HTTP status and rule. */
function refusal(story: Story, command: CaseCommand, actor: StaffMember, at: Date): { status: number; rule: string } {
  const before = JSON.stringify(story.history);
  try {
    decide(story.state, command, context(actor, at));
  } catch (err) {
    expect(err).toBeInstanceOf(CaseRuleViolation);
    const v = err as CaseRuleViolation;
    expect(v.message.length).toBeGreaterThan(0);
    expect(JSON.stringify(story.history)).toBe(before);
    return { status: v.status, rule: v.rule };
  }
  throw new Error(`${command.type} was allowed`);
}

describe('every legal transition', () => {
  type Legal = [from: StateName, command: CaseCommand, actor: StaffMember, at: Date, status: CaseStatus, events: string[]];
  const legal: Legal[] = [
    // registered: the county routes it, or the township handles it itself (属地管理)
    ['registered', transfer('dept-natural-resources'), admin, day(1), 'transferred', ['transferred']],
    ['registered', transfer(`twp-${QINGSHUI}`), admin, day(1), 'transferred', ['transferred']],
    ['registered', transfer('political-legal'), admin, day(1), 'transferred', ['transferred']],
    ['registered', assign('dept-hrss', day(20)), admin, day(1), 'assigned', ['assigned']],
    ['registered', accept, officer(), day(1), 'accepted', ['accepted']],
    ['registered', accept, leader(), day(1), 'accepted', ['accepted']],
    ['registered', reject, officer(), day(1), 'rejected', ['rejected']],
    ['registered', refuse, officer(), day(1), 'refused', ['refused-as-repeat']],
    ['registered', takeOwnership, leader(), day(1), 'registered', ['leader-took-ownership']],
    ['registered', takeOwnership, countyLeader, day(1), 'registered', ['leader-took-ownership']],
    ['registered', supervise(day(10)), admin, day(1), 'registered', ['supervised']],
    ['registered', note, officer(), day(1), 'registered', ['note-added']],
    ['registered', mediate, officer(), day(1), 'registered', ['mediated']],
    // transferred / assigned: the receiving unit objects, accepts, rejects or refuses
    ['transferred', object, dept(), day(3), 'registered', ['routing-objected']],
    ['transferred', accept, dept(), day(3), 'accepted', ['accepted']],
    ['transferred', reject, dept(), day(3), 'rejected', ['rejected']],
    ['transferred', refuse, dept(), day(3), 'refused', ['refused-as-repeat']],
    ['transferred', supervise(day(10)), admin, day(3), 'transferred', ['supervised']],
    ['transferred', takeOwnership, leader(), day(3), 'transferred', ['leader-took-ownership']],
    ['transferred', note, dept(), day(3), 'transferred', ['note-added']],
    ['assigned', object, dept('dept-hrss'), day(3), 'registered', ['routing-objected']],
    ['assigned', accept, dept('dept-hrss'), day(3), 'accepted', ['accepted']],
    ['assigned', supervise(day(10)), admin, day(3), 'assigned', ['supervised']],
    ['transferredToTownship', object, officer(), day(3), 'registered', ['routing-objected']],
    ['transferredToTownship', accept, leader(), day(3), 'accepted', ['accepted']],
    // accepted: handling, one extension, the reply
    ['accepted', extend(30), leader(), day(10), 'accepted', ['deadline-extended']],
    ['accepted', extend(1), countyLeader, day(10), 'accepted', ['deadline-extended']],
    ['accepted', reply, dept(), day(10), 'replied', ['replied']],
    ['accepted', supervise(day(20)), admin, day(10), 'accepted', ['supervised']],
    ['accepted', takeOwnership, leader(), day(10), 'accepted', ['leader-took-ownership']],
    ['accepted', mediate, dept(), day(10), 'accepted', ['mediated']],
    ['acceptedByTownship', reply, officer(), day(10), 'replied', ['replied']],
    ['extended', reply, dept(), day(35), 'replied', ['replied']],
    // replied: review, or close
    ['replied', requestReview, admin, day(42), 'review', ['review-requested']],
    ['replied', close, dept(), day(42), 'closed', ['closed']],
    ['replied', close, admin, day(42), 'closed', ['closed']],
    ['replied', mediate, dept(), day(42), 'replied', ['mediated']],
    ['replied', note, admin, day(42), 'replied', ['note-added']],
    // review and re-review as stages of the same case
    ['review', decideReview, admin, day(50), 'reviewed', ['review-decided']],
    ['review', supervise(day(55)), admin, day(50), 'review', ['supervised']],
    ['review', takeOwnership, leader(), day(50), 'review', ['leader-took-ownership']],
    ['reviewed', requestReview, admin, day(62), 're-review', ['review-requested']],
    ['reviewed', close, admin, day(62), 'closed', ['closed']],
    ['reReview', hearing(10), admin, day(70), 're-review', ['hearing-recorded']],
    ['reReview', decideReview, admin, day(70), 'closed', ['review-decided']],
    ['reReview', supervise(day(75)), admin, day(70), 're-review', ['supervised']],
    // a closed case reopens for review within the window
    ['closedAfterReply', requestReview, admin, day(50), 'review', ['review-requested']],
    ['closedAfterReview', requestReview, admin, day(70), 're-review', ['review-requested']],
    // the end of rejected and refused cases
    ['rejected', close, dept(), day(4), 'closed', ['closed']],
    ['rejected', close, admin, day(4), 'closed', ['closed']],
    ['refused', close, admin, day(4), 'closed', ['closed']],
    ['final', note, admin, day(90), 'closed', ['note-added']],
  ];

  const who = (a: StaffMember) => a.unitCode ?? (a.townshipCode ? `${a.role} of ${a.townshipCode}` : a.role);
  it.each(legal.map((row) => [`${row[0]} × ${row[1].type}${'unitCode' in row[1] ? ` to ${row[1].unitCode}` : ''} by ${who(row[2])} → ${row[4]}`, ...row] as const))('%s', (_title, from, command, actor, at, status, events) => {
    const story = states[from]();
    const recorded = decide(story.state, command, context(actor, at));
    expect(recorded.map((e) => e.type)).toEqual(events);
    for (const e of recorded) expect(e.at).toBe(at.toISOString());
    expect(replay(CASE_ID, [...story.history, ...recorded]).status).toBe(status);
  });

  it('covers every command and every status', () => {
    expect(new Set(legal.map(([, c]) => c.type))).toEqual(new Set(ALL_COMMANDS));
    expect(new Set(legal.map(([from]) => states[from]().state.status))).toEqual(new Set(ALL_STATUSES));
  });

  it('records who acted, and the facts each step needs', () => {
    const accepted = states.accepted().state;
    expect(accepted).toMatchObject({ status: 'accepted', handlingUnit: { code: 'dept-natural-resources' }, routedBy: 'transfer', receivedByUnitAt: day(1).toISOString(), acceptedAt: day(2).toISOString(), acceptanceTimely: true });
    expect(states.assigned().state).toMatchObject({ routedBy: 'assign', assignmentDueAt: day(20).toISOString(), unitsRouted: ['dept-hrss'] });
    expect(states.acceptedByTownship().state.handlingUnit).toMatchObject({ code: `twp-${QINGSHUI}`, kind: 'township' });
    expect(states.extended().state.extension).toEqual({ days: 30, reason: '需补充测绘' , approvedBy: leader().id });
    expect(states.replied().state).toMatchObject({ status: 'replied', replyOutcome: 'explain', replyOnTime: true, repliedAt: day(40).toISOString() });
    expect(states.reviewed().state).toMatchObject({ reviewDecision: { stage: 'review', outcome: 'upheld' }, review: null, final: false });
    expect(states.final().state).toMatchObject({ status: 'closed', closure: 're-review-decided', final: true, reviewDecision: { stage: 're-review' } });
    expect(states.closedAfterReply().state.closure).toBe('replied');
    expect(states.closedAfterReview().state.closure).toBe('review-decided');
    expect(states.closedAfterRejection().state.closure).toBe('rejected');
    expect(states.refused().state).toMatchObject({ status: 'refused', handlingUnit: { code: 'dept-natural-resources' } });
    const owned = states.registered().run(takeOwnership, leader(), day(1)).state;
    expect(owned.ownerId).toBe(leader().id);
    const transferredEvent = states.transferred().history[1]!;
    expect(transferredEvent).toMatchObject({ type: 'transferred', actor: { id: admin.id, role: 'county-admin' }, reason: '属征地补偿事项' });
  });

  it('reopens a case closed after the reply (or review) when review is requested in time: it is no longer closed', () => {
    expect(states.closedAfterReply().state).toMatchObject({ status: 'closed', closure: 'replied', closedAt: day(41).toISOString() });
    expect(states.closedAfterReply().run(requestReview, admin, day(50)).state).toMatchObject({ status: 'review', closure: null, closedAt: null, review: { stage: 'review' } });
    expect(states.closedAfterReview().run(requestReview, admin, day(70)).state).toMatchObject({ status: 're-review', closure: null, closedAt: null, review: { stage: 're-review' } });
  });

  it('marks a late acceptance and a late reply as such', () => {
    // received 03-03: the acceptance notice is due by the end of 03-18
    const late = decide(states.transferred().state, accept, context(dept(), new Date('2026-03-19T00:00:00+08:00')));
    expect(late[0]).toMatchObject({ type: 'accepted', timely: false });
    const justInTime = decide(states.transferred().state, accept, context(dept(), new Date('2026-03-18T23:59:59.999+08:00')));
    expect(justInTime[0]).toMatchObject({ timely: true });
    // accepted 03-04: the reply is due by the end of 05-06 (60 days end on 05-03, inside 劳动节)
    const due = replyBy(day(2), 0, CALENDAR);
    expect(due.toISOString()).toBe('2026-05-06T15:59:59.999Z');
    expect(decide(states.accepted().state, reply, context(dept(), due))[0]).toMatchObject({ onTime: true });
    expect(decide(states.accepted().state, reply, context(dept(), new Date(due.getTime() + 1)))[0]).toMatchObject({ onTime: false });
    // with the extension of 30 days the same late reply is on time
    expect(decide(states.extended().state, reply, context(dept(), new Date(due.getTime() + 1)))[0]).toMatchObject({ onTime: true });
  });

  it('moves an extended reply deadline by the extension only', () => {
    expect(runningClocks(states.accepted().state, CALENDAR)).toEqual([{ clock: 'reply', dueAt: replyBy(day(2), 0, CALENDAR), obligation: true }]);
    // 03-04 + 90 days = 06-02
    expect(runningClocks(states.extended().state, CALENDAR)).toEqual([{ clock: 'reply', dueAt: new Date('2026-06-02T23:59:59.999+08:00'), obligation: true }]);
  });

  it('pauses the re-review decision clock for hearing days', () => {
    const reReview = states.reReview();
    const before = runningClocks(reReview.state, CALENDAR);
    expect(before).toEqual([{ clock: 'review-decision', dueAt: reviewDecisionBy(day(65), 0, CALENDAR), obligation: true }]);
    reReview.run(hearing(10), admin, day(70)).run(hearing(5), admin, day(72));
    expect(reReview.state.review).toMatchObject({ stage: 're-review', hearingDays: 15 });
    expect(runningClocks(reReview.state, CALENDAR)).toEqual([{ clock: 'review-decision', dueAt: reviewDecisionBy(day(65), 15, CALENDAR), obligation: true }]);
  });
});

describe('every illegal transition, refused with the rule it breaks', () => {
  type Illegal = [name: string, from: () => Story, command: CaseCommand, actor: StaffMember, at: Date, status: 403 | 409 | 422, rule: string];
  const collective = () => new Story(opened({ flags: { collective: true } }));
  const accusation = (accusedUnitCode: string) => new Story(opened({ isAccusation: true, accusedUnitCode, categoryCode: 'discipline' }));
  const routedThrough = (...units: string[]) => {
    const s = states.registered();
    units.forEach((u, i) => {
      s.run(transfer(u), admin, day(1 + 2 * i)).run(object, u.startsWith('twp-') ? officer() : dept(u), day(2 + 2 * i));
    });
    return s;
  };

  const illegal: Illegal[] = [
    // 403: the caller's role
    ['transfer by a township officer', states.registered, transfer('dept-hrss'), officer(), day(1), 403, 'transfer-role'],
    ['transfer by a leader', states.registered, transfer('dept-hrss'), leader(), day(1), 403, 'transfer-role'],
    ['assign by a department officer', states.registered, assign('dept-hrss', day(20)), dept(), day(1), 403, 'assign-role'],
    ['supervise by a leader', states.accepted, supervise(day(20)), leader(), day(10), 403, 'supervise-role'],
    ['supervise by a department officer', states.accepted, supervise(day(20)), dept(), day(10), 403, 'supervise-role'],
    ['take ownership as a township officer', states.registered, takeOwnership, officer(), day(1), 403, 'take-ownership-role'],
    ['take ownership as the county bureau', states.registered, takeOwnership, admin, day(1), 403, 'take-ownership-role'],
    ['take ownership of another township’s case', states.registered, takeOwnership, leader(SHIMEN), day(1), 403, 'take-ownership-out-of-scope'],
    ['extend as the handling department', states.accepted, extend(10), dept(), day(10), 403, 'extend-role'],
    ['extend as a township officer', states.acceptedByTownship, extend(10), officer(), day(10), 403, 'extend-role'],
    ['request review as the handling unit', states.replied, requestReview, dept(), day(42), 403, 'request-review-role'],
    ['decide a review as a leader', states.review, decideReview, leader(), day(50), 403, 'decide-review-role'],
    ['decide a review as the handling unit', states.review, decideReview, dept(), day(50), 403, 'decide-review-role'],
    ['record a hearing as a township officer', states.reReview, hearing(5), officer(), day(70), 403, 'record-hearing-role'],
    // 403: the caller is not the unit that acts on the case
    ['accept before routing by a department', states.registered, accept, dept(), day(1), 403, 'accept-not-handling-unit'],
    ['accept before routing by another township', states.registered, accept, officer(SHIMEN), day(1), 403, 'accept-not-handling-unit'],
    ['accept before routing as the county bureau', states.registered, accept, admin, day(1), 403, 'accept-not-handling-unit'],
    ['accept a case transferred to another department', states.transferred, accept, dept('dept-hrss'), day(3), 403, 'accept-not-handling-unit'],
    ['accept a case transferred away from the township', states.transferred, accept, officer(), day(3), 403, 'accept-not-handling-unit'],
    ['reject a case routed to another unit', states.assigned, reject, dept(), day(3), 403, 'reject-not-handling-unit'],
    ['refuse as an analyst', states.registered, refuse, analyst, day(1), 403, 'refuse-not-handling-unit'],
    ['object to a routing for another unit', states.transferred, object, dept('dept-hrss'), day(3), 403, 'object-not-handling-unit'],
    ['object as the county bureau', states.transferred, object, admin, day(3), 403, 'object-not-handling-unit'],
    ['reply for another department', states.accepted, reply, dept('dept-hrss'), day(10), 403, 'reply-not-handling-unit'],
    ['reply as the township when a department handles', states.accepted, reply, officer(), day(10), 403, 'reply-not-handling-unit'],
    ['reply as a county leader', states.accepted, reply, countyLeader, day(10), 403, 'reply-not-handling-unit'],
    ['close for another unit', states.replied, close, officer(SHIMEN), day(42), 403, 'close-not-handling-unit'],
    // 409: the case's state
    ['transfer a case already transferred', states.transferred, transfer('dept-hrss'), admin, day(3), 409, 'transfer-not-allowed-when-transferred'],
    ['assign an accepted case', states.accepted, assign('dept-hrss', day(30)), admin, day(10), 409, 'assign-not-allowed-when-accepted'],
    ['transfer a closed case', states.final, transfer('dept-hrss'), admin, day(90), 409, 'transfer-not-allowed-when-closed'],
    ['object to a case not routed', states.registered, object, officer(), day(1), 409, 'object-not-allowed-when-registered'],
    ['object after accepting', states.accepted, object, dept(), day(3), 409, 'object-not-allowed-when-accepted'],
    ['object after 5 working days', states.transferred, object, dept(), new Date('2026-03-11T00:00:00+08:00'), 409, 'objection-window-closed'],
    ['accept twice', states.accepted, accept, dept(), day(3), 409, 'accept-not-allowed-when-accepted'],
    ['accept a rejected case', states.rejected, accept, dept(), day(3), 409, 'accept-not-allowed-when-rejected'],
    ['reject a replied case', states.replied, reject, dept(), day(42), 409, 'reject-not-allowed-when-replied'],
    ['refuse a case in review', states.review, refuse, dept(), day(50), 409, 'refuse-not-allowed-when-review'],
    ['reply before acceptance (routed)', states.transferred, reply, dept(), day(3), 409, 'reply-not-allowed-when-transferred'],
    ['reply before acceptance (not routed)', states.registered, reply, officer(), day(1), 409, 'reply-not-allowed-when-registered'],
    ['reply twice', states.replied, reply, dept(), day(42), 409, 'reply-not-allowed-when-replied'],
    ['extend before acceptance', states.transferred, extend(10), leader(), day(3), 409, 'extend-not-allowed-when-transferred'],
    ['extend after the reply', states.replied, extend(10), leader(), day(42), 409, 'extend-not-allowed-when-replied'],
    ['a second extension', states.extended, extend(1), leader(), day(35), 409, 'extension-already-used'],
    ['extend after the reply deadline', states.accepted, extend(10), leader(), new Date('2026-05-07T00:00:00+08:00'), 409, 'extension-after-deadline'],
    ['take ownership of an owned case', () => states.registered().run(takeOwnership, leader(), day(1)), takeOwnership, countyLeader, day(2), 409, 'already-owned'],
    ['take ownership of a replied case', states.replied, takeOwnership, leader(), day(42), 409, 'take-ownership-not-allowed-when-replied'],
    ['take ownership of a closed case', states.final, takeOwnership, leader(), day(90), 409, 'take-ownership-not-allowed-when-closed'],
    ['supervise a closed case', states.final, supervise(day(120)), admin, day(90), 409, 'supervise-not-allowed-when-closed'],
    ['supervise a case closed after the reply', states.closedAfterReply, supervise(day(60)), admin, day(42), 409, 'supervise-not-allowed-when-closed'],
    ['supervise a replied case', states.replied, supervise(day(60)), admin, day(42), 409, 'supervise-not-allowed-when-replied'],
    ['supervise a rejected case', states.rejected, supervise(day(30)), admin, day(4), 409, 'supervise-not-allowed-when-rejected'],
    ['request review before the reply', states.accepted, requestReview, admin, day(10), 409, 'request-review-not-allowed-when-accepted'],
    ['request review during the review', states.review, requestReview, admin, day(50), 409, 'request-review-not-allowed-when-review'],
    ['request review of a rejected case', states.rejected, requestReview, admin, day(4), 409, 'request-review-not-allowed-when-rejected'],
    ['request review of a closed rejection', states.closedAfterRejection, requestReview, admin, day(4), 409, 'request-review-not-allowed-when-closed'],
    // replied 04-11: the review window ends with 05-11
    ['request review after 30 days', states.replied, requestReview, admin, new Date('2026-05-12T00:00:00+08:00'), 409, 'review-window-closed'],
    ['reopen a closed case for review after 30 days', states.closedAfterReply, requestReview, admin, new Date('2026-05-12T00:00:00+08:00'), 409, 'review-window-closed'],
    // reviewed 05-01: 30 days end on Sunday 05-31, moved to 06-01
    ['request re-review after 30 days', states.reviewed, requestReview, admin, new Date('2026-06-02T00:00:00+08:00'), 409, 'review-window-closed'],
    ['request re-review after re-review (matter final)', states.final, requestReview, admin, day(81), 409, 'matter-final'],
    ['decide a review never requested', states.replied, decideReview, admin, day(42), 409, 'decide-review-not-allowed-when-replied'],
    ['decide a review twice', states.reviewed, decideReview, admin, day(62), 409, 'decide-review-not-allowed-when-reviewed'],
    ['decide after the matter is final', states.final, decideReview, admin, day(90), 409, 'decide-review-not-allowed-when-closed'],
    ['record a hearing in the first review', states.review, hearing(5), admin, day(50), 409, 'record-hearing-not-allowed-when-review'],
    ['close a case in handling', states.accepted, close, dept(), day(10), 409, 'close-not-allowed-when-accepted'],
    ['close a case not yet accepted', states.transferred, close, admin, day(3), 409, 'close-not-allowed-when-transferred'],
    ['close a case in review', states.review, close, admin, day(50), 409, 'close-not-allowed-when-review'],
    ['close a closed case', states.closedAfterReply, close, admin, day(42), 409, 'close-not-allowed-when-closed'],
    ['mediate on a closed case', states.final, mediate, admin, day(90), 409, 'mediate-not-allowed-when-closed'],
    ['mediate on a rejected case', states.rejected, mediate, dept(), day(4), 409, 'mediate-not-allowed-when-rejected'],
    // 409: leader ownership (包案) before acceptance
    ['accept a collective petition without leader ownership', collective, accept, officer(), day(1), 409, 'leader-ownership-required'],
    ['accept a routed collective petition without leader ownership', () => collective().run(transfer('dept-hrss'), admin, day(1)), accept, dept('dept-hrss'), day(2), 409, 'leader-ownership-required'],
    ['accept a repeat petition without leader ownership', () => new Story(opened({ flags: { repeat: true } })), accept, officer(), day(1), 409, 'leader-ownership-required'],
    ['accept a skip-level petition without leader ownership', () => new Story(opened({ flags: { skipLevel: true }, registeredAtLevel: 'county' })), accept, officer(), day(1), 409, 'leader-ownership-required'],
    ['accept a long-standing petitioner’s case without leader ownership', () => new Story(opened({ flags: { longStanding: true } })), accept, officer(), day(1), 409, 'leader-ownership-required'],
    ['accept a case a repeat petition was linked to, without leader ownership', () => states.transferred().record({ type: 'petition-linked', at: day(2).toISOString(), linkedPetitionId: '9d2e4f6a-8b1c-4d3e-a5f7-0c2b4d6e8f01', linkedAs: 'repeat' }), accept, dept(), day(3), 409, 'leader-ownership-required'],
    // 422: the facts of the request
    ['transfer to an unknown unit', states.registered, transfer('dept-nowhere'), admin, day(1), 422, 'unknown-unit'],
    ['transfer an accusation to the accused department', () => accusation('dept-transport'), transfer('dept-transport'), admin, day(1), 422, 'accusation-to-accused-unit'],
    ['assign an accusation to the accused township government', () => accusation(`twp-${QINGSHUI}`), assign(`twp-${QINGSHUI}`, day(20)), admin, day(1), 422, 'accusation-to-accused-unit'],
    ['transfer with a blank reason', states.registered, transfer('dept-hrss', '   '), admin, day(1), 422, 'reason-required'],
    ['assign with a due date in the past', states.registered, assign('dept-hrss', day(0)), admin, day(1), 422, 'due-date-in-past'],
    ['assign due right now', states.registered, assign('dept-hrss', day(1)), admin, day(1), 422, 'due-date-in-past'],
    ['object without reasons', states.transferred, { type: 'object', reason: ' ' }, dept(), day(3), 422, 'reason-required'],
    ['reject without the legal reason', states.transferred, { type: 'reject', ground: 'other', reason: '' }, dept(), day(3), 422, 'reason-required'],
    ['an extension over 30 days', states.accepted, extend(31), leader(), day(10), 422, 'extension-too-long'],
    ['an extension of 0 days', states.accepted, extend(0), leader(), day(10), 422, 'extension-too-long'],
    ['an extension of part of a day', states.accepted, extend(2.5), leader(), day(10), 422, 'extension-too-long'],
    ['extend without a reason', states.accepted, { type: 'extend', days: 10, reason: '' }, leader(), day(10), 422, 'reason-required'],
    ['reply without the reply document', states.accepted, { type: 'reply', outcome: 'explain', text: '  ' }, dept(), day(10), 422, 'reply-text-required'],
    ['supervise with a due date in the past', states.accepted, supervise(day(5)), admin, day(10), 422, 'due-date-in-past'],
    ['request review without a reason', states.replied, { type: 'request-review', reason: '' }, admin, day(42), 422, 'reason-required'],
    ['a hearing of 0 days', states.reReview, hearing(0), admin, day(70), 422, 'hearing-days'],
    ['a hearing of 61 days', states.reReview, hearing(61), admin, day(70), 422, 'hearing-days'],
    ['decide a review without its text', states.review, { type: 'decide-review', outcome: 'changed', text: '' }, admin, day(50), 422, 'decision-text-required'],
    ['an empty note', states.accepted, { type: 'note', text: ' ', public: true }, dept(), day(10), 422, 'text-required'],
    ['mediation without a mediator', states.accepted, { ...mediate, mediator: '' } as CaseCommand, dept(), day(10), 422, 'mediator-required'],
    ['mediation without parties', states.accepted, { ...mediate, parties: '' } as CaseCommand, dept(), day(10), 422, 'parties-required'],
  ];

  it.each(illegal.map((row) => [`${row[0]} → ${String(row[5])} ${row[6]}`, ...row] as const))('%s', (_title, _name, from, command, actor, at, status, rule) => {
    expect(refusal(from(), command, actor, at)).toEqual({ status, rule });
  });

  it('routing a case to a third unit escalates it, once', () => {
    const twice = routedThrough('dept-natural-resources', 'dept-hrss');
    expect(twice.state).toMatchObject({ status: 'registered', unitsRouted: ['dept-natural-resources', 'dept-hrss'], handlingUnit: null });
    // back to a unit that had it already: still two units, no escalation
    expect(decide(twice.state, transfer('dept-natural-resources'), context(admin, day(6))).map((e) => e.type)).toEqual(['transferred']);
    const third = decide(twice.state, assign('dept-housing', day(30)), context(admin, day(6)));
    expect(third).toEqual([
      expect.objectContaining({ type: 'assigned', unit: expect.objectContaining({ code: 'dept-housing' }) }),
      { type: 'escalated', at: day(6).toISOString(), step: 'supervision', reason: 'passed-among-units', detail: expect.stringContaining(String(UNITS_BEFORE_ESCALATION)) },
    ]);
    // a fourth unit does not escalate again
    const thrice = routedThrough('dept-natural-resources', 'dept-hrss', 'dept-housing');
    expect(decide(thrice.state, transfer('dept-transport'), context(admin, day(8))).map((e) => e.type)).toEqual(['transferred']);
  });

  it('accepts an objection up to the last millisecond of the 5th working day, across holidays', () => {
    // received Wednesday 2026-09-30: 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13
    const received = new Date('2026-09-30T10:00:00+08:00');
    const story = new Story(opened({ receivedAt: new Date('2026-09-29T10:00:00+08:00').toISOString() })).run(transfer('dept-hrss'), admin, received);
    const deadline = objectionBy(received, CALENDAR);
    expect(deadline.toISOString()).toBe('2026-10-13T15:59:59.999Z');
    expect(decide(story.state, object, context(dept('dept-hrss'), deadline)).map((e) => e.type)).toEqual(['routing-objected']);
    expect(refusal(story, object, dept('dept-hrss'), new Date(deadline.getTime() + 1))).toEqual({ status: 409, rule: 'objection-window-closed' });
  });

  it('takes a review request up to the last millisecond of the 30th day', () => {
    const story = states.replied();
    const window = reviewRequestBy(day(40), CALENDAR);
    expect(window.toISOString()).toBe('2026-05-11T15:59:59.999Z');
    expect(decide(story.state, requestReview, context(admin, window))[0]).toMatchObject({ type: 'review-requested', stage: 'review' });
    expect(refusal(story, requestReview, admin, new Date(window.getTime() + 1))).toEqual({ status: 409, rule: 'review-window-closed' });
  });

  it('lets a leader own the case, and then accepts it', () => {
    const story = collective();
    expect(ownershipRequired(story.state)).toBe(true);
    story.run(takeOwnership, leader(), day(1));
    expect(decide(story.state, accept, context(officer(), day(1))).map((e) => e.type)).toEqual(['accepted']);
    const linked = states.transferred().record({ type: 'petition-linked', at: day(2).toISOString(), linkedPetitionId: '9d2e4f6a-8b1c-4d3e-a5f7-0c2b4d6e8f01', linkedAs: 'skip-level' });
    expect(linked.state.flags).toMatchObject({ skipLevel: true, repeat: false });
    linked.run(takeOwnership, countyLeader, day(2));
    expect(decide(linked.state, accept, context(dept(), day(3))).map((e) => e.type)).toEqual(['accepted']);
  });

  it('sends an accusation anywhere but to the accused', () => {
    const story = accusation('dept-transport');
    expect(decide(story.state, transfer('discipline'), context(admin, day(1)))[0]).toMatchObject({ type: 'transferred', unit: { code: 'discipline' } });
  });
});

describe('the clocks running in each state', () => {
  it.each([
    ['registered', ['route']],
    ['transferred', ['acceptance-notice', 'objection']],
    ['assigned', ['acceptance-notice', 'objection', 'assignment-report']],
    ['accepted', ['reply']],
    ['extended', ['reply']],
    ['replied', ['review-request']],
    ['review', ['review-decision']],
    ['reviewed', ['review-request']],
    ['reReview', ['review-decision']],
    ['final', []],
    ['rejected', []],
    ['refused', []],
    ['closedAfterReply', []],
  ] as [StateName, string[]][])('%s: %j', (name, clocks) => {
    expect(runningClocks(states[name]().state, CALENDAR).map((c) => c.clock)).toEqual(clocks);
  });

  it('shows windows (objection, review request) without making them obligations', () => {
    const obligations = (name: StateName) => Object.fromEntries(runningClocks(states[name]().state, CALENDAR).map((c) => [c.clock, c.obligation]));
    expect(obligations('transferred')).toEqual({ 'acceptance-notice': true, objection: false });
    expect(obligations('replied')).toEqual({ 'review-request': false });
  });

  it('restarts the route clock when an objection sends the case back', () => {
    const story = states.transferred().run(object, dept(), day(3));
    const [route] = runningClocks(story.state, CALENDAR);
    // objection on 03-05: 15 days end on 03-20
    expect(route).toEqual({ clock: 'route', dueAt: new Date('2026-03-20T23:59:59.999+08:00'), obligation: true });
    expect(story.state.unitsRouted).toEqual(['dept-natural-resources']);
  });

  it('runs a supervision clock until the case is handled', () => {
    const story = states.transferred().run(supervise(day(10)), admin, day(3));
    expect(runningClocks(story.state, CALENDAR)).toContainEqual({ clock: 'supervision', dueAt: day(10), obligation: true });
    story.run(accept, dept(), day(4));
    expect(runningClocks(story.state, CALENDAR)).toContainEqual({ clock: 'supervision', dueAt: day(10), obligation: true });
    story.run(reply, dept(), day(5));
    expect(runningClocks(story.state, CALENDAR).map((c) => c.clock)).toEqual(['review-request']);
  });

  it('runs a supervision clock for a case supervised in review, for that review only', () => {
    const story = states.review().run(supervise(day(55)), admin, day(50));
    expect(runningClocks(story.state, CALENDAR)).toContainEqual({ clock: 'supervision', dueAt: day(55), obligation: true });
    story.run(decideReview, admin, day(52)).run(requestReview, admin, day(53));
    expect(runningClocks(story.state, CALENDAR).map((c) => c.clock)).toEqual(['review-decision']);
  });

  it('recomputes the same state and deadlines from the stored (JSON) history', () => {
    for (const name of Object.keys(states) as StateName[]) {
      const story = states[name]();
      const stored = JSON.parse(JSON.stringify(story.history));
      expect(replay(CASE_ID, stored)).toEqual(story.state);
      expect(runningClocks(replay(CASE_ID, stored), CALENDAR)).toEqual(runningClocks(story.state, CALENDAR));
    }
  });
});
