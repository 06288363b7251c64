/**
 * Periods of the statistics, in China local time (Asia/Shanghai, UTC+8, no daylight saving).
 * `from` is inclusive and `to` exclusive; a date without a time means that local day, and a
 * date-only `to` includes its whole day (`to=2026-12-31` counts the 31st).
 */

const OFFSET_MS = 8 * 3600 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The earliest and latest months the rollups can hold. */
export const MIN_MONTH = '1900-01-01';
export const MAX_MONTH = '9999-12-01';

export interface Period {
  from: Date | null;
  to: Date | null;
}

/** Start of a local day or month as an instant. */
export function localStart(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

export function parseBound(value: string | undefined, end: boolean): Date | null {
  if (!value) return null;
  if (DATE_ONLY.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return localStart(y, m, d + (end ? 1 : 0));
  }
  return new Date(value);
}

export function parsePeriod(from?: string, to?: string): Period {
  return { from: parseBound(from, false), to: parseBound(to, true) };
}

/** A local calendar year. */
export function yearPeriod(year: number): Period {
  return { from: localStart(year, 1), to: localStart(year + 1, 1) };
}

/** `YYYY-MM-01` of the local month an instant falls in. */
export function monthOf(at: Date): string {
  const local = new Date(at.getTime() + OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/** `YYYY-MM-DD` of the local day an instant falls in. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

function monthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return localStart(y, m);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * How a period splits for the rollups: the whole local months inside it (`fullFrom` ≤ month <
 * `fullTo`, read from the monthly rollups) and the partial edges (computed from the facts).
 */
export interface PeriodPlan {
  fullFrom: string;
  fullTo: string;
  /** Instants of the partial edges, [from, to) each; empty when the period starts or ends on a month boundary. */
  edges: Array<{ from: Date | null; to: Date | null }>;
}

export function planPeriod(period: Period): PeriodPlan {
  let fullFrom = MIN_MONTH;
  if (period.from) {
    const m = monthOf(period.from);
    fullFrom = monthStart(m).getTime() === period.from.getTime() ? m : nextMonth(m);
  }
  const fullTo = period.to ? monthOf(period.to) : MAX_MONTH; // the month `to` falls in is not whole unless `to` is its start
  if (fullFrom >= fullTo) return { fullFrom, fullTo: fullFrom, edges: [{ from: period.from, to: period.to }] };
  const edges: PeriodPlan['edges'] = [];
  if (period.from && period.from.getTime() < monthStart(fullFrom).getTime()) edges.push({ from: period.from, to: monthStart(fullFrom) });
  if (period.to && fullTo !== MAX_MONTH && monthStart(fullTo).getTime() < period.to.getTime()) edges.push({ from: monthStart(fullTo), to: period.to });
  return { fullFrom, fullTo, edges };
}

/** Screening months (`YYYY-MM`) a period touches, for the monthly dispute screening. */
export function screeningMonths(period: Period): { from: string; to: string } {
  return {
    from: period.from ? monthOf(period.from).slice(0, 7) : '0000-00',
    to: period.to ? monthOf(new Date(period.to.getTime() - 1)).slice(0, 7) : '9999-99',
  };
}
