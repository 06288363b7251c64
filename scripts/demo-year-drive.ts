/**
 * Carries out the demo county's planned year (demo-year-plan.ts) through the services' own HTTP
 * APIs, as their users would: the county bureau routes, units accept and reply, leaders own and
 * extend, citizens evaluate with their tracking codes, villages screen disputes. Every request
 * says when it happened (x-demo-now), which intake and casework honour only when they run with
 * DEMO_CLOCK=on. Idempotent: a step already in a case's history (same action, same instant) is
 * not done again, so a second run changes nothing and an interrupted one finishes the rest.
 */
import { createHash } from 'node:crypto';
import { signStaffToken } from '#platform';
import { Progress, type Output } from '../apps/intake/src/seed/progress.js';
import {
  COUNTY_BUREAU,
  DemoCalendar,
  planScreenings,
  planYear,
  STEP_EVENTS,
  stepsUntil,
  type Actor,
  type CaseFacts,
  type CasePlan,
  type DemoUnit,
  type Fate,
  type ScreeningPlan,
  type Step,
  type Township,
} from './demo-year-plan.js';

export interface DriveOptions {
  intakeUrl: string;
  caseworkUrl: string;
  /** Signs the staff tokens (the services verify them with its public key). */
  privateKeyPem: string;
  year?: number;
  /** Steps up to this moment are done (default now). */
  until?: Date;
  concurrency?: number;
  out?: Output;
  /** How long to wait for casework to open the cases of the registered petitions. */
  casesTimeoutMs?: number;
}

export interface DriveResult {
  cases: number;
  fates: Record<Fate, number>;
  reviews: number;
  steps: { done: number; before: number; failed: number };
  evaluations: number;
  screenings: { recorded: number; resolved: number };
  /** Cases left alone: handled by someone else, or opened before the demo clock existed. */
  skipped: number;
  failures: string[];
  seconds: number;
}

interface CaseView {
  id: string;
  petitionId: string;
  status: string;
  townshipCode: string;
  categoryCode: string;
  channel: CaseFacts['channel'];
  flags: CaseFacts['flags'];
  isAccusation: boolean;
  receptionLeaderId: string | null;
  linkedPetitionIds: string[];
  receivedAt: string;
  timeline?: { at: string; type: string; actorId: string | null; actorRole: string | null; summary: string }[];
}

interface Directory {
  countyName: string;
  townships: { code: string; name: string; villages: { code: string; name: string }[] }[];
  units: { code: string; name: string; kind: DemoUnit['kind']; townshipCode?: string | null }[];
}

const OWN_TOWNSHIP = '@township';
/** For a plausible objection (退回): the unit a clerk might have sent the matter to by mistake. */
const MISTAKEN_UNITS: Record<string, string> = {
  'dept-natural-resources': 'dept-agriculture',
  'dept-hrss': 'dept-housing',
  'dept-housing': 'dept-natural-resources',
  'dept-ecology': 'dept-agriculture',
};

class Api {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly privateKeyPem: string,
    readonly intakeUrl: string,
    readonly caseworkUrl: string,
  ) {}

  token(actor: Actor): Promise<string> {
    let token = this.tokens.get(actor.sub);
    if (!token) {
      token = signStaffToken(this.privateKeyPem, { sub: actor.sub, role: actor.role, townshipCode: actor.townshipCode, unitCode: actor.unitCode, name: actor.name, expiresIn: '4h' });
      this.tokens.set(actor.sub, token);
    }
    return token;
  }

  async call<T = any>(base: string, method: string, path: string, options: { actor?: Actor; body?: unknown; at?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.actor) headers.authorization = `Bearer ${await this.token(options.actor)}`;
    if (options.at) headers['x-demo-now'] = options.at;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${base}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
        const text = await res.text();
        const body = text ? JSON.parse(text) : null;
        if (res.status >= 500 && attempt < 4) {
          await sleep(200 * attempt);
          continue;
        }
        return { status: res.status, body };
      } catch (err) {
        if (attempt >= 4) throw err;
        await sleep(200 * attempt);
      }
    }
  }

  async get<T = any>(base: string, path: string, actor: Actor = COUNTY_BUREAU): Promise<T> {
    const res = await this.call<T>(base, 'GET', path, { actor });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HOUR = 3_600_000;

/** Beijing midnight starting a year. */
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1) - 8 * HOUR);

