import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '#contracts';

/**
 * What notification keeps of each case, from casework's events: its handling unit, its owning
 * leader and its next due date — for recipients of later events and for the leaders' digest.
 * Ids and dates only.
 */
export async function applyToCaseView(tx: EntityManager, subject: string, event: EventEnvelope<Record<string, unknown>>): Promise<void> {
  const p = event.payload;
  if (!subject.startsWith('casework.case.') || typeof p.caseId !== 'string') return;
  // only forward in time: a redelivered older event must not set the view back
  const set = async (columns: Record<string, unknown>) => {
    const names = [...Object.keys(columns), 'event_at'];
    await tx.query(
      `INSERT INTO notification.case_view (case_id, petition_id, township_code, ${names.join(', ')}) VALUES ($1, $2, $3, ${names.map((_, i) => `$${i + 4}`).join(', ')})
       ON CONFLICT (case_id) DO UPDATE SET ${names.map((n) => `${n} = EXCLUDED.${n}`).join(', ')}
       WHERE case_view.event_at IS NULL OR case_view.event_at <= EXCLUDED.event_at`,
      [p.caseId, p.petitionId, event.townshipCode, ...Object.values(columns), event.occurredAt],
    );
  };
  switch (subject) {
    case 'casework.case.opened.v1':
      return set({ due_at: p.routeBy, open: true });
    case 'casework.case.transferred.v1':
    case 'casework.case.assigned.v1':
      return set({ handling_unit_code: p.unitCode, due_at: p.acceptanceNoticeBy, open: true });
    case 'casework.case.routing-objected.v1':
      return set({ handling_unit_code: null });
    case 'casework.case.accepted.v1':
      return set({ handling_unit_code: p.unitCode, due_at: p.replyBy, open: true });
    case 'casework.case.deadline-extended.v1':
      return set({ due_at: p.replyBy });
    case 'casework.case.leader-took-ownership.v1':
      return set({ owner_id: p.leaderId });
    case 'casework.case.review-requested.v1':
      return set({ due_at: p.decideBy, open: true });
    case 'casework.case.hearing-recorded.v1':
      return set({ due_at: p.decideBy });
    case 'casework.case.replied.v1':
    case 'casework.case.rejected.v1':
    case 'casework.case.refused-as-repeat.v1':
    case 'casework.case.review-decided.v1':
    case 'casework.case.closed.v1':
      return set({ open: false });
  }
}
