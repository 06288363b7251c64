import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from '../../cases/domain/calendar.js';
import {
  allDeadlinesPassed,
  checkClose,
  checkFiling,
  checkNoOverlap,
  daysDue,
  isLocalDate,
  isOwed,
  isReportDay,
  lastReportDay,
  periodProblems,
  periodStatus,
  reportDeadline,
  reportProblems,
  reportStatus,
  type SensitivePeriod,
} from './zero-report-rules.js';

const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const at = (iso: string) => new Date(iso);
/** China time, written as local wall-clock time. */
const cst = (local: string) => new Date(`${local}+08:00`);

/** 2026 Spring Festival: 02-14 (Sat) is a 调休 working day, 02-15 … 02-23 are holidays, 02-24 (Tue) a working day. */
const springFestival = (overrides: Partial<SensitivePeriod> = {}): SensitivePeriod => ({
  id: 'p1',
  name: '2026年春节期间',
  from: '2026-02-14',
  to: '2026-02-24',
  reportDays: 'every-day',
  openedAt: cst('2026-02-10T09:30:00'),
  closedAt: null,
  ...overrides,
});

function violation(fn: () => unknown): { status: number; rule: string } | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    const e = err as { status: number; rule: string };
    return { status: e.status, rule: e.rule };
  }
}

describe('the deadline of a day’s report', () => {
  it('is that local day at the configured time, China time', () => {
    expect(reportDeadline('2026-02-16', '17:00').toISOString()).toBe('2026-02-16T09:00:00.000Z');
    expect(reportDeadline('2026-02-16', '09:30').toISOString()).toBe('2026-02-16T01:30:00.000Z');
    expect(reportDeadline('2026-02-16', '00:00').toISOString()).toBe('2026-02-15T16:00:00.000Z');
    expect(reportDeadline('2026-02-16', '24:00').toISOString()).toBe('2026-02-16T16:00:00.000Z');
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => reportDeadline('2026-02-16', '5pm')).toThrow();
    expect(() => reportDeadline('2026-02-16', '24:30')).toThrow();
  });
});

describe('which days need a report', () => {
  it('every day of an every-day period, weekends and public holidays included', () => {
    const p = springFestival();
    for (const day of ['2026-02-14', '2026-02-15', '2026-02-17', '2026-02-21', '2026-02-24']) expect({ day, needed: isReportDay(p, day, calendar) }).toEqual({ day, needed: true });
  });

  it('only working days of a working-days period, by the holiday and 调休 calendar', () => {
    const p = springFestival({ reportDays: 'working-days' });
    const table: [string, boolean, string][] = [
      ['2026-02-14', true, 'Saturday worked in exchange (调休上班)'],
      ['2026-02-15', false, 'Sunday, first day of the holiday'],
      ['2026-02-17', false, 'Tuesday, 春节 holiday'],
      ['2026-02-23', false, 'Monday, last day of the holiday'],
      ['2026-02-24', true, 'Tuesday, back at work'],
    ];
    for (const [day, needed, why] of table) expect({ day, why, needed: isReportDay(p, day, calendar) }).toEqual({ day, why, needed });
  });

  it('no day outside the period', () => {
    expect(isReportDay(springFestival(), '2026-02-13', calendar)).toBe(false);
    expect(isReportDay(springFestival(), '2026-02-25', calendar)).toBe(false);
  });

  it('is owed only when its deadline falls after the period was opened', () => {
    const openedLate = springFestival({ openedAt: cst('2026-02-14T18:00:00') });
    expect(isOwed(openedLate, '2026-02-14', '17:00', calendar)).toBe(false); // opened after that day's 17:00
    expect(isOwed(openedLate, '2026-02-15', '17:00', calendar)).toBe(true);
    const openedMorning = springFestival({ openedAt: cst('2026-02-14T08:00:00') });
    expect(isOwed(openedMorning, '2026-02-14', '17:00', calendar)).toBe(true);
  });

  it('is owed only when its deadline falls before the period was closed', () => {
    const closed = springFestival({ closedAt: cst('2026-02-20T10:00:00') });
    expect(isOwed(closed, '2026-02-19', '17:00', calendar)).toBe(true); // already past its deadline when closed
    expect(isOwed(closed, '2026-02-20', '17:00', calendar)).toBe(false); // closed at 10:00, before 17:00
    expect(isOwed(closed, '2026-02-21', '17:00', calendar)).toBe(false);
    expect(lastReportDay(closed)).toBe('2026-02-20');
  });
});

