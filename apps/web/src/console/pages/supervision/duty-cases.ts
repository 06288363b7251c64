/**
 * What the 督查督办 and 领导包案 pages read: casework's case list (`GET /casework/api/cases`) with
 * its supervision and ownership filters, each case's petition title from intake, and the pure
 * rules of the pages — the supervision filter in the address, each outcome's words, a case's
 * current step deadline.
 */
import { useEffect, useState } from 'react';
import { api, caseworkApi } from '../../../shared/api';
import type { components } from '../../../shared/api-types/casework';
import { petitionDetail } from '../cases/case-api';

export type CaseSummary = components['schemas']['CaseSummaryView'];
export type CasePage = components['schemas']['CasePageResponse'];
export type Supervision = components['schemas']['CaseSupervisionView'];

export const listCases = (query: URLSearchParams, signal?: AbortSignal) => api<CasePage>('GET', caseworkApi(`/cases?${query.toString()}`), { signal });

/** The supervision outcomes (casework's `supervision.state`), in the bureau's words and tones. */
export const SUPERVISION_STATES: Record<string, { label: string; tone: string }> = {
  open: { label: '督办中', tone: 'blue' },
  overdue: { label: '超期未办结', tone: 'red' },
  fulfilled: { label: '按期办结', tone: 'green' },
  late: { label: '逾期办结', tone: 'amber' },
};

/** The page's views of the supervised cases, each the outcomes it lists. */
export const SUPERVISION_VIEWS = [
  { key: 'running', label: '未办结', states: ['open', 'overdue'] },
  { key: 'overdue', label: '已超期', states: ['overdue'] },
  { key: 'fulfilled', label: '按期办结', states: ['fulfilled'] },
  { key: 'late', label: '逾期办结', states: ['late'] },
  { key: 'all', label: '全部', states: [] },
] as const;
export type SupervisionViewKey = (typeof SUPERVISION_VIEWS)[number]['key'];

export interface SupervisionFilter {
  view: SupervisionViewKey;
  townshipCode?: string;
  page: number;
  pageSize: number;
}

const VIEW_KEYS = SUPERVISION_VIEWS.map((v) => v.key) as string[];

/** The filter from the page's address (`/supervision?view=overdue&townshipCode=…&page=2`); unknown values fall back. */
export function parseSupervisionFilter(params: URLSearchParams): SupervisionFilter {
  const view = params.get('view') ?? '';
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const township = params.get('townshipCode') ?? '';
  return {
    view: (VIEW_KEYS.includes(view) ? view : 'running') as SupervisionViewKey,
    ...(/^\d{12}$/.test(township) ? { townshipCode: township } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 20, 50].includes(pageSize) ? pageSize : 20,
  };
}

export function supervisionFilterToParams(filter: SupervisionFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.view !== 'running') p.set('view', filter.view);
  if (filter.townshipCode) p.set('townshipCode', filter.townshipCode);
  if (filter.page > 1) p.set('page', String(filter.page));
  if (filter.pageSize !== 20) p.set('pageSize', String(filter.pageSize));
  return p;
}

/** Casework's query for the filter: the supervised cases, with the view's outcomes. */
export function supervisionQuery(filter: SupervisionFilter): URLSearchParams {
  const states = SUPERVISION_VIEWS.find((v) => v.key === filter.view)!.states;
  const p = new URLSearchParams({ supervised: 'true' });
  if (states.length) p.set('supervision', states.join(','));
  if (filter.townshipCode) p.set('townshipCode', filter.townshipCode);
  p.set('page', String(filter.page));
  p.set('pageSize', String(filter.pageSize));
  return p;
}

/** The step clocks a case owes now, by name (not the supervision's, shown on its own, nor the other side's windows). */
const STEP_DEADLINES = ['routeBy', 'acceptanceNoticeBy', 'replyBy', 'assignmentReportBy', 'reviewDecisionBy'] as const;

/** The case's nearest step deadline, and whether any obligation is past due. */
export function currentDeadline(c: Pick<CaseSummary, 'deadlines' | 'overdue'>): { dueAt: string | null; overdue: boolean } {
  const due = STEP_DEADLINES.map((k) => c.deadlines[k]).filter((d): d is string => Boolean(d)).sort();
  return { dueAt: due[0] ?? null, overdue: c.overdue.some((clock) => clock !== 'supervision') };
}

const titles = new Map<string, Promise<string | null>>();

/** The petitions' titles (intake has them; casework has no text of the petition), fetched once a page load each. */
export function usePetitionTitles(petitionIds: string[]): Record<string, string | null> {
  const [known, setKnown] = useState<Record<string, string | null>>({});
  const key = petitionIds.join(',');
  useEffect(() => {
    let live = true;
    for (const id of petitionIds) {
      if (!titles.has(id)) titles.set(id, petitionDetail(id).then((p) => p.title, () => (titles.delete(id), null)));
      titles.get(id)!.then((title) => live && setKnown((k) => (k[id] === title ? k : { ...k, [id]: title })));
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return known;
}
