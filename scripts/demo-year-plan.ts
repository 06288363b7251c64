/**
 * What happens to each case of the demo county's year, planned ahead: who routes it, who accepts
 * it, whether a leader owns it, when it is replied to and how, what the petitioner thinks of the
 * reply, who asks for a review — each step at a plausible office time after the one before it,
 * inside the legal clocks of 《信访工作条例》 for most cases, outside them for a handful. Pure: the
 * same cases, calendar and seed give the same plan on every machine (scripts/demo-year.ts carries
 * it out through the services' APIs).
 */
import { DEMO_TOWNSHIP_LEADERS } from '../apps/casework/src/seed/demo-settings.js';
import { DEMO_ACCOUNTS } from '../apps/gateway/src/seed/demo-accounts.js';
import { Random } from '../apps/intake/src/seed/random.js';
import * as text from './demo-year-texts.js';

export const DEMO_PLAN_SEED = 'qingxi-county-demo:year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const CHINA = 8 * HOUR;

// ---------------------------------------------------------------------------------------------
// time in China, and the working-day calendar (the same rules as casework's clocks)

export function localDate(ms: number): string {
  return new Date(ms + CHINA).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);
}

/** An instant at `minutes` after midnight of a local date. */
export function atLocal(date: string, minutes: number): number {
  return Date.parse(`${date}T00:00:00.000Z`) - CHINA + minutes * MINUTE;
}

export function endOfLocalDay(date: string): number {
  return atLocal(date, 24 * 60) - 1;
}

function minuteOfDay(ms: number): number {
  return Math.floor(((ms + CHINA) % DAY) / MINUTE);
}

export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
}

/** Weekends off, statutory holidays off, adjusted working days (调休) on: casework's calendar, as data. */
export class DemoCalendar {
  private readonly days: Map<string, 'holiday' | 'workday'>;

  constructor(overrides: readonly CalendarDay[]) {
    this.days = new Map(overrides.map((d) => [d.date, d.kind]));
  }

  isWorkingDay(date: string): boolean {
    const kind = this.days.get(date);
    if (kind) return kind === 'workday';
    const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  onOrAfter(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  /** End of a period of `days` calendar days after `from`, moved past rest days (the regulation's 日). */
  after(from: number, days: number): number {
    return endOfLocalDay(this.onOrAfter(addDays(localDate(from), days)));
  }

  /** End of the n-th working day after `from` (the objection's 5 工作日). */
  afterWorkingDays(from: number, n: number): number {
    let d = localDate(from);
    for (let counted = 0; counted < n; ) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) counted++;
    }
    return endOfLocalDay(d);
  }
}

/** The regulation's limits, as casework applies them (casework/src/cases/domain/clocks.ts). */
export const LIMITS = { route: 15, acceptance: 15, objectionWorkingDays: 5, reply: 60, maxExtension: 30, reviewRequest: 30, reviewDecision: 30 } as const;

// ---------------------------------------------------------------------------------------------
// the cases, the units and the people who act

export type UnitKind = 'township' | 'department' | 'political-legal' | 'discipline';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  townshipCode: string | null;
}

/** What the driver knows of a case when it plans it (from casework's case view and timeline). */
export interface CaseFacts {
  caseId: string;
  petitionId: string;
  /** When the petition came in (its case's clocks start here). */
  receivedAt: string;
  /** When it was registered and the case opened. */
  openedAt: string;
  townshipCode: string;
  townshipName: string;
  categoryCode: string;
  channel: 'visit' | 'letter' | 'online' | 'phone';
  level: 'township' | 'county';
  flags: { collective: boolean; repeat: boolean; skipLevel: boolean; longStanding: boolean };
  isAccusation: boolean;
  receptionLeaderId: string | null;
  /** Repeat and skip-level petitions attached to the case: their petitioners may evaluate too. */
  linkedPetitionIds: string[];
  /** The unit the county's routing table proposes. */
  unit: DemoUnit;
}

