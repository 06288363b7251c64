import { addDays, endOfLocalDay, localDate, type WorkingCalendar } from './calendar.js';

/**
 * The regulation's clocks (《信访工作条例》; domain.md). Days are calendar days unless a rule
 * says working days. A period does not count the day it starts and ends at the end of its last
 * day; when that last day is a rest day, the period ends on the next working day (民法典 第二百零三条).
 * Every deadline is computed from a recorded event, so it can be recomputed at any time.
 */
export const CLOCK_LIMITS = {
  /** Route (transfer/assign) or notify the petitioner, from registration (Art. 22). */
  routeDays: 15,
  /** Written acceptance notice, from the handling unit's receipt (Art. 23). */
  acceptanceNoticeDays: 15,
  /** Object to a wrong routing, from receipt — working days (Art. 23). */
  objectionWorkingDays: 5,
  /** Handle and reply, from acceptance (Art. 34). */
  replyDays: 60,
  /** One extension, at most this long (Art. 34). */
  maxExtensionDays: 30,
  /** Request review / re-review, from receiving the reply / review decision (Arts. 35, 36). */
  reviewRequestDays: 30,
  /** Decide the review / re-review, from the request (Arts. 35, 36); hearing time does not count. */
  reviewDecisionDays: 30,
} as const;

/** End of the period of `days` calendar days after `from`, moved past rest days. */
export function afterCalendarDays(from: Date, days: number, calendar: WorkingCalendar): Date {
  return endOfLocalDay(calendar.onOrAfter(addDays(localDate(from), days)));
}

/** End of the `n`-th working day after `from`. */
export function afterWorkingDays(from: Date, n: number, calendar: WorkingCalendar): Date {
  return endOfLocalDay(calendar.nthWorkingDayAfter(localDate(from), n));
}

export const routeBy = (registeredAt: Date, c: WorkingCalendar) => afterCalendarDays(registeredAt, CLOCK_LIMITS.routeDays, c);
export const acceptanceNoticeBy = (receivedByUnitAt: Date, c: WorkingCalendar) => afterCalendarDays(receivedByUnitAt, CLOCK_LIMITS.acceptanceNoticeDays, c);
export const objectionBy = (receivedByUnitAt: Date, c: WorkingCalendar) => afterWorkingDays(receivedByUnitAt, CLOCK_LIMITS.objectionWorkingDays, c);
export const replyBy = (acceptedAt: Date, extensionDays: number, c: WorkingCalendar) => afterCalendarDays(acceptedAt, CLOCK_LIMITS.replyDays + extensionDays, c);
export const reviewRequestBy = (repliedAt: Date, c: WorkingCalendar) => afterCalendarDays(repliedAt, CLOCK_LIMITS.reviewRequestDays, c);
export const reviewDecisionBy = (requestedAt: Date, hearingDays: number, c: WorkingCalendar) => afterCalendarDays(requestedAt, CLOCK_LIMITS.reviewDecisionDays + hearingDays, c);

/** When the deadline-approaching reminder is due: `daysBefore` calendar days before the deadline (county-configurable, default 3). */
export function remindAt(dueAt: Date, daysBefore: number): Date {
  return new Date(dueAt.getTime() - daysBefore * 24 * 3600 * 1000);
}
