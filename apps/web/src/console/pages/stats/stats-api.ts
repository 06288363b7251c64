import { api } from '../../../shared/api';

/**
 * What reporting answers for the statistics (apps/reporting/README.md, statistics/). Every
 * figure the dashboard shows is one of these numbers as the API gave it: the console counts
 * nothing and divides nothing itself.
 */

export const reportingApi = (path: string) => `/reporting/api${path}`;

/** The figures each summary and each breakdown row carries (statistics/domain/summary.ts). */
export interface Figures {
  received: number;
  byChannel: { visit: number; letter: number; online: number; phone: number };
  closed: number;
  closureRate: number | null;
  timelyAcceptanceRate: number | null;
  onTimeClosureRate: number | null;
  evaluationRate: number | null;
  satisfactionRate: number | null;
  repeat: number;
  skipLevel: number;
  collective: number;
  satisfactionCounting?: string;
  strictSatisfactionRate: number | null;
  satisfaction: { eligible: number; evaluated: number; satisfied: number; basicallySatisfied: number; unsatisfied: number };
  acceptance: { decided: number; timely: number; accepted: number; rejected: number; refused: number };
  replies: { replied: number; onTime: number; extended: number };
  leaderOwned: { cases: number; resolved: number; resolutionRate: number | null };
  routing: { transfers: number; transferredCases: number; assignments: number; assignedCases: number; supervisions: number; supervisedCases: number; objections: number };
  overdueCases: number;
  escalatedCases: number;
  reviewedCases: number;
  longStanding: number;
  countyLevel: number;
  accusations: number;
  mediation: {
    casesMediated: number;
    casesResolvedByMediation: number;
    disputes?: { screened: number; resolved: number; inProgress: number; escalated: number; referred: number; easilyEscalating: number; unresolvedEasilyEscalating: number; peopleInvolved: number; resolutionRate: number | null };
  };
  /** Rates reporting may add later (e.g. 重复访率), shown when present. */
  [extra: string]: unknown;
}

export interface StatsFilter {
  townshipCode?: string;
  villageCode?: string;
  /** YYYY-MM-DD, inclusive (a China-local day). */
  from?: string;
  /** YYYY-MM-DD, inclusive: the API counts a date-only `to` as its whole day. */
  to?: string;
}

export interface Summary extends Figures {
  townshipCode: string | null;
  villageCode: string | null;
  from: string | null;
  to: string | null;
}

export type BreakdownBy = 'channel' | 'category' | 'unit' | 'month' | 'village' | 'township';

export interface BreakdownItem extends Figures {
  key: string | null;
  name: string | null;
}

export interface ComplainedUnit {
  unitCode: string;
  unitName: string;
  petitions: number;
  closed: number;
  overdueCases: number;
  supervisedCases: number;
  accusations: number;
}

/** The filter as the API's query string (only what is set). */
export function statsQuery(filter: StatsFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function loadSummary(filter: StatsFilter, signal?: AbortSignal): Promise<Summary> {
  return api<Summary>('GET', reportingApi(`/stats/summary${statsQuery(filter)}`), { signal });
}

export async function loadBreakdown(filter: StatsFilter, by: BreakdownBy, signal?: AbortSignal): Promise<BreakdownItem[]> {
  return (await api<{ items: BreakdownItem[] }>('GET', reportingApi(`/stats/breakdown${statsQuery(filter, { by })}`), { signal })).items;
}

export async function loadComplainedUnits(filter: StatsFilter, limit: number, signal?: AbortSignal): Promise<ComplainedUnit[]> {
  return (await api<{ items: ComplainedUnit[] }>('GET', reportingApi(`/stats/complained-units${statsQuery(filter, { limit })}`), { signal })).items;
}