/** A staff member as a token's claims. */
export interface Actor {
  sub: string;
  role: 'county-admin' | 'township-officer' | 'leader' | 'department-officer' | 'liaison';
  townshipCode?: string;
  unitCode?: string;
  name: string;
}

// the names the timeline shows: the demo accounts' where the actor is one, else made up alike
const ACCOUNT_NAMES = new Map(DEMO_ACCOUNTS.map((a) => [a.id, a.displayName]));
const OFFICER_NAMES = ['黄晓丽', '彭志华', '邓秋菊', '谭明亮', '曾玉梅', '罗红霞', '朱建平', '肖文静'];
const named = (sub: string, otherwise: string) => ACCOUNT_NAMES.get(sub) ?? otherwise;
const pickName = (key: string) => OFFICER_NAMES[[...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7) % OFFICER_NAMES.length]!;

export const COUNTY_BUREAU: Actor = { sub: 'demo-county-bureau', role: 'county-admin', name: named('demo-county-bureau', '县信访局') };
/** A county leader (no township, no unit): owns cases a township's leaders may not see. (The gateway's demo account `county-leader`.) */
export const COUNTY_LEADER: Actor = { sub: 'leader-county-1', role: 'leader', name: named('leader-county-1', '县委副书记') };

export function townshipOfficer(townshipCode: string, townshipName: string): Actor {
  const sub = `demo-officer-${townshipCode}`;
  return { sub, role: 'township-officer', townshipCode, name: named(sub, `${townshipName}信访专干 ${pickName(sub)}`) };
}

/** The township's leaders, as casework's demo duty roster names them: 1 党委书记, 2 镇长, 3 副镇长. */
export function townshipLeader(townshipCode: string, n: 1 | 2 | 3): Actor {
  const sub = `leader-${townshipCode}-${n}`;
  return { sub, role: 'leader', townshipCode, name: named(sub, DEMO_TOWNSHIP_LEADERS[townshipCode]?.[n - 1] ?? ['党委书记', '乡镇长', '副乡镇长'][n - 1]!) };
}

function officerOf(unit: DemoUnit, townshipName: string): Actor {
  if (unit.kind === 'township') return townshipOfficer(unit.townshipCode!, townshipName);
  const sub = `demo-${unit.code}`;
  return { sub, role: 'department-officer', unitCode: unit.code, name: named(sub, `${unit.name}信访专干 ${pickName(sub)}`) };
}

function headOf(unit: DemoUnit): Actor {
  if (unit.kind === 'township') return townshipLeader(unit.townshipCode!, 2);
  const sub = `demo-${unit.code}-head`;
  return { sub, role: 'leader', unitCode: unit.code, name: named(sub, `${unit.name}负责人 ${pickName(sub)}`) };
}

// ---------------------------------------------------------------------------------------------
// the plan

export type StepKind =
  | 'transfer'
  | 'assign'
  | 'object'
  | 'accept'
  | 'reject'
  | 'take-ownership'
  | 'extend'
  | 'note'
  | 'mediations'
  | 'supervise'
  | 'reply'
  | 'evaluate'
  | 'close'
  | 'request-review'
  | 'decide-review';

/** The history event each command leaves on the case (how a later run knows it was done). */
export const STEP_EVENTS: Record<StepKind, string> = {
  transfer: 'transferred',
  assign: 'assigned',
  object: 'routing-objected',
  accept: 'accepted',
  reject: 'rejected',
  'take-ownership': 'leader-took-ownership',
  extend: 'deadline-extended',
  note: 'note-added',
  mediations: 'mediated',
  supervise: 'supervised',
  reply: 'replied',
  evaluate: 'evaluated',
  close: 'closed',
  'request-review': 'review-requested',
  'decide-review': 'review-decided',
};

export interface Step {
  kind: StepKind;
  /** ISO instant. */
  at: string;
  /** Null for the citizen's evaluation (no account: the tracking code). */
  actor: Actor | null;
  body: Record<string, unknown>;
  /** For an evaluation: whose petition (the case's own, or one attached to it). */
  petitionId?: string;
}