export async function driveDemoYear(options: DriveOptions): Promise<DriveResult> {
  const started = Date.now();
  const out = options.out ?? process.stdout;
  const year = options.year ?? 2026;
  const until = Math.min((options.until ?? new Date()).getTime(), Date.now() - 1000);
  const api = new Api(options.privateKeyPem, options.intakeUrl, options.caseworkUrl);
  const result: DriveResult = {
    cases: 0,
    fates: { 'on-time': 0, extended: 0, late: 0, overdue: 0, rejected: 0 },
    reviews: 0,
    steps: { done: 0, before: 0, failed: 0 },
    evaluations: 0,
    screenings: { recorded: 0, resolved: 0 },
    skipped: 0,
    failures: [],
    seconds: 0,
  };

  const directory = await api.get<Directory>(api.intakeUrl, '/api/directory');
  const { rules } = await api.get<{ rules: { categoryCode: string; townshipCode: string | null; unitCode: string }[] }>(api.caseworkUrl, '/api/routing-rules');
  const { days } = await api.get<{ days: { date: string; kind: 'holiday' | 'workday' }[] }>(api.caseworkUrl, '/api/calendar');
  const calendar = new DemoCalendar(days);
  const units = new Map(directory.units.map((u) => [u.code, { code: u.code, name: u.name, kind: u.kind, townshipCode: u.townshipCode ?? null } satisfies DemoUnit]));
  const townshipNames = new Map(directory.townships.map((t) => [t.code, t.name]));

  /** The routing table's proposal, as casework makes it (accusations to the discipline organs). */
  const proposedUnit = (c: { categoryCode: string; townshipCode: string; isAccusation: boolean }): DemoUnit => {
    if (c.isAccusation) {
      const discipline = [...units.values()].find((u) => u.kind === 'discipline');
      if (discipline) return discipline;
    }
    const rule = rules.find((r) => r.categoryCode === c.categoryCode && r.townshipCode === c.townshipCode) ?? rules.find((r) => r.categoryCode === c.categoryCode && r.townshipCode === null);
    const code = rule?.unitCode ?? OWN_TOWNSHIP;
    const unit = code === OWN_TOWNSHIP ? [...units.values()].find((u) => u.kind === 'township' && u.townshipCode === c.townshipCode) : units.get(code);
    if (!unit) throw new Error(`no unit for ${c.categoryCode} in ${c.townshipCode}`);
    return unit;
  };

  // 1. every registered petition in a case (casework consumes intake's registrations)
  out.write(`demo year ${year}: waiting for casework to open the cases of the registered petitions… `);
  const cases = await allCases(api, options.casesTimeoutMs ?? 90_000);
  const from = yearStart(year).getTime();
  const ofYear = cases.filter((c) => Date.parse(c.receivedAt) >= from && Date.parse(c.receivedAt) < Math.min(until, yearStart(year + 1).getTime()));
  out.write(`${ofYear.length} cases\n`);

  // 2. what each case is, from its history
  const facts: CaseFacts[] = [];
  const histories = new Map<string, NonNullable<CaseView['timeline']>>();
  await inParallel(ofYear, 8, async (c) => {
    const detail = await api.get<CaseView>(api.caseworkUrl, `/api/cases/${c.id}`);
    const timeline = detail.timeline ?? [];
    const opened = timeline.find((e) => e.type === 'opened');
    const foreign = timeline.some((e) => e.actorId !== null && !/^(demo-|leader-|intake$)/.test(e.actorId));
    // opened long after the petition came in: registered before the demo clock existed, its history cannot be dated back
    const stale = !opened || Date.parse(opened.at) - Date.parse(c.receivedAt) > 2 * 24 * HOUR;
    if (foreign || stale) {
      result.skipped++;
      return;
    }
    histories.set(c.id, timeline);
    facts.push({
      caseId: c.id,
      petitionId: c.petitionId,
      receivedAt: c.receivedAt,
      openedAt: opened.at,
      townshipCode: c.townshipCode,
      townshipName: townshipNames.get(c.townshipCode) ?? '',
      categoryCode: c.categoryCode,
      channel: c.channel,
      level: opened.summary.includes('县级') ? 'county' : 'township',
      flags: c.flags,
      isAccusation: c.isAccusation,
      receptionLeaderId: c.receptionLeaderId,
      linkedPetitionIds: c.linkedPetitionIds,
      unit: proposedUnit(c),
    });
  });
  if (result.skipped) out.write(`  ${result.skipped} cases left alone (handled by staff, or registered before the demo clock: drop the database for a fresh demo year)\n`);
  facts.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));

  // 3. the plan, and what of it is due by now
  const plans = planYear(facts, {
    calendar,
    wrongUnit: (f) => {
      const code = MISTAKEN_UNITS[f.unit.code];
      return code ? (units.get(code) ?? null) : null;
    },
  });
  result.cases = plans.length;
  for (const p of plans) {
    result.fates[p.fate]++;
    if (p.review !== 'none' && stepsUntil(p, until).some((s) => s.kind === 'request-review')) result.reviews++;
  }

  // 4. carry it out, case by case (each case's steps in order; several cases at once)
  const progress = new Progress(out, 'cases', plans.length);
  const trackingCodes = new Map<string, string>();
  try {
    await inParallel(plans, options.concurrency ?? 8, async (plan) => {
      try {
        await carryOut(api, plan, histories.get(plan.caseId)!, until, trackingCodes, result);
      } catch (err) {
        result.steps.failed++;
        result.failures.push(`case ${plan.caseId}: ${(err as Error).message}`);
      }
      progress.tick();
    });
  } finally {
    progress.finish();
  }

  // 5. the villages' monthly dispute screening
  const townships: Township[] = directory.townships.map((t) => ({ code: t.code, name: t.name, villages: t.villages }));
  await screen(api, planScreenings(townships, year, calendar), until, result);

  result.seconds = (Date.now() - started) / 1000;
  out.write(describe(result));
  return result;
}

