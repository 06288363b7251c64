import { allowedActions, CASE_ACTIONS, type CaseAction } from './allowed-actions.js';
import { decide, type CaseCommand, type StaffMember } from './case-commands.js';
import { context, day, opened, staff, states, Story, type StateName } from './case-fixtures.js';
import { CaseRuleViolation } from './case-rules.js';

/**
 * What the console offers on a case: `allowedActions(state, context)` for each role on each
 * state of the procedure, and — for every state, caller and action — agreement with what the
 * decider does with a real command a clerk would send.
 */

const { admin, officer, leader, countyLeader, dept } = staff;

describe('the actions each caller is offered', () => {
  type Row = [state: StateName, actor: StaffMember, at: Date, actions: CaseAction[]];
  const rows: Row[] = [
    // registered: the county routes; the township may handle it itself; a leader may own it
    ['registered', admin, day(1), ['transfer', 'assign', 'supervise', 'note', 'mediate']],
    ['registered', officer(), day(1), ['accept', 'reject', 'refuse', 'note', 'mediate']],
    ['registered', leader(), day(1), ['take-ownership', 'accept', 'reject', 'refuse', 'note', 'mediate']],
    ['registered', countyLeader, day(1), ['take-ownership', 'note', 'mediate']],
    ['registered', dept(), day(1), ['note', 'mediate']],
    // transferred to a department: it objects within 5 working days, accepts or rejects
    ['transferred', dept(), day(2), ['object', 'accept', 'reject', 'refuse', 'note', 'mediate']],
    ['transferred', dept(), day(10), ['accept', 'reject', 'refuse', 'note', 'mediate']],
    ['transferred', dept('dept-hrss'), day(2), ['note', 'mediate']],
    ['transferred', admin, day(2), ['supervise', 'note', 'mediate']],
    ['transferred', leader(), day(2), ['take-ownership', 'note', 'mediate']],
    ['transferred', officer(), day(2), ['note', 'mediate']],
    ['assigned', dept('dept-hrss'), day(2), ['object', 'accept', 'reject', 'refuse', 'note', 'mediate']],
    // accepted: the unit replies; a leader extends once, before the deadline
    ['accepted', dept(), day(30), ['reply', 'note', 'mediate']],
    ['accepted', leader(), day(30), ['take-ownership', 'extend', 'note', 'mediate']],
    ['accepted', leader(), day(70), ['take-ownership', 'note', 'mediate']],
    ['accepted', admin, day(30), ['supervise', 'note', 'mediate']],
    ['extended', leader(), day(31), ['take-ownership', 'note', 'mediate']],
    ['acceptedByTownship', officer(), day(2), ['reply', 'note', 'mediate']],
    // replied: the unit or the county closes; the county registers a review request within 30 days
    ['replied', dept(), day(41), ['close', 'note', 'mediate']],
    ['replied', admin, day(41), ['request-review', 'close', 'note', 'mediate']],
    ['replied', admin, day(80), ['close', 'note', 'mediate']],
    ['replied', leader(), day(41), ['note', 'mediate']],
    ['review', admin, day(50), ['supervise', 'decide-review', 'note', 'mediate']],
    ['review', dept(), day(50), ['note', 'mediate']],
    ['reviewed', admin, day(61), ['request-review', 'close', 'note']],
    ['reReview', admin, day(70), ['supervise', 'record-hearing', 'decide-review', 'note', 'mediate']],
    // done: a closed case reopens for review within the window; a final one only takes notes
    ['closedAfterReply', admin, day(42), ['request-review', 'note']],
    ['closedAfterReply', dept(), day(42), ['note']],
    ['final', admin, day(81), ['note']],
    ['rejected', dept(), day(3), ['close', 'note']],
    ['rejected', admin, day(3), ['close', 'note']],
    ['closedAfterRejection', dept(), day(4), ['note']],
  ];

  it.each(rows.map(([name, actor, at, expected]) => [name, actor.id, at.toISOString().slice(0, 10), actor, at, expected] as const))('%s, %s on %s', (name, _id, _day, actor, at, expected) => {
    expect(allowedActions(states[name]().state, context(actor, at))).toEqual(expected);
  });

  it('withholds 受理 from a collective, repeat, skip-level or long-standing case until a leader owns it', () => {
    for (const flag of ['collective', 'repeat', 'skipLevel', 'longStanding'] as const) {
      const story = new Story(opened({ flags: { [flag]: true } })).run({ type: 'transfer', unitCode: 'dept-natural-resources', reason: '属征地补偿事项' }, admin, day(1));
      expect(allowedActions(story.state, context(dept(), day(2)))).not.toContain('accept');
      expect(allowedActions(story.state, context(leader(), day(2)))).toContain('take-ownership');
      story.run({ type: 'take-ownership' }, leader(), day(2));
      expect(allowedActions(story.state, context(dept(), day(3)))).toContain('accept');
      expect(allowedActions(story.state, context(leader(), day(3)))).not.toContain('take-ownership');
    }
  });

  it('offers nothing but notes to staff once the matter is final, whatever their role', () => {
    const final = states.final().state;
    for (const actor of [admin, officer(), leader(), countyLeader, dept()]) expect(allowedActions(final, context(actor, day(81)))).toEqual(['note']);
  });
});