export type Fate = 'on-time' | 'extended' | 'late' | 'overdue' | 'rejected';

export interface CasePlan {
  caseId: string;
  petitionId: string;
  fate: Fate;
  routing: 'township' | 'transfer' | 'assign' | 'objected';
  review: 'none' | 'review' | 're-review';
  /** The deadlines the plan kept to (or, for late and overdue cases, missed): ISO instants. */
  clocks: { acceptanceBy?: string; replyBy?: string; assignmentDueAt?: string };
  steps: Step[];
  /** The petitioner's evaluation, as drawn: when, the chances of each rating for this case, and the case's own draws. */
  evaluation?: { at: string; chances: Record<Rating, number>; draws: [number, number] };
}

export interface PlanOptions {
  seed?: string;
  calendar: DemoCalendar;
  /** A plausible wrong first unit for the case (it objects, and the county routes again), or null. */
  wrongUnit?: (facts: CaseFacts) => DemoUnit | null;
  /** This case is one of the year's handful left unanswered past its deadline. */
  overdue?: boolean;
  /** The petitioner's rating, when the year's plan has settled it (planYear); else drawn for the case alone. */
  ratings?: ReadonlyMap<string, Rating>;
}

export type Rating = 'satisfied' | 'basically-satisfied' | 'unsatisfied';
type Outcome = 'support' | 'explain' | 'not-support';

const RATINGS: Record<Outcome, Record<Rating, number>> = {
  support: { satisfied: 0.72, 'basically-satisfied': 0.265, unsatisfied: 0.015 },
  explain: { satisfied: 0.48, 'basically-satisfied': 0.45, unsatisfied: 0.07 },
  'not-support': { satisfied: 0.2, 'basically-satisfied': 0.53, unsatisfied: 0.27 },
};

/** Categories whose disputes a township mediates (调解) as well as handles. */
const MEDIATED = new Set(['rural-affairs', 'land-acquisition', 'labour-wages', 'other', 'urban-housing']);

/** A rating from a case's own chances and draws: unsatisfied first, then satisfied among the rest. */
function ratingOf(chances: Record<Rating, number>, [u, v]: readonly [number, number]): Rating {
  if (u < chances.unsatisfied) return 'unsatisfied';
  return v < chances.satisfied / (1 - chances.unsatisfied) ? 'satisfied' : 'basically-satisfied';
}

/**
 * The year's ratings in the order the petitioners give them, spread so that at any point of the
 * year each township's counts keep to its cases' own chances (error diffusion, jittered by each
 * case's draws): a small year, a township's few dozen evaluations or the year so far then show
 * the satisfaction the chances mean, not the luck of the draws. A case's rating counts as often
 * as its petitioners give it (attached petitions rate alike). Which case is pleased still follows
 * its reply and its kind.
 */
export function spreadRatings(
  evaluations: readonly { caseId: string; group: string; weight: number; at: string; chances: Record<Rating, number>; draws: readonly [number, number] }[],
): Map<string, Rating> {
  const ratings = new Map<string, Rating>();
  const carried = new Map<string, { unsatisfied: number; satisfied: number }>();
  for (const e of [...evaluations].sort((a, b) => a.at.localeCompare(b.at))) {
    const acc = carried.get(e.group) ?? { unsatisfied: 0, satisfied: 0 };
    carried.set(e.group, acc);
    const [u, v] = e.draws;
    acc.unsatisfied += e.chances.unsatisfied * e.weight;
    if (acc.unsatisfied + (u - 0.5) * 0.6 >= e.weight / 2) {
      acc.unsatisfied -= e.weight;
      ratings.set(e.caseId, 'unsatisfied');
      continue;
    }
    acc.satisfied += (e.chances.satisfied / (1 - e.chances.unsatisfied)) * e.weight;
    if (acc.satisfied + (v - 0.5) * 0.6 >= e.weight / 2) {
      acc.satisfied -= e.weight;
      ratings.set(e.caseId, 'satisfied');
    } else ratings.set(e.caseId, 'basically-satisfied');
  }
  return ratings;
}

