import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from '#contracts';
import { MessagingRuntime } from '#messaging';
import { InputValidationException, runInContext, systemContext } from '#platform';
import { RegisterPetitionHandler, type RegistrationOutcome } from '../petitions/register-petition/register-petition.handler.js';
import { DEMO_COUNTY } from './demo-county.js';
import { DEMO_YEAR, demoYear, type DemoPetition, type DemoYearOptions } from './demo-year.js';
import { Progress, type Output } from './progress.js';

/**
 * Registers the demo year through intake's own registration handler, as the township and
 * county desks would have: validation, encryption, repeat and skip-level decisions, events
 * through the outbox. Idempotent and resumable: a petition of the plan counts as registered
 * when one with its exact received time (to the millisecond), township and channel exists, so a
 * second run registers nothing, an interrupted run finishes the rest, and a run on a later day
 * adds the days since. Waits until the outbox is published, so the other services get the year.
 */
export interface SeedDemoYearOptions extends DemoYearOptions {
  /** Registers what came in before this moment; default today's midnight in Beijing (up to yesterday). */
  until?: Date;
  /** Registrations in flight at once; the petitions of one story stay in order. */
  concurrency?: number;
  /** Progress and summary (default stdout). */
  out?: Output;
  /** How long to wait for the outbox to be published before leaving it to the service's relay. */
  flushTimeoutMs?: number;
}

export interface DemoYearTotals {
  petitions: number;
  byChannel: Record<Channel, number>;
  collective: number;
  repeat: number;
  skipLevel: number;
  refused: number;
  /** Petitioners with three or more petitions in the year, and the petitions flagged long-standing. */
  longStandingPetitioners: number;
  longStandingPetitions: number;
  byTownship: Record<string, number>;
}

export interface SeedDemoYearResult {
  /** Petitions of the plan up to `until`. */
  planned: number;
  /** Registered by this run; the rest were there already. */
  registered: number;
  /** What the handler decided for this run's petitions, against what the stories meant. */
  decided: { repeat: number; skipLevel: number; plannedRepeat: number; plannedSkipLevel: number };
  /** The demo year in the database after this run. */
  totals: DemoYearTotals;
  seconds: { register: number; publish: number };
}

const CHANNEL_NAMES: Record<Channel, string> = { visit: '来访', letter: '来信', online: '网上', phone: '来电' };
const HOUR = 3_600_000;

/** Midnight of today in Beijing (UTC+8). */
export function startOfTodayInBeijing(now = new Date()): Date {
  const beijing = new Date(now.getTime() + 8 * HOUR);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()) - 8 * HOUR);
}

export async function seedDemoYear(app: INestApplicationContext, options: SeedDemoYearOptions = {}): Promise<SeedDemoYearResult> {
  const out = options.out ?? process.stdout;
  const year = options.year ?? DEMO_YEAR;
  const from = new Date(Date.UTC(year, 0, 1) - 8 * HOUR);
  const until = new Date(Math.min((options.until ?? startOfTodayInBeijing()).getTime(), Date.UTC(year + 1, 0, 1) - 8 * HOUR));
  const dataSource = app.get(DataSource);
  const handler = app.get(RegisterPetitionHandler);
  const period = `${year}-01-01 … ${new Date(until.getTime() + 8 * HOUR - 1).toISOString().slice(0, 10)}`;

  const plan = demoYear(options).filter((p) => Date.parse(p.request.receivedAt) < until.getTime());
  const existing: { received_at: Date; township_code: string; channel: string }[] = await dataSource.query(
    `SELECT received_at, township_code, channel FROM intake.petition WHERE received_at >= $1 AND received_at < $2`,
    [from, until],
  );
  const there = new Set(existing.map((row) => key(row.received_at.toISOString(), row.township_code, row.channel)));
  const todo = plan.filter((p) => !there.has(key(p.request.receivedAt, p.request.townshipCode, p.request.channel)));

  const decided = { repeat: 0, skipLevel: 0, plannedRepeat: 0, plannedSkipLevel: 0 };
  const started = Date.now();
  if (todo.length === 0) {
    out.write(`demo year ${period}: all ${plan.length} petitions already registered\n`);
  } else {
    out.write(`demo year ${period}: registering ${todo.length} petitions${todo.length < plan.length ? ` (${plan.length - todo.length} already there)` : ''} through the registration handler\n`);
    const progress = new Progress(out, 'petitions', todo.length);
    try {
      await inStoryOrder(todo, options.concurrency ?? 4, async (petition) => {
        const outcome = await register(handler, petition);
        if (outcome.flags.repeat) decided.repeat++;
        if (outcome.flags.skipLevel) decided.skipLevel++;
        if (petition.intent === 'repeat') decided.plannedRepeat++;
        if (petition.intent === 'skip-level') decided.plannedSkipLevel++;
        progress.tick();
      });
    } finally {
      progress.finish();
    }
  }
  const registering = (Date.now() - started) / 1000;

  const publishing = Date.now();
  const published = await flushOutbox(app, options.flushTimeoutMs ?? 60_000);
  const publish = (Date.now() - publishing) / 1000;
  if (!published) out.write(`  events not all published after ${publish.toFixed(0)} s (is NATS up?): they stay in the outbox, and intake's relay publishes them when it can\n`);

  const totals = await demoYearTotals(dataSource, from, until);
  if (todo.length) {
    out.write(`  registered ${todo.length} in ${registering.toFixed(1)} s; events published in ${publish.toFixed(1)} s\n`);
    out.write(`  handler decided: ${decided.repeat} repeat (stories meant ${decided.plannedRepeat}), ${decided.skipLevel} skip-level (meant ${decided.plannedSkipLevel})\n`);
  }
  out.write(describeTotals(totals));
  return { planned: plan.length, registered: todo.length, decided, totals, seconds: { register: registering, publish } };
}

