import type { ClosureKind, ReplyOutcome, ReviewOutcome, ReviewStage } from '#contracts';
import type { CaseEvent, Unit } from './case-events.js';

export type CaseStatus =
  | 'registered'
  | 'transferred'
  | 'assigned'
  | 'accepted'
  | 'rejected'
  | 'refused'
  | 'replied'
  | 'review'
  | 'reviewed'
  | 're-review'
  | 'closed';

/** Statuses in which the case still needs work (supervision and deadlines apply). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['registered', 'transferred', 'assigned', 'accepted', 'review', 're-review'];

export interface CaseState {
  id: string;
  petitionId: string;
  townshipCode: string;
  villageCode: string | null;
  channel: string;
  categoryCode: string;
  registeredAt: string;
  registeredAtLevel: 'township' | 'county';
  isAccusation: boolean;
  accusedUnitCode: string | null;
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean; longStanding: boolean };
  receptionLeaderId: string | null;
  linkedPetitionIds: string[];

  status: CaseStatus;
  /** When the case (re)entered routing: registration, or the last objection. */
  routingSince: string;
  handlingUnit: Unit | null;
  routedBy: 'transfer' | 'assign' | null;
  /** The unit's receipt: starts the acceptance-notice and objection clocks. */
  receivedByUnitAt: string | null;
  assignmentDueAt: string | null;
  /** Every unit the case has been routed to, in order, without repeats. */
  unitsRouted: string[];
  acceptedAt: string | null;
  acceptanceTimely: boolean | null;
  ownerId: string | null;
  /** The owning leader's name when he took ownership (older cases: absent). */
  ownerName?: string | null;
  extension: { days: number; reason: string; approvedBy: string } | null;
  repliedAt: string | null;
  replyOutcome: ReplyOutcome | null;
  replyOnTime: boolean | null;
  review: { stage: ReviewStage; requestedAt: string; hearingDays: number } | null;
  /** The last review or re-review decision. */
  reviewDecision: { stage: ReviewStage; outcome: ReviewOutcome; decidedAt: string } | null;
  supervision: { at: string; dueAt: string; count: number } | null;
  evaluation: string | null;
  final: boolean;
  closedAt: string | null;
  closure: ClosureKind | null;
}

/** The state after one more event. Pure: the same history always folds to the same state. */
export function evolve(state: CaseState | null, event: CaseEvent, caseId?: string): CaseState {
  if (event.type === 'opened') {
    return {
      id: caseId ?? state?.id ?? '',
      petitionId: event.petitionId,
      townshipCode: event.townshipCode,
      villageCode: event.villageCode,
      channel: event.channel,
      categoryCode: event.categoryCode,
      registeredAt: event.receivedAt,
      registeredAtLevel: event.registeredAtLevel,
      isAccusation: event.isAccusation,
      accusedUnitCode: event.accusedUnitCode,
      flags: event.flags,
      receptionLeaderId: event.receptionLeaderId,
      linkedPetitionIds: [],
      status: 'registered',
      routingSince: event.receivedAt,
      handlingUnit: null,
      routedBy: null,
      receivedByUnitAt: null,
      assignmentDueAt: null,
      unitsRouted: [],
      acceptedAt: null,
      acceptanceTimely: null,
      ownerId: null,
      extension: null,
      repliedAt: null,
      replyOutcome: null,
      replyOnTime: null,
      review: null,
      reviewDecision: null,
      supervision: null,
      evaluation: null,
      final: false,
      closedAt: null,
      closure: null,
    };
  }
  if (!state) throw new Error(`a case's history starts with opened, not ${event.type}`);
  switch (event.type) {
    case 'petition-linked':
      return {
        ...state,
        linkedPetitionIds: [...state.linkedPetitionIds, event.linkedPetitionId],
        // a repeat or skip-level petition on the matter makes its case one a leader must own
        flags: { ...state.flags, repeat: state.flags.repeat || event.linkedAs === 'repeat', skipLevel: state.flags.skipLevel || event.linkedAs === 'skip-level' },
      };
    case 'transferred':
    case 'assigned':
      return {
        ...state,
        status: event.type,
        handlingUnit: event.unit,
        routedBy: event.type === 'transferred' ? 'transfer' : 'assign',
        receivedByUnitAt: event.at,
        assignmentDueAt: event.dueAt ?? null,
        unitsRouted: state.unitsRouted.includes(event.unit.code) ? state.unitsRouted : [...state.unitsRouted, event.unit.code],
      };
    case 'routing-objected':
      return { ...state, status: 'registered', handlingUnit: null, routedBy: null, receivedByUnitAt: null, assignmentDueAt: null, routingSince: event.at };
    case 'accepted':
      return { ...state, status: 'accepted', handlingUnit: event.unit, receivedByUnitAt: state.receivedByUnitAt ?? state.registeredAt, acceptedAt: event.at, acceptanceTimely: event.timely };
    case 'rejected':
      return { ...state, status: 'rejected', handlingUnit: event.unit, receivedByUnitAt: state.receivedByUnitAt ?? state.registeredAt, acceptanceTimely: event.timely };
    case 'refused-as-repeat':
      return { ...state, status: 'refused' };
    case 'leader-took-ownership':
      return { ...state, ownerId: event.leaderId, ownerName: event.leaderName ?? null };
    case 'deadline-extended':
      return { ...state, extension: { days: event.days, reason: event.reason, approvedBy: event.actor.id } };
    case 'replied':
      return { ...state, status: 'replied', repliedAt: event.at, replyOutcome: event.outcome, replyOnTime: event.onTime };
    case 'evaluated':
      return { ...state, evaluation: event.rating };
    case 'review-requested':
      // a case closed after its reply (or review) reopens for the next stage: it is no longer closed
      return { ...state, status: event.stage, review: { stage: event.stage, requestedAt: event.at, hearingDays: 0 }, closedAt: null, closure: null };
    case 'hearing-recorded':
      return state.review ? { ...state, review: { ...state.review, hearingDays: state.review.hearingDays + event.days } } : state;
    case 'review-decided':
      return {
        ...state,
        status: event.stage === 're-review' ? 'closed' : 'reviewed',
        review: null,
        reviewDecision: { stage: event.stage, outcome: event.outcome, decidedAt: event.at },
        final: state.final || event.stage === 're-review',
        ...(event.stage === 're-review' ? { closedAt: event.at, closure: 're-review-decided' as const } : {}),
      };
    case 'supervised':
      return { ...state, supervision: { at: event.at, dueAt: event.dueAt, count: (state.supervision?.count ?? 0) + 1 } };
    case 'escalated':
    case 'reminded':
    case 'overdue':
    case 'mediated':
    case 'note-added':
      return state;
    case 'closed':
      return { ...state, status: 'closed', closedAt: event.at, closure: event.closure };
  }
}

/** Folds a recorded history into the case's state. */
export function replay(caseId: string, history: readonly CaseEvent[]): CaseState {
  let state: CaseState | null = null;
  for (const event of history) state = evolve(state, event, caseId);
  if (!state) throw new Error('empty case history');
  return state;
}
