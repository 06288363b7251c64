/**
 * The calls the case pages make through the gateway, and the shapes they answer with (intake's
 * list and detail, casework's case, notification's delivery log — api.md).
 */
import { api, caseworkApi, intakeApi } from '../../../shared/api';

export interface PetitionFlags {
  collective: boolean;
  repeat: boolean;
  skipLevel: boolean;
  longStandingPetitioner: boolean;
  accusation: boolean;
}

export interface PetitionSummary {
  id: string;
  channel: string;
  receivedAt: string;
  townshipCode: string;
  villageCode: string | null;
  category: string;
  title: string;
  status: string;
  caseStatus: string;
  caseId: string | null;
  handlingUnitCode: string | null;
  dueAt: string | null;
  overdue: boolean;
  flags: PetitionFlags;
  linkedPetitionId: string | null;
}

export interface PetitionPage {
  total: number;
  totalExact: boolean;
  page: number;
  pageSize: number;
  items: PetitionSummary[];
}

export interface Petitioner {
  petitionerRef: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  isRepresentative: boolean;
}

export interface PetitionDetail extends PetitionSummary {
  trackingCode: string;
  content: string;
  registeredAtLevel: string;
  headcount: number;
  accusedUnitCode: string | null;
  refusalReason: string | null;
  letterDate: string | null;
  callerNumber: string | null;
  evaluation: { rating: string; comment: string | null; evaluatedAt: string } | null;
  petitionersRevealed?: boolean;
  petitioners: Petitioner[];
  attachments: { id: string; fileName: string; contentType: string; sizeBytes: number; uploadedAt: string }[];
  timeline: { at: string; kind: string; description: string }[];
}

export interface CaseUnit {
  code: string;
  name: string;
  kind: string;
  townshipCode: string | null;
}

export interface TimelineEntry {
  at: string;
  type: string;
  public: boolean;
  actorId: string | null;
  actorRole: string | null;
  summary: string;
}

export interface CaseView {
  id: string;
  petitionId: string;
  status: string;
  townshipCode: string;
  handlingUnitCode: string | null;
  handlingUnit: CaseUnit | null;
  ownerId: string | null;
  ownershipRequired: boolean;
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean; longStanding: boolean };
  isAccusation: boolean;
  receptionLeaderId: string | null;
  linkedPetitionIds: string[];
  receivedAt: string;
  deadlines: Record<string, string>;
  overdue: string[];
  extension: { days: number; reason: string; approvedBy: string } | null;
  reply: { outcome: string; repliedAt: string; onTime: boolean | null } | null;
  evaluation: string | null;
  final: boolean;
  closedAt: string | null;
  proposedUnit?: { code: string; name: string } | null;
  timeline?: TimelineEntry[];
  allowedActions?: string[];
}

export interface Delivery {
  id: string;
  eventSubject: string;
  templateKey: string;
  channel: 'sms' | 'email' | 'inbox';
  recipient: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export const listPetitions = (query: string, signal?: AbortSignal) => api<PetitionPage>('GET', intakeApi(`/petitions?${query}`), { signal });

export const petitionDetail = (id: string, reveal = false) => api<PetitionDetail>('GET', intakeApi(`/petitions/${encodeURIComponent(id)}${reveal ? '?reveal=petitioners' : ''}`));

export const caseDetail = (caseId: string) => api<CaseView>('GET', caseworkApi(`/cases/${encodeURIComponent(caseId)}`));

export const deliveriesOf = (petitionId: string) => api<{ items: Delivery[] }>('GET', `/notification/api/deliveries?petitionId=${encodeURIComponent(petitionId)}`);

export const attachmentUrl = (petitionId: string, attachmentId: string) => intakeApi(`/petitions/${encodeURIComponent(petitionId)}/attachments/${encodeURIComponent(attachmentId)}`);

/** POST /casework/api/cases/:id/<endpoint>: the case as the caller sees it afterwards. */
export const actOnCase = (caseId: string, endpoint: string, body: unknown) => api<CaseView>('POST', caseworkApi(`/cases/${encodeURIComponent(caseId)}/${endpoint}`), { body });