function key(receivedAt: string, townshipCode: string, channel: string): string {
  return `${receivedAt}|${townshipCode}|${channel}`;
}

/**
 * When the desk entered a petition: an online one is registered as the citizen submits it; a
 * call, a visit or a letter some minutes after it came in (the same minutes on every run).
 */
export function registeredAt(petition: Pick<DemoPetition, 'request'>): Date {
  const received = Date.parse(petition.request.receivedAt);
  const spread = { online: [0, 0], phone: [2, 10], visit: [5, 30], letter: [10, 90] }[petition.request.channel];
  const minutes = spread[0]! + (Math.abs(received) % (spread[1]! - spread[0]! + 1));
  return new Date(Math.min(received + minutes * 60_000, Date.now()));
}

async function register(handler: RegisterPetitionHandler, petition: DemoPetition): Promise<RegistrationOutcome> {
  try {
    // registered at its time in the year, not today: the case it opens, and what follows, are dated then
    // (the outbox dates events by the context's time; the services' clocks only honour it in a demo run)
    return await runInContext({ ...systemContext(), at: registeredAt(petition).toISOString() }, () => handler.register(petition.request, petition.registrar));
  } catch (err) {
    const detail = err instanceof InputValidationException ? JSON.stringify(err.errors) : (err as Error).message;
    throw new Error(`the demo petition of ${petition.request.receivedAt} (${petition.kind}, ${petition.request.channel}) was refused: ${detail}`, { cause: err });
  }
}

/**
 * Runs `work` over the petitions with up to `concurrency` at once, in order of arrival, except
 * that a petition waits for the earlier ones of its story (the same people): the handler's
 * repeat, skip-level and long-standing decisions then come out the same on every run.
 */
async function inStoryOrder(petitions: DemoPetition[], concurrency: number, work: (p: DemoPetition) => Promise<void>): Promise<void> {
  const tails = new Map<number, Promise<void>>();
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for (const petition of petitions) {
    while (running.size >= concurrency) await Promise.race(running);
    if (failure) break;
    const task = (tails.get(petition.story) ?? Promise.resolve()).then(() => work(petition));
    const settled: Promise<void> = task
      .then(
        () => undefined,
        (err) => {
          failure ??= err;
        },
      )
      .finally(() => running.delete(settled));
    running.add(settled);
    tails.set(petition.story, task);
  }
  await Promise.allSettled(running);
  if (failure) throw failure;
}

async function flushOutbox(app: INestApplicationContext, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([app.get(MessagingRuntime).flushOutbox().then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function demoYearTotals(dataSource: DataSource, from: Date, until: Date): Promise<DemoYearTotals> {
  const rows: { channel: Channel; township_code: string; n: number; collective: number; repeat: number; skip_level: number; refused: number; long_standing: number }[] = await dataSource.query(
    `SELECT channel, township_code, count(*)::int AS n, count(*) FILTER (WHERE collective)::int AS collective,
            count(*) FILTER (WHERE repeat)::int AS repeat, count(*) FILTER (WHERE skip_level)::int AS skip_level,
            count(*) FILTER (WHERE status = 'refused')::int AS refused, count(*) FILTER (WHERE long_standing)::int AS long_standing
     FROM intake.petition WHERE received_at >= $1 AND received_at < $2 GROUP BY channel, township_code`,
    [from, until],
  );
  const [people] = await dataSource.query(
    `SELECT count(*)::int AS n FROM (
       SELECT pr.petitioner_ref FROM intake.petitioner pr JOIN intake.petition p ON p.id = pr.petition_id
       WHERE p.received_at >= $1 AND p.received_at < $2 GROUP BY pr.petitioner_ref HAVING count(DISTINCT p.id) >= 3) AS frequent`,
    [from, until],
  );
  const totals: DemoYearTotals = {
    petitions: 0, byChannel: { visit: 0, letter: 0, online: 0, phone: 0 }, collective: 0, repeat: 0, skipLevel: 0, refused: 0,
    longStandingPetitioners: people.n, longStandingPetitions: 0, byTownship: {},
  };
  for (const row of rows) {
    totals.petitions += row.n;
    totals.byChannel[row.channel] += row.n;
    totals.byTownship[row.township_code] = (totals.byTownship[row.township_code] ?? 0) + row.n;
    totals.collective += row.collective;
    totals.repeat += row.repeat;
    totals.skipLevel += row.skip_level;
    totals.refused += row.refused;
    totals.longStandingPetitions += row.long_standing;
  }
  return totals;
}

function describeTotals(t: DemoYearTotals): string {
  const percent = (n: number) => `${Math.round((n / Math.max(1, t.petitions)) * 100)}%`;
  const channels = (Object.keys(t.byChannel) as Channel[]).map((c) => `${CHANNEL_NAMES[c]} ${c} ${t.byChannel[c]} (${percent(t.byChannel[c])})`).join(' · ');
  const townships = DEMO_COUNTY.townships.map((tw) => `${tw.name} ${t.byTownship[tw.code] ?? 0}`).join(' · ');
  return [
    `  in the database: ${t.petitions} petitions`,
    `    by channel   ${channels}`,
    `    flags        集体访 collective ${t.collective} · 重复访 repeat ${t.repeat} · 越级访 skip-level ${t.skipLevel}${t.refused ? ` · refused ${t.refused}` : ''}`,
    `    信访老户     ${t.longStandingPetitioners} long-standing petitioners (3+ petitions), ${t.longStandingPetitions} petitions flagged`,
    `    by township  ${townships}`,
    '',
  ].join('\n');
}
