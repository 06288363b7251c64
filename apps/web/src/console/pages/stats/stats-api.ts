import { api } from '../../../shared/api';
import type { components } from '../../../shared/api-types/reporting';

/**
 * What reporting answers for the statistics (apps/reporting/README.md, statistics/). Every
 * figure the dashboard shows is one of these numbers as the API gave it: the console counts
 * nothing and divides nothing itself.
 */

export const reportingApi = (path: string) => `/reporting/api${path}`;

type Schemas = components['schemas'];

/** The figures each summary and each breakdown row carries (statistics/domain/summary.ts), as reporting's OpenAPI document declares them. */
export type Figures = Schemas['StatisticsSummaryResponse'];

export interface StatsFilter {
  townshipCode?: string;
  villageCode?: string;
  /** YYYY-MM-DD, inclusive (a China-local day). */
  from?: string;
  /** YYYY-MM-DD, inclusive: the API counts a date-only `to` as its whole day. */
  to?: string;
}

export type Summary = Schemas['StatisticsSummaryResponse'];

export type BreakdownBy = 'channel' | 'category' | 'unit' | 'month' | 'village' | 'township';

export type BreakdownItem = Schemas['BreakdownItem'];

export type ComplainedUnit = Schemas['ComplainedUnit'];

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
