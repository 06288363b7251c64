import { jest } from '@jest/globals';
import { CaseEscalatedV1, CaseOverdueV1, DeadlineApproachingV1, type EventEnvelope } from '#contracts';
import { eventually, sleep, SpawnedService } from '#testing';
import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from '../src/cases/domain/calendar.js';
import { routeBy } from '../src/cases/domain/clocks.js';
import { DEFAULT_SETTINGS } from '../src/settings/settings.js';
import { Backbone } from './case-rig.js';

jest.setTimeout(120_000);

const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const OVERDUE_CASES = 120;
const APPROACHING_CASES = 30;
const STEPS = DEFAULT_SETTINGS.escalationSteps.map((s) => s.step);

/** A receipt time whose 15-day route deadline falls in the reminder window: within 3 days, and not within the next hours. */
function receivedSoThatRouteIsDueWithin3Days(now: number): Date {
  for (let hoursAgo = 16 * 24; hoursAgo >= 8 * 24; hoursAgo--) {
    const receivedAt = new Date(now - hoursAgo * HOUR);
    const due = routeBy(receivedAt, calendar).getTime();
    if (due > now + 6 * HOUR && due - DEFAULT_SETTINGS.reminderDaysBefore * DAY < now - 60_000) return receivedAt;
  }
  throw new Error('no receipt time puts the route deadline within the reminder window today (a long holiday?)');
}

/** What one process says it fired: the sums of its `deadline sweep` log lines. */
function firedBy(replica: SpawnedService): { reminded: number; overdue: number; escalated: number } {
  const total = { reminded: 0, overdue: 0, escalated: 0 };
  for (const line of replica.log.split('\n')) {
    if (!line.includes('"deadline sweep"')) continue;
    const entry = JSON.parse(line) as typeof total;
    total.reminded += entry.reminded;
    total.overdue += entry.overdue;
    total.escalated += entry.escalated;
  }
  return total;
}

/** How many times each key occurs. */
function tally<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * Two casework processes (the build, as deployed) sweep the same database every 100 ms while a
 * backlog of overdue and nearly-due cases arrives: every reminder, overdue event and escalation
 * step reaches the CASEWORK stream exactly once per case, clock and due date, and the work is
 * shared between them.
 */
