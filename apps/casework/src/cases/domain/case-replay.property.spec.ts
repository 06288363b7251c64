import fc from 'fast-check';
import { localDate } from './calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from './clocks.js';
import { decide, type CaseCommand, type StaffMember } from './case-commands.js';
import { runningClocks, type RunningClock } from './case-deadlines.js';
import type { CaseEvent } from './case-events.js';
import { CALENDAR, CASE_ID, context, DAY_MS, opened, QINGSHUI, SHIMEN, staff, T0, UNITS } from './case-fixtures.js';
import { CaseRuleViolation } from './case-rules.js';
import { evolve, replay, type CaseState, type CaseStatus } from './case-state.js';

/**
 * For random command sequences — by the right people and by the wrong ones, on time and late —
 * the state the store keeps (folded event by event, stored as JSON between steps) always equals
 * `replay` of the recorded history, and the running clocks equal both `runningClocks` of the
 * replayed state and an independent recomputation from the recorded events alone. So every
 * deadline can be recomputed from the record.
 */

const COMMANDS = ['transfer', 'assign', 'object', 'accept', 'reject', 'refuse', 'take-ownership', 'extend', 'reply', 'supervise', 'request-review', 'record-hearing', 'decide-review', 'close', 'note', 'mediate'] as const;
const SYSTEM = ['petition-linked', 'evaluated', 'reminded', 'overdue', 'escalated'] as const;
type Kind = (typeof COMMANDS)[number] | (typeof SYSTEM)[number] | 'progress';

/** What the procedure expects next in each state: sequences biased this way reach its far end. */
const NEXT: Record<CaseStatus, (typeof COMMANDS)[number][]> = {
  registered: ['transfer', 'transfer', 'transfer', 'assign', 'accept', 'take-ownership', 'take-ownership', 'reject'],
  transferred: ['accept', 'accept', 'accept', 'object', 'take-ownership', 'take-ownership', 'refuse'],
  assigned: ['accept', 'accept', 'accept', 'object', 'take-ownership', 'take-ownership', 'reject'],
  accepted: ['reply', 'reply', 'extend', 'supervise'],
  rejected: ['close'],
  refused: ['close'],
  replied: ['request-review', 'request-review', 'request-review', 'close'],
  review: ['decide-review', 'decide-review', 'supervise'],
  reviewed: ['request-review', 'request-review', 'request-review', 'close'],
  're-review': ['record-hearing', 'decide-review', 'decide-review'],
  closed: ['request-review', 'request-review', 'note'],
};

const POOL: StaffMember[] = [
  staff.admin,
  staff.officer(QINGSHUI),
  staff.officer(SHIMEN),
  staff.leader(QINGSHUI),
  staff.leader(SHIMEN),
  staff.countyLeader,
  ...UNITS.filter((u) => u.kind !== 'township').map((u) => staff.dept(u.code)),
  staff.analyst,
];

interface Step {
  kind: Kind;
  /** null: the person whose job the command is; else someone from the pool. */
  actor: number | null;
  seed: number;
  advanceMinutes: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.oneof({ weight: 10, arbitrary: fc.constant<Kind>('progress') }, { weight: 3, arbitrary: fc.constantFrom<Kind>(...COMMANDS) }, { weight: 2, arbitrary: fc.constantFrom<Kind>(...SYSTEM) }),
  actor: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(POOL.length - 1) }),
  seed: fc.nat(1_000_000),
  // mostly hours to a few days, sometimes weeks: windows close, deadlines pass
  advanceMinutes: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 * 24 * 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 * 24 * 60 }) }),
});

const openedEvent = fc
  .record({
    // each flag on one case in eight: most cases need no leader ownership
    collective: fc.nat(7).map((n) => n === 0),
    repeat: fc.nat(7).map((n) => n === 0),
    skipLevel: fc.nat(7).map((n) => n === 0),
    longStanding: fc.nat(7).map((n) => n === 0),
    accused: fc.option(fc.constantFrom('dept-transport', 'dept-hrss', `twp-${QINGSHUI}`), { freq: 4 }),
    township: fc.constantFrom(QINGSHUI, SHIMEN),
    startMinutes: fc.integer({ min: 0, max: 300 * 24 * 60 }),
  })
  .map(({ accused, township, startMinutes, ...flags }) =>
    opened({
      flags,
      isAccusation: accused !== null,
      accusedUnitCode: accused,
      townshipCode: township,
      receivedAt: new Date(T0.getTime() - 60 * DAY_MS + startMinutes * 60_000).toISOString(),
    }),
  );