/** Plans one case's life from its registration on; steps are in time order, each after the one before. */
export function planCase(f: CaseFacts, options: PlanOptions): CasePlan {
  const cal = options.calendar;
  const r = new Random(`${options.seed ?? DEMO_PLAN_SEED}:${f.receivedAt}:${f.townshipCode}`);
  const times = new Times(r, cal);
  const received = Date.parse(f.receivedAt);
  const unit = f.unit;
  const officer = officerOf(unit, f.townshipName);
  const main: Step[] = [];
  const side: Step[] = [];
  const step = (kind: StepKind, at: number, actor: Actor | null, body: Record<string, unknown> = {}, extra: Partial<Step> = {}) => {
    const s: Step = { kind, at: new Date(at).toISOString(), actor, body, ...extra };
    main.push(s);
    return at;
  };
  const ownTownship = unit.kind === 'township' && unit.townshipCode === f.townshipCode;
  const ownerRequired = f.flags.collective || f.flags.repeat || f.flags.skipLevel || f.flags.longStanding;
  const clocks: CasePlan['clocks'] = {};

  // 1. routing: a township's own matter registered at the township stays there; the county routes the rest
  let t = Date.parse(f.openedAt);
  let routing: CasePlan['routing'] = 'township';
  let receivedByUnit = received;
  let assignmentDue: number | null = null;
  if (!(ownTownship && f.level === 'township')) {
    const routeBy = cal.after(received, LIMITS.route) - 2 * HOUR;
    const wrong = !ownTownship && r.chance(0.06) ? (options.wrongUnit?.(f) ?? null) : null;
    const assign = (ownerRequired || unit.kind === 'township') && r.chance(ownerRequired ? 0.5 : 0.12);
    routing = wrong ? 'objected' : assign ? 'assign' : 'transfer';
    t = times.office(t, 0, 3, routeBy);
    if (wrong) {
      step('transfer', t, COUNTY_BUREAU, { unitCode: wrong.code, reason: text.transferReason(r, f.categoryCode, wrong.name) });
      t = step('object', times.office(t, 1, 3, cal.afterWorkingDays(t, LIMITS.objectionWorkingDays) - HOUR), officerOf(wrong, f.townshipName), { reason: text.objectionReason(r, unit.name) });
      t = times.office(t, 0, 2, cal.after(t, LIMITS.route) - 2 * HOUR);
    }
    if (assign) {
      assignmentDue = endOfLocalDay(addDays(localDate(t), 80));
      clocks.assignmentDueAt = new Date(assignmentDue).toISOString();
      step('assign', t, COUNTY_BUREAU, { unitCode: unit.code, dueAt: clocks.assignmentDueAt, reason: wrong ? text.rerouteReason(r, unit.name) : text.assignReason(r, f.categoryCode, unit.name) });
    } else {
      step('transfer', t, COUNTY_BUREAU, { unitCode: unit.code, reason: wrong ? text.rerouteReason(r, unit.name) : text.transferReason(r, f.categoryCode, unit.name) });
    }
    receivedByUnit = t;
  }
  const acceptanceBy = cal.after(receivedByUnit, LIMITS.acceptance);
  clocks.acceptanceBy = new Date(acceptanceBy).toISOString();

  // 2. the decision on acceptance: 涉法涉诉 mostly to the courts, a few non-petition matters; the rest accepted
  const ground = f.categoryCode === 'law-litigation' && r.chance(0.6) ? 'legal-procedure' : f.categoryCode === 'other' && r.chance(0.12) ? 'not-a-petition-matter' : null;
  if (ground) {
    t = step('reject', times.office(t, 2, 8, acceptanceBy - 3 * HOUR), officer, { ground, reason: text.rejectionReason(r, ground) });
    step('close', times.office(t, 1, 5), officer);
    return { caseId: f.caseId, petitionId: f.petitionId, fate: 'rejected', routing, review: 'none', clocks, steps: main };
  }
  if (ownerRequired || r.chance(0.05)) {
    // the leader who received the visit owns it; an accusation (hidden from the township it may accuse) a county leader
    const leader = f.isAccusation
      ? COUNTY_LEADER
      : f.receptionLeaderId && f.channel === 'visit'
        ? { ...townshipLeader(f.townshipCode, 1), sub: f.receptionLeaderId }
        : townshipLeader(f.townshipCode, f.flags.collective || f.flags.skipLevel ? 1 : 2);
    t = step('take-ownership', times.office(t, 0, 2, acceptanceBy - DAY), leader);
  }
  const lateAcceptance = r.chance(0.02);
  const acceptedAt = lateAcceptance ? times.office(acceptanceBy, 1, 4) : times.office(Math.max(t, receivedByUnit), 1, 8, acceptanceBy - 3 * HOUR);
  t = step('accept', acceptedAt, officer);

  // 3. handling: the reply, in time for most; an extension for some; late, or not yet, for a handful
  const fate: Fate = options.overdue ? 'overdue' : r.chance(0.035) ? 'late' : assignmentDue === null && r.chance(0.07) ? 'extended' : 'on-time';
  let replyBy = cal.after(acceptedAt, LIMITS.reply);
  let deadline = Math.min(replyBy, assignmentDue ?? Infinity);
  let repliedAt: number | null = null;
  if (fate === 'extended') {
    const days = r.int(15, LIMITS.maxExtension);
    t = step('extend', times.office(t, 44, 56, replyBy - DAY), headOf(unit), { days, reason: text.extensionReason(r) });
    replyBy = cal.after(acceptedAt, LIMITS.reply + days);
    deadline = replyBy;
    repliedAt = times.office(Math.max(t, acceptedAt + 61 * DAY), 0, days - 4, deadline - DAY);
  } else if (fate === 'late') {
    repliedAt = times.office(replyBy, 3, 25);
  } else if (fate === 'on-time') {
    // a third within two weeks, most within five, a few near the limit
    const days = r.chance(0.35) ? r.int(5, 15) : r.chance(0.7) ? r.int(16, 35) : r.int(36, 54);
    repliedAt = times.office(acceptedAt, days, days, deadline - DAY);
  }
  clocks.replyBy = new Date(replyBy).toISOString();
  const handledUntil = repliedAt ?? replyBy + 40 * DAY;

  // alongside: progress notes, a mediation, the county's supervision (督办)
  const sideStep = (kind: StepKind, at: number, actor: Actor, body: Record<string, unknown>) => {
    if (at > acceptedAt && at < handledUntil - HOUR) side.push({ kind, at: new Date(at).toISOString(), actor, body });
  };
  if (r.chance(0.45)) sideStep('note', times.office(acceptedAt, 3, 18), officer, { text: text.publicNote(r, f.categoryCode), public: true });
  if (r.chance(0.2)) sideStep('note', times.office(acceptedAt, 2, 25), officer, { text: text.internalNote(r), public: false });
  if (unit.kind === 'township' && MEDIATED.has(f.categoryCode) && r.chance(0.18)) {
    const m = text.mediation(r, f.townshipName);
    sideStep('mediations', times.office(acceptedAt, 5, 25), officer, { ...m, outcome: r.choose({ resolved: 0.6, 'partially-resolved': 0.3, unresolved: 0.1 }) });
  }
  if (fate === 'late' || fate === 'overdue') {
    const at = times.office(deadline, 1, 6);
    sideStep('supervise', at, COUNTY_BUREAU, { dueAt: new Date(endOfLocalDay(addDays(localDate(at), r.int(10, 20)))).toISOString(), reason: text.supervisionReason(r, true) });
  } else if (r.chance(f.flags.collective || f.flags.skipLevel ? 0.25 : 0.05) && repliedAt !== null && repliedAt - acceptedAt > 20 * DAY) {
    // supervised while in time: due before the reply deadline, and answered before it falls due
    const at = times.office(acceptedAt, 10, Math.max(10, Math.floor((repliedAt - acceptedAt) / DAY) - 8), repliedAt - 5 * DAY);
    const due = Math.min(endOfLocalDay(addDays(localDate(at), r.int(15, 25))), deadline);
    if (due > repliedAt) sideStep('supervise', at, COUNTY_BUREAU, { dueAt: new Date(due).toISOString(), reason: text.supervisionReason(r, false) });
  }
  const byTime = (a: Step, b: Step) => a.at.localeCompare(b.at);
  side.sort(byTime);
  const steps = [...main, ...side.filter((s, i) => i === 0 || s.at !== side[i - 1]!.at)];
  let evaluation: CasePlan['evaluation'] | undefined;
  const result = (review: CasePlan['review'] = 'none'): CasePlan => ({ caseId: f.caseId, petitionId: f.petitionId, fate, routing, review, clocks, steps: steps.sort(byTime), ...(evaluation ? { evaluation } : {}) });
  if (repliedAt === null) return result();

  // 4. the reply, the petitioner's evaluation, perhaps a review and a re-review, and the closing
  const outcome = r.choose<Outcome>({ support: 0.45, explain: 0.42, 'not-support': 0.13 });
  t = repliedAt;
  steps.push({ kind: 'reply', at: iso(t), actor: officer, body: { outcome, text: text.replyText(r, f.categoryCode, outcome) } });
  const evaluates = r.chance(0.9);
  // the hard cases — raised again, taken higher, long-standing petitioners — and the late ones please fewer
  const table = { ...RATINGS[outcome] };
  const displeased = (f.flags.repeat || f.flags.skipLevel || f.flags.longStanding ? 0.05 : 0) + (fate === 'late' ? 0.05 : 0);
  table.satisfied -= displeased;
  table.unsatisfied += displeased;
  const draws: [number, number] = [r.next(), r.next()];
  const rating = options.ratings?.get(f.caseId) ?? ratingOf(table, draws);
  if (evaluates) {
    t = times.anyTime(t, r.chance(0.7) ? 1 : 4, r.chance(0.7) ? 4 : 12);
    evaluation = { at: iso(t), chances: table, draws };
    const comment = text.evaluationComment(r, rating);
    steps.push({ kind: 'evaluate', at: iso(t), actor: null, body: { rating, ...(comment ? { comment } : {}) }, petitionId: f.petitionId });
    for (const linked of f.linkedPetitionIds) {
      if (r.chance(0.75)) steps.push({ kind: 'evaluate', at: iso(t + r.int(1, 48) * HOUR), actor: null, body: { rating }, petitionId: linked });
    }
  }
  const reviews = evaluates ? (rating === 'unsatisfied' ? r.chance(0.55) : rating === 'basically-satisfied' && r.chance(0.03)) : r.chance(0.02);
  if (!reviews) {
    // closed once the petitioner has had their say (or a week or so after the reply without it)
    steps.push({ kind: 'close', at: iso(evaluates ? times.office(t, 0, 3) : times.office(t, 5, 10)), actor: officer, body: {} });
    return result();
  }
  t = times.office(t, 1, 10, cal.after(repliedAt, LIMITS.reviewRequest) - DAY);
  steps.push({ kind: 'request-review', at: iso(t), actor: COUNTY_BUREAU, body: { reason: text.reviewRequestReason(r) } });
  const requested = t;
  t = times.office(t, 10, 24, cal.after(requested, LIMITS.reviewDecision) - DAY);
  const reviewOutcome = r.chance(0.8) ? 'upheld' : 'changed';
  steps.push({ kind: 'decide-review', at: iso(t), actor: COUNTY_BUREAU, body: { outcome: reviewOutcome, text: text.reviewDecisionText(r, reviewOutcome) } });
  const decided = t;
  if (r.chance(0.3)) {
    t = times.office(t, 3, 14, cal.after(decided, LIMITS.reviewRequest) - DAY);
    steps.push({ kind: 'request-review', at: iso(t), actor: COUNTY_BUREAU, body: { reason: text.reReviewRequestReason(r) } });
    const again = t;
    t = times.office(t, 10, 24, cal.after(again, LIMITS.reviewDecision) - DAY);
    steps.push({ kind: 'decide-review', at: iso(t), actor: COUNTY_BUREAU, body: { outcome: 'upheld', text: text.reReviewDecisionText(r) } });
    return result('re-review');
  }
  steps.push({ kind: 'close', at: iso(times.office(t, 2, 8)), actor: COUNTY_BUREAU, body: {} });
  return result('review');
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The year's plans. In each township one case received between May and September (the same one
 * on every run) is left unanswered past its deadline and supervised: with the few replied late,
 * the handful of overdue cases a real township has.
 */
