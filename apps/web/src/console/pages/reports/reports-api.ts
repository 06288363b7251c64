import { api } from '../../../shared/api';
import { reportingApi, statsQuery, type Figures, type StatsFilter } from '../stats/stats-api';

/** reporting's annual report (reports/annual-report.service.ts) as JSON. */
export interface ReportRow {
  code?: string | null;
  month?: string;
  name: string;
  received: number;
  closed: number;
  closureRate: number | null;
}

export interface AnnualReport {
  title: string;
  year: number;
  level: 'township' | 'county';
  townshipCode: string | null;
  placeName: string;
  countyName: string;
  figures: Figures;
  byChannel: ReportRow[];
  byCategory: ReportRow[];
  byMonth: ReportRow[];
  byUnit: ReportRow[];
  complainedUnits: Array<{ unitCode: string; unitName: string; petitions: number; closed: number; overdueCases: number; supervisedCases: number; accusations: number }>;
  zeroReports: { missing: number; late: number; filed: number };
  sections: Array<{ heading: string; text: string | null }>;
  generatedAt: string;
}

export interface VillageScore {
  villageCode: string;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  received: number;
  counts: Record<string, number>;
  points: number;
  score: number;
  deducted: number;
  deductions: Array<{ item: string; name: string; count: number; perOccurrence: number; points: number }>;
}

export interface AssessmentRule {
  year?: number | null;
  source: string;
  points: number;
  deductions: Record<string, number>;
  description: string;
}

export interface VillageAssessment {
  year: number;
  townshipCode: string | null;
  rule: AssessmentRule;
  items: VillageScore[];
}

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
