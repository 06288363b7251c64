import type { CalendarDay } from './settings-api';

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Sorted dates as runs: 2月15日至2月23日、2月28日. */
export function dateRuns(dates: string[]): string {
  const runs: Array<[string, string]> = [];
  for (const d of dates) {
    const last = runs.at(-1);
    if (last && nextDay(last[1]) === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs.map(([a, b]) => (a === b ? md(a) : `${md(a)}至${md(b)}`)).join('、');
}

/** The year's entries grouped by name: 春节 holidays 2月15日至2月23日 (9 天), working 2月14日、2月28日. */
export function summarise(days: CalendarDay[]): Array<{ name: string; holidays: string[]; workdays: string[] }> {
  const groups = new Map<string, { name: string; holidays: string[]; workdays: string[] }>();
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const name = d.name.replace(/调休上班$|调休$|补班$/, '') || d.name;
    if (!groups.has(name)) groups.set(name, { name, holidays: [], workdays: [] });
    (d.kind === 'holiday' ? groups.get(name)!.holidays : groups.get(name)!.workdays).push(d.date);
  }
  return [...groups.values()];
}
