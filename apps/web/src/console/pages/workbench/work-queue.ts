/**
 * The 工作台's to-do buckets: what casework's `GET /api/cases/work-queue` answers, which buckets
 * each role works from, what each is called and which clock it runs on, and where its count
 * leads — the case list filtered with intake's `GET /api/petitions` parameter names.
 */
import { api, caseworkApi } from '../../../shared/api';

export interface BucketItem {
  caseId: string;
  petitionId: string;
  status: string;
  townshipCode: string;
  categoryCode: string;
  dueAt: string | null;
}

export interface Bucket {
  /** Cases. */
  count: number;
  overdue: number;
  /** 信访件: the cases and the repeat and skip-level petitions joined to them — the rows the case list shows. */
  petitions: number;
  overduePetitions: number;
  nextDueAt: string | null;
  items: BucketItem[];
}

export type BucketKey = 'toRoute' | 'toAccept' | 'toReply' | 'toOwn' | 'owned' | 'dueThisWeek' | 'overdue' | 'supervised';

export interface WorkQueue {
  asOf: string;
  unitCodes: string[] | null;
  buckets: Record<BucketKey, Bucket> & { toAccept: Bucket & { objectionOpen: number; nextObjectionBy: string | null } };
  dutyToday: { date: string; leaders: { townshipCode: string; leaderId: string; leaderName: string }[]; mine: boolean };
}

export interface InboxMessage {
  id: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const loadWorkQueue = (signal?: AbortSignal) => api<WorkQueue>('GET', caseworkApi('/cases/work-queue'), { signal });
export const loadInbox = (signal?: AbortSignal) => api<{ items: InboxMessage[]; unread: number }>('GET', '/notification/api/inbox', { signal });
export const markRead = (id: string) => api<void>('POST', `/notification/api/inbox/${id}/read`);

/** Roles whose work is on cases; the others (liaison, analyst) see no cases and have no queue. */
export const seesCases = (role: string) => ['county-admin', 'township-officer', 'leader', 'department-officer'].includes(role);

export interface BucketMeta {
  key: BucketKey;
  label: string;
  /** The rule behind the clock, as the regulation gives it. */
  clock: string;
}

const META: Record<BucketKey, Omit<BucketMeta, 'key'>> = {
  toRoute: { label: '待转送交办', clock: '登记后 15 日内转送、交办或受理（第二十二条）' },
  toAccept: { label: '待受理', clock: '收到后 15 日内书面告知是否受理；5 个工作日内可提出异议（第二十三条）' },
  toReply: { label: '待答复', clock: '受理后 60 日内书面答复，可延期一次不超过 30 日（第三十四条）' },
  toOwn: { label: '待领导包案', clock: '集体访、重复访、越级访和信访老户的案件，须领导包案后受理' },
  owned: { label: '我包案的', clock: '领导包案的在办案件，化解到底' },
  dueThisWeek: { label: '7 日内到期', clock: '本单位、本辖区 7 日内届满的办理期限' },
  overdue: { label: '已超期', clock: '办理期限已届满而未完成' },
  supervised: { label: '督办中', clock: '县信访局督办、要求限期办结的案件' },
};

/** The buckets each role works from, in the order its day goes. */
const BY_ROLE: Record<string, BucketKey[]> = {
  'county-admin': ['toRoute', 'toAccept', 'toReply', 'toOwn', 'dueThisWeek', 'overdue', 'supervised'],
  'township-officer': ['toRoute', 'toAccept', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
  leader: ['owned', 'toOwn', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
  'department-officer': ['toAccept', 'toReply', 'dueThisWeek', 'overdue', 'supervised'],
};

export function bucketsFor(role: string): BucketMeta[] {
  return (BY_ROLE[role] ?? []).map((key) => ({ key, ...META[key] }));
}

/** Statuses in which the handling side owes something (a replied case waits on the petitioner). */
const OWING = ['registered', 'transferred', 'assigned', 'accepted', 'review', 're-review'];

/**
 * The list of a bucket's cases: the case list filtered to them, or for 督办中 the 督查督办 page's
 * running supervisions and for 包案 the 领导包案 page. The acting unit narrows what is to accept
 * and to answer for a department or a township; the county sees every unit's.
 */
export function listLink(key: BucketKey, queue: Pick<WorkQueue, 'unitCodes'>): string | null {
  const unit = queue.unitCodes?.length === 1 ? queue.unitCodes[0] : undefined;
  const params = new URLSearchParams();
  switch (key) {
    case 'toRoute':
      params.set('status', 'registered');
      break;
    case 'toAccept':
      params.set('status', 'transferred,assigned');
      if (unit) params.set('handlingUnitCode', unit);
      break;
    case 'toReply':
      params.set('status', 'accepted');
      if (unit) params.set('handlingUnitCode', unit);
      break;
    case 'dueThisWeek':
      params.set('status', OWING.join(','));
      params.set('dueWithinDays', '7');
      break;
    case 'overdue':
      params.set('overdue', 'true');
      params.set('open', 'true');
      break;
    case 'supervised':
      return '/supervision';
    case 'owned':
    case 'toOwn':
      return '/owned';
    default:
      return null;
  }
  params.set('sort', 'dueAt');
  return `/petitions?${params.toString()}`;
}

/** The lead's own words for a township officer's 待转送交办: the township may also accept it itself. */
export function bucketLabel(meta: BucketMeta, role: string): string {
  if (meta.key === 'toRoute' && role !== 'county-admin') return '待转送或受理';
  return meta.label;
}

export const totalToDo = (queue: WorkQueue, role: string) => bucketsFor(role).filter((b) => b.key !== 'dueThisWeek' && b.key !== 'overdue').reduce((sum, b) => sum + queue.buckets[b.key].count, 0);
