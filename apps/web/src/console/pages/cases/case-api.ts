/**
 * The calls the case pages make through the gateway, and the shapes they answer with (intake's
 * list and detail, casework's case, notification's delivery log — api.md).
 */
import { api, caseworkApi, intakeApi } from '../../../shared/api';
import type { components as CaseworkComponents } from '../../../shared/api-types/casework';
import type { components as IntakeComponents } from '../../../shared/api-types/intake';
import type { components as NotificationComponents } from '../../../shared/api-types/notification';

type Intake = IntakeComponents['schemas'];
type Casework = CaseworkComponents['schemas'];

// the shapes are the services' own OpenAPI documents (../../../shared/api-types, `npm run api:generate`)
export type PetitionFlags = Intake['PetitionListFlags'];
export type PetitionSummary = Intake['PetitionSummary'];
export type PetitionPage = Intake['PetitionPageResponse'];
export type Petitioner = Intake['PetitionerDetail'];
export type PetitionDetail = Intake['PetitionDetailResponse'];
export type TimelineEntry = Casework['CaseTimelineEntry'];
export type CaseView = Casework['CaseDetailResponse'];
export type Delivery = NotificationComponents['schemas']['DeliveryView'];

export const listPetitions = (query: string, signal?: AbortSignal) => api<PetitionPage>('GET', intakeApi(`/petitions?${query}`), { signal });

export const petitionDetail = (id: string, reveal = false) => api<PetitionDetail>('GET', intakeApi(`/petitions/${encodeURIComponent(id)}${reveal ? '?reveal=petitioners' : ''}`));

export const caseDetail = (caseId: string) => api<CaseView>('GET', caseworkApi(`/cases/${encodeURIComponent(caseId)}`));

export const deliveriesOf = (petitionId: string) => api<{ items: Delivery[] }>('GET', `/notification/api/deliveries?petitionId=${encodeURIComponent(petitionId)}`);

export const attachmentUrl = (petitionId: string, attachmentId: string) => intakeApi(`/petitions/${encodeURIComponent(petitionId)}/attachments/${encodeURIComponent(attachmentId)}`);

/** POST /casework/api/cases/:id/<endpoint>: the case as the caller sees it afterwards. */
export const actOnCase = (caseId: string, endpoint: string, body: unknown) => api<CaseView>('POST', caseworkApi(`/cases/${encodeURIComponent(caseId)}/${endpoint}`), { body });
