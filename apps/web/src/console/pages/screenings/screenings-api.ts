/** casework's 矛盾纠纷排查 API through the gateway (apps/casework/src/dispute-screening); shapes from its OpenAPI document. */
import { api, caseworkApi } from '../../../shared/api';
import type { components } from '../../../shared/api-types/casework';

type Schemas = components['schemas'];
export type Screening = Schemas['ScreeningView'];
export type ScreeningPage = Schemas['ScreeningPageResponse'];
export type ScreeningSummary = Schemas['ScreeningSummaryResponse'];
export type NewScreening = Schemas['RecordScreeningBody'];
export type ScreeningChange = Schemas['UpdateScreeningBody'];

export const listScreenings = (query: string) => api<ScreeningPage>('GET', caseworkApi(`/dispute-screenings?${query}`));
export const screeningSummary = (query: string) => api<ScreeningSummary>('GET', caseworkApi(`/dispute-screenings/summary?${query}`));
export const recordScreening = (body: NewScreening) => api<Screening>('POST', caseworkApi('/dispute-screenings'), { body });
export const updateScreening = (id: string, body: ScreeningChange) => api<Screening>('PATCH', caseworkApi(`/dispute-screenings/${encodeURIComponent(id)}`), { body });