/** Whose job a command is, in the case's current state. */
function properActor(kind: (typeof COMMANDS)[number], state: CaseState, seed: number): StaffMember {
  switch (kind) {
    case 'transfer':
    case 'assign':
    case 'supervise':
    case 'request-review':
    case 'record-hearing':
    case 'decide-review':
      return staff.admin;
    case 'take-ownership':
    case 'extend':
      return seed % 2 ? staff.leader(state.townshipCode) : staff.countyLeader;
    default: {
      const unit = state.handlingUnit;
      if (unit && unit.kind !== 'township') return staff.dept(unit.code);
      return staff.officer(unit?.townshipCode ?? state.townshipCode);
    }
  }
}

function command(kind: (typeof COMMANDS)[number], seed: number, now: Date): CaseCommand {
  const pick = <T>(xs: readonly T[], salt = 1) => xs[Math.floor(seed / salt) % xs.length]!;
  const text = seed % 17 === 0 ? '  ' : '事实与理由';
  const later = (min: number, max: number) => new Date(now.getTime() + (min + (seed % (max - min + 1))) * DAY_MS).toISOString();
  switch (kind) {
    case 'transfer':
      return { type: 'transfer', unitCode: pick([...UNITS.map((u) => u.code), 'dept-nowhere'], 3), reason: text };
    case 'assign':
      return { type: 'assign', unitCode: pick([...UNITS.map((u) => u.code), 'dept-nowhere'], 3), dueAt: later(-2, 30), reason: text };
    case 'object':
      return { type: 'object', reason: text };
    case 'accept':
      return { type: 'accept' };
    case 'reject':
      return { type: 'reject', ground: pick(['legal-procedure', 'not-competent', 'not-a-petition-matter', 'other'] as const, 5), reason: text };
    case 'refuse':
      return { type: 'refuse', reason: text };
    case 'take-ownership':
      return { type: 'take-ownership' };
    case 'extend':
      return { type: 'extend', days: pick([1, 7, 15, 30, 30, 31, 0], 7), reason: text };
    case 'reply':
      return { type: 'reply', outcome: pick(['support', 'explain', 'not-support'] as const, 5), text };
    case 'supervise':
      return { type: 'supervise', dueAt: later(-1, 20), reason: text };
    case 'request-review':
      return { type: 'request-review', reason: text };
    case 'record-hearing':
      return { type: 'record-hearing', days: pick([1, 3, 10, 20, 0, 61], 7), note: '' };
    case 'decide-review':
      return { type: 'decide-review', outcome: pick(['upheld', 'changed', 'revoked'] as const, 5), text };
    case 'close':
      return { type: 'close' };
    case 'note':
      return { type: 'note', text, public: seed % 2 === 0 };
    case 'mediate':
      return { type: 'mediate', mediator: '调解员', parties: text, outcome: pick(['resolved', 'partially-resolved', 'unresolved'] as const, 5), note: '' };
  }
}

/** What the system records by itself (intake's events, the deadline sweeper), as its handlers do. */
function systemEvents(kind: (typeof SYSTEM)[number], state: CaseState, seed: number, now: Date): CaseEvent[] {
  const at = now.toISOString();
  const obligations = runningClocks(state, CALENDAR).filter((c) => c.obligation);
  const clock = obligations[seed % Math.max(1, obligations.length)];
  switch (kind) {
    case 'petition-linked':
      return [{ type: 'petition-linked', at, linkedPetitionId: `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`, linkedAs: seed % 2 ? 'repeat' : 'skip-level' }];
    case 'evaluated':
      return state.repliedAt && !state.evaluation ? [{ type: 'evaluated', at, rating: (['satisfied', 'basically-satisfied', 'unsatisfied'] as const)[seed % 3]! }] : [];
    case 'reminded':
      return clock ? [{ type: 'reminded', at, clock: clock.clock, dueAt: clock.dueAt.toISOString() }] : [];
    case 'overdue':
      return clock ? [{ type: 'overdue', at, clock: clock.clock, dueAt: clock.dueAt.toISOString() }] : [];
    case 'escalated':
      return clock ? [{ type: 'escalated', at, step: (['reminder', 'supervision', 'report-up'] as const)[seed % 3]!, reason: 'overdue', detail: '逾期升级', clock: clock.clock, dueAt: clock.dueAt.toISOString() }] : [];
  }
}

