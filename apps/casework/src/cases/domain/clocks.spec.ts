import { addDays, CHINA_HOLIDAYS_2025_2026, endOfLocalDay, localDate, WorkingCalendar } from './calendar.js';
import { acceptanceNoticeBy, afterCalendarDays, afterWorkingDays, CLOCK_LIMITS, objectionBy, remindAt, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from './clocks.js';

/**
 * The working-day calendar and the regulation's clocks, against the State Council's 2025–2026
 * holiday schedule. A period does not count the day it starts, ends at 23:59:59.999 China time
 * (UTC+8) of its last day, and a last day that is a rest day moves to the next working day
 * (民法典 第二百零三条); only the objection period counts working days (调休 Saturdays and Sundays
 * included, holidays excluded).
 */
const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);

/** An instant given as China local time, e.g. `2026-03-02 10:00`. */
const china = (local: string) => new Date(`${local.replace(' ', 'T')}+08:00`);
/** The end of a local date in China, as the ISO instant the clocks return. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();
/** The local date and weekday a deadline falls on, for readable failures. */
const weekday = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];

describe('WorkingCalendar', () => {
  it.each([
    // date, working?, why
    ['2026-03-02', true, 'an ordinary Monday'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-08', false, 'an ordinary Sunday'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, '元旦调休: a Sunday worked'],
    ['2026-02-14', true, '春节调休: a Saturday worked'],
    ['2026-02-15', false, '春节 first day (a Sunday)'],
    ['2026-02-18', false, '春节 (a Wednesday)'],
    ['2026-02-23', false, '春节 last day (a Monday)'],
    ['2026-02-24', true, 'first working day after 春节'],
    ['2026-02-28', true, '春节调休: a Saturday worked'],
    ['2026-05-01', false, '劳动节'],
    ['2026-05-09', true, '劳动节调休: a Saturday worked'],
    ['2026-09-20', true, '国庆节调休: a Sunday worked'],
    ['2026-09-25', false, '中秋节 (a Friday)'],
    ['2026-10-07', false, '国庆节 last day'],
    ['2026-10-08', true, 'first working day after 国庆节'],
    ['2026-10-10', true, '国庆节调休: a Saturday worked'],
    ['2026-10-11', false, 'the Sunday after: an ordinary rest day'],
    ['2025-01-26', true, '2025 春节调休: a Sunday worked'],
    ['2025-02-04', false, '2025 春节 last day'],
    ['2025-10-08', false, '2025 国庆节、中秋节 last day'],
    ['2025-10-11', true, '2025 国庆节调休: a Saturday worked'],
    // beyond the data only weekends rest: 2027 元旦 is a working day until the county enters the schedule
    ['2027-01-01', true, 'a Friday with no 2027 schedule entered yet'],
  ])('%s is working: %s (%s)', (date, working, why) => {
    expect({ date, why, working: calendar.isWorkingDay(date) }).toEqual({ date, why, working });
  });

  it('names the override that makes a day what it is', () => {
    expect(calendar.override('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' });
    expect(calendar.override('2026-02-18')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(calendar.override('2026-03-07')).toBeUndefined();
  });

  it('finds the first working day on or after a date', () => {
    expect(calendar.onOrAfter('2026-03-02')).toBe('2026-03-02');
    expect(calendar.onOrAfter('2026-03-07')).toBe('2026-03-09');
    expect(calendar.onOrAfter('2026-02-15')).toBe('2026-02-24');
    expect(calendar.onOrAfter('2026-10-01')).toBe('2026-10-08');
    expect(calendar.onOrAfter('2025-12-31')).toBe('2025-12-31');
    expect(calendar.onOrAfter('2026-01-01')).toBe('2026-01-04');
  });

  it.each([
    // from, n, n-th working day after (the start day not counted)
    ['2026-03-02', 5, '2026-03-09'], // Mon → next Mon: the weekend does not count
    ['2026-09-30', 5, '2026-10-13'], // 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13
    ['2026-09-18', 5, '2026-09-24'], // 09-20 (调休 Sunday) counts: 20, 21, 22, 23, 24
    ['2026-10-01', 5, '2026-10-13'], // starting on a holiday: 10-08, 10-09, 10-10, 10-12, 10-13
    ['2026-02-13', 1, '2026-02-14'], // the 调休 Saturday before 春节 is the next working day
    ['2026-02-14', 1, '2026-02-24'], // then nothing until after the festival
    ['2025-12-29', 5, '2026-01-06'], // across the year: 12-30, 12-31, 01-04 (调休 Sunday), 01-05, 01-06
  ])('from %s, %i working days → %s', (from, n, expected) => {
    expect(calendar.nthWorkingDayAfter(from, n)).toBe(expected);
    expect(calendar.workingDaysBetween(from, expected)).toBe(n);
  });

  it('counts working days strictly after the first date up to the last', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    // 02-14 (调休 Saturday), nothing during 春节, 02-24…02-27, 02-28 (调休 Saturday)
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-11')).toBe(3);
  });

  it('is data: another county schedule changes the answer', () => {
    const with2027 = new WorkingCalendar([...CHINA_HOLIDAYS_2025_2026, { date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    expect(with2027.isWorkingDay('2027-01-01')).toBe(false);
    expect(with2027.onOrAfter('2027-01-01')).toBe('2027-01-04');
    const plain = new WorkingCalendar([]);
    expect(plain.isWorkingDay('2026-10-01')).toBe(true);
    expect(plain.isWorkingDay('2026-10-10')).toBe(false);
  });
});

describe('local dates in China (UTC+8)', () => {
  it.each([
    ['2026-03-04T15:59:59.999Z', '2026-03-04'], // 23:59:59.999 in China
    ['2026-03-04T16:00:00.000Z', '2026-03-05'], // midnight in China, still the 4th in UTC
    ['2026-03-04T20:00:00.000Z', '2026-03-05'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'], // New Year in China, still 2025 in UTC
  ])('%s is %s in China', (iso, date) => {
    expect(localDate(new Date(iso))).toBe(date);
  });

  it('ends a local day at 23:59:59.999 China time', () => {
    expect(endOfLocalDay('2026-03-19').toISOString()).toBe('2026-03-19T15:59:59.999Z');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('the regulation’s clocks', () => {
  it('has the limits of the regulation', () => {
    expect(CLOCK_LIMITS).toEqual({
      routeDays: 15,
      acceptanceNoticeDays: 15,
      objectionWorkingDays: 5,
      replyDays: 60,
      maxExtensionDays: 30,
      reviewRequestDays: 30,
      reviewDecisionDays: 30,
    });
  });

  type Row = [name: string, compute: () => Date, due: string];
  const rows: Row[] = [
    // 15 days to route (Art. 22)
    ['route: an ordinary 15 days ending on a Thursday', () => routeBy(china('2026-03-04 10:00'), calendar), '2026-03-19'],
    ['route: 15 days ending on a Sunday move to Monday', () => routeBy(china('2026-03-07 10:00'), calendar), '2026-03-23'],
    ['route: 15 days ending on a Saturday move to Monday', () => routeBy(china('2026-03-06 10:00'), calendar), '2026-03-23'],
    ['route: ending inside 春节 (02-16) moves to 2026-02-24', () => routeBy(china('2026-02-01 09:00'), calendar), '2026-02-24'],
    ['route: ending on the last day of 春节 (02-23) moves to 02-24', () => routeBy(china('2026-02-08 09:00'), calendar), '2026-02-24'],
    ['route: ending on the 调休 Saturday 2026-02-28 stays there', () => routeBy(china('2026-02-13 09:00'), calendar), '2026-02-28'],
    ['route: starting on a holiday (10-01) counts from the next day', () => routeBy(china('2026-10-01 09:00'), calendar), '2026-10-16'],
    ['route: starting on the first day of 春节', () => routeBy(china('2026-02-15 09:00'), calendar), '2026-03-02'],
    ['route: across the year, ending on 元旦 moves to the 调休 Sunday 2026-01-04', () => routeBy(china('2025-12-17 09:00'), calendar), '2026-01-04'],
    ['route: across the year, ending on the 调休 Sunday 2026-01-04 stays there', () => routeBy(china('2025-12-20 09:00'), calendar), '2026-01-04'],
    ['route: ending inside 2025 国庆节 moves to 2025-10-09', () => routeBy(china('2025-09-20 09:00'), calendar), '2025-10-09'],
    ['route: ending on the 2025 调休 Saturday 10-11 stays there', () => routeBy(china('2025-09-26 09:00'), calendar), '2025-10-11'],
    // the start day in China decides, not the UTC date
    ['route: registered 23:59:59.999 China time on 03-04 counts from 03-04', () => routeBy(new Date('2026-03-04T15:59:59.999Z'), calendar), '2026-03-19'],
    ['route: registered 00:00 China time on 03-05 (still 03-04 in UTC) counts from 03-05', () => routeBy(new Date('2026-03-04T16:00:00.000Z'), calendar), '2026-03-20'],
    ['route: registered 00:30 China time on 01-01 (still 2025 in UTC)', () => routeBy(new Date('2025-12-31T16:30:00.000Z'), calendar), '2026-01-16'],
    // 15 days for the acceptance notice (Art. 23), from the unit's receipt
    ['acceptance notice: received on 09-16, 15 days end on 中秋 10-01 → 10-08', () => acceptanceNoticeBy(china('2026-09-16 15:00'), calendar), '2026-10-08'],
    ['acceptance notice: received 09-25 (a holiday), ends 10-10 (调休 Saturday)', () => acceptanceNoticeBy(china('2026-09-25 15:00'), calendar), '2026-10-10'],
    // 5 working days to object (Art. 23)
    ['objection: 5 working days across 国庆节, the 调休 Saturday 10-10 counted', () => objectionBy(china('2026-09-30 10:00'), calendar), '2026-10-13'],
    ['objection: 5 working days with the 调休 Sunday 09-20 counted', () => objectionBy(china('2026-09-18 16:00'), calendar), '2026-09-24'],
    ['objection: received on a holiday (10-01)', () => objectionBy(china('2026-10-01 10:00'), calendar), '2026-10-13'],
    ['objection: received on Friday, the weekend does not count', () => objectionBy(china('2026-03-06 10:00'), calendar), '2026-03-13'],
    ['objection: received on Saturday', () => objectionBy(china('2026-03-07 10:00'), calendar), '2026-03-13'],
    ['objection: across 春节, the 调休 Saturday 02-14 counted', () => objectionBy(china('2026-02-12 10:00'), calendar), '2026-02-26'],
    ['objection: across the year with the 调休 Sunday 01-04', () => objectionBy(china('2025-12-29 10:00'), calendar), '2026-01-06'],
    ['objection: received 23:59 China time on Friday 03-06 counts from Friday', () => objectionBy(new Date('2026-03-06T15:59:00.000Z'), calendar), '2026-03-13'],
    ['objection: received 00:01 China time on Saturday 03-07 counts from Saturday', () => objectionBy(new Date('2026-03-06T16:01:00.000Z'), calendar), '2026-03-13'],
    ['objection: received 23:59 China time on Thursday 03-05', () => objectionBy(new Date('2026-03-05T15:59:00.000Z'), calendar), '2026-03-12'],
    // 60 days to reply, extendable once by at most 30 (Art. 34)
    ['reply: 60 days ending on 劳动节 (05-01) move to 05-06', () => replyBy(china('2026-03-02 10:00'), 0, calendar), '2026-05-06'],
    ['reply: 60 + 30 days ending on a Sunday (05-31) move to Monday', () => replyBy(china('2026-03-02 10:00'), 30, calendar), '2026-06-01'],
    ['reply: 60 + 1 days', () => replyBy(china('2026-03-02 10:00'), 1, calendar), '2026-05-06'],
    ['reply: 60 days across the year end on 2026-02-16 (春节) → 02-24', () => replyBy(china('2025-12-18 10:00'), 0, calendar), '2026-02-24'],
    ['reply: 60 + 30 days from 2025-12-18 end on 2026-03-18', () => replyBy(china('2025-12-18 10:00'), 30, calendar), '2026-03-18'],
    ['reply: 60 days from 08-02 end on 中秋 (10-01) → 10-08', () => replyBy(china('2026-08-02 10:00'), 0, calendar), '2026-10-08'],
    // 30 days to request review / re-review (Arts. 35, 36)
    ['review request: 30 days ending on 清明 (04-04, Saturday) → 04-07', () => reviewRequestBy(china('2026-03-05 10:00'), calendar), '2026-04-07'],
    ['review request: 30 days ending on the 调休 Saturday 05-09', () => reviewRequestBy(china('2026-04-09 10:00'), calendar), '2026-05-09'],
    // 30 days to decide, hearing time not counted (Art. 36)
    ['review decision: 30 days ending on 国庆节 (10-01) → 10-08', () => reviewDecisionBy(china('2026-09-01 10:00'), 0, calendar), '2026-10-08'],
    ['review decision: 30 + 10 hearing days end on a Sunday (10-11) → 10-12', () => reviewDecisionBy(china('2026-09-01 10:00'), 10, calendar), '2026-10-12'],
    ['review decision: 30 + 9 hearing days end on the 调休 Saturday 10-10', () => reviewDecisionBy(china('2026-09-01 10:00'), 9, calendar), '2026-10-10'],
    ['review decision: 30 + 5 hearing days from 12-20 end on 2026-01-24 (Saturday) → 01-26', () => reviewDecisionBy(china('2025-12-20 10:00'), 5, calendar), '2026-01-26'],
  ];

  it.each(rows)('%s', (_name, compute, due) => {
    const at = compute();
    expect({ date: localDate(at), weekday: weekday(localDate(at)), at: at.toISOString() }).toEqual({ date: due, weekday: weekday(due), at: endOf(due) });
    // every deadline ends on a working day, at the last millisecond of it in China
    expect(calendar.isWorkingDay(localDate(at))).toBe(true);
    expect(new Date(at.getTime() + 1).getUTCHours()).toBe(16);
  });

  it('counts calendar days from the local start date, whatever the time of day', () => {
    for (const time of ['00:00', '08:00', '12:00', '23:59']) {
      expect(afterCalendarDays(china(`2026-03-04 ${time}`), 15, calendar).toISOString()).toBe(endOf('2026-03-19'));
      expect(afterWorkingDays(china(`2026-03-04 ${time}`), 5, calendar).toISOString()).toBe(endOf('2026-03-11'));
    }
  });

  it('reminds the configured number of days before a deadline', () => {
    const due = endOfLocalDay('2026-03-19');
    expect(remindAt(due, 3).toISOString()).toBe('2026-03-16T15:59:59.999Z');
    expect(remindAt(due, 0).toISOString()).toBe(due.toISOString());
  });
});
