import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CaseAcceptedV1,
  CaseAssignedV1,
  CaseClosedV1,
  CaseEscalatedV1,
  CaseMediatedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseRefusedAsRepeatV1,
  CaseRejectedV1,
  CaseRepliedV1,
  CaseSupervisedV1,
  CaseTransferredV1,
  DeadlineApproachingV1,
  DeadlineExtendedV1,
  HearingRecordedV1,
  LeaderTookOwnershipV1,
  PetitionLinkedV1,
  PublicNoteAddedV1,
  ReviewDecidedV1,
  ReviewRequestedV1,
  RoutingObjectedV1,
} from '#contracts';
import { Outbox } from '#messaging';
import { CalendarService } from '../calendar/calendar.service.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from './domain/clocks.js';
import type { CaseEvent } from './domain/case-events.js';
import { ownershipRequired } from './domain/case-commands.js';
import type { CaseState } from './domain/case-state.js';

/**
 * Turns what happened to a case into the integration events other services subscribe to
 * (libs/contracts/src/casework), in the same transaction. Internal notes, reply texts, mediator
 * and party names stay in casework.
 */
@Injectable()
export class CaseEventPublisher {
  constructor(
    private readonly outbox: Outbox,
    private readonly calendar: CalendarService,
  ) {}

  async publish(tx: EntityManager, before: CaseState | null, after: CaseState, events: CaseEvent[]): Promise<void> {
    const calendar = await this.calendar.current();
    const ids = { caseId: after.id, petitionId: after.petitionId };
    const township = { townshipCode: after.townshipCode };
    const unitCode = after.handlingUnit?.code ?? null;
    let unitsSoFar = before?.unitsRouted.length ?? 0;
    for (const e of events) {
      switch (e.type) {
        case 'opened':
          await this.outbox.emit(tx, CaseOpenedV1, { ...ids, channel: e.channel, categoryCode: e.categoryCode, villageCode: e.villageCode, receivedAt: e.receivedAt, routeBy: routeBy(new Date(e.receivedAt), calendar).toISOString(), ownershipRequired: ownershipRequired(after) }, township);
          break;
        case 'petition-linked':
          await this.outbox.emit(tx, PetitionLinkedV1, { ...ids, linkedPetitionId: e.linkedPetitionId, linkedAs: e.linkedAs }, township);
          break;
        case 'transferred':
        case 'assigned': {
          if (!before?.unitsRouted.includes(e.unit.code)) unitsSoFar++;
          const routed = {
            ...ids,
            unitCode: e.unit.code,
            unitKind: e.unit.kind,
            unitName: e.unit.name,
            reason: e.reason,
            routedAt: e.at,
            acceptanceNoticeBy: acceptanceNoticeBy(new Date(e.at), calendar).toISOString(),
            objectionBy: objectionBy(new Date(e.at), calendar).toISOString(),
            unitsSoFar,
          };
          if (e.type === 'transferred') await this.outbox.emit(tx, CaseTransferredV1, routed, township);
          else await this.outbox.emit(tx, CaseAssignedV1, { ...routed, dueAt: e.dueAt! }, township);
          break;
        }
        case 'routing-objected':
          await this.outbox.emit(tx, RoutingObjectedV1, { ...ids, unitCode: e.unitCode, reason: e.reason, objectedAt: e.at }, township);
          break;
        case 'accepted':
          await this.outbox.emit(tx, CaseAcceptedV1, { ...ids, unitCode: e.unit.code, acceptedAt: e.at, replyBy: replyBy(new Date(e.at), 0, calendar).toISOString(), timely: e.timely }, township);
          break;
        case 'rejected':
          await this.outbox.emit(tx, CaseRejectedV1, { ...ids, unitCode: e.unit.code, ground: e.ground, reason: e.reason, decidedAt: e.at, timely: e.timely }, township);
          break;
        case 'refused-as-repeat':
          await this.outbox.emit(tx, CaseRefusedAsRepeatV1, { ...ids, earlierPetitionId: e.earlierPetitionId, reason: e.reason, decidedAt: e.at }, township);
          break;
        case 'leader-took-ownership':
          await this.outbox.emit(tx, LeaderTookOwnershipV1, { ...ids, leaderId: e.leaderId, takenAt: e.at }, township);
          break;
        case 'deadline-extended':
          await this.outbox.emit(tx, DeadlineExtendedV1, { ...ids, days: e.days, reason: e.reason, replyBy: replyBy(new Date(after.acceptedAt!), e.days, calendar).toISOString(), approvedBy: e.actor.id }, township);
          break;
        case 'replied':
          await this.outbox.emit(
            tx,
            CaseRepliedV1,
            { ...ids, unitCode: unitCode!, outcome: e.outcome, repliedAt: e.at, replyBy: replyBy(new Date(after.acceptedAt!), after.extension?.days ?? 0, calendar).toISOString(), onTime: e.onTime, reviewRequestBy: reviewRequestBy(new Date(e.at), calendar).toISOString() },
            township,
          );
          break;
        case 'review-requested':
          await this.outbox.emit(tx, ReviewRequestedV1, { ...ids, stage: e.stage, reason: e.reason, requestedAt: e.at, decideBy: reviewDecisionBy(new Date(e.at), 0, calendar).toISOString() }, township);
          break;
        case 'review-decided':
          await this.outbox.emit(
            tx,
            ReviewDecidedV1,
            { ...ids, stage: e.stage, outcome: e.outcome, decidedAt: e.at, final: e.stage === 're-review', reviewRequestBy: e.stage === 're-review' ? null : reviewRequestBy(new Date(e.at), calendar).toISOString() },
            township,
          );
          if (e.stage === 're-review') await this.outbox.emit(tx, CaseClosedV1, { ...ids, closure: 're-review-decided', closedAt: e.at }, township);
          break;
        case 'supervised':
          await this.outbox.emit(tx, CaseSupervisedV1, { ...ids, reason: e.reason, supervisedAt: e.at, dueAt: e.dueAt, handlingUnitCode: unitCode }, township);
          break;
        case 'escalated':
          await this.outbox.emit(tx, CaseEscalatedV1, { ...ids, reason: e.reason, step: e.step, daysOverdue: e.dueAt ? Math.max(0, Math.floor((Date.parse(e.at) - Date.parse(e.dueAt)) / 86_400_000)) : 0, detail: e.detail, escalatedAt: e.at }, township);
          break;
        case 'reminded':
          await this.outbox.emit(tx, DeadlineApproachingV1, { ...ids, clock: e.clock, dueAt: e.dueAt, handlingUnitCode: unitCode, ownerId: after.ownerId }, township);
          break;
        case 'overdue':
          await this.outbox.emit(tx, CaseOverdueV1, { ...ids, clock: e.clock, dueAt: e.dueAt, handlingUnitCode: unitCode, ownerId: after.ownerId }, township);
          break;
        case 'mediated':
          await this.outbox.emit(tx, CaseMediatedV1, { ...ids, outcome: e.outcome, mediatedAt: e.at }, township);
          break;
        case 'note-added':
          if (e.public) await this.outbox.emit(tx, PublicNoteAddedV1, { ...ids, text: e.text, notedAt: e.at }, township);
          break;
        case 'closed':
          await this.outbox.emit(tx, CaseClosedV1, { ...ids, closure: e.closure, closedAt: e.at }, township);
          break;
        case 'hearing-recorded':
          await this.outbox.emit(tx, HearingRecordedV1, { ...ids, days: e.days, decideBy: reviewDecisionBy(new Date(after.review!.requestedAt), after.review!.hearingDays, calendar).toISOString() }, township);
          break;
        case 'evaluated':
          break;
      }
    }
  }
}
