import type { FieldError } from '#contracts';
import type { WorkingCalendar } from '../cases/domain/calendar.js';

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