describe('agreement with the decider', () => {
  /** The commands a clerk would send from the console's forms. */
  const commands: Record<CaseAction, (at: Date) => CaseCommand> = {
    transfer: () => ({ type: 'transfer', unitCode: 'dept-hrss', reason: '属劳动报酬争议' }),
    assign: (at) => ({ type: 'assign', unitCode: 'dept-hrss', dueAt: new Date(at.getTime() + 20 * 86_400_000).toISOString(), reason: '限期报结' }),
    object: () => ({ type: 'object', reason: '不属本单位职责' }),
    'take-ownership': () => ({ type: 'take-ownership' }),
    accept: () => ({ type: 'accept' }),
    reject: () => ({ type: 'reject', ground: 'not-competent', reason: '不属本单位职权范围' }),
    refuse: () => ({ type: 'refuse', reason: '同一事项已办结' }),
    extend: () => ({ type: 'extend', days: 30, reason: '需补充测绘' }),
    reply: () => ({ type: 'reply', outcome: 'support', text: '经核查，余款将于本月发放。' }),
    supervise: (at) => ({ type: 'supervise', dueAt: new Date(at.getTime() + 10 * 86_400_000).toISOString(), reason: '群众反映强烈' }),
    'request-review': () => ({ type: 'request-review', reason: '信访人不服' }),
    'record-hearing': () => ({ type: 'record-hearing', days: 5, note: '召开听证会' }),
    'decide-review': () => ({ type: 'decide-review', outcome: 'changed', text: '变更原处理意见' }),
    close: () => ({ type: 'close' }),
    note: () => ({ type: 'note', text: '已电话联系信访人', public: true }),
    mediate: () => ({ type: 'mediate', mediator: '刘明', parties: '信访人；村委会', outcome: 'partially-resolved', note: '' }),
  };
  const actors = [admin, officer(), leader(), countyLeader, dept(), dept('dept-hrss'), officer('430599102000')];
  const times = [1, 2, 3, 10, 30, 41, 42, 50, 61, 70, 81, 120].map(day);

  it('allows exactly the actions whose real command the decider accepts, or refuses only for its facts (422)', () => {
    let checked = 0;
    for (const name of Object.keys(states) as StateName[]) {
      const story = states[name]();
      const last = Date.parse(story.history[story.history.length - 1]!.at);
      for (const at of times.filter((t) => t.getTime() > last)) {
        for (const actor of actors) {
          const allowed = allowedActions(story.state, context(actor, at));
          for (const action of CASE_ACTIONS) {
            let accepted: boolean;
            try {
              decide(story.state, commands[action](at), context(actor, at));
              accepted = true;
            } catch (err) {
              expect(err).toBeInstanceOf(CaseRuleViolation);
              accepted = (err as CaseRuleViolation).status === 422;
            }
            if (allowed.includes(action) !== accepted) throw new Error(`${name} at ${at.toISOString()}, ${actor.id}: ${action} is ${allowed.includes(action) ? 'offered but refused' : 'withheld but accepted'}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