describe('when a day counts as missing', () => {
  const p = springFestival();

  it('from the deadline on, not a moment before', () => {
    expect(daysDue(p, cst('2026-02-14T16:59:59.999'), '17:00', calendar)).toEqual([]);
    expect(daysDue(p, cst('2026-02-14T17:00:00'), '17:00', calendar)).toEqual(['2026-02-14']);
    expect(daysDue(p, cst('2026-02-16T12:00:00'), '17:00', calendar)).toEqual(['2026-02-14', '2026-02-15']);
    expect(daysDue(p, cst('2026-03-01T00:00:00'), '17:00', calendar)).toHaveLength(11);
  });

  it('with a later deadline, later', () => {
    expect(daysDue(p, cst('2026-02-14T20:00:00'), '24:00', calendar)).toEqual([]);
    expect(daysDue(p, cst('2026-02-15T00:00:00'), '24:00', calendar)).toEqual(['2026-02-14']);
  });

  it('only on the days a working-days period asks for', () => {
    expect(daysDue(springFestival({ reportDays: 'working-days' }), cst('2026-03-01T00:00:00'), '17:00', calendar)).toEqual(['2026-02-14', '2026-02-24']);
  });

  it('not for days that fell due after the period was closed', () => {
    expect(daysDue(springFestival({ closedAt: cst('2026-02-16T10:00:00') }), cst('2026-03-01T00:00:00'), '17:00', calendar)).toEqual(['2026-02-14', '2026-02-15']);
  });

  it('per township: filed, missing, pending or not required', () => {
    const now = cst('2026-02-16T12:00:00');
    expect(reportStatus(p, '2026-02-15', now, '17:00', calendar, true)).toBe('filed');
    expect(reportStatus(p, '2026-02-15', now, '17:00', calendar, false)).toBe('missing');
    expect(reportStatus(p, '2026-02-16', now, '17:00', calendar, false)).toBe('pending');
    expect(reportStatus(springFestival({ reportDays: 'working-days' }), '2026-02-15', now, '17:00', calendar, false)).toBe('not-required');
  });

  it('stops being swept once every deadline has passed, or the period was closed', () => {
    expect(allDeadlinesPassed(p, cst('2026-02-24T16:59:00'), '17:00')).toBe(false);
    expect(allDeadlinesPassed(p, cst('2026-02-24T17:00:00'), '17:00')).toBe(true);
    expect(allDeadlinesPassed(springFestival({ closedAt: cst('2026-02-16T10:00:00') }), cst('2026-02-16T10:00:01'), '17:00')).toBe(true);
  });
});

describe('filing a report', () => {
  const p = springFestival();

  it('is on time until the deadline, late after it', () => {
    expect(checkFiling(p, '2026-02-16', cst('2026-02-16T16:59:00'), '17:00', calendar)).toEqual({ late: false });
    expect(checkFiling(p, '2026-02-16', cst('2026-02-16T17:01:00'), '17:00', calendar)).toEqual({ late: true });
    expect(checkFiling(p, '2026-02-15', cst('2026-02-16T09:00:00'), '17:00', calendar)).toEqual({ late: true });
  });

  it('is refused for a day still to come, however close', () => {
    expect(violation(() => checkFiling(p, '2026-02-17', cst('2026-02-16T23:59:00'), '17:00', calendar))).toEqual({ status: 422, rule: 'zero-report-future-day' });
  });

  it('is refused outside any period, after it was closed, and on a day a working-days period skips', () => {
    expect(violation(() => checkFiling(undefined, '2026-02-16', cst('2026-02-16T09:00:00'), '17:00', calendar))).toEqual({ status: 422, rule: 'zero-report-outside-period' });
    const closed = springFestival({ closedAt: cst('2026-02-16T10:00:00') });
    expect(violation(() => checkFiling(closed, '2026-02-17', cst('2026-02-17T09:00:00'), '17:00', calendar))).toEqual({ status: 422, rule: 'zero-report-period-closed' });
    expect(checkFiling(closed, '2026-02-16', cst('2026-02-16T11:00:00'), '17:00', calendar)).toEqual({ late: false }); // the day it was closed may still be reported
    const workingDays = springFestival({ reportDays: 'working-days' });
    expect(violation(() => checkFiling(workingDays, '2026-02-16', cst('2026-02-16T09:00:00'), '17:00', calendar))).toEqual({ status: 422, rule: 'zero-report-not-a-report-day' });
  });

  it('zero is a report; incidents need a summary; the date must exist', () => {
    expect(reportProblems({ date: '2026-02-16', hasIncidents: false })).toEqual([]);
    expect(reportProblems({ date: '2026-02-16', hasIncidents: true, summary: '  ' }).map((e) => [e.field, e.rule])).toEqual([['summary', 'requiredWithIncidents']]);
    expect(reportProblems({ date: '2026-02-16', hasIncidents: true, summary: '3 人来访' })).toEqual([]);
    expect(reportProblems({ date: '2026-02-30', hasIncidents: false }).map((e) => [e.field, e.rule])).toEqual([['date', 'isDate']]);
  });
});