/**
 * The running clocks recomputed from the recorded events alone — each from the event that
 * started it, by the regulation's rules — without the fold's state except the status.
 */
function clocksFromRecord(history: CaseEvent[], status: CaseStatus): RunningClock[] {
  const lastIndex = (types: CaseEvent['type'][]) => history.map((e) => types.includes(e.type)).lastIndexOf(true);
  const last = <T extends CaseEvent['type']>(...types: T[]) => history[lastIndex(types)] as Extract<CaseEvent, { type: T }> | undefined;
  const at = (e: { at: string }) => new Date(e.at);
  const clocks: RunningClock[] = [];
  const routed = last('transferred', 'assigned');
  switch (status) {
    case 'registered': {
      const objection = last('routing-objected');
      const start = objection ? at(objection) : new Date((history[0] as Extract<CaseEvent, { type: 'opened' }>).receivedAt);
      clocks.push({ clock: 'route', dueAt: routeBy(start, CALENDAR), obligation: true });
      break;
    }
    case 'transferred':
    case 'assigned':
      clocks.push({ clock: 'acceptance-notice', dueAt: acceptanceNoticeBy(at(routed!), CALENDAR), obligation: true });
      clocks.push({ clock: 'objection', dueAt: objectionBy(at(routed!), CALENDAR), obligation: false });
      break;
    case 'accepted': {
      const extensions = history.filter((e) => e.type === 'deadline-extended');
      clocks.push({ clock: 'reply', dueAt: replyBy(at(last('accepted')!), extensions.reduce((n, e) => n + e.days, 0), CALENDAR), obligation: true });
      break;
    }
    case 'replied':
      clocks.push({ clock: 'review-request', dueAt: reviewRequestBy(at(last('replied')!), CALENDAR), obligation: false });
      break;
    case 'reviewed':
      clocks.push({ clock: 'review-request', dueAt: reviewRequestBy(at(last('review-decided')!), CALENDAR), obligation: false });
      break;
    case 'review':
    case 're-review': {
      const requested = lastIndex(['review-requested']);
      const hearingDays = history.slice(requested).reduce((n, e) => n + (e.type === 'hearing-recorded' ? e.days : 0), 0);
      clocks.push({ clock: 'review-decision', dueAt: reviewDecisionBy(at(history[requested]!), hearingDays, CALENDAR), obligation: true });
      break;
    }
    default:
      break;
  }
  const handling = status === 'transferred' || status === 'assigned' || status === 'accepted';
  if (handling && routed?.type === 'assigned' && lastIndex(['routing-objected']) < lastIndex(['assigned'])) clocks.push({ clock: 'assignment-report', dueAt: new Date(routed.dueAt!), obligation: true });
  const supervised = lastIndex(['supervised']);
  const inReview = (status === 'review' || status === 're-review') && supervised > lastIndex(['review-requested']);
  if (supervised >= 0 && (handling || status === 'registered' || inReview)) clocks.push({ clock: 'supervision', dueAt: new Date((history[supervised] as Extract<CaseEvent, { type: 'supervised' }>).dueAt), obligation: true });
  return clocks;
}

const byClock = (clocks: RunningClock[]) => [...clocks].sort((a, b) => a.clock.localeCompare(b.clock));
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** What the runs reached, to show the sequences are not stuck at the start. */
const reached = { statuses: new Set<string>(), refusals: new Set<string>(), events: new Set<string>() };

