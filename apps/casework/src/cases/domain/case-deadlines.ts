import type { Clock } from '#contracts';
import type { WorkingCalendar } from './calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from './clocks.js';
import type { CaseState } from './case-state.js';

export interface RunningClock {
  clock: Clock;
  dueAt: Date;
  /**
   * An obligation of the handling side: reminders before it and escalation after it. A window
   * (objection, requesting review) is the other side's right and only shown.
   */
  obligation: boolean;
}

/**
 * The clocks running on a case in its current state, each computed from the recorded event
 * that started it. Recomputing from the same history always gives the same deadlines.
 */
export function runningClocks(state: CaseState, calendar: WorkingCalendar): RunningClock[] {
  const clocks: RunningClock[] = [];
  const at = (iso: string) => new Date(iso);
  switch (state.status) {
    case 'registered':
      clocks.push({ clock: 'route', dueAt: routeBy(at(state.routingSince), calendar), obligation: true });
      break;
    case 'transferred':
    case 'assigned':
      clocks.push({ clock: 'acceptance-notice', dueAt: acceptanceNoticeBy(at(state.receivedByUnitAt!), calendar), obligation: true });
      clocks.push({ clock: 'objection', dueAt: objectionBy(at(state.receivedByUnitAt!), calendar), obligation: false });
      break;
    case 'accepted':
      clocks.push({ clock: 'reply', dueAt: replyBy(at(state.acceptedAt!), state.extension?.days ?? 0, calendar), obligation: true });
      break;
    case 'replied':
      clocks.push({ clock: 'review-request', dueAt: reviewRequestBy(at(state.repliedAt!), calendar), obligation: false });
      break;
    case 'reviewed':
      clocks.push({ clock: 'review-request', dueAt: reviewRequestBy(at(state.reviewDecision!.decidedAt), calendar), obligation: false });
      break;
    case 'review':
    case 're-review':
      clocks.push({ clock: 'review-decision', dueAt: reviewDecisionBy(at(state.review!.requestedAt), state.review!.hearingDays, calendar), obligation: true });
      break;
    case 'rejected':
    case 'refused':
    case 'closed':
      break;
  }
  const handling = state.status === 'transferred' || state.status === 'assigned' || state.status === 'accepted';
  if (state.assignmentDueAt && handling) clocks.push({ clock: 'assignment-report', dueAt: at(state.assignmentDueAt), obligation: true });
  // a supervision chases the handling; one given during a review or re-review chases that stage's decision
  const supervisedStage = state.review !== null && state.supervision !== null && state.supervision.at >= state.review.requestedAt;
  if (state.supervision && (handling || state.status === 'registered' || supervisedStage)) clocks.push({ clock: 'supervision', dueAt: at(state.supervision.dueAt), obligation: true });
  return clocks;
}

/** The deadlines a case shows, by name (api.md: `deadlines: { routeBy, acceptanceNoticeBy, replyBy, … }`). */
export function deadlinesView(clocks: RunningClock[]): Record<string, string> {
  const names: Record<Clock, string> = {
    route: 'routeBy',
    'acceptance-notice': 'acceptanceNoticeBy',
    objection: 'objectionBy',
    reply: 'replyBy',
    'assignment-report': 'assignmentReportBy',
    'review-request': 'reviewRequestBy',
    'review-decision': 'reviewDecisionBy',
    supervision: 'supervisionDueBy',
  };
  return Object.fromEntries(clocks.map((c) => [names[c.clock], c.dueAt.toISOString()]));
}
