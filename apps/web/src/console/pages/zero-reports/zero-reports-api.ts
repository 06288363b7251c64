/** casework's 零报告 API through the gateway (apps/casework/src/zero-report); shapes from its OpenAPI document. */
import { api, caseworkApi } from '../../../shared/api';
import type { components } from '../../../shared/api-types/casework';

type Schemas = components['schemas'];
export type SensitivePeriod = Schemas['SensitivePeriodView'];
export type ReportDay = Schemas['ReportDayResponse'];
export type TownshipOfDay = Schemas['TownshipReportOfDay'];
export type ZeroReport = Schemas['ZeroReportView'];
export type FiledReport = Schemas['FiledReport'];

export interface NewPeriod {
  name: string;
  from: string;
  to: string;
  reportDays: 'every-day' | 'working-days';
}

export interface NewReport {
  townshipCode: string;
  date: string;
  hasIncidents: boolean;
  summary?: string;
}

export const listPeriods = async () => (await api<{ items: SensitivePeriod[] }>('GET', caseworkApi('/sensitive-periods'))).items;
export const openPeriod = (body: NewPeriod) => api<SensitivePeriod>('POST', caseworkApi('/sensitive-periods'), { body });
export const closePeriod = (id: string) => api<SensitivePeriod>('POST', caseworkApi(`/sensitive-periods/${encodeURIComponent(id)}/close`));
export const reportDay = (periodId: string, date: string) => api<ReportDay>('GET', caseworkApi(`/zero-reports?${new URLSearchParams({ periodId, date })}`));
export const fileReport = (body: NewReport) => api<ZeroReport>('POST', caseworkApi('/zero-reports'), { body });
export const filedReports = async (query: { periodId?: string; townshipCode?: string }) => {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return (await api<{ items: FiledReport[] }>('GET', caseworkApi(`/zero-reports/filed?${params}`))).items;
};
