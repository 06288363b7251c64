/**
 * The 领导接访 roster's calls (casework `GET/PUT /api/duty-roster`, `GET /api/duty-roster/leaders`)
 * and its pure parts: the month's weeks for the calendar, a day's change as the whole month the
 * API replaces, and where each of the API's refusals shows.
 */
import { api, caseworkApi, type FieldError } from '../../../shared/api';
import type { components } from '../../../shared/api-types/casework';

export type Roster = components['schemas']['DutyRosterResponse'];
export type RosterDay = components['schemas']['RosterCalendarDayView'];
export type DutyDay = components['schemas']['DutyDayView'];
export type DutyLeader = components['schemas']['DutyLeaderView'];

export const loadRoster = (townshipCode: string, month: string, signal?: AbortSignal) =>
  api<Roster>('GET', caseworkApi(`/duty-roster?townshipCode=${encodeURIComponent(townshipCode)}&month=${encodeURIComponent(month)}`), { signal });
export const saveRoster = (townshipCode: string, month: string, days: DutyDay[]) => api<Roster>('PUT', caseworkApi('/duty-roster'), { body: { townshipCode, month, days } });
export const loadLeaders = async (townshipCode: string) => (await api<{ items: DutyLeader[] }>('GET', caseworkApi(`/duty-roster/leaders?townshipCode=${encodeURIComponent(townshipCode)}`))).items;

/** A staff account as the gateway lists it to the county admin (who arranges the roster). */
export interface LeaderAccount {
  id: string;
  displayName: string;
  role: string;
  townshipCode?: string;
  disabled: boolean;
}

export const loadLeaderAccounts = async () => (await api<{ items: LeaderAccount[] }>('GET', '/api/accounts')).items;

/**
 * Whom the county may put on a township's roster: the township's enabled leader accounts (a new
 * leader too, by his account's name) and the leaders its roster already names, once each.
 */
export type LeaderChoice = Pick<DutyLeader, 'leaderId' | 'leaderName'>;

export function leaderChoices(townshipCode: string, onRoster: LeaderChoice[], accounts: LeaderAccount[]): LeaderChoice[] {
  const choices = new Map<string, LeaderChoice>();
  for (const a of accounts) {
    if (a.role === 'leader' && a.townshipCode === townshipCode && !a.disabled) choices.set(a.id, { leaderId: a.id, leaderName: a.displayName });
  }
  for (const l of onRoster) if (!choices.has(l.leaderId)) choices.set(l.leaderId, { leaderId: l.leaderId, leaderName: l.leaderName });
  return [...choices.values()];
}

/** The month's days in weeks from Monday (a Chinese office's week), null for the days outside it. */
export function weeksOf(days: RosterDay[]): (RosterDay | null)[][] {
  if (!days.length) return [];
  const lead = (new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: (RosterDay | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks: (RosterDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month's roster with one day set to a leader (or cleared with null), as PUT takes it: the whole month. */
export function withDay(days: DutyDay[], date: string, leader: { leaderId: string; leaderName: string } | null): { days: DutyDay[]; index: number } {
  const rest = days.filter((d) => d.date !== date);
  const next = leader ? [...rest, { date, ...leader }].sort((a, b) => a.date.localeCompare(b.date)) : rest;
  return { days: next, index: next.findIndex((d) => d.date === date) };
}

/**
 * The API's refusals for the day being set: those of its own entry (`days[i].date`,
 * `days[i].leaderId`) at the form's 日期 and 接访领导 fields, the rest (another day of the month,
 * the month itself) as sentences above them.
 */
export function dayErrors(errors: FieldError[], index: number): { date: string[]; leader: string[]; other: string[] } {
  const out = { date: [] as string[], leader: [] as string[], other: [] as string[] };
  for (const e of errors) {
    if (e.field === `days[${index}].date` || e.field === 'month') out.date.push(e.message);
    else if (e.field === `days[${index}].leaderId` || e.field === `days[${index}].leaderName`) out.leader.push(e.message);
    else out.other.push(e.message);
  }
  return out;
}

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

/** 10月9日（星期五） */
export function dayPhrase(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（星期${WEEKDAY[d.getUTCDay()]}）`;
}

/** How a rest day is marked on the calendar. */
export function restLabel(day: RosterDay): string | null {
  if (day.working) return day.kind === 'adjusted' ? (day.name ?? '调休上班') : null;
  return day.kind === 'holiday' ? (day.name ?? '节假日') : '休息日';
}

/** Today in Beijing, YYYY-MM-DD. */
export const beijingToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
