/**
 * The working-day calendar: weekends are rest days, except adjusted working days (调休上班);
 * statutory holidays are rest days. Kept as data the county updates each year when the State
 * Council publishes the schedule (PUT /api/calendar). All dates are local dates in China
 * (Asia/Shanghai, UTC+8, no daylight saving).
 */
export type DayKind = 'holiday' | 'workday';

export interface CalendarOverride {
  /** YYYY-MM-DD, local date. */
  date: string;
  /** holiday: a statutory rest day; workday: a weekend day worked in exchange (调休). */
  kind: DayKind;
  name: string;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The local date (YYYY-MM-DD in China) of an instant. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last instant of a local date: 23:59:59.999 in China. */
export function endOfLocalDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS + DAY_MS - 1);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

export class WorkingCalendar {
  private readonly overrides: ReadonlyMap<string, CalendarOverride>;

  constructor(overrides: readonly CalendarOverride[]) {
    this.overrides = new Map(overrides.map((o) => [o.date, o]));
  }

  isWorkingDay(date: string): boolean {
    const override = this.overrides.get(date);
    if (override) return override.kind === 'workday';
    const day = weekday(date);
    return day !== 0 && day !== 6;
  }

  /** The first working day on or after `date`. */
  onOrAfter(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** The n-th working day after `date` (the start day itself not counted). */
  nthWorkingDayAfter(date: string, n: number): string {
    let d = date;
    for (let counted = 0; counted < n; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) counted++;
    }
    return d;
  }

  /** Working days strictly after `from` up to and including `to`. */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }

  /** Which override, if any, makes a day what it is (for explaining a deadline). */
  override(date: string): CalendarOverride | undefined {
    return this.overrides.get(date);
  }
}

/**
 * Statutory holidays and adjusted working days for 2025 and 2026, from the State Council's
 * published schedules (国务院办公厅关于部分节假日安排的通知). Counties check and extend this each
 * year through PUT /api/calendar; this list is only the starting data.
 */
export const CHINA_HOLIDAYS_2025_2026: readonly CalendarOverride[] = [
  ...range('2025-01-01', 1, '元旦'),
  { date: '2025-01-26', kind: 'workday', name: '春节调休上班' },
  ...range('2025-01-28', 8, '春节'),
  { date: '2025-02-08', kind: 'workday', name: '春节调休上班' },
  ...range('2025-04-04', 3, '清明节'),
  { date: '2025-04-27', kind: 'workday', name: '劳动节调休上班' },
  ...range('2025-05-01', 5, '劳动节'),
  ...range('2025-05-31', 3, '端午节'),
  { date: '2025-09-28', kind: 'workday', name: '国庆节调休上班' },
  ...range('2025-10-01', 8, '国庆节、中秋节'),
  { date: '2025-10-11', kind: 'workday', name: '国庆节调休上班' },
  ...range('2026-01-01', 3, '元旦'),
  { date: '2026-01-04', kind: 'workday', name: '元旦调休上班' },
  { date: '2026-02-14', kind: 'workday', name: '春节调休上班' },
  ...range('2026-02-15', 9, '春节'),
  { date: '2026-02-28', kind: 'workday', name: '春节调休上班' },
  ...range('2026-04-04', 3, '清明节'),
  ...range('2026-05-01', 5, '劳动节'),
  { date: '2026-05-09', kind: 'workday', name: '劳动节调休上班' },
  ...range('2026-06-19', 3, '端午节'),
  { date: '2026-09-20', kind: 'workday', name: '国庆节调休上班' },
  ...range('2026-09-25', 3, '中秋节'),
  ...range('2026-10-01', 7, '国庆节'),
  { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' },
];

function range(first: string, days: number, name: string): CalendarOverride[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), kind: 'holiday' as const, name }));
}
