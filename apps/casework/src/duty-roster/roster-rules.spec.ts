import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from '../cases/domain/calendar.js';
import { monthDays, rosterProblems } from './roster-rules.js';

const calendar = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);

describe('the duty roster’s month', () => {
  it('shows every day of the month with why a rest day rests and which weekend day is worked', () => {
    const september = monthDays('2026-09', calendar);
    expect(september).toHaveLength(30);
    const day = (date: string) => september.find((d) => d.date === date);
    expect(day('2026-09-01')).toEqual({ date: '2026-09-01', working: true, kind: 'workday', name: null });
    expect(day('2026-09-05')).toEqual({ date: '2026-09-05', working: false, kind: 'weekend', name: null });
    expect(day('2026-09-20')).toEqual({ date: '2026-09-20', working: true, kind: 'adjusted', name: '国庆节调休上班' });
    expect(day('2026-09-25')).toEqual({ date: '2026-09-25', working: false, kind: 'holiday', name: '中秋节' });
    expect(monthDays('2028-02', calendar)).toHaveLength(29);
  });

  it('refuses a rest day, a day outside the month and two leaders on one day, naming the field', () => {
    const problems = rosterProblems('2026-10', [{ date: '2026-10-01' }, { date: '2026-11-02' }, { date: '2026-10-09' }, { date: '2026-10-09' }], calendar);
    expect(problems).toEqual([
      { field: 'days[0].date', rule: 'workingDay', message: '2026-10-01 不是工作日（节假日不安排接访）' },
      { field: 'days[1].date', rule: 'inMonth', message: '日期不在 2026-10 内' },
      { field: 'days[3].date', rule: 'onePerDay', message: '每个工作日只安排一位领导接访' },
    ]);
  });
});
