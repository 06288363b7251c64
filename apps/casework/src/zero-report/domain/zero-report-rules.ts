/**
 * 零报告 — daily reports in a sensitive period, as pure rules.
 *
 * During a sensitive period (敏感时期) the county opens, every township files one report a day by
 * the deadline (default 17:00 China time, for that same day), even when there is nothing to
 * report: `hasIncidents: false` is a report. A day without a report once its deadline has passed
 * is missing (漏报).
 *
 * Which days need a report: by default every calendar day of the period, weekends and public
 * holidays included — sensitive periods are very often the holidays themselves (春节, 国庆) and
 * the point is that nobody goes quiet over a long weekend. A period may instead be opened for
 * working days only (`working-days`), counted by the county's working-day calendar (holidays and
 * 调休 as kept in PUT /api/calendar).
 *
 * A report is owed for a report day whose deadline falls while the period is open: after it was
 * opened (a period opened at 18:00 does not make that day's report missing at once) and not
 * after it was closed (closing stops what has not yet fallen due; days already past their
 * deadline stay owed). A day not owed may still be reported.
 *
 * All dates are local dates in China (Asia/Shanghai, UTC+8, no daylight saving).
 */
import type { FieldError, ReportDayRule } from '#contracts';
import { addDays, localDate, type WorkingCalendar } from '../../cases/domain/calendar.js';
import { conflict, unprocessable } from '../../cases/domain/case-rules.js';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** A sensitive period can run at most a year. */
export const MAX_PERIOD_DAYS = 366;

export interface SensitivePeriod {
  id: string;
  name: string;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day as planned, YYYY-MM-DD. */
  to: string;
  reportDays: ReportDayRule;
  openedAt: Date;
  closedAt: Date | null;
}

export type PeriodStatus = 'upcoming' | 'open' | 'ended' | 'closed';

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** Minutes after local midnight of an `HH:MM` deadline (24:00 → 1440). */
export function deadlineMinutes(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new Error(`deadline "${time}" is not HH:MM`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60 || Number(m[2]) > 59) throw new Error(`deadline "${time}" is not a time of day`);
  return minutes;
}

/** The instant a day's report falls due: that local day at the deadline time, China time. */
export function reportDeadline(day: string, deadline: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS + deadlineMinutes(deadline) * 60_000);
}

/** Days from `from` to `to`, both included. */
export function daysOf(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS) + 1;
}

/** Where a period stands at `now`. */
export function periodStatus(period: SensitivePeriod, now: Date): PeriodStatus {
  if (period.closedAt) return 'closed';
  const today = localDate(now);
  if (today < period.from) return 'upcoming';
  return today > period.to ? 'ended' : 'open';
}

/** The last day a report can be filed for: the planned last day, or the day the period was closed. */
export function lastReportDay(period: SensitivePeriod): string {
  if (!period.closedAt) return period.to;
  const closedOn = localDate(period.closedAt);
  return closedOn < period.to ? closedOn : period.to;
}

/** Whether the period asks for a report on a day: within its dates, and every day or working days only. */
export function isReportDay(period: SensitivePeriod, day: string, calendar: WorkingCalendar): boolean {
  if (day < period.from || day > period.to) return false;
  return period.reportDays === 'every-day' || calendar.isWorkingDay(day);
}

/** Whether a report is owed for the day: a report day whose deadline falls after opening and not after closing. */
export function isOwed(period: SensitivePeriod, day: string, deadline: string, calendar: WorkingCalendar): boolean {
  if (!isReportDay(period, day, calendar)) return false;
  const due = reportDeadline(day, deadline);
  return period.openedAt < due && (period.closedAt === null || due <= period.closedAt);
}

/** Owed days whose deadline has passed at `now`, oldest first: each is missing for a township that has not reported it. */
export function daysDue(period: SensitivePeriod, now: Date, deadline: string, calendar: WorkingCalendar): string[] {
  const due: string[] = [];
  for (let day = period.from; day <= period.to && reportDeadline(day, deadline) <= now; day = addDays(day, 1)) {
    if (isOwed(period, day, deadline, calendar)) due.push(day);
  }
  return due;
}

/** Whether no further report can fall due: every deadline of the period has passed, or it was closed. */
export function allDeadlinesPassed(period: SensitivePeriod, now: Date, deadline: string): boolean {
  return (period.closedAt !== null && period.closedAt <= now) || reportDeadline(period.to, deadline) <= now;
}

