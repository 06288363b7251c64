import type { FieldError } from '#contracts';
import { addDays, type WorkingCalendar } from '../cases/domain/calendar.js';

/** A month's roster must name one leader for each of its days, and only on working days. */
export function rosterProblems(month: string, days: { date: string }[], calendar: WorkingCalendar): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  days.forEach((d, i) => {
    if (!d.date.startsWith(`${month}-`)) problems.push({ field: `days[${i}].date`, rule: 'inMonth', message: `日期不在 ${month} 内` });
    else if (!calendar.isWorkingDay(d.date)) problems.push({ field: `days[${i}].date`, rule: 'workingDay', message: `${d.date} 不是工作日（节假日不安排接访）` });
    if (seen.has(d.date)) problems.push({ field: `days[${i}].date`, rule: 'onePerDay', message: '每个工作日只安排一位领导接访' });
    seen.add(d.date);
  });
  return problems;
}

/** A day of the month as the roster shows it: a working day, or a rest day and why. */
export interface RosterCalendarDay {
  date: string;
  working: boolean;
  /** workday: an ordinary working day; adjusted: a weekend day worked (调休上班); weekend; holiday. */
  kind: 'workday' | 'adjusted' | 'weekend' | 'holiday';
  /** The calendar's name for a holiday or an adjusted day (国庆节, 国庆节调休上班). */
  name: string | null;
}

/** Every day of a month (YYYY-MM) by the working-day calendar, for the roster's calendar. */
export function monthDays(month: string, calendar: WorkingCalendar): RosterCalendarDay[] {
  const days: RosterCalendarDay[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) {
    const override = calendar.override(d);
    const working = calendar.isWorkingDay(d);
    const kind = override ? (override.kind === 'holiday' ? 'holiday' : 'adjusted') : working ? 'workday' : 'weekend';
    days.push({ date: d, working, kind, name: override?.name ?? null });
  }
  return days;
}
