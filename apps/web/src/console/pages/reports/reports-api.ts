import { api } from '../../../shared/api';
import type { components } from '../../../shared/api-types/reporting';
import { reportingApi, statsQuery, type StatsFilter } from '../stats/stats-api';

type Schemas = components['schemas'];

/** reporting's annual report (reports/annual-report.service.ts) as JSON, as its OpenAPI document declares it. */
export type ReportRow = Schemas['ReportRowByCode'] | Schemas['ReportRowByMonth'];

export type AnnualReport = Schemas['AnnualReportResponse'];

export type VillageScore = Schemas['VillageScore'];

export type AssessmentRule = Schemas['AssessmentRuleInForce'];

export type VillageAssessment = Schemas['VillageScoresResponse'];

export const annualReportPath = (townshipCode: string | undefined, year: number, format: 'json' | 'docx' | 'xlsx') =>
  reportingApi(`/reports/annual${statsQuery({ townshipCode }, { year, format })}`);

/** The case list's conditions reporting's export applies besides place and period (exports/export-filter.ts). */
export interface ExportConditions {
  channel?: string[];
  status?: string[];
  category?: string;
  handlingUnitCode?: string;
  open?: 'true' | 'false';
  flags?: Array<'collective' | 'repeat' | 'skipLevel' | 'accusation' | 'longStanding'>;
}

export const EXPORT_STATUSES: Array<{ value: string; label: string }> = [
  { value: 'registered', label: '已登记' },
  { value: 'routed', label: '已转送/交办' },
  { value: 'accepted', label: '办理中' },
  { value: 'rejected', label: '不予受理' },
  { value: 'refused', label: '不再受理' },
  { value: 'replied', label: '已答复' },
  { value: 'review', label: '复查复核中' },
  { value: 'closed', label: '已办结' },
];

export function caseExportPath(filter: StatsFilter, format: 'csv' | 'xlsx', conditions: ExportConditions = {}): string {
  const extra: Record<string, string | undefined> = {
    format,
    channel: conditions.channel?.length ? conditions.channel.join(',') : undefined,
    status: conditions.status?.length ? conditions.status.join(',') : undefined,
    category: conditions.category || undefined,
    handlingUnitCode: conditions.handlingUnitCode || undefined,
    open: conditions.open,
  };
  for (const f of conditions.flags ?? []) extra[f] = 'true';
  return reportingApi(`/exports/cases${statsQuery(filter, extra)}`);
}

export function loadAnnualReport(townshipCode: string | undefined, year: number, signal?: AbortSignal): Promise<AnnualReport> {
  return api<AnnualReport>('GET', annualReportPath(townshipCode, year, 'json'), { signal, timeoutMs: 60_000 });
}

export function loadVillageAssessment(townshipCode: string | undefined, year: number, signal?: AbortSignal): Promise<VillageAssessment> {
  return api<VillageAssessment>('GET', reportingApi(`/assessments/villages${statsQuery({ townshipCode }, { year })}`), { signal });
}

/** Where a rule came from, in words. */
export function ruleSource(source: string): string {
  if (source === 'built-in') return '系统默认规则';
  if (source === 'county-default') return '本县默认规则';
  const year = /^year-(\d{4})$/.exec(source)?.[1];
  return year ? `本县 ${year} 年度规则` : source;
}
