import type { RejectionGround, ReplyOutcome, ReviewOutcome } from '#contracts';
import type { WorkingCalendar } from './calendar.js';
import { acceptanceNoticeBy, CLOCK_LIMITS, objectionBy, replyBy, reviewRequestBy } from './clocks.js';
import type { Actor, CaseEvent, Unit } from './case-events.js';
import { conflict, forbidden, unprocessable } from './case-rules.js';
import { OPEN_STATUSES, type CaseState, type CaseStatus } from './case-state.js';

export type CaseCommand =
  | { type: 'transfer'; unitCode: string; reason: string }
  | { type: 'assign'; unitCode: string; dueAt: string; reason: string }
  | { type: 'object'; reason: string }
  | { type: 'accept' }
  | { type: 'reject'; ground: RejectionGround; reason: string }
  | { type: 'refuse'; reason: string; earlierPetitionId?: string }
  | { type: 'take-ownership' }
  | { type: 'extend'; days: number; reason: string }
  | { type: 'reply'; outcome: ReplyOutcome; text: string }
  | { type: 'supervise'; dueAt: string; reason: string }
  | { type: 'request-review'; reason: string }
  | { type: 'record-hearing'; days: number; note: string }
  | { type: 'decide-review'; outcome: ReviewOutcome; text: string }
  | { type: 'close' }
  | { type: 'note'; text: string; public: boolean }
  | { type: 'mediate'; mediator: string; parties: string; outcome: 'resolved' | 'partially-resolved' | 'unresolved'; note: string };

export interface StaffMember extends Actor {
  townshipCode?: string;
  unitCode?: string;
}

export interface CommandContext {
  now: Date;
  actor: StaffMember;
  calendar: WorkingCalendar;
  /** A unit of the county directory by code. */
  unit(code: string): Unit | undefined;
  /** The township government's unit of a township. */
  townshipUnit(townshipCode: string): Unit | undefined;
}

/** A case passed among this many units is escalated. */
export const UNITS_BEFORE_ESCALATION = 3;

const STATUS_NAMES: Record<CaseStatus, string> = {
  registered: '待转送',
  transferred: '已转送待受理',
  assigned: '已交办待受理',
  accepted: '办理中',
  rejected: '不予受理',
  refused: '不再受理',
  replied: '已答复',
  review: '复查中',
  reviewed: '已复查',
  're-review': '复核中',
  closed: '已办结',
};

function requireStatus(state: CaseState, allowed: readonly CaseStatus[], action: string): void {
  if (!allowed.includes(state.status)) {
    throw conflict(`${action}-not-allowed-when-${state.status}`, `案件当前状态为“${STATUS_NAMES[state.status]}”，不能${ACTION_NAMES[action] ?? action}`);
  }
}

const ROLE_NAMES: Record<string, string> = {
  'county-admin': '县信访局',
  'township-officer': '乡镇信访专干',
  leader: '领导',
  'department-officer': '县直部门',
  liaison: '村信访联络员',
  analyst: '统计分析人员',
};

function requireRole(ctx: CommandContext, roles: readonly string[], action: string): void {
  if (!roles.includes(ctx.actor.role)) throw forbidden(`${action}-role`, `只有${roles.map((r) => ROLE_NAMES[r] ?? r).join('、')}可以${ACTION_NAMES[action] ?? action}`);
}

const ACTION_NAMES: Record<string, string> = {
  transfer: '转送',
  assign: '交办',
  object: '提出异议退回',
  accept: '受理',
  reject: '不予受理',
  refuse: '不再受理',
  'take-ownership': '包案',
  extend: '延期',
  reply: '答复',
  supervise: '督办',
  'request-review': '申请复查（复核）',
  'record-hearing': '记录听证',
  'decide-review': '作出复查（复核）意见',
  close: '办结',
  note: '记录',
  mediate: '记录调解',
};

/** The unit that acts on the case now: the routed unit, or — before routing — the case's own township government. */
export function actingUnit(state: CaseState, ctx: CommandContext): Unit | null {
  return state.handlingUnit ?? (state.status === 'registered' ? ctx.townshipUnit(state.townshipCode) ?? null : null);
}

export function isMemberOf(actor: StaffMember, unit: Unit): boolean {
  if (actor.unitCode) return actor.unitCode === unit.code;
  return unit.kind === 'township' && actor.townshipCode === unit.townshipCode && (actor.role === 'township-officer' || actor.role === 'leader');
}

function requireHandlingUnit(state: CaseState, ctx: CommandContext, action: string): Unit {
  const unit = actingUnit(state, ctx);
  if (!unit || !isMemberOf(ctx.actor, unit)) {
    throw forbidden(`${action}-not-handling-unit`, `只有承办单位${unit ? `（${unit.name}）` : ''}可以${ACTION_NAMES[action]}`);
  }
  return unit;
}

