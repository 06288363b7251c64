/**
 * What the law makes of a petition the same petitioner raised before on the same matter
 * (《信访工作条例》Arts. 19, 36), given the earlier petitions already found to be that matter.
 */
export type CaseState = 'open' | 'closed' | 'final';

export interface EarlierPetition {
  id: string;
  /** The earlier petition this one was linked to, if it was itself a repeat. */
  linkedPetitionId: string | null;
  receivedAt: Date;
  caseState: CaseState;
  /** Whether the township handles it: routed to a township unit, or registered there and not yet routed. */
  handledByTownship: boolean;
  /** Still inside the time limit of its current step (not overdue). */
  withinTimeLimit: boolean;
  /** How sure the text measure is that it is the same matter (0..1, at least its threshold). */
  similarity: number;
}

/**
 * Refusing outright (Art. 36) needs a stronger match than linking a repeat: the text measure is
 * right about 4 times in 5 near its threshold, and a wrong refusal turns a citizen away. Below
 * this, a petition on a final matter is linked as a repeat, and casework staff decide to refuse.
 */
export const FINAL_REFUSAL_SIMILARITY = 0.75;

export type RegistrationDecision =
  | { kind: 'new' }
  | { kind: 'repeat'; linkedPetitionId: string }
  | { kind: 'skip-level'; linkedPetitionId: string }
  | { kind: 'refused-final'; linkedPetitionId: string; reason: string };

export const FINAL_REFUSAL_REASON =
  '该信访事项已经复核终结。依据《信访工作条例》第三十六条，信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理。';

/** The original an earlier petition belongs to: repeats are linked to the first petition of the matter. */
function rootOf(p: EarlierPetition): string {
  return p.linkedPetitionId ?? p.id;
}

export function decideRegistration(registeredAtLevel: 'township' | 'county', sameMatter: EarlierPetition[]): RegistrationDecision {
  const final = sameMatter.filter((p) => p.caseState === 'final').sort((a, b) => b.similarity - a.similarity)[0];
  if (final && final.similarity >= FINAL_REFUSAL_SIMILARITY) return { kind: 'refused-final', linkedPetitionId: rootOf(final), reason: FINAL_REFUSAL_REASON };

  const open = sameMatter.filter((p) => p.caseState === 'open').sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  if (open.length === 0) return final ? { kind: 'repeat', linkedPetitionId: rootOf(final) } : { kind: 'new' };
  const earliest = open[0]!;
  const handledBelow = open.find((p) => p.handledByTownship && p.withinTimeLimit);
  if (registeredAtLevel === 'county' && handledBelow) return { kind: 'skip-level', linkedPetitionId: rootOf(handledBelow) };
  return { kind: 'repeat', linkedPetitionId: rootOf(earliest) };
}