async function allCases(api: Api, timeoutMs: number): Promise<CaseView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { total: petitions } = await api.get<{ total: number }>(api.intakeUrl, '/api/petitions?pageSize=1');
    const cases: CaseView[] = [];
    for (let page = 1; ; page++) {
      const body = await api.get<{ total: number; items: CaseView[] }>(api.caseworkUrl, `/api/cases?pageSize=500&page=${page}`);
      cases.push(...body.items);
      if (cases.length >= body.total || body.items.length === 0) break;
    }
    // each petition is in one case: its own, or the open case it was attached to
    const inCases = cases.reduce((n, c) => n + 1 + c.linkedPetitionIds.length, 0);
    if (inCases >= petitions) return cases;
    if (Date.now() > deadline) throw new Error(`casework has opened cases for ${inCases} of ${petitions} petitions after ${timeoutMs / 1000} s (is it consuming intake's events?)`);
    await sleep(500);
  }
}

/** The case's steps due by `until` that its history does not show yet, in order. */
export function stepsToDo(plan: CasePlan, history: readonly { type: string; at: string }[], until: number): { todo: Step[]; before: number } {
  const due = stepsUntil(plan, until);
  const done = new Set(history.map((e) => `${e.type}|${Date.parse(e.at)}`));
  const isDone = (s: Step) => done.has(`${STEP_EVENTS[s.kind]}|${Date.parse(s.at)}`);
  // the last step the history shows: everything before it was done before it
  let last = -1;
  due.forEach((s, i) => {
    if (isDone(s)) last = i;
  });
  return { todo: due.slice(last + 1), before: last + 1 };
}

