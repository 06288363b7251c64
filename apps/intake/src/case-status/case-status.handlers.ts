import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CaseAcceptedV1,
  CaseAssignedV1,
  CaseClosedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseRefusedAsRepeatV1,
  CaseRejectedV1,
  CaseRepliedV1,
  CaseSupervisedV1,
  CaseTransferredV1,
  DeadlineExtendedV1,
  HearingRecordedV1,
  LeaderTookOwnershipV1,
  PetitionLinkedV1,
  PublicNoteAddedV1,
  ReviewDecidedV1,
  ReviewRequestedV1,
  RoutingObjectedV1,
  type EventContract,
  type EventEnvelope,
} from '#contracts';
import type { EventHandler } from '#messaging';
import { chineseDate, recordPublicStep, type PublicStepKind } from '../petitions/public-timeline/public-steps.js';

/**
 * Intake's own view of each case, fed by casework's events: the case state, its handling unit
 * and current deadline (for the repeat and skip-level rules), and the public steps the citizen
 * sees with the tracking code. A case's state applies to its petition and every petition linked to it.
 */
interface CaseChange {
  case_status?: string;
  handling_unit_code?: string | null;
  handling_unit_kind?: string | null;
  case_deadline?: string | null;
  case_overdue?: boolean;
  replied_at?: string;
}

/**
 * Applies one casework event to the case's petitions. Events of a case are produced in order,
 * but a redelivery can bring an older one after a newer one: the state columns only move forward
 * (by the event's time), while the public step of every event is recorded whenever it comes.
 */
async function applyToCase(tx: EntityManager, event: EventEnvelope<{ caseId: string; petitionId: string }>, change: CaseChange, step?: { kind: PublicStepKind; at: string; text: string }): Promise<void> {
  const columns = Object.keys(change);
  if (columns.length) {
    const sets = [...columns.map((c, i) => `${c} = $${i + 4}`), 'case_updated_at = $3'];
    await tx.query(
      `UPDATE intake.petition SET ${sets.join(', ')}
       WHERE (case_id = $1 OR id = $2) AND (case_updated_at IS NULL OR case_updated_at <= $3)`,
      [event.payload.caseId, event.payload.petitionId, event.occurredAt, ...Object.values(change)],
    );
  }
  if (step) {
    const petitions: { id: string }[] = await tx.query(`SELECT id FROM intake.petition WHERE case_id = $1 OR id = $2 ORDER BY received_at`, [event.payload.caseId, event.payload.petitionId]);
    // the case's own petition carries the step; linked ones show it too, each once per event
    for (const [i, p] of petitions.entries()) {
      await recordPublicStep(tx, p.id, step.at, step.kind, step.text, i === 0 ? event.id : null);
    }
  }
}

function handler<P extends { caseId: string; petitionId: string }>(contract: EventContract<P>, apply: (event: EventEnvelope<P>, tx: EntityManager) => Promise<void>) {
  @Injectable()
  class CaseStatusHandler implements EventHandler<P> {
    readonly contract = contract;
    handle(event: EventEnvelope<P>, tx: EntityManager): Promise<void> {
      return apply(event, tx);
    }
  }
  Object.defineProperty(CaseStatusHandler, 'name', { value: `CaseStatus${contract.name}` });
  return CaseStatusHandler;
}

const OUTCOMES = { support: '支持', explain: '解释说明', 'not-support': '不予支持' } as const;
const REVIEW_OUTCOMES = { upheld: '维持原处理意见', changed: '变更原处理意见', revoked: '撤销原处理意见' } as const;
const STAGES = { review: '复查', 're-review': '复核' } as const;