function runStory(first: CaseEvent, steps: Step[]): void {
  const history: CaseEvent[] = [stored(first)];
  let state = stored(evolve(null, first, CASE_ID));
  let now = new Date(first.at);
  for (const s of steps) {
    now = new Date(now.getTime() + s.advanceMinutes * 60_000);
    let events: CaseEvent[];
    if ((SYSTEM as readonly string[]).includes(s.kind)) {
      events = systemEvents(s.kind as (typeof SYSTEM)[number], state, s.seed, now);
    } else {
      const kind = s.kind === 'progress' ? NEXT[state.status][s.seed % NEXT[state.status].length]! : (s.kind as (typeof COMMANDS)[number]);
      const actor = s.actor === null ? properActor(kind, state, s.seed) : POOL[s.actor]!;
      try {
        events = decide(state, command(kind, s.seed, now), context(actor, now));
      } catch (err) {
        // a refusal is always a named rule with its HTTP status, and records nothing
        if (!(err instanceof CaseRuleViolation)) throw err;
        expect([403, 409, 422]).toContain(err.status);
        expect(err.rule).toMatch(/^[a-z][a-z-]*[a-z]$/);
        reached.refusals.add(err.rule);
        continue;
      }
    }
    // the store: fold each event into the stored (JSON) state, append the event to the history
    for (const e of events) {
      state = stored(evolve(state, e, CASE_ID));
      history.push(stored(e));
      reached.events.add(e.type);
    }
    reached.statuses.add(state.status);

    const replayed = replay(CASE_ID, history);
    expect(state).toEqual(replayed);
    const clocks = runningClocks(state, CALENDAR);
    expect(clocks).toEqual(runningClocks(replayed, CALENDAR));
    expect(byClock(clocks)).toEqual(byClock(clocksFromRecord(history, state.status)));
    // the regulation's periods end at the last millisecond of a working day in China
    for (const c of clocks) {
      if (c.clock === 'assignment-report' || c.clock === 'supervision') continue;
      expect(CALENDAR.isWorkingDay(localDate(c.dueAt))).toBe(true);
      expect(new Date(c.dueAt.getTime() + 1).toISOString().slice(11)).toBe('16:00:00.000Z');
    }
    // one extension at most, of 1..30 days; one escalation for passing among units; nothing after final
    const extensions = history.filter((e) => e.type === 'deadline-extended');
    expect(extensions.length).toBeLessThanOrEqual(1);
    for (const e of extensions) expect(e.days).toBeGreaterThanOrEqual(1);
    for (const e of extensions) expect(e.days).toBeLessThanOrEqual(30);
    expect(history.filter((e) => e.type === 'escalated' && e.reason === 'passed-among-units').length).toBe(state.unitsRouted.length >= 3 ? 1 : 0);
    const finalAt = history.findIndex((e) => e.type === 'review-decided' && e.stage === 're-review');
    if (finalAt >= 0) {
      expect(state).toMatchObject({ status: 'closed', final: true });
      expect(history.slice(finalAt + 1).filter((e) => e.type !== 'note-added' && e.type !== 'petition-linked' && e.type !== 'evaluated')).toEqual([]);
    }
    if (state.isAccusation) expect(state.unitsRouted).not.toContain(state.accusedUnitCode);
  }
}

describe('the stored state and its deadlines are recomputable from the record', () => {
  it('holds for random command sequences', () => {
    fc.assert(
      fc.property(openedEvent, fc.array(step, { minLength: 1, maxLength: 40, size: 'max' }), (first, steps) => runStory(first, steps)),
      { numRuns: 150 },
    );
  });

  it('reached every status, most rules and every kind of event', () => {
    expect([...reached.statuses].sort()).toEqual(['accepted', 'assigned', 'closed', 're-review', 'refused', 'registered', 'rejected', 'replied', 'review', 'reviewed', 'transferred']);
    for (const rule of ['leader-ownership-required', 'objection-window-closed', 'extension-already-used', 'extension-too-long', 'review-window-closed', 'matter-final', 'accusation-to-accused-unit', 'unknown-unit', 'due-date-in-past']) {
      expect([...reached.refusals]).toContain(rule);
    }
    expect(reached.events.size).toBeGreaterThanOrEqual(20);
  });
});