export function planYear(cases: readonly CaseFacts[], options: Omit<PlanOptions, 'overdue'>): CasePlan[] {
  const seed = options.seed ?? DEMO_PLAN_SEED;
  const overdue = new Set<string>();
  const byTownship = new Map<string, CaseFacts[]>();
  for (const f of cases) byTownship.set(f.townshipCode, [...(byTownship.get(f.townshipCode) ?? []), f]);
  for (const list of byTownship.values()) {
    const candidates = list
      .filter((f) => {
        const month = Number(localDate(Date.parse(f.receivedAt)).slice(5, 7));
        return month >= 5 && month <= 9 && planCase(f, options).fate === 'on-time';
      })
      .map((f) => ({ f, rank: new Random(`${seed}:overdue:${f.receivedAt}`).next() }))
      .sort((a, b) => a.rank - b.rank);
    if (candidates[0]) overdue.add(candidates[0].f.caseId);
  }
  const drawn = cases.map((f) => planCase(f, { ...options, overdue: overdue.has(f.caseId) }));
  const township = new Map(cases.map((f) => [f.caseId, f.townshipCode]));
  const ratings = spreadRatings(
    drawn
      .filter((p) => p.evaluation)
      .map((p) => ({ caseId: p.caseId, group: township.get(p.caseId)!, weight: p.steps.filter((s) => s.kind === 'evaluate').length, ...p.evaluation! })),
  );
  return cases.map((f) => planCase(f, { ...options, overdue: overdue.has(f.caseId), ratings }));
}