export const CASE_STATUS_HANDLERS = [
  handler(CaseOpenedV1, async (e, tx) => {
    await tx.query(
      `UPDATE intake.petition SET case_id = $1, case_deadline = $3, case_updated_at = $4 WHERE id = $2 AND (case_updated_at IS NULL OR case_updated_at <= $4)`,
      [e.payload.caseId, e.payload.petitionId, e.payload.routeBy, e.occurredAt],
    );
    await tx.query(`UPDATE intake.petition SET case_id = $1 WHERE id = $2 AND case_id IS NULL`, [e.payload.caseId, e.payload.petitionId]);
  }),
  handler(PetitionLinkedV1, async (e, tx) => {
    const p = e.payload;
    // the linked petition takes on the case's state as it now stands, and its time
    await tx.query(
      `UPDATE intake.petition l SET case_id = $1, case_status = o.case_status, handling_unit_code = o.handling_unit_code, handling_unit_kind = o.handling_unit_kind,
         case_deadline = o.case_deadline, case_overdue = o.case_overdue, replied_at = o.replied_at, case_updated_at = o.case_updated_at
       FROM intake.petition o WHERE o.id = $3 AND l.id = $2 AND l.status <> 'refused'`,
      [p.caseId, p.linkedPetitionId, p.petitionId],
    );
    if (p.linkedAs !== 'refused-final') await recordPublicStep(tx, p.linkedPetitionId, e.occurredAt, 'linked', '已并入同一事项的在办案件一并办理', e.id);
  }),
  handler(CaseTransferredV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'transferred', handling_unit_code: e.payload.unitCode, handling_unit_kind: e.payload.unitKind, case_deadline: e.payload.acceptanceNoticeBy, case_overdue: false }, { kind: 'transferred', at: e.payload.routedAt, text: `已转送${e.payload.unitName}办理` }),
  ),
  handler(CaseAssignedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'assigned', handling_unit_code: e.payload.unitCode, handling_unit_kind: e.payload.unitKind, case_deadline: e.payload.acceptanceNoticeBy, case_overdue: false }, { kind: 'assigned', at: e.payload.routedAt, text: `已交办${e.payload.unitName}，限期办理` }),
  ),
  handler(RoutingObjectedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'registered', handling_unit_code: null, handling_unit_kind: null, case_overdue: false }, { kind: 'rerouting', at: e.payload.objectedAt, text: '承办单位提出管辖异议，正在重新确定承办单位' }),
  ),
  handler(CaseAcceptedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'accepted', case_deadline: e.payload.replyBy, case_overdue: false }, { kind: 'accepted', at: e.payload.acceptedAt, text: `已受理，将于${chineseDate(e.payload.replyBy)}前书面答复` }),
  ),
  handler(CaseRejectedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'rejected', case_deadline: null }, { kind: 'rejected', at: e.payload.decidedAt, text: `不予受理：${e.payload.reason}` }),
  ),
  handler(CaseRefusedAsRepeatV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'refused', case_deadline: null }, { kind: 'refused', at: e.payload.decidedAt, text: `不再受理：${e.payload.reason}` }),
  ),
  handler(LeaderTookOwnershipV1, (e, tx) => applyToCase(tx, e, {}, { kind: 'leader-ownership', at: e.payload.takenAt, text: '已由领导包案，负责到底' })),
  handler(DeadlineExtendedV1, (e, tx) =>
    applyToCase(tx, e, { case_deadline: e.payload.replyBy, case_overdue: false }, { kind: 'extended', at: e.occurredAt, text: `办理期限延长 ${e.payload.days} 日，至${chineseDate(e.payload.replyBy)}。延期理由：${e.payload.reason}` }),
  ),
  handler(CaseSupervisedV1, (e, tx) => applyToCase(tx, e, {}, { kind: 'supervised', at: e.payload.supervisedAt, text: '县信访局已督办，要求限期办结' })),
  handler(CaseOverdueV1, (e, tx) => applyToCase(tx, e, { case_overdue: true })),
  handler(CaseRepliedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: 'replied', case_deadline: e.payload.reviewRequestBy, case_overdue: false, replied_at: e.payload.repliedAt }, {
      kind: 'replied',
      at: e.payload.repliedAt,
      text: `已书面答复（${OUTCOMES[e.payload.outcome]}）。欢迎对答复进行评价；如不服，可于${chineseDate(e.payload.reviewRequestBy)}前申请复查`,
    }),
  ),
  handler(ReviewRequestedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: e.payload.stage, case_deadline: e.payload.decideBy, case_overdue: false }, { kind: 'review-requested', at: e.payload.requestedAt, text: `已申请${STAGES[e.payload.stage]}，将于${chineseDate(e.payload.decideBy)}前作出意见` }),
  ),
  handler(HearingRecordedV1, (e, tx) =>
    applyToCase(tx, e, { case_deadline: e.payload.decideBy, case_overdue: false }, { kind: 'hearing', at: e.occurredAt, text: `复核期间组织听证 ${e.payload.days} 日，听证时间不计入期限，复核意见将于${chineseDate(e.payload.decideBy)}前作出` }),
  ),
  handler(ReviewDecidedV1, (e, tx) =>
    applyToCase(tx, e, { case_status: e.payload.final ? 'final' : 'replied', case_deadline: e.payload.final ? null : (e.payload.reviewRequestBy ?? null) }, {
      kind: 'review-decided',
      at: e.payload.decidedAt,
      text: `${STAGES[e.payload.stage]}意见：${REVIEW_OUTCOMES[e.payload.outcome]}${
        e.payload.final ? '。该事项已复核终结' : e.payload.reviewRequestBy ? `。如不服，可于${chineseDate(e.payload.reviewRequestBy)}前申请复核` : ''
      }`,
    }),
  ),
  handler(CaseClosedV1, async (e, tx) => {
    const [row] = await tx.query(`SELECT case_status FROM intake.petition WHERE id = $1`, [e.payload.petitionId]);
    // a re-reviewed matter stays final: closing the case does not reopen it for a new petition
    await applyToCase(tx, e, { case_status: row?.case_status === 'final' ? 'final' : 'closed', case_deadline: null }, { kind: 'closed', at: e.payload.closedAt, text: '已办结' });
  }),
  handler(PublicNoteAddedV1, (e, tx) => applyToCase(tx, e, {}, { kind: 'note', at: e.payload.notedAt, text: e.payload.text })),
];
