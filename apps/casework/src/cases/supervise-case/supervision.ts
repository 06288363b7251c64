/**
 * A case's supervision (督办) as the county follows it: the last 督办 given, with its reason and
 * date, and whether the supervised stage was finished — by the date, late — or still runs. Pure
 * rules here; the SQL that reads them from the case history mirrors them (supervision-sql.ts).
 */

/** The events that finish what a supervision chases: the handling answered or decided, or the review decided. */
export const SUPERVISION_ENDED_BY = ['replied', 'rejected', 'refused-as-repeat', 'review-decided', 'closed'] as const;

/**
 * open: still running, in time; overdue: still running past its date; fulfilled: finished by the
 * date (按期办结); late: finished after it (逾期办结).
 */
export const SUPERVISION_STATES = ['open', 'overdue', 'fulfilled', 'late'] as const;
export type SupervisionState = (typeof SUPERVISION_STATES)[number];

export interface Supervision {
  at: string;
  dueAt: string;
  reason: string;
  /** How many times the case has been supervised. */
  count: number;
  supervisedBy: string | null;
  /** When the supervised stage was finished; null while it runs. */
  completedAt: string | null;
  state: SupervisionState;
}

export function supervisionState(dueAt: string, completedAt: string | null, now: Date): SupervisionState {
  const due = Date.parse(dueAt);
  if (completedAt === null) return due < now.getTime() ? 'overdue' : 'open';
  return Date.parse(completedAt) <= due ? 'fulfilled' : 'late';
}

/** The supervision events of a case's history, in order, and what came after: the last one as the county follows it. */
export function lastSupervision(
  history: readonly { type: string; at: string; dueAt?: string; reason?: string; actorId?: string | null }[],
  now: Date,
): Supervision | null {
  let last: Supervision | null = null;
  let count = 0;
  for (const e of history) {
    if (e.type === 'supervised') {
      count++;
      last = { at: e.at, dueAt: e.dueAt!, reason: e.reason ?? '', count, supervisedBy: e.actorId ?? null, completedAt: null, state: 'open' };
    } else if (last && last.completedAt === null && (SUPERVISION_ENDED_BY as readonly string[]).includes(e.type)) {
      last.completedAt = e.at;
    }
  }
  return last && { ...last, state: supervisionState(last.dueAt, last.completedAt, now) };
}