/** The steps due by `until`: a case's life as far as it has got. */
export function stepsUntil(plan: CasePlan, until: number): Step[] {
  return plan.steps.filter((s) => Date.parse(s.at) <= until);
}

// ---------------------------------------------------------------------------------------------
// monthly dispute screening (矛盾纠纷排查)

export interface ScreeningPlan {
  month: string;
  townshipCode: string;
  at: string;
  actor: Actor;
  body: { month: string; townshipCode: string; villageCode?: string; category: string; parties: string; matter: string; peopleInvolved: number; easilyEscalating: boolean; outcome: string; measures: string };
  /** Resolved later, by the township's officer. */
  followUp?: { at: string; actor: Actor; body: { outcome: 'resolved'; measures: string } };
}

export interface Township {
  code: string;
  name: string;
  villages: { code: string; name: string }[];
}

/** Seasons of disputes: water and land at spring ploughing, wages before Spring Festival. */
const SCREENING_WEIGHTS = [1.4, 1.1, 1.3, 1.3, 1, 1, 1.1, 1, 0.9, 0.9, 1, 1.4];

/**
 * Each month every village's liaison and the township screen for disputes in the last days of
 * the month (or the first working day after it): one to four entries a township, some resolved
 * at once, most of the rest resolved within weeks.
 */