function requireText(value: string, field: string, rule: string): string {
  const text = value.trim();
  if (!text) throw unprocessable(rule, `${field}不能为空`);
  return text;
}

/** Leader ownership is required before acceptance for these cases (domain: 领导包案). */
export function ownershipRequired(state: Pick<CaseState, 'flags'>): boolean {
  const f = state.flags;
  return f.collective || f.skipLevel || f.repeat || f.longStanding;
}

/**
 * Decides what a command does to a case: the events to record, or the rule it breaks.
 * Pure: the state, the command and the context (time, caller, calendar, directory) in, events out.
 */
export function decide(state: CaseState, command: CaseCommand, ctx: CommandContext): CaseEvent[] {
  const at = ctx.now.toISOString();
  const actor: Actor = { id: ctx.actor.id, role: ctx.actor.role, ...(ctx.actor.name ? { name: ctx.actor.name } : {}) };
  switch (command.type) {
    case 'transfer':
    case 'assign': {
      requireRole(ctx, ['county-admin'], command.type);
      requireStatus(state, ['registered'], command.type);
      const unit = ctx.unit(command.unitCode);
      if (!unit) throw unprocessable('unknown-unit', `没有代码为 ${command.unitCode} 的承办单位`);
      if (state.isAccusation && unit.code === state.accusedUnitCode) {
        throw unprocessable('accusation-to-accused-unit', '检举控告材料不得转给被检举控告的单位（第三十条）');
      }
      const reason = requireText(command.reason, '转送（交办）理由', 'reason-required');
      let dueAt: string | undefined;
      if (command.type === 'assign') {
        if (!(Date.parse(command.dueAt) > ctx.now.getTime())) throw unprocessable('due-date-in-past', '交办期限必须晚于现在');
        dueAt = new Date(command.dueAt).toISOString();
      }
      const events: CaseEvent[] = [{ type: command.type === 'transfer' ? 'transferred' : 'assigned', at, unit, reason, ...(dueAt ? { dueAt } : {}), actor }];
      const units = state.unitsRouted.includes(unit.code) ? state.unitsRouted.length : state.unitsRouted.length + 1;
      if (units === UNITS_BEFORE_ESCALATION) {
        events.push({ type: 'escalated', at, step: 'supervision', reason: 'passed-among-units', detail: `案件已在 ${units} 个单位之间流转，升级督办` });
      }
      return events;
    }
    case 'object': {
      requireStatus(state, ['transferred', 'assigned'], 'object');
      const unit = requireHandlingUnit(state, ctx, 'object');
      const deadline = objectionBy(new Date(state.receivedByUnitAt!), ctx.calendar);
      if (ctx.now > deadline) throw conflict('objection-window-closed', `异议须在收到之日起 ${CLOCK_LIMITS.objectionWorkingDays} 个工作日内提出（已于 ${deadline.toISOString()} 届满）`);
      return [{ type: 'routing-objected', at, unitCode: unit.code, reason: requireText(command.reason, '异议理由', 'reason-required'), actor }];
    }
    case 'accept':
    case 'reject':
    case 'refuse': {
      requireStatus(state, ['registered', 'transferred', 'assigned'], command.type);
      const unit = requireHandlingUnit(state, ctx, command.type);
      const timely = ctx.now <= acceptanceNoticeBy(new Date(state.receivedByUnitAt ?? state.registeredAt), ctx.calendar);
      if (command.type === 'accept') {
        if (ownershipRequired(state) && !state.ownerId) {
          throw conflict('leader-ownership-required', '集体访、越级访、重复访及信访老户的案件，须先由领导包案再受理');
        }
        return [{ type: 'accepted', at, unit, timely, actor }];
      }
      if (command.type === 'reject') return [{ type: 'rejected', at, unit, ground: command.ground, reason: requireText(command.reason, '不予受理理由', 'reason-required'), timely, actor }];
      return [{ type: 'refused-as-repeat', at, reason: requireText(command.reason, '不再受理理由', 'reason-required'), earlierPetitionId: command.earlierPetitionId ?? null, actor }];
    }
    case 'take-ownership': {
      requireRole(ctx, ['leader'], 'take-ownership');
      requireStatus(state, OPEN_STATUSES, 'take-ownership');
      const inScope = (!ctx.actor.townshipCode && !ctx.actor.unitCode) || ctx.actor.townshipCode === state.townshipCode || (state.handlingUnit !== null && ctx.actor.unitCode === state.handlingUnit.code);
      if (!inScope) throw forbidden('take-ownership-out-of-scope', '只能包案本乡镇（本单位）的案件');
      if (state.ownerId) throw conflict('already-owned', `该案件已由领导（${state.ownerName ?? state.ownerId}）包案`);
      return [{ type: 'leader-took-ownership', at, leaderId: ctx.actor.id, ...(ctx.actor.name ? { leaderName: ctx.actor.name } : {}), actor }];
    }
    case 'extend': {
      requireRole(ctx, ['leader'], 'extend');
      requireStatus(state, ['accepted'], 'extend');
      if (state.extension) throw conflict('extension-already-used', '办理期限只能延长一次（第三十四条）');
      if (!Number.isInteger(command.days) || command.days < 1 || command.days > CLOCK_LIMITS.maxExtensionDays) {
        throw unprocessable('extension-too-long', `延长期限为 1 至 ${CLOCK_LIMITS.maxExtensionDays} 日（第三十四条）`);
      }
      const due = replyBy(new Date(state.acceptedAt!), 0, ctx.calendar);
      if (ctx.now > due) throw conflict('extension-after-deadline', '办理期限已届满，不能再延期');
      return [{ type: 'deadline-extended', at, days: command.days, reason: requireText(command.reason, '延期理由', 'reason-required'), actor }];
    }
    case 'reply': {
      requireStatus(state, ['accepted'], 'reply');
      requireHandlingUnit(state, ctx, 'reply');
      const due = replyBy(new Date(state.acceptedAt!), state.extension?.days ?? 0, ctx.calendar);
      return [{ type: 'replied', at, outcome: command.outcome, text: requireText(command.text, '答复内容', 'reply-text-required'), onTime: ctx.now <= due, actor }];
    }
    case 'supervise': {
      requireRole(ctx, ['county-admin'], 'supervise');
      requireStatus(state, OPEN_STATUSES, 'supervise');
      if (!(Date.parse(command.dueAt) > ctx.now.getTime())) throw unprocessable('due-date-in-past', '督办期限必须晚于现在');
      return [{ type: 'supervised', at, dueAt: new Date(command.dueAt).toISOString(), reason: requireText(command.reason, '督办事由', 'reason-required'), actor }];
    }
    case 'request-review': {
      requireRole(ctx, ['county-admin'], 'request-review');
      if (state.final) throw conflict('matter-final', '该事项已复核终结，不再受理（第三十六条）');
      const reopenable = state.status === 'closed' && (state.closure === 'replied' || state.closure === 'review-decided');
      if (!(state.status === 'replied' || state.status === 'reviewed' || reopenable)) requireStatus(state, ['replied', 'reviewed'], 'request-review');
      const stage = state.reviewDecision ? 're-review' : 'review';
      const from = stage === 'review' ? state.repliedAt! : state.reviewDecision!.decidedAt;
      const window = reviewRequestBy(new Date(from), ctx.calendar);
      if (ctx.now > window) throw conflict('review-window-closed', `${stage === 'review' ? '复查' : '复核'}申请须在收到意见之日起 ${CLOCK_LIMITS.reviewRequestDays} 日内提出`);
      return [{ type: 'review-requested', at, stage, reason: requireText(command.reason, '申请理由', 'reason-required'), actor }];
    }
    case 'record-hearing': {
      requireRole(ctx, ['county-admin'], 'record-hearing');
      requireStatus(state, ['re-review'], 'record-hearing');
      if (!Number.isInteger(command.days) || command.days < 1 || command.days > 60) throw unprocessable('hearing-days', '听证天数为 1 至 60 日');
      return [{ type: 'hearing-recorded', at, days: command.days, note: command.note.trim(), actor }];
    }
    case 'decide-review': {
      requireRole(ctx, ['county-admin'], 'decide-review');
      requireStatus(state, ['review', 're-review'], 'decide-review');
      return [{ type: 'review-decided', at, stage: state.review!.stage, outcome: command.outcome, text: requireText(command.text, '意见内容', 'decision-text-required'), actor }];
    }
    case 'close': {
      requireStatus(state, ['replied', 'reviewed', 'rejected', 'refused'], 'close');
      if (ctx.actor.role !== 'county-admin') requireHandlingUnit(state, ctx, 'close');
      const closure = state.status === 'replied' ? 'replied' : state.status === 'reviewed' ? 'review-decided' : state.status === 'rejected' ? 'rejected' : 'refused-as-repeat';
      return [{ type: 'closed', at, closure, actor }];
    }
    case 'note':
      return [{ type: 'note-added', at, text: requireText(command.text, '内容', 'text-required'), public: command.public, actor }];
    case 'mediate': {
      requireStatus(state, [...OPEN_STATUSES, 'replied'], 'mediate');
      return [{ type: 'mediated', at, mediator: requireText(command.mediator, '调解员', 'mediator-required'), parties: requireText(command.parties, '当事人', 'parties-required'), outcome: command.outcome, note: command.note.trim(), actor }];
    }
  }
}
