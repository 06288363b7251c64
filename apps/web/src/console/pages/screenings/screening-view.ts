/**
 * What the 矛盾纠纷排查 page says and sends, as pure functions: the bureau's words for the
 * codes, the filter as a query (the summary takes only the scope of the list), and the bodies.
 */
import type { NewScreening, Screening, ScreeningChange } from './screenings-api';

export const CATEGORY_LABELS: Record<string, string> = {
  'land-forest-water': '土地山林水利',
  'land-acquisition': '征地拆迁',
  neighbourhood: '邻里纠纷',
  'marriage-family': '婚姻家庭',
  'labour-wages': '劳资纠纷',
  'contract-debt': '合同债务',
  environment: '环境污染',
  medical: '医疗纠纷',
  traffic: '交通事故',
  other: '其他',
};
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as NonNullable<NewScreening['category']>[];

export const OUTCOME_LABELS: Record<string, { label: string; tone: string }> = {
  'in-progress': { label: '化解中', tone: 'blue' },
  resolved: { label: '已化解', tone: 'green' },
  escalated: { label: '已上报', tone: 'orange' },
  referred: { label: '已移交', tone: 'purple' },
};
export const OUTCOMES = Object.keys(OUTCOME_LABELS) as NewScreening['outcome'][];

export interface ScreeningFilter {
  townshipCode?: string;
  villageCode?: string;
  month?: string;
  easilyEscalating?: boolean;
  unresolved?: boolean;
  page: number;
  pageSize: number;
}

/** The list's query: scope, month, 易激化 only, 未化解 only, the page. */
export function listQuery(f: ScreeningFilter): string {
  const q = new URLSearchParams(scopeParams(f));
  if (f.easilyEscalating) q.set('easilyEscalating', 'true');
  if (f.unresolved) q.set('resolved', 'false');
  q.set('page', String(f.page));
  q.set('pageSize', String(f.pageSize));
  return q.toString();
}

/** The summary's query: the same township, village and month (its figures count resolved and 易激化 themselves). */
export function summaryQuery(f: ScreeningFilter): string {
  return new URLSearchParams(scopeParams(f)).toString();
}

function scopeParams(f: ScreeningFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.townshipCode) out.townshipCode = f.townshipCode;
  if (f.villageCode) out.villageCode = f.villageCode;
  if (f.month) out.month = f.month;
  return out;
}

/** 0.6667 → 66.7%; none screened → 无. */
export function rateText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '无' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export interface EntryValues {
  month: string;
  villageCode?: string;
  category?: NewScreening['category'];
  parties: string;
  matter: string;
  peopleInvolved?: number | null;
  easilyEscalating?: boolean;
  outcome: NewScreening['outcome'];
  measures?: string;
}

/** A new entry of the caller's township: blanks left out, texts trimmed. */
export function entryBody(v: EntryValues, townshipCode: string): NewScreening {
  const measures = v.measures?.trim();
  return {
    month: v.month,
    townshipCode,
    ...(v.villageCode ? { villageCode: v.villageCode } : {}),
    ...(v.category ? { category: v.category } : {}),
    parties: v.parties.trim(),
    matter: v.matter.trim(),
    ...(typeof v.peopleInvolved === 'number' ? { peopleInvolved: v.peopleInvolved } : {}),
    easilyEscalating: Boolean(v.easilyEscalating),
    outcome: v.outcome,
    ...(measures ? { measures } : {}),
  };
}

/** Only what changed goes in the PATCH (the API records a version for each real change). */
export function changeBody(before: Pick<Screening, 'outcome' | 'easilyEscalating' | 'measures'>, v: { outcome: Screening['outcome']; easilyEscalating: boolean; measures?: string }): ScreeningChange {
  const change: ScreeningChange = {};
  if (v.outcome !== before.outcome) change.outcome = v.outcome;
  if (v.easilyEscalating !== before.easilyEscalating) change.easilyEscalating = v.easilyEscalating;
  const measures = v.measures?.trim() ?? '';
  if (measures !== (before.measures ?? '')) change.measures = measures;
  return change;
}

/** Who records an entry: a liaison or the township's officer, for their own township. */
export function canRecord(user: { role: string; townshipCode?: string }): boolean {
  return Boolean(user.townshipCode) && (user.role === 'liaison' || user.role === 'township-officer');
}
