/**
 * The dashboard's periods: China-local days, `from` and `to` both inclusive, as the statistics
 * API reads date-only bounds (a date-only `to` counts its whole day). Presets the bureau uses —
 * this year, last year, this quarter, this month, the last twelve months — or any range.
 */

export interface Period {
  from: string;
  to: string;
}

export type PresetKey = 'year' | 'last-year' | 'quarter' | 'month' | 'last-12-months';

export const PRESETS: Array<{ key: PresetKey; label: string }> = [
  { key: 'year', label: '本年度' },
  { key: 'last-year', label: '上年度' },
  { key: 'quarter', label: '本季度' },
  { key: 'month', label: '本月' },
  { key: 'last-12-months', label: '近12个月' },
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Today's date in Beijing (YYYY-MM-DD), whatever the browser's own zone. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function presetPeriod(key: PresetKey, now: Date = new Date()): Period {
  const [y, m] = beijingToday(now).split('-').map(Number) as [number, number, number];
  switch (key) {
    case 'year':
      return { from: ymd(y, 1, 1), to: ymd(y, 12, 31) };
    case 'last-year':
      return { from: ymd(y - 1, 1, 1), to: ymd(y - 1, 12, 31) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: ymd(y, first, 1), to: ymd(y, first + 2, lastDay(y, first + 2)) };
    }
    case 'month':
      return { from: ymd(y, m, 1), to: ymd(y, m, lastDay(y, m)) };
    case 'last-12-months': {
      // the eleven months before this one, and this one
      const startMonth = m === 12 ? 1 : m + 1;
      const startYear = m === 12 ? y : y - 1;
      return { from: ymd(startYear, startMonth, 1), to: ymd(y, m, lastDay(y, m)) };
    }
  }
}

/** Which preset a period is, if any. */
export function presetOf(period: Period, now: Date = new Date()): PresetKey | null {
  return PRESETS.find((p) => {
    const q = presetPeriod(p.key, now);
    return q.from === period.from && q.to === period.to;
  })?.key ?? null;
}

export function isValidDate(s: string | null | undefined): s is string {
  if (!s || !DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** The period in the page's address, or this year when it has none (or a broken one). */
export function periodFromQuery(params: URLSearchParams, now: Date = new Date()): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (isValidDate(from) && isValidDate(to) && from <= to) return { from, to };
  return presetPeriod('year', now);
}

/** 2026年1月1日至2026年12月31日, or 2026年度 for a whole year. */
export function periodLabel(period: Period): string {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fm === 1 && fd === 1 && tm === 12 && td === 31) return `${fy}年度`;
  if (fy === ty && fm === tm && fd === 1 && td === lastDay(ty, tm)) return `${fy}年${fm}月`;
  return `${fy}年${fm}月${fd}日至${ty}年${tm}月${td}日`;
}

/** Each month (YYYY-MM) the period touches, in order: the month chart's axis. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const [ty, tm] = period.to.split('-').map(Number) as [number, number];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${pad(m)}`);
    m === 12 ? ((m = 1), y++) : m++;
  }
  return out;
}
