/**
 * The staff registration form (登记) as intake takes it: one form per channel with the channel's
 * own fields, the body of `POST /intake/api/petitions` (and of its check), where each of the API's
 * `errors[]` shows on the form, and what the check and the registration answer.
 */
import { api, intakeApi, type FieldError } from '../../../shared/api';
import { COLLECTIVE_THRESHOLD, MAX_REPRESENTATIVES, REGULATION_CLOCKS } from '../../../shared/regulation';

export type Channel = 'visit' | 'letter' | 'phone' | 'online';

export const CHANNELS: { key: Channel; label: string; hint: string }[] = [
  { key: 'visit', label: '来访', hint: '群众到信访接待场所当面反映：记录来访人数，多人走访须推选代表（最多 5 人）。' },
  { key: 'letter', label: '来信', hint: '群众来信：记录信件落款日期，收信时间即收到时间。' },
  { key: 'phone', label: '来电', hint: '群众来电：记录来电号码，以便回访。' },
  { key: 'online', label: '网上信访', hint: '经网上信访平台、电子邮件等网络渠道提出，由工作人员代为录入。' },
];

export const CHANNEL_NAMES: Record<Channel, string> = { visit: '来访', letter: '来信', phone: '来电', online: '网上信访' };

/** One person as typed. */
export interface PersonDraft {
  name?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

/** The form as typed, with dates already as text (receivedAt ISO, letterDate YYYY-MM-DD). */
export interface RegistrationDraft {
  receivedAt?: string;
  townshipCode?: string;
  villageCode?: string;
  category?: string;
  title?: string;
  content?: string;
  headcount?: number | null;
  letterDate?: string;
  callerNumber?: string;
  petitioners?: PersonDraft[];
  /** Indices into petitioners. */
  representatives?: number[];
  isAccusation?: boolean;
  accusedUnit?: string;
}

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Five or more people make it collective (Art. 20): those present at a visit, or those named. */
export function isCollective(channel: Channel, draft: Pick<RegistrationDraft, 'headcount' | 'petitioners'>): boolean {
  const present = channel === 'visit' ? (draft.headcount ?? 0) : 0;
  return Math.max(present, draft.petitioners?.length ?? 0) >= COLLECTIVE_THRESHOLD;
}

/**
 * The body of POST /intake/api/petitions (api.md) for a channel: only that channel's own field,
 * empty optional fields left out, the title and content as typed (the API refuses blank ones).
 */
export function toRegistrationBody(channel: Channel, draft: RegistrationDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {
    channel,
    ...(draft.receivedAt ? { receivedAt: draft.receivedAt } : {}),
    townshipCode: draft.townshipCode ?? '',
    ...(draft.villageCode ? { villageCode: draft.villageCode } : {}),
    category: draft.category ?? '',
    title: draft.title ?? '',
    content: draft.content ?? '',
    petitioners: (draft.petitioners ?? []).map((p) => ({
      name: p.name ?? '',
      ...(text(p.idNumber) ? { idNumber: text(p.idNumber) } : {}),
      ...(text(p.phone) ? { phone: text(p.phone) } : {}),
      ...(text(p.address) ? { address: text(p.address) } : {}),
    })),
  };
  if (channel === 'visit' && typeof draft.headcount === 'number') body.headcount = draft.headcount;
  if (channel === 'letter' && draft.letterDate) body.letterDate = draft.letterDate;
  if (channel === 'phone' && text(draft.callerNumber)) body.callerNumber = text(draft.callerNumber);
  const people = draft.petitioners?.length ?? 0;
  const representatives = [...new Set(draft.representatives ?? [])].filter((i) => i < people).sort((a, b) => a - b);
  if (isCollective(channel, draft) && representatives.length) body.representatives = representatives;
  if (draft.isAccusation) {
    body.isAccusation = true;
    if (draft.accusedUnit) body.accusedUnit = draft.accusedUnit;
  }
  return body;
}

/** The form's fields, by the API's names; an error on any other field shows above the buttons. */
const TOP_FIELDS = new Set(['receivedAt', 'townshipCode', 'villageCode', 'category', 'title', 'content', 'headcount', 'letterDate', 'callerNumber', 'representatives', 'isAccusation', 'accusedUnit']);
const PERSON_FIELDS = new Set(['name', 'idNumber', 'phone', 'address']);

/** Where an API error shows on the form (an antd name path), or null when no field of the form has it. */
export function formPathOf(apiField: string): (string | number)[] | null {
  if (apiField.startsWith('representatives')) return ['representatives'];
  if (apiField === 'petitioners') return ['petitioners', 0, 'name'];
  const person = /^petitioners\[(\d+)\](?:\.(\w+))?$/.exec(apiField);
  if (person) {
    const field = person[2] ?? 'name';
    return PERSON_FIELDS.has(field) ? ['petitioners', Number(person[1]), field] : ['petitioners', Number(person[1]), 'name'];
  }
  return TOP_FIELDS.has(apiField) ? [apiField] : null;
}

/** The API's errors grouped by where they show; several rules on one field are all kept, in order. */
export function errorsByPath(errors: FieldError[]): { fields: { name: (string | number)[]; errors: string[] }[]; other: string[] } {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const other: string[] = [];
  for (const e of errors) {
    const path = formPathOf(e.field);
    if (!path) {
      other.push(e.message);
      continue;
    }
    const key = path.join('.');
    const entry = fields.get(key) ?? { name: path, errors: [] };
    if (!entry.errors.includes(e.message)) entry.errors.push(e.message);
    fields.set(key, entry);
  }
  return { fields: [...fields.values()], other };
}

/** What the form must say before the API is asked: only what stops the form from being sent sensibly. */
export function localProblems(channel: Channel, draft: RegistrationDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (isCollective(channel, draft) && (draft.representatives?.length ?? 0) > MAX_REPRESENTATIVES) {
    problems.push({ field: 'representatives', rule: 'maxRepresentatives', message: `集体访最多推选 ${MAX_REPRESENTATIVES} 名代表（《信访工作条例》第二十条）` });
  }
  return problems;
}

// ───────────────────────────── what the API answers ─────────────────────────────

export interface RepeatCandidate {
  petitionId: string;
  score: number;
  strength: 'strong' | 'possible';
  sharedFacts: string[];
  conflictingFacts: string[];
  receivedAt: string;
  caseStatus: string;
  title: string | null;
}

export interface RegistrationCheck {
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean };
  linkedPetitionId: string | null;
  status: 'registered' | 'refused';
  refusalReason?: string;
  longStandingPetitioner: boolean;
  repeatCandidates: RepeatCandidate[];
}

