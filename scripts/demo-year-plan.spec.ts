import { Random } from '../apps/intake/src/seed/random.js';
import { CHINA_HOLIDAYS_2025_2026, localDate as caseworkLocalDate, WorkingCalendar } from '../apps/casework/src/cases/domain/calendar.js';
import { acceptanceNoticeBy, objectionBy, replyBy, reviewDecisionBy, reviewRequestBy, routeBy } from '../apps/casework/src/cases/domain/clocks.js';
import { stepsToDo } from './demo-year-drive.js';
import { DemoCalendar, planScreenings, planYear, STEP_EVENTS, stepsUntil, type CaseFacts, type CasePlan, type DemoUnit, type Step } from './demo-year-plan.js';

/** The calendar casework itself uses: the plan must keep to the same clocks. */
const working = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);
const calendar = new DemoCalendar(CHINA_HOLIDAYS_2025_2026);

const TOWNSHIPS = ['430599100000', '430599101000', '430599102000', '430599103000', '430599200000', '430599201000', '430599202000', '430599203000'];
const township = (code: string): DemoUnit => ({ code: `twp-${code}`, name: '乡镇人民政府', kind: 'township', townshipCode: code });
const DEPARTMENTS: Record<string, DemoUnit> = {
  'land-acquisition': { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department', townshipCode: null },
  'labour-wages': { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department', townshipCode: null },
  'law-litigation': { code: 'political-legal', name: '县委政法委（涉法涉诉）', kind: 'political-legal', townshipCode: null },
  discipline: { code: 'discipline', name: '县纪委监委', kind: 'discipline', townshipCode: null },
};
const WRONG: DemoUnit = { code: 'dept-agriculture', name: '县农业农村局', kind: 'department', townshipCode: null };

/** A county's year of cases, as the driver would read them from casework. */
function syntheticYear(n: number): CaseFacts[] {
  const r = new Random('plan-spec');
  const facts: CaseFacts[] = [];
  for (let i = 0; i < n; i++) {
    const townshipCode = r.pick(TOWNSHIPS);
    const categoryCode = r.pick(['land-acquisition', 'labour-wages', 'rural-affairs', 'other', 'law-litigation', 'discipline', 'rural-affairs', 'other']);
    const received = Date.UTC(2026, 0, 2) + r.int(0, 330) * 86_400_000 + r.int(0, 86_399_999);
    const flags = { collective: r.chance(0.12), repeat: r.chance(0.1), skipLevel: r.chance(0.05), longStanding: r.chance(0.04) };
    facts.push({
      caseId: `case-${i}`,
      petitionId: `petition-${i}`,
      receivedAt: new Date(received).toISOString(),
      openedAt: new Date(received + r.int(0, 90) * 60_000).toISOString(),
      townshipCode,
      townshipName: '清水镇',
      categoryCode,
      channel: r.pick(['visit', 'letter', 'online', 'phone'] as const),
      level: r.chance(0.25) ? 'county' : 'township',
      flags,
      isAccusation: categoryCode === 'discipline',
      receptionLeaderId: r.chance(0.3) ? `leader-${townshipCode}-${r.int(1, 3)}` : null,
      linkedPetitionIds: flags.repeat ? [`petition-${i}-again`] : [],
      unit: DEPARTMENTS[categoryCode] ?? township(townshipCode),
    });
  }
  return facts;
}

const facts = syntheticYear(480);
const plans = planYear(facts, { calendar, wrongUnit: (f) => (f.unit.kind === 'department' ? WRONG : null) });
const factsOf = new Map(facts.map((f) => [f.caseId, f]));
const ms = (s: Step) => Date.parse(s.at);
const first = (p: CasePlan, kind: Step['kind']) => p.steps.find((s) => s.kind === kind);
const share = (pred: (p: CasePlan) => boolean) => plans.filter(pred).length / plans.length;

describe('the demo year plan', () => {
  it('is the same plan on every run, and another with another seed', () => {
    expect(planYear(facts, { calendar, wrongUnit: () => WRONG })).toEqual(planYear(facts, { calendar, wrongUnit: () => WRONG }));
    expect(planYear(facts, { calendar, seed: 'another county' })).not.toEqual(planYear(facts, { calendar }));
  });

  it('gives most cases a reply in time, a few an extension, a handful late or left overdue, some 不予受理', () => {
    expect(share((p) => p.fate === 'on-time')).toBeGreaterThan(0.78);
    expect(share((p) => p.fate === 'extended')).toBeGreaterThan(0.03);
    expect(share((p) => p.fate === 'late' || p.fate === 'overdue')).toBeGreaterThan(0.01);
    expect(share((p) => p.fate === 'late' || p.fate === 'overdue')).toBeLessThan(0.08);
    expect(plans.filter((p) => p.fate === 'rejected').every((p) => ['law-litigation', 'other'].includes(factsOf.get(p.caseId)!.categoryCode))).toBe(true);
    expect(share((p) => p.fate === 'rejected')).toBeGreaterThan(0.02);
    expect(share((p) => p.review !== 'none')).toBeGreaterThan(0.01);
    expect(plans.some((p) => p.review === 're-review')).toBe(true);
    expect(plans.some((p) => p.routing === 'objected')).toBe(true);
    expect(plans.some((p) => p.routing === 'assign')).toBe(true);
    expect(plans.some((p) => p.routing === 'township')).toBe(true);
    for (const kind of ['supervise', 'note', 'mediations', 'extend', 'take-ownership', 'evaluate'] as const) expect(plans.some((p) => first(p, kind))).toBe(true);
  });

  it('leaves exactly one case a township overdue, received between May and September', () => {
    const overdue = plans.filter((p) => p.fate === 'overdue').map((p) => factsOf.get(p.caseId)!);
    expect(overdue.map((f) => f.townshipCode).sort()).toEqual([...TOWNSHIPS].sort());
    for (const f of overdue) expect(Number(caseworkLocalDate(new Date(f.receivedAt)).slice(5, 7))).toBeGreaterThanOrEqual(5);
    for (const p of plans.filter((x) => x.fate === 'overdue')) {
      expect(first(p, 'reply')).toBeUndefined();
      // the county chased it after its deadline, and nobody closed it
      expect(ms(first(p, 'supervise')!)).toBeGreaterThan(Date.parse(p.clocks.replyBy!));
      expect(first(p, 'close')).toBeUndefined();
    }
  });

  it('does each step after the one before, staff at office hours on working days', () => {
    for (const p of plans) {
      const f = factsOf.get(p.caseId)!;
      let previous = Date.parse(f.openedAt);
      for (const s of p.steps) {
        expect(ms(s)).toBeGreaterThan(previous);
        previous = ms(s);
        if (s.actor === null) continue;
        expect(working.isWorkingDay(caseworkLocalDate(new Date(s.at)))).toBe(true);
        const minute = Math.floor(((ms(s) + 8 * 3_600_000) % 86_400_000) / 60_000);
        expect(minute).toBeGreaterThanOrEqual(8 * 60 + 30);
        expect(minute).toBeLessThanOrEqual(17 * 60 + 30);
      }
    }
  });

  it('keeps every case but the late ones inside the regulation’s clocks, as casework computes them', () => {
    let lateAcceptances = 0;
    for (const p of plans) {
      const f = factsOf.get(p.caseId)!;
      const received = new Date(f.receivedAt);
      const routes = p.steps.filter((s) => s.kind === 'transfer' || s.kind === 'assign');
      const objection = first(p, 'object');
      if (routes[0]) expect(ms(routes[0])).toBeLessThanOrEqual(routeBy(received, working).getTime());
      if (objection) {
        expect(ms(objection)).toBeLessThanOrEqual(objectionBy(new Date(routes[0]!.at), working).getTime());
        expect(ms(routes[1]!)).toBeLessThanOrEqual(routeBy(new Date(objection.at), working).getTime());
      }
      const receipt = routes.length ? new Date(routes[routes.length - 1]!.at) : received;
      const decision = first(p, 'accept') ?? first(p, 'reject');
      if (decision && ms(decision) > acceptanceNoticeBy(receipt, working).getTime()) lateAcceptances++;
      const accept = first(p, 'accept');
      if (accept && f.flags.collective) expect(ms(first(p, 'take-ownership')!)).toBeLessThan(ms(accept));
      const reply = first(p, 'reply');
      const extension = first(p, 'extend');
      if (extension) {
        expect(extension.body.days).toBeGreaterThanOrEqual(1);
        expect(extension.body.days).toBeLessThanOrEqual(30);
        expect(ms(extension)).toBeLessThanOrEqual(replyBy(new Date(accept!.at), 0, working).getTime());
      }
      if (reply) {
        const due = replyBy(new Date(accept!.at), (extension?.body.days as number | undefined) ?? 0, working).getTime();
        if (p.fate === 'late') expect(ms(reply)).toBeGreaterThan(due);
        else {
          expect(ms(reply)).toBeLessThanOrEqual(due);
          const assigned = routes.find((s) => s.kind === 'assign');
          if (assigned) expect(reply.at < (assigned.body.dueAt as string)).toBe(true);
          const supervision = first(p, 'supervise');
          if (supervision) expect(reply.at < (supervision.body.dueAt as string)).toBe(true);
        }
      }
      const requests = p.steps.filter((s) => s.kind === 'request-review');
      const decisions = p.steps.filter((s) => s.kind === 'decide-review');
      if (requests[0]) {
        expect(ms(requests[0])).toBeLessThanOrEqual(reviewRequestBy(new Date(reply!.at), working).getTime());
        expect(ms(decisions[0]!)).toBeLessThanOrEqual(reviewDecisionBy(new Date(requests[0].at), 0, working).getTime());
      }
      if (requests[1]) {
        expect(ms(requests[1])).toBeLessThanOrEqual(reviewRequestBy(new Date(decisions[0]!.at), working).getTime());
        expect(ms(decisions[1]!)).toBeLessThanOrEqual(reviewDecisionBy(new Date(requests[1].at), 0, working).getTime());
      }
    }
    expect(lateAcceptances / plans.length).toBeLessThan(0.05);
  });

  it('has a leader own what must be owned before acceptance, a county leader for accusations', () => {
    for (const p of plans) {
      const f = factsOf.get(p.caseId)!;
      const accept = first(p, 'accept');
      const owner = first(p, 'take-ownership');
      if (accept && (f.flags.collective || f.flags.repeat || f.flags.skipLevel || f.flags.longStanding)) expect(ms(owner!)).toBeLessThan(ms(accept));
      if (owner && f.isAccusation) expect(owner.actor).toMatchObject({ role: 'leader', sub: 'leader-county-1' });
      if (owner && !f.isAccusation) expect(owner.actor).toMatchObject({ role: 'leader', townshipCode: f.townshipCode });
      if (owner && f.receptionLeaderId && f.channel === 'visit' && !f.isAccusation) expect(owner.actor!.sub).toBe(f.receptionLeaderId);
    }
  });

  it('rates the replies as a real township’s petitioners do: 85–95% satisfied or basically satisfied', () => {
    const ratings = plans.flatMap((p) => p.steps.filter((s) => s.kind === 'evaluate' && s.petitionId === p.caseId.replace('case', 'petition')).map((s) => s.body.rating));
    const replied = plans.filter((p) => first(p, 'reply')).length;
    expect(ratings.length / replied).toBeGreaterThan(0.8);
    const content = ratings.filter((r) => r !== 'unsatisfied').length / ratings.length;
    expect(content).toBeGreaterThan(0.85);
    expect(content).toBeLessThan(0.95);
    // the reviews come mostly from the dissatisfied
    const reviewed = plans.filter((p) => p.review !== 'none');
    const unhappy = reviewed.filter((p) => first(p, 'evaluate')?.body.rating === 'unsatisfied').length;
    expect(unhappy / reviewed.length).toBeGreaterThan(0.7);
  });

  it('spreads the ratings so that each township’s year at any point keeps to its cases’ chances, the displeased still the not-supported', () => {
    const evaluated = plans.filter((p) => p.evaluation).sort((a, b) => a.evaluation!.at.localeCompare(b.evaluation!.at));
    const ratingOf = (p: CasePlan) => p.steps.find((s) => s.kind === 'evaluate' && s.petitionId === p.petitionId)!.body.rating;
    const sofar = new Map<string, { expected: number; unsatisfied: number }>();
    for (const p of evaluated) {
      const township = factsOf.get(p.caseId)!.townshipCode;
      const t = sofar.get(township) ?? { expected: 0, unsatisfied: 0 };
      sofar.set(township, t);
      // a case's rating counts once for each petition of it that is evaluated
      const weight = p.steps.filter((s) => s.kind === 'evaluate').length;
      t.expected += p.evaluation!.chances.unsatisfied * weight;
      if (ratingOf(p) === 'unsatisfied') t.unsatisfied += weight;
      // however few evaluations a township has had so far, its count is within a rating or two of the chances
      expect(Math.abs(t.unsatisfied - t.expected)).toBeLessThan(2.5);
    }
    expect(sofar.size).toBe(TOWNSHIPS.length);
    const displeasedShare = (outcome: string) => {
      const of = evaluated.filter((p) => first(p, 'reply')!.body.outcome === outcome);
      return of.filter((p) => ratingOf(p) === 'unsatisfied').length / of.length;
    };
    expect(displeasedShare('not-support')).toBeGreaterThan(displeasedShare('explain'));
    expect(displeasedShare('explain')).toBeGreaterThan(displeasedShare('support'));
  });

  it('knows from a case’s history which steps are done: a second run does nothing, an interrupted one the rest', () => {
    const plan = plans.find((p) => p.review === 're-review')!;
    const history = (steps: Step[]) => [{ type: 'opened', at: factsOf.get(plan.caseId)!.openedAt }, ...steps.map((s) => ({ type: STEP_EVENTS[s.kind], at: s.at }))];
    const end = Date.parse('2026-12-31T00:00:00Z');
    const due = stepsUntil(plan, end);
    expect(stepsToDo(plan, history([]), end)).toEqual({ todo: due, before: 0 });
    expect(stepsToDo(plan, history(due.slice(0, 3)), end)).toEqual({ todo: due.slice(3), before: 3 });
    expect(stepsToDo(plan, history(due), end)).toEqual({ todo: [], before: due.length });
    // the same kind of step at another instant (staff's own note, say) is not the plan's
    expect(stepsToDo(plan, history(due.slice(0, 2)).concat({ type: STEP_EVENTS[due[2]!.kind], at: '2026-12-30T02:00:00.000Z' }), end).before).toBe(2);
    // a case's life is cut where the year has got to
    const midway = Date.parse(due[4]!.at);
    expect(stepsUntil(plan, midway)).toEqual(due.slice(0, 5));
  });

  it('screens every township every month, on the month’s last working day, and resolves most open disputes later', () => {
    const townships = TOWNSHIPS.map((code) => ({ code, name: '清水镇', villages: [{ code: `${code.slice(0, 9)}201`, name: '石桥村' }, { code: `${code.slice(0, 9)}202`, name: '杨柳村' }] }));
    const screenings = planScreenings(townships, 2026, calendar);
    expect(planScreenings(townships, 2026, calendar)).toEqual(screenings);
    for (const code of TOWNSHIPS) expect(new Set(screenings.filter((s) => s.townshipCode === code).map((s) => s.month)).size).toBe(12);
    for (const s of screenings) {
      const date = caseworkLocalDate(new Date(s.at));
      expect(date.slice(0, 7)).toBe(s.month);
      expect(working.isWorkingDay(date)).toBe(true);
      expect(s.body.villageCode!.slice(0, 9)).toBe(s.townshipCode.slice(0, 9));
      if (s.followUp) {
        expect(s.body.outcome).toBe('in-progress');
        expect(s.followUp.at > s.at).toBe(true);
      }
    }
    const open = screenings.filter((s) => s.body.outcome === 'in-progress');
    expect(open.filter((s) => s.followUp).length / open.length).toBeGreaterThan(0.6);
  });
});
