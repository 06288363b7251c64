import { OPEN_STATUSES } from '../domain/case-state.js';

/**
 * What an intake event does to casework given what casework already has — pure, so that the
 * handlers' order-independence can be reasoned about and tested without a database. An event
 * whose prerequisite has not arrived yet is held (a state of its own), never dropped or failed.
 */

/** The case a petition's registration would join, as found when it is applied. */
export interface OriginalCase {
  status: string;
}

/** Statuses in which a repeat or skip-level petition is attached to its original's case rather than opening one. */
export const LINKABLE_STATUSES: readonly string[] = [...OPEN_STATUSES, 'replied', 'reviewed'];

export type RegistrationStep =
  /** the petition already has a case (its own or the one it was attached to) */
  | 'nothing'
  /** attach it to its original's case */
  | 'link'
  /** the original's case is not there yet: wait for it (held, with a deadline) */
  | 'hold'
  /** open a case of its own */
  | 'open';

export function registrationStep(input: {
  /** the petition is in a case already */
  inCase: boolean;
  /** it repeats or skips over a matter of an earlier petition */
  linksTo: string | null;
  /** that petition's case, when casework has it */
  original: OriginalCase | null;
  /** it has waited for the original's case as long as it may */
  waited: boolean;
}): RegistrationStep {
  if (input.inCase) return 'nothing';
  if (!input.linksTo) return 'open';
  if (!input.original) return input.waited ? 'open' : 'hold';
  return LINKABLE_STATUSES.includes(input.original.status) ? 'link' : 'open';
}

export type FollowUpStep = 'hold' | 'apply';

/** A refusal or an evaluation acts on the petition's case: without it, it waits for the registration. */
export function followUpStep(caseOfPetition: { id: string } | null): FollowUpStep {
  return caseOfPetition ? 'apply' : 'hold';
}
