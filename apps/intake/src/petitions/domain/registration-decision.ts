import { explainSameMatter, SAME_MATTER_THRESHOLD, type SameMatterModel, type SameMatterText } from './same-matter.js';

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

// ───────────────────────── assessing a registration: one function for registering and checking ─────────────────────────

/** An earlier petition of the same petitioner(s), as intake stores it with its case's state. */
export interface EarlierRecord {
  id: string;
  linkedPetitionId: string | null;
  receivedAt: Date;
  title: string;
  content: string;
  categoryCode: string;
  villageCode: string | null;
  /** The petition's own status: `refused` ones were never a matter of their own. */
  status: string;
  /** The case's status as intake knows it (registered … closed, final). */
  caseStatus: string;
  registeredAtLevel: 'township' | 'county';
  handlingUnitKind: string | null;
  caseDeadline: Date | null;
  caseOverdue: boolean;
  /** Whether the staff member registering may see this petition (its title is shown only then). */
  visible: boolean;
}

/**
 * Below the same-matter threshold, a score from here up is still shown to the officer as a
 * possible repeat (about one chance in three or better on the fitted measure): the officer
 * sees it, registration never links it.
 */
export const POSSIBLE_REPEAT_SCORE = 0.3;

/** An earlier petition of the same person that may be the same matter, for the officer to see (api.md: repeatCandidates). */
export interface RepeatCandidate {
  petitionId: string;
  /** How likely the same matter, 0..1 (same-matter.ts). */
  score: number;
  /** strong: at or above the same-matter threshold (only such a one is ever linked); possible: shown only. */
  strength: 'strong' | 'possible';
  /** What both texts state alike, in words: amounts, places, named objects. */
  sharedFacts: string[];
  /** What they state differently: another company, 组, other party, category, village. */
  conflictingFacts: string[];
  receivedAt: string;
  /** The earlier case's status (intake's view): registered … closed, final. */
  caseStatus: string;
  /** The earlier petition's title, when the registering staff member may see it; null otherwise. */
  title: string | null;
}

export interface RegistrationAssessment {
  decision: RegistrationDecision;
  /** Best first. */
  candidates: RepeatCandidate[];
}

const CLOSED_CASE_STATES = new Set(['rejected', 'refused', 'closed']);

const OBJECT_NAMES: Record<string, string> = { company: '单位', institution: '机构', project: '项目', road: '道路', water: '水系', land: '地块' };
const CONFLICT_NAMES: Record<string, string> = {
  company: '所涉企业（单位）不同',
  institution: '所涉机构不同',
  project: '所涉项目不同',
  road: '所涉道路不同',
  water: '所涉水系不同',
  land: '所涉地块不同',
  组: '所在村民小组不同',
  party: '对方当事人不同',
};

/** The same-matter measure's anchors (`#86000`, `land:大塘`, a quoted name) as an officer reads them. */
export function describeSharedFact(anchor: string): string {
  if (anchor.startsWith('#')) return `相同数字：${anchor.slice(1)}`;
  const object = /^([a-z]+):(.+)$/.exec(anchor);
  if (object) return `相同${OBJECT_NAMES[object[1]!] ?? '对象'}：${object[2]!.split('/').join('、')}`;
  return `相同名称：“${anchor}”`;
}

export function describeConflict(conflict: string): string {
  return CONFLICT_NAMES[conflict] ?? `${conflict}不同`;
}

/** The earlier petition as the law's decision sees it. */
function asEarlierPetition(r: EarlierRecord, similarity: number, now: Date): EarlierPetition {
  return {
    id: r.id,
    similarity,
    linkedPetitionId: r.linkedPetitionId,
    receivedAt: r.receivedAt,
    caseState: r.caseStatus === 'final' ? 'final' : CLOSED_CASE_STATES.has(r.caseStatus) ? 'closed' : 'open',
    handledByTownship: r.handlingUnitKind === 'township' || (r.handlingUnitKind === null && r.registeredAtLevel === 'township'),
    withinTimeLimit: !r.caseOverdue && (r.caseDeadline === null || r.caseDeadline.getTime() >= now.getTime()),
  };
}

/**
 * What registering this petition does, given the earlier petitions of the same people: the
 * law's decision (from the strong matches only) and every candidate an officer should see. The
 * one function behind both POST /api/petitions and POST /api/petitions/check.
 */
export function assessRegistration(level: 'township' | 'county', petition: SameMatterText, earlier: readonly EarlierRecord[], now: Date, model?: SameMatterModel): RegistrationAssessment {
  const scored = earlier
    .filter((r) => r.status !== 'refused')
    .map((r) => {
      const other: SameMatterText = { title: r.title, content: r.content, categoryCode: r.categoryCode, villageCode: r.villageCode ?? undefined };
      return { r, breakdown: explainSameMatter(petition, other, model) };
    })
    .filter(({ breakdown }) => breakdown.score >= POSSIBLE_REPEAT_SCORE)
    .sort((a, b) => b.breakdown.score - a.breakdown.score || b.r.receivedAt.getTime() - a.r.receivedAt.getTime());
  const sameMatter = scored.filter(({ breakdown }) => breakdown.score >= SAME_MATTER_THRESHOLD).map(({ r, breakdown }) => asEarlierPetition(r, breakdown.score, now));
  const candidates = scored.map(({ r, breakdown }): RepeatCandidate => ({
    petitionId: r.id,
    score: Math.round(breakdown.score * 1000) / 1000,
    strength: breakdown.score >= SAME_MATTER_THRESHOLD ? 'strong' : 'possible',
    sharedFacts: breakdown.sharedAnchors.map(describeSharedFact),
    conflictingFacts: [
      ...breakdown.conflicts.map(describeConflict),
      ...(petition.categoryCode && r.categoryCode !== petition.categoryCode ? ['事项类别不同'] : []),
      ...(petition.villageCode && r.villageCode && r.villageCode !== petition.villageCode ? ['所在村（社区）不同'] : []),
    ],
    receivedAt: r.receivedAt.toISOString(),
    caseStatus: r.caseStatus,
    title: r.visible ? r.title : null,
  }));
  return { decision: decideRegistration(level, sameMatter), candidates };
}
