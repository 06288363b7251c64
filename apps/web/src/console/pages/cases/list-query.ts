/**
 * The case list's filter as it stands in the page's address (so that 工作台's counts link to a
 * filtered list and a list can be bookmarked or sent), and as the services take it: intake's
 * `GET /api/petitions` for the list, reporting's `GET /api/exports/cases` for the export. The
 * address uses intake's own parameter names; dates are Beijing calendar days.
 */
import { CHANNELS, FLAG_NAMES, LIST_STATUSES, type FlagName } from './labels';

export interface ListFilter {
  q?: string;
  status: string[];
  channel: string[];
  townshipCode?: string;
  villageCode?: string;
  category?: string;
  handlingUnitCode?: string;
  flags: Partial<Record<FlagName, boolean>>;
  overdue?: boolean;
  /** true: still being handled; false: done. */
  open?: boolean;
  dueWithinDays?: number;
  /** Received from this day (YYYY-MM-DD, Beijing), inclusive. */
  from?: string;
  /** Received up to this day (YYYY-MM-DD, Beijing), inclusive. */
  to?: string;
  sort: 'receivedAt' | 'dueAt';
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const DIVISION = /^\d{12}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const list = (params: URLSearchParams, name: string, allowed: readonly string[]) =>
  [...new Set(params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()))].filter((v) => allowed.includes(v));

const bool = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** A Beijing calendar day from a link's `from`/`to`: a plain day, or an ISO time read in Beijing. */
function beijingDay(value: string | null): string | undefined {
  if (!value) return undefined;
  if (DAY.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The day after a Beijing day (intake's and reporting's `to` is exclusive). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** What the address says; anything malformed is left out rather than sent to be refused. */
export function parseFilter(params: URLSearchParams): ListFilter {
  const text = (name: string, max: number) => {
    const v = params.get(name)?.trim();
    return v ? v.slice(0, max) : undefined;
  };
  const code = (name: string) => {
    const v = params.get(name);
    return v && DIVISION.test(v) ? v : undefined;
  };
  const int = (name: string, min: number, max: number) => {
    const v = Number(params.get(name));
    return params.get(name) !== null && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
  };
  const flags: ListFilter['flags'] = {};
  for (const f of FLAG_NAMES) {
    const v = bool(params.get(f));
    if (v !== undefined) flags[f] = v;
  }
  const pageSize = int('pageSize', 1, 200);
  return {
    q: text('q', 100),
    status: list(params, 'status', LIST_STATUSES),
    channel: list(params, 'channel', CHANNELS),
    townshipCode: code('townshipCode'),
    villageCode: code('villageCode'),
    category: text('category', 40),
    handlingUnitCode: text('handlingUnitCode', 60),
    flags,
    overdue: bool(params.get('overdue')),
    open: bool(params.get('open')),
    dueWithinDays: int('dueWithinDays', 0, 365),
    from: beijingDay(params.get('from')),
    to: beijingDay(params.get('to')),
    sort: params.get('sort') === 'dueAt' ? 'dueAt' : 'receivedAt',
    order: params.get('order') === 'asc' ? 'asc' : params.get('order') === 'desc' ? 'desc' : undefined,
    page: int('page', 1, 10000) ?? 1,
    pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

/** The filter as the page's address: only what is set, in a stable order. */
export function filterToParams(f: ListFilter): URLSearchParams {
  const p = new URLSearchParams();
  const set = (name: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') p.set(name, String(value));
  };
  set('q', f.q?.trim());
  if (f.status.length) p.set('status', f.status.join(','));
  if (f.channel.length) p.set('channel', f.channel.join(','));
  set('townshipCode', f.townshipCode);
  set('villageCode', f.villageCode);
  set('category', f.category);
  set('handlingUnitCode', f.handlingUnitCode);
  for (const flag of FLAG_NAMES) set(flag, f.flags[flag]);
  set('overdue', f.overdue);
  set('open', f.open);
  set('dueWithinDays', f.dueWithinDays);
  set('from', f.from);
  set('to', f.to);
  if (f.sort !== 'receivedAt') set('sort', f.sort);
  set('order', f.order);
  if (f.page !== 1) set('page', f.page);
  if (f.pageSize !== DEFAULT_PAGE_SIZE) set('pageSize', f.pageSize);
  return p;
}

/** Intake's `GET /api/petitions` query for the filter. */
export function intakeQuery(f: ListFilter): string {
  const p = filterToParams({ ...f, from: undefined, to: undefined });
  if (f.from) p.set('from', `${f.from}T00:00:00+08:00`);
  if (f.to) p.set('to', `${nextDay(f.to)}T00:00:00+08:00`);
  p.set('sort', f.sort);
  p.set('page', String(f.page));
  p.set('pageSize', String(f.pageSize));
  return p.toString();
}

/** Reporting's export names a case's state more coarsely (routed for transferred and assigned, review for both stages, closed for final). */
const EXPORT_STATUS: Record<string, string> = {
  registered: 'registered',
  transferred: 'routed',
  assigned: 'routed',
  accepted: 'accepted',
  rejected: 'rejected',
  refused: 'refused',
  replied: 'replied',
  review: 'review',
  're-review': 'review',
  closed: 'closed',
  final: 'closed',
};

/** The conditions reporting cannot apply (it holds no texts, no people and no clocks), in the bureau's words. */
export function conditionsExportCannotApply(f: ListFilter): string[] {
  const out: string[] = [];
  if (f.q?.trim()) out.push(`全文检索“${f.q.trim()}”`);
  if (f.overdue !== undefined) out.push(f.overdue ? '已超期' : '未超期');
  if (f.dueWithinDays !== undefined) out.push(`期限在 ${f.dueWithinDays} 天内`);
  return out;
}

/**
 * Reporting's `GET /api/exports/cases` query for the filter: the place, the period, the
 * channel, category, unit, status and flags. What it cannot apply is listed by
 * `conditionsExportCannotApply`; the page then exports the list's own rows by id instead.
 */
export function exportQuery(f: ListFilter, format: 'csv' | 'xlsx'): string {
  const p = new URLSearchParams();
  if (f.townshipCode) p.set('townshipCode', f.townshipCode);
  if (f.villageCode) p.set('villageCode', f.villageCode);
  if (f.from) p.set('from', `${f.from}T00:00:00+08:00`);
  if (f.to) p.set('to', `${nextDay(f.to)}T00:00:00+08:00`);
  if (f.channel.length) p.set('channel', f.channel.join(','));
  if (f.category) p.set('category', f.category);
  if (f.handlingUnitCode) p.set('handlingUnitCode', f.handlingUnitCode);
  const statuses = [...new Set(f.status.map((s) => EXPORT_STATUS[s]!))];
  if (statuses.length) p.set('status', statuses.join(','));
  if (f.open !== undefined) p.set('open', String(f.open));
  for (const flag of FLAG_NAMES) if (f.flags[flag] !== undefined) p.set(flag, String(f.flags[flag]));
  p.set('format', format);
  return p.toString();
}

/** How many conditions beyond the search box are set (for the 展开 button's count). */
export function conditionCount(f: ListFilter): number {
  return (
    f.status.length +
    f.channel.length +
    [f.townshipCode, f.villageCode, f.category, f.handlingUnitCode, f.overdue, f.open, f.dueWithinDays, f.from ?? f.to].filter((v) => v !== undefined).length +
    Object.keys(f.flags).length
  );
}
