import type { Channel, Clock, ClosureKind, EscalationStep, LinkKind, RejectionGround, ReplyOutcome, ReviewOutcome, ReviewStage, UnitKind } from '#contracts';

/** A unit that can handle cases, as the county directory describes it. */
export interface Unit {
  code: string;
  name: string;
  kind: UnitKind;
  /** For a township government: its township. */
  townshipCode: string | null;
}

export interface Actor {
  id: string;
  role: string;
  /** The staff member's name as signed in (the token's `name`), so the timeline says who, not an id. */
  name?: string;
}

/**
 * What happens to a case, as recorded in its history. The case's state, its deadlines and its
 * timeline are all folds of these, so every deadline can be recomputed from the record.
 */
export type CaseEvent =
  | {
      type: 'opened';
      at: string;
      petitionId: string;
      townshipCode: string;
      villageCode: string | null;
      channel: Channel;
      categoryCode: string;
      receivedAt: string;
      registeredAtLevel: 'township' | 'county';
      isAccusation: boolean;
      accusedUnitCode: string | null;
      flags: { collective: boolean; repeat: boolean; skipLevel: boolean; longStanding: boolean };
      receptionLeaderId: string | null;
    }
  | { type: 'petition-linked'; at: string; linkedPetitionId: string; linkedAs: LinkKind }
  | { type: 'transferred' | 'assigned'; at: string; unit: Unit; reason: string; dueAt?: string; actor: Actor }
  | { type: 'routing-objected'; at: string; unitCode: string; reason: string; actor: Actor }
  | { type: 'accepted'; at: string; unit: Unit; timely: boolean; actor: Actor }
  | { type: 'rejected'; at: string; unit: Unit; ground: RejectionGround; reason: string; timely: boolean; actor: Actor }
  | { type: 'refused-as-repeat'; at: string; reason: string; earlierPetitionId: string | null; actor: Actor }
  | { type: 'leader-took-ownership'; at: string; leaderId: string; leaderName?: string; actor: Actor }
  | { type: 'deadline-extended'; at: string; days: number; reason: string; actor: Actor }
  | { type: 'replied'; at: string; outcome: ReplyOutcome; text: string; onTime: boolean; actor: Actor }
  | { type: 'evaluated'; at: string; rating: 'satisfied' | 'basically-satisfied' | 'unsatisfied' }
  | { type: 'review-requested'; at: string; stage: ReviewStage; reason: string; actor: Actor }
  | { type: 'hearing-recorded'; at: string; days: number; note: string; actor: Actor }
  | { type: 'review-decided'; at: string; stage: ReviewStage; outcome: ReviewOutcome; text: string; actor: Actor }
  | { type: 'supervised'; at: string; dueAt: string; reason: string; actor: Actor }
  | { type: 'escalated'; at: string; step: EscalationStep; reason: 'passed-among-units' | 'overdue'; detail: string; clock?: Clock; dueAt?: string }
  | { type: 'reminded'; at: string; clock: Clock; dueAt: string }
  | { type: 'overdue'; at: string; clock: Clock; dueAt: string }
  | { type: 'mediated'; at: string; mediator: string; parties: string; outcome: 'resolved' | 'partially-resolved' | 'unresolved'; note: string; actor: Actor }
  | { type: 'note-added'; at: string; text: string; public: boolean; actor: Actor }
  | { type: 'closed'; at: string; closure: ClosureKind; actor: Actor | null };

export type CaseEventType = CaseEvent['type'];
