import { decide, type CaseCommand, type CommandContext } from './case-commands.js';
import { CaseRuleViolation } from './case-rules.js';
import type { CaseState } from './case-state.js';

/** Every command staff can give a case (`POST /api/cases/:id/<action>`), in the order the procedure meets them. */
export const CASE_ACTIONS = [
  'transfer',
  'assign',
  'object',
  'take-ownership',
  'accept',
  'reject',
  'refuse',
  'extend',
  'reply',
  'supervise',
  'request-review',
  'record-hearing',
  'decide-review',
  'close',
  'note',
  'mediate',
] as const satisfies readonly CaseCommand['type'][];

export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * A well-formed command of each kind, as a caller who filled the form in properly would send
 * it: what is left to decide is only whether the case's state and the caller allow it.
 */
function wellFormed(action: CaseAction, ctx: CommandContext): CaseCommand {
  const tomorrow = new Date(ctx.now.getTime() + 24 * 3600 * 1000).toISOString();
  const text = '—';
  switch (action) {
    case 'transfer':
      return { type: 'transfer', unitCode: '', reason: text };
    case 'assign':
      return { type: 'assign', unitCode: '', dueAt: tomorrow, reason: text };
    case 'object':
      return { type: 'object', reason: text };
    case 'take-ownership':
      return { type: 'take-ownership' };
    case 'accept':
      return { type: 'accept' };
    case 'reject':
      return { type: 'reject', ground: 'other', reason: text };
    case 'refuse':
      return { type: 'refuse', reason: text };
    case 'extend':
      return { type: 'extend', days: 1, reason: text };
    case 'reply':
      return { type: 'reply', outcome: 'explain', text };
    case 'supervise':
      return { type: 'supervise', dueAt: tomorrow, reason: text };
    case 'request-review':
      return { type: 'request-review', reason: text };
    case 'record-hearing':
      return { type: 'record-hearing', days: 1, note: text };
    case 'decide-review':
      return { type: 'decide-review', outcome: 'upheld', text };
    case 'close':
      return { type: 'close' };
    case 'note':
      return { type: 'note', text, public: false };
    case 'mediate':
      return { type: 'mediate', mediator: text, parties: text, outcome: 'resolved', note: '' };
  }
}

/**
 * The actions the caller may take on the case now, by asking the decider itself: an action is
 * allowed when a well-formed command of its kind is refused neither for the caller (403) nor
 * for the case's state (409). A refusal for the command's facts (422: the unit picked, the
 * days asked) is the form's to show, so the action stays allowed. The caller must already be
 * in the case's scope (the view is only shown then). Pure, like `decide`.
 */
export function allowedActions(state: CaseState, ctx: CommandContext): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    try {
      decide(state, wellFormed(action, ctx), ctx);
      return true;
    } catch (err) {
      if (err instanceof CaseRuleViolation) return err.status === 422;
      throw err;
    }
  });
}