export interface RegistrationOutcome {
  id: string;
  trackingCode: string;
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean };
  linkedPetitionId: string | null;
  status: 'registered' | 'refused';
  refusalReason?: string;
  repeatCandidates?: RepeatCandidate[];
}

export const checkRegistration = (body: Record<string, unknown>) => api<RegistrationCheck>('POST', intakeApi('/petitions/check'), { body });
export const register = (body: Record<string, unknown>) => api<RegistrationOutcome>('POST', intakeApi('/petitions'), { body });

export function uploadAttachment(petitionId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<{ id: string }>('POST', intakeApi(`/petitions/${petitionId}/attachments`), { body: form, timeoutMs: 120_000 });
}

/** The files staff attach (intake checks the content again): JPEG, PNG, PDF, ≤ 10 MB each. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';

export function fileProblem(file: { name: string; type: string; size: number }): string | null {
  if (!/^(image\/jpeg|image\/png|application\/pdf)$/.test(file.type) && !/\.(jpe?g|png|pdf)$/i.test(file.name)) return '只接受 JPEG、PNG 或 PDF 文件';
  if (file.size > MAX_FILE_BYTES) return '文件超过大小上限（每个不超过 10 MB）';
  if (file.size === 0) return '文件是空的';
  return null;
}

/** What the check says registering will do, in a sentence for the officer. */
export function decisionSentence(check: Pick<RegistrationCheck, 'flags' | 'linkedPetitionId' | 'status' | 'refusalReason' | 'longStandingPetitioner'>): string {
  const parts: string[] = [];
  if (check.status === 'refused') parts.push(`登记后将不再受理：${(check.refusalReason ?? '同一事项已复核终结').replace(/。$/, '')}`);
  else if (check.flags.skipLevel) parts.push('登记后将作为越级访，并入正由乡镇在期限内办理的原件（《信访工作条例》第十九条）');
  else if (check.flags.repeat) parts.push('登记后将作为重复访，并入同一事项的原件一并办理');
  else parts.push('登记后将作为新的信访事项，待转送承办单位');
  if (check.flags.collective) parts.push('按集体访登记');
  if (check.longStandingPetitioner) parts.push('信访人将列入信访老户台账');
  return `${parts.join('；')}。`;
}

/** The regulation's clocks the receipt tells the petitioner (domain.md, "The procedure and its clocks"). */
export function receiptClocks() {
  return REGULATION_CLOCKS.filter((c) => ['登记与转送', '决定是否受理', '办理并书面答复', '延期', '申请复查'].includes(c.step));
}