describe('opening and closing a period', () => {
  const now = cst('2026-02-10T09:00:00');

  it('needs real dates, the end not before the start nor in the past, and at most a year', () => {
    expect(periodProblems({ name: 'x', from: '2026-02-14', to: '2026-02-24' }, now)).toEqual([]);
    expect(periodProblems({ name: 'x', from: '2026-02-10', to: '2026-02-10' }, now)).toEqual([]);
    expect(periodProblems({ name: 'x', from: '2026-02-31', to: '2026-03-01' }, now).map((e) => [e.field, e.rule])).toEqual([['from', 'isDate']]);
    expect(periodProblems({ name: 'x', from: '2026-02-24', to: '2026-02-14' }, now).map((e) => [e.field, e.rule])).toEqual([['to', 'notBeforeFrom']]);
    expect(periodProblems({ name: 'x', from: '2026-02-14', to: '2027-02-15' }, now).map((e) => [e.field, e.rule])).toEqual([['to', 'maxPeriodDays']]);
    expect(periodProblems({ name: 'x', from: '2026-02-01', to: '2026-02-09' }, now).map((e) => [e.field, e.rule])).toEqual([['to', 'notInPast']]);
    expect(periodProblems({ name: '  ', from: '2026-02-14', to: '2026-02-24' }, now).map((e) => [e.field, e.rule])).toEqual([['name', 'isNotEmpty']]);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
  });

  it('refuses dates another period covers; the day after one ends, or after one closed early, is free', () => {
    const existing = [springFestival()];
    expect(violation(() => checkNoOverlap({ name: 'y', from: '2026-02-24', to: '2026-03-05' }, existing))).toEqual({ status: 409, rule: 'sensitive-period-overlap' });
    expect(violation(() => checkNoOverlap({ name: 'y', from: '2026-02-01', to: '2026-02-14' }, existing))).toEqual({ status: 409, rule: 'sensitive-period-overlap' });
    expect(violation(() => checkNoOverlap({ name: 'y', from: '2026-02-25', to: '2026-03-05' }, existing))).toBeUndefined();
    const closedEarly = [springFestival({ closedAt: cst('2026-02-18T10:00:00') })];
    expect(violation(() => checkNoOverlap({ name: 'y', from: '2026-02-19', to: '2026-02-28' }, closedEarly))).toBeUndefined();
    const cancelled = [springFestival({ closedAt: cst('2026-02-12T10:00:00') })];
    expect(violation(() => checkNoOverlap({ name: 'y', from: '2026-02-14', to: '2026-02-20' }, cancelled))).toBeUndefined();
  });

  it('closes an upcoming or open period, not an ended or closed one', () => {
    const p = springFestival();
    expect(periodStatus(p, now)).toBe('upcoming');
    expect(violation(() => checkClose(p, now))).toBeUndefined();
    expect(periodStatus(p, cst('2026-02-20T09:00:00'))).toBe('open');
    expect(violation(() => checkClose(p, cst('2026-02-20T09:00:00')))).toBeUndefined();
    expect(periodStatus(p, cst('2026-02-25T09:00:00'))).toBe('ended');
    expect(violation(() => checkClose(p, cst('2026-02-25T09:00:00')))).toEqual({ status: 409, rule: 'sensitive-period-ended' });
    expect(violation(() => checkClose(springFestival({ closedAt: now }), now))).toEqual({ status: 409, rule: 'sensitive-period-closed' });
  });

  it('counts instants in China time, whatever the server’s zone', () => {
    expect(daysDue(springFestival(), at('2026-02-14T09:00:00.000Z'), '17:00', calendar)).toEqual(['2026-02-14']);
  });
});