export function planScreenings(townships: readonly Township[], year: number, calendar: DemoCalendar, seed = DEMO_PLAN_SEED): ScreeningPlan[] {
  const plans: ScreeningPlan[] = [];
  for (const township of townships) {
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const r = new Random(`${seed}:screening:${township.code}:${month}`);
      const n = Math.max(1, Math.round(r.int(1, 3) * SCREENING_WEIGHTS[m - 1]!));
      // the screening meeting: the month's last working day
      let day = addDays(`${m === 12 ? year + 1 : year}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
      while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
      const officer = townshipOfficer(township.code, township.name);
      for (let i = 0; i < n; i++) {
        const village = r.pick(township.villages);
        const entry = r.pick(text.SCREENINGS);
        // the township's liaison of the demo (the gateway's demo account of that id) records for its villages
        const liaison: Actor = { sub: `demo-liaison-${township.code}`, role: 'liaison', townshipCode: township.code, name: `${township.name}村信访联络员` };
        const at = atLocal(day, r.int(9 * 60, 16 * 60 + 30)) + i * MINUTE;
        const outcome = r.choose({ resolved: 0.42, 'in-progress': 0.48, referred: 0.06, escalated: 0.04 });
        const plan: ScreeningPlan = {
          month,
          townshipCode: township.code,
          at: iso(at),
          actor: r.chance(0.8) ? liaison : officer,
          body: {
            month,
            townshipCode: township.code,
            villageCode: village.code,
            category: entry.category,
            parties: entry.parties(village.name),
            matter: entry.matter,
            peopleInvolved: r.chance(0.15) ? r.int(6, 30) : r.int(2, 5),
            easilyEscalating: r.chance(0.12),
            outcome,
            measures: entry.measures,
          },
        };
        if (outcome === 'in-progress' && r.chance(0.75)) {
          let follow = addDays(day, r.int(8, 40));
          while (!calendar.isWorkingDay(follow)) follow = addDays(follow, 1);
          plan.followUp = { at: iso(atLocal(follow, r.int(9 * 60, 17 * 60))), actor: officer, body: { outcome: 'resolved', measures: `${entry.measures}；经调解双方达成一致，纠纷已化解` } };
        }
        plans.push(plan);
      }
    }
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------

/** Office and citizen times: a working day at office hours, some days after a moment, within a limit. */
class Times {
  constructor(
    private readonly r: Random,
    private readonly cal: DemoCalendar,
  ) {}

  private officeMinute(): number {
    return this.r.chance(0.6) ? this.r.int(8 * 60 + 30, 11 * 60 + 50) : this.r.int(14 * 60 + 30, 17 * 60 + 20);
  }

  /**
   * A working day `minDays`..`maxDays` after `from`, at office hours, after `from`; no later than
   * `notAfter` when given (the latest working day before it, if the chosen one is too late).
   */
  office(from: number, minDays: number, maxDays: number, notAfter?: number): number {
    const days = this.r.int(minDays, Math.max(minDays, maxDays));
    const date = this.cal.onOrAfter(addDays(localDate(from), days));
    let at = atLocal(date, this.officeMinute());
    if (at <= from + 5 * MINUTE) {
      // the same day, and already past that hour: later that day if the office is still open, else the next working day
      const later = from + this.r.int(20, 120) * MINUTE;
      at = minuteOfDay(later) <= 17 * 60 + 30 && localDate(later) === localDate(from) ? later : atLocal(this.cal.onOrAfter(addDays(localDate(from), 1)), this.r.int(8 * 60 + 30, 10 * 60 + 30));
    }
    if (notAfter !== undefined && at > notAfter) at = this.latest(from, notAfter);
    return at;
  }

  /** The latest office time after `from` and before `notAfter`. */
  private latest(from: number, notAfter: number): number {
    for (let date = localDate(notAfter); date >= localDate(from); date = addDays(date, -1)) {
      if (!this.cal.isWorkingDay(date)) continue;
      const at = Math.min(atLocal(date, this.r.int(9 * 60, 16 * 60)), notAfter - 30 * MINUTE);
      if (at > from + 5 * MINUTE) return at;
    }
    return from + Math.max(MINUTE, Math.floor((notAfter - from) / 2));
  }

  /** A citizen's time: any day, between 08:00 and 21:30. */
  anyTime(from: number, minDays: number, maxDays: number): number {
    const date = addDays(localDate(from), this.r.int(minDays, maxDays));
    const at = atLocal(date, this.r.int(8 * 60, 21 * 60 + 30));
    return at > from + 5 * MINUTE ? at : from + this.r.int(30, 300) * MINUTE;
  }
}