export type ReportStatus = 'filed' | 'missing' | 'pending' | 'not-required';

/**
 * A township's standing for one day: `filed` (on time or late), `missing` (owed, deadline passed,
 * nothing filed), `pending` (owed, deadline still ahead), `not-required` (not a report day, or
 * its deadline fell outside the period's open time).
 */
export function reportStatus(period: SensitivePeriod, day: string, now: Date, deadline: string, calendar: WorkingCalendar, filed: boolean): ReportStatus {
  if (filed) return 'filed';
  if (!isOwed(period, day, deadline, calendar)) return 'not-required';
  return reportDeadline(day, deadline) <= now ? 'missing' : 'pending';
}

/**
 * Whether a township may file a report for a day, and if so whether it is late. `period` is the
 * period whose dates include the day, if any. Throws the rule it breaks (422).
 */
export function checkFiling(period: SensitivePeriod | undefined, day: string, now: Date, deadline: string, calendar: WorkingCalendar): { late: boolean } {
  if (day > localDate(now)) throw unprocessable('zero-report-future-day', `${day} 还没到，不能提前报送当日报告`);
  if (!period) throw unprocessable('zero-report-outside-period', `${day} 不在任何敏感时期内，无需报送零报告`);
  if (day > lastReportDay(period)) throw unprocessable('zero-report-period-closed', `敏感时期“${period.name}”已于 ${lastReportDay(period)} 结束，${day} 无需报送`);
  if (!isReportDay(period, day, calendar)) throw unprocessable('zero-report-not-a-report-day', `敏感时期“${period.name}”只在工作日报送，${day} 不是工作日`);
  return { late: reportDeadline(day, deadline) < now };
}

export interface PeriodInput {
  name: string;
  from: string;
  to: string;
}

/** What is wrong with a period to open (400, field by field): a name, real dates, in order, not over, at most a year. */
export function periodProblems(input: PeriodInput, now: Date): FieldError[] {
  const problems: FieldError[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', rule: 'isNotEmpty', message: '不能为空' });
  if (!isLocalDate(input.from)) problems.push({ field: 'from', rule: 'isDate', message: '不是有效日期' });
  if (!isLocalDate(input.to)) problems.push({ field: 'to', rule: 'isDate', message: '不是有效日期' });
  if (problems.some((p) => p.rule === 'isDate')) return problems;
  if (input.to < input.from) problems.push({ field: 'to', rule: 'notBeforeFrom', message: '结束日期不能早于开始日期' });
  else if (daysOf(input.from, input.to) > MAX_PERIOD_DAYS) problems.push({ field: 'to', rule: 'maxPeriodDays', message: `敏感时期最长 ${MAX_PERIOD_DAYS} 天` });
  if (input.to < localDate(now)) problems.push({ field: 'to', rule: 'notInPast', message: '结束日期已过，不能开启已经结束的敏感时期' });
  return problems;
}

/** Two periods may not cover the same day: a township files one report a day, for the one period covering it (409). */
export function checkNoOverlap(input: PeriodInput, existing: readonly SensitivePeriod[]): void {
  const clash = existing.find((p) => input.from <= lastReportDay(p) && p.from <= input.to && !(p.closedAt && lastReportDay(p) < p.from));
  if (clash) throw conflict('sensitive-period-overlap', `与敏感时期“${clash.name}”（${clash.from} 至 ${lastReportDay(clash)}）日期重叠；同一天只能属于一个敏感时期`);
}

/** A period can be closed while upcoming (cancelled) or open; not once ended or closed (409). */
export function checkClose(period: SensitivePeriod, now: Date): void {
  const status = periodStatus(period, now);
  if (status === 'closed') throw conflict('sensitive-period-closed', `敏感时期“${period.name}”已经关闭`);
  if (status === 'ended') throw conflict('sensitive-period-ended', `敏感时期“${period.name}”已于 ${period.to} 结束，无需关闭`);
}

/** What is wrong with a daily report (400, field by field): a real date, and a summary when there were incidents. */
export function reportProblems(input: { date: string; hasIncidents: boolean; summary?: string | null }): FieldError[] {
  const problems: FieldError[] = [];
  if (!isLocalDate(input.date)) problems.push({ field: 'date', rule: 'isDate', message: '不是有效日期' });
  if (input.hasIncidents && !input.summary?.trim()) problems.push({ field: 'summary', rule: 'requiredWithIncidents', message: '有信访情况时必须填写情况摘要' });
  return problems;
}