describe('deadline events with two casework processes', () => {
  let backbone: Backbone;
  let replicas: SpawnedService[] = [];

  beforeAll(async () => {
    backbone = await Backbone.start();
    // both sweep every 100 ms from the start
    replicas = await Promise.all([0, 1].map(() => SpawnedService.start('casework', backbone.platform, { DEADLINE_SWEEP_INTERVAL_MS: '100', LOG_LEVEL: 'info' })));
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.kill()));
    await backbone?.close();
  });

  it('fires each reminder, overdue event and escalation step exactly once per case, clock and due date', async () => {
    const now = Date.now();
    const overdueSince = new Date(now - 40 * DAY); // route deadline ≥ 16 days past: every escalation step is due
    const approachingSince = receivedSoThatRouteIsDueWithin3Days(now);
    const overdue = new Set<string>();
    const approaching = new Set<string>();
    // a backlog arrives: each process opens some of the cases, and both sweep all of them as they appear
    const registrations = [
      ...Array.from({ length: OVERDUE_CASES }, (_, i) => backbone.register({ receivedAt: overdueSince.toISOString(), channel: i % 2 ? 'letter' : 'online' }).then((p) => overdue.add(p.petitionId))),
      ...Array.from({ length: APPROACHING_CASES }, () => backbone.register({ receivedAt: approachingSince.toISOString(), townshipCode: '430599102000', villageCode: null }).then((p) => approaching.add(p.petitionId))),
    ];
    await Promise.all(registrations);

    const recorded = (type: string) => backbone.count(`SELECT count(*) FROM casework.case_history WHERE type = $1`, [type]);
    await eventually(
      async () => {
        expect([await recorded('opened'), await recorded('overdue'), await recorded('escalated'), await recorded('reminded')]).toEqual([
          OVERDUE_CASES + APPROACHING_CASES,
          OVERDUE_CASES,
          OVERDUE_CASES * STEPS.length,
          APPROACHING_CASES,
        ]);
      },
      60_000,
      100,
    );
    // many more sweeps by each: nothing fires again
    await sleep(1000);
    const events = await backbone.caseworkEvents();
    const of = (subject: string) => events.filter((e) => e.type === subject.replace(/\.v\d+$/, ''));
    const f = { overdue: of(CaseOverdueV1.subject), escalated: of(CaseEscalatedV1.subject), approaching: of(DeadlineApproachingV1.subject) };
    // each case was opened by one of them
    expect(await backbone.count(`SELECT count(DISTINCT petition_id) FROM casework."case"`)).toBe(OVERDUE_CASES + APPROACHING_CASES);
    const petitionOf = (e: EventEnvelope<any>) => e.payload.petitionId as string;

    // casework.case.overdue.v1: one per overdue case, for the route clock, never for a case not yet due
    expect(f.overdue).toHaveLength(OVERDUE_CASES);
    expect(new Set(f.overdue.map(petitionOf))).toEqual(overdue);
    expect([...tally(f.overdue, (e) => `${e.payload.caseId}|${e.payload.clock}|${e.payload.dueAt}`).values()].every((n) => n === 1)).toBe(true);
    expect(new Set(f.overdue.map((e) => e.payload.clock))).toEqual(new Set(['route']));

    // casework.case.escalated.v1: each county step once per case, clock and due date
    expect(f.escalated).toHaveLength(OVERDUE_CASES * STEPS.length);
    const steps = tally(f.escalated, (e) => `${e.payload.caseId}|${e.payload.step}`);
    expect(steps.size).toBe(OVERDUE_CASES * STEPS.length);
    expect([...steps.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(f.escalated.map((e) => e.payload.step))).toEqual(new Set(STEPS));
    expect(f.escalated.every((e) => e.payload.reason === 'overdue' && e.payload.daysOverdue >= 10 && overdue.has(petitionOf(e)))).toBe(true);

    // casework.case.deadline-approaching.v1: one per nearly-due case; a deadline already past gets no late reminder
    expect(f.approaching).toHaveLength(APPROACHING_CASES);
    expect(new Set(f.approaching.map(petitionOf))).toEqual(approaching);
    expect(new Set(f.approaching.map((e) => e.payload.clock))).toEqual(new Set(['route']));

    // the record agrees: every mark set once, every escalation stored once
    expect([await recorded('overdue'), await recorded('escalated'), await recorded('reminded')]).toEqual([OVERDUE_CASES, OVERDUE_CASES * STEPS.length, APPROACHING_CASES]);
    expect(await backbone.count(`SELECT count(*) FROM casework.escalation`)).toBe(OVERDUE_CASES * STEPS.length);
    expect(await backbone.count(`SELECT count(*) FROM casework.deadline WHERE reminded_at IS NULL`)).toBe(0);
    expect(await backbone.count(`SELECT count(*) FROM casework.deadline WHERE overdue_at IS NOT NULL`)).toBe(OVERDUE_CASES);

    // both processes did part of the work, and together exactly all of it
    const [a, b] = replicas.map(firedBy) as [ReturnType<typeof firedBy>, ReturnType<typeof firedBy>];
    process.stdout.write(`two casework processes: A fired ${JSON.stringify(a)}, B fired ${JSON.stringify(b)}\n`);
    expect(a.overdue + b.overdue).toBe(OVERDUE_CASES);
    expect(a.escalated + b.escalated).toBe(OVERDUE_CASES * STEPS.length);
    // every reminder mark is set once: a real reminder for the nearly-due cases, a silent mark for the overdue ones
    expect(a.reminded + b.reminded).toBe(OVERDUE_CASES + APPROACHING_CASES);
    expect(a.overdue + a.escalated).toBeGreaterThan(0);
    expect(b.overdue + b.escalated).toBeGreaterThan(0);
    for (const replica of replicas) {
      expect(replica.log.split('\n').filter((l) => l.includes('"level":"error"') || l.includes('deadline sweep failed'))).toEqual([]);
    }
  });
});
