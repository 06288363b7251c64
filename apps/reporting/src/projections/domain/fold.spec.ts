import fc from 'fast-check';
import { foldEvent, localMonth, mergeRow, ProjectionBatch, PROJECTED_SUBJECTS, rowObject, timeStamp, type ProjectedEvent, type RowValues } from './fold.js';
import { layoutOf } from './tables.js';
import { CASE, PETITION } from './tables.js';

const ids = { caseId: '6a1d3c9e-2b7f-4e0a-8c5d-1f9e7b3a2c41', petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10' };
let n = 0;
const ev = (subject: string, payload: Record<string, unknown>, occurredAt = '2026-03-02T01:30:00.000Z'): ProjectedEvent => ({
  subject,
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  occurredAt,
  townshipCode: '430599101000',
  payload,
});

/** The events of one case's life, including a closure reopened by a review and closed again. */
const life = (): ProjectedEvent[] => [
  ev('intake.petition.registered.v1', {
    petitionId: ids.petitionId,
    channel: 'visit',
    receivedAt: '2026-03-02T01:30:00.000Z',
    townshipCode: '430599101000',
    villageCode: '430599101201',
    categoryCode: 'land-acquisition',
    registeredAtLevel: 'township',
    headcount: 1,
    flags: { collective: false, repeat: false, skipLevel: false },
    isAccusation: false,
    petitionerRefs: ['pr_x'],
  }),
  ev('casework.case.opened.v1', { ...ids, channel: 'visit', categoryCode: 'land-acquisition', receivedAt: '2026-03-02T01:30:00.000Z', routeBy: '2026-03-17T01:30:00.000Z', ownershipRequired: false }),
  ev('casework.case.transferred.v1', { ...ids, unitCode: 'dept-a', unitKind: 'department', unitName: 'A', reason: 'r', routedAt: '2026-03-03T00:00:00.000Z', acceptanceNoticeBy: 'x', objectionBy: 'x', unitsSoFar: 1 }),
  ev('casework.case.transferred.v1', { ...ids, unitCode: 'dept-b', unitKind: 'department', unitName: 'B', reason: 'r', routedAt: '2026-03-05T00:00:00.000Z', acceptanceNoticeBy: 'x', objectionBy: 'x', unitsSoFar: 2 }),
  ev('casework.case.accepted.v1', { ...ids, unitCode: 'dept-b', acceptedAt: '2026-03-06T00:00:00.000Z', replyBy: 'x', timely: true }),
  ev('casework.case.replied.v1', { ...ids, unitCode: 'dept-b', outcome: 'explain', repliedAt: '2026-04-01T00:00:00.000Z', replyBy: 'x', onTime: true, reviewRequestBy: 'x' }),
  ev('casework.case.closed.v1', { ...ids, closure: 'replied', closedAt: '2026-04-02T00:00:00.000Z' }),
  ev('casework.case.review-requested.v1', { ...ids, stage: 'review', reason: 'r', requestedAt: '2026-04-10T00:00:00.000Z', decideBy: 'x' }),
  ev('casework.case.closed.v1', { ...ids, closure: 'review-decided', closedAt: '2026-05-01T00:00:00.000Z' }),
  ev('intake.petition.evaluated.v1', { petitionId: ids.petitionId, rating: 'satisfied', evaluatedAt: '2026-04-03T00:00:00.000Z' }),
  ev('casework.case.supervised.v1', { ...ids, reason: 'r', supervisedAt: '2026-03-20T00:00:00.000Z', dueAt: 'x' }),
];

const folded = (events: ProjectedEvent[]) => {
  const batch = new ProjectionBatch();
  for (const e of events) batch.add(e);
  return Object.fromEntries([...batch.rows.keys()].map((t) => [t.name, batch.rowsOf(t).map((r) => rowObject(t, r))]));
};

describe('projection fold', () => {
  it('projects every subject it claims, and none of the ones it does not count', () => {
    expect(PROJECTED_SUBJECTS).toContain('casework.dispute.screened.v1');
    expect(PROJECTED_SUBJECTS).toContain('casework.zero-report.missing.v1');
    expect(PROJECTED_SUBJECTS).not.toContain('casework.case.public-note-added.v1'); // free text stays out
    expect(foldEvent(ev('intake.petition.attachment-added.v1', {})).rows).toEqual([]);
  });

  it('gives the same rows whatever order events arrive in, and applying one twice changes nothing', () => {
    const events = life();
    const expected = folded(events);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length }), fc.nat(events.length - 1), (order, dup) => {
        expect(folded([...order, order[dup]!])).toEqual(expected);
      }),
    );
    const kase = expected[CASE.name]![0]!;
    // the latest routing and closure by their own time, not by arrival
    expect(kase).toMatchObject({ last_routed_unit_code: 'dept-b', last_closure: 'review-decided', last_closed_at: '2026-05-01T00:00:00.000Z', decision: 'accepted' });
    expect(expected[PETITION.name]![0]).toMatchObject({ received_month: '2026-03-01', rating: 'satisfied', channel: 'visit' });
    expect(expected.case_event_fact!.map((e) => e.kind)).toEqual(['transferred', 'transferred', 'review-requested', 'supervised']);
  });

  it('merges a group only when its stamp is greater; other groups stay', () => {
    const row = (values: RowValues) => {
      const layout = layoutOf(CASE);
      return layout.columns.map((c) => values[c.name] ?? null);
    };
    const older = row({ case_id: 'c', closed_stamp: timeStamp('2026-01-01T00:00:00Z', 'b'), last_closure: 'replied', owned_stamp: 'x', owned_at: 'then' });
    const newer = row({ case_id: 'c', closed_stamp: timeStamp('2026-02-01T00:00:00Z', 'a'), last_closure: 'review-decided' });
    expect(rowObject(CASE, mergeRow(CASE, older, newer))).toMatchObject({ last_closure: 'review-decided', owned_at: 'then' });
    expect(rowObject(CASE, mergeRow(CASE, mergeRow(CASE, older, newer), older))).toMatchObject({ last_closure: 'review-decided' });
  });

  it('counts months in China time', () => {
    expect(localMonth('2025-12-31T16:00:00.000Z')).toBe('2026-01-01');
    expect(localMonth('2025-12-31T15:59:59.999Z')).toBe('2025-12-01');
  });
});
