import type { DataSource } from 'typeorm';
import { lastSupervision, SUPERVISION_ENDED_BY, type Supervision } from './supervision.js';

const ENDED = `ARRAY[${SUPERVISION_ENDED_BY.map((t) => `'${t}'`).join(',')}]::text[]`;

/**
 * A LATERAL join giving each case `c` its last supervision as `s` (s.version null when never
 * supervised): s.due_at, and s.completed_at, the first event after it that finished the stage —
 * the SQL of lastSupervision (supervision.ts), for filtering and ordering a list by it.
 */
export const SUPERVISION_JOIN = `LEFT JOIN LATERAL (
    SELECT h.version, (h.event ->> 'dueAt')::timestamptz AS due_at,
      (SELECT min((e.event ->> 'at')::timestamptz) FROM casework.case_history e
        WHERE e.case_id = h.case_id AND e.version > h.version AND e.type = ANY(${ENDED})) AS completed_at
    FROM casework.case_history h WHERE h.case_id = c.id AND h.type = 'supervised' ORDER BY h.version DESC LIMIT 1) s ON true`;

/** The supervision's state (supervisionState) in SQL, against the instant `now` names (a parameter: the demo clock's time when it runs). */
export const supervisionStateSql = (now: string) => `CASE WHEN s.version IS NULL THEN NULL
    WHEN s.completed_at IS NULL THEN CASE WHEN s.due_at < ${now}::timestamptz THEN 'overdue' ELSE 'open' END
    WHEN s.completed_at <= s.due_at THEN 'fulfilled' ELSE 'late' END`;

/** The last supervision of each of these cases, read from their histories. */
export async function supervisionsOf(dataSource: DataSource, caseIds: string[], now: Date): Promise<Map<string, Supervision | null>> {
  const result = new Map<string, Supervision | null>(caseIds.map((id) => [id, null]));
  if (!caseIds.length) return result;
  const rows: { case_id: string; type: string; event: { at: string; dueAt?: string; reason?: string }; actor_id: string | null }[] = await dataSource.query(
    `SELECT case_id, type, event, actor_id FROM casework.case_history
     WHERE case_id = ANY($1::uuid[]) AND (type = 'supervised' OR type = ANY(${ENDED})) ORDER BY case_id, version`,
    [caseIds],
  );
  const byCase = new Map<string, { type: string; at: string; dueAt?: string; reason?: string; actorId: string | null }[]>();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push({ type: r.type, at: r.event.at, dueAt: r.event.dueAt, reason: r.event.reason, actorId: r.actor_id });
    byCase.set(r.case_id, list);
  }
  for (const [id, history] of byCase) result.set(id, lastSupervision(history, now));
  return result;
}