async function carryOut(api: Api, plan: CasePlan, history: NonNullable<CaseView['timeline']>, until: number, trackingCodes: Map<string, string>, result: DriveResult): Promise<void> {
  const { todo, before } = stepsToDo(plan, history, until);
  result.steps.before += before;
  for (const step of todo) {
    if (step.kind === 'evaluate') {
      // an attached petition's evaluation leaves no mark on the case: intake says whether it was given before
      if (await evaluate(api, step, trackingCodes)) {
        result.evaluations++;
        result.steps.done++;
        // casework records the petitioner's rating from intake's event: wait for it, so the case's history stays in time order
        if (step.petitionId === plan.petitionId) await evaluationRecorded(api, plan.petitionId);
      } else result.steps.before++;
      continue;
    }
    const res = await api.call(api.caseworkUrl, 'POST', `/api/cases/${plan.caseId}/${step.kind}`, { actor: step.actor!, body: step.body, at: step.at });
    if (res.status !== 200) throw new Error(`${step.kind} at ${step.at} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    result.steps.done++;
  }
}

async function evaluationRecorded(api: Api, petitionId: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(50)) {
    // the list's summary, not the case's detail with its whole timeline: cheap to ask often
    const { items } = await api.get<{ items: { evaluation: string | null }[] }>(api.caseworkUrl, `/api/cases?petitionId=${petitionId}&pageSize=1`);
    if (items[0]?.evaluation) return;
  }
  throw new Error('casework has not recorded the evaluation after 30 s (is it consuming intake’s events?)');
}

/** The citizen evaluates with the tracking code, from their own phone (an address of their own), once intake knows of the reply. */
async function evaluate(api: Api, step: Step, trackingCodes: Map<string, string>): Promise<boolean> {
  const petitionId = step.petitionId!;
  let code = trackingCodes.get(petitionId);
  if (!code) {
    // the bureau looks the code up for the demo's citizen (a staff read of the petition, logged as such)
    code = (await api.get<{ trackingCode: string }>(api.intakeUrl, `/api/petitions/${petitionId}`)).trackingCode;
    trackingCodes.set(petitionId, code);
  }
  const hash = createHash('sha256').update(petitionId).digest();
  const address = `10.${hash[0]}.${hash[1]}.${hash[2]}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await api.call(api.intakeUrl, 'POST', `/api/public/petitions/${code}/evaluation`, { body: step.body, at: step.at, headers: { 'x-forwarded-for': address } });
    if (res.status === 201) return true;
    if (res.status === 409 && res.body?.rule === 'evaluation-once') return false;
    // intake has not yet heard of the reply from casework: it will in a moment
    if (res.status === 409 && res.body?.rule === 'evaluation-before-reply' && Date.now() < deadline) {
      await sleep(100);
      continue;
    }
    throw new Error(`evaluation at ${step.at} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
}

interface ScreeningRow {
  id: string;
  villageCode: string | null;
  matter: string;
  outcome: string;
}

async function screen(api: Api, plans: ScreeningPlan[], until: number, result: DriveResult): Promise<void> {
  const byMonth = new Map<string, ScreeningPlan[]>();
  for (const p of plans.filter((p) => Date.parse(p.at) <= until)) byMonth.set(`${p.townshipCode}|${p.month}`, [...(byMonth.get(`${p.townshipCode}|${p.month}`) ?? []), p]);
  await inParallel([...byMonth.values()], 4, async (month) => {
    const { townshipCode, month: ym } = month[0]!;
    const list = async () => (await api.get<{ items: ScreeningRow[] }>(api.caseworkUrl, `/api/dispute-screenings?townshipCode=${townshipCode}&month=${ym}&pageSize=100`)).items;
    let rows = await list();
    if (rows.length === 0) {
      for (const p of month) {
        const res = await api.call(api.caseworkUrl, 'POST', '/api/dispute-screenings', { actor: p.actor, body: p.body, at: p.at });
        if (res.status !== 201 && res.status !== 200) throw new Error(`dispute screening ${ym} ${townshipCode} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
        result.screenings.recorded++;
      }
      rows = await list();
    }
    const used = new Set<string>();
    for (const p of month) {
      const row = rows.find((r) => !used.has(r.id) && r.villageCode === (p.body.villageCode ?? null) && r.matter === p.body.matter);
      if (!row) continue;
      used.add(row.id);
      if (!p.followUp || Date.parse(p.followUp.at) > until || row.outcome !== 'in-progress') continue;
      const res = await api.call(api.caseworkUrl, 'PATCH', `/api/dispute-screenings/${row.id}`, { actor: p.followUp.actor, body: p.followUp.body, at: p.followUp.at });
      if (res.status !== 200) throw new Error(`dispute follow-up answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
      result.screenings.resolved++;
    }
  });
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && !failure) {
      const item = items[next++]!;
      await work(item).catch((err) => {
        failure ??= err;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure;
}

function describe(r: DriveResult): string {
  const f = r.fates;
  return [
    `  ${r.cases} cases planned: ${f['on-time']} replied in time, ${f.extended} after an extension, ${f.late} late, ${f.overdue} left overdue, ${f.rejected} not accepted (不予受理); ${r.reviews} with a review (复查/复核) so far`,
    `  steps: ${r.steps.done} done now, ${r.steps.before} done before, ${r.steps.failed} failed; ${r.evaluations} evaluations by citizens; dispute screening: ${r.screenings.recorded} recorded, ${r.screenings.resolved} resolved later`,
    ...r.failures.slice(0, 5).map((f) => `  failed: ${f}`),
    `  demo year driven in ${r.seconds.toFixed(1)} s; reporting and notification read its events once the platform is up (about a minute)`,
    '',
  ].join('\n');
}
