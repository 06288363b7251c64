import { jest } from '@jest/globals';
import { eventually, SpawnedService, TestPlatform } from '#testing';
import { counter, Inspector, REGISTERED, registrationEnvelope } from './support.js';

jest.setTimeout(60_000);

/** Registrations published straight onto INTAKE for casework to apply. */
const EVENTS = 400;
/** Outbox rows written straight into intake's outbox for its relay to publish (relay batches are 256). */
const ROWS = 600;
/** A subject casework has no handler for: the relay scenario does not load casework. */
const OTHER_SUBJECT = 'intake.test-thing.happened.v1';

const errorLines = (log: string) => log.split('\n').filter((l) => l.includes('"level":"error"') || l.includes('ERROR'));

/**
 * SIGTERM, as a deployment stops a replica, while events are in flight: the consumer finishes
 * and acks the handler in hand (so its redelivery never shows up as a duplicate apply), and the
 * relay marks the batch it has published before the process exits.
 */
describe('graceful shutdown with events in flight', () => {
  let platform: TestPlatform;
  let inspect: Inspector;
  let casework: SpawnedService | undefined;
  let intake: SpawnedService | undefined;
  let intakeStarting: Promise<SpawnedService>;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    inspect = await Inspector.connect(platform);
    await inspect.ensureIntakeStream();
    // intake (for the relay scenario) boots while the consumer scenario runs
    intakeStarting = SpawnedService.start('intake', platform, { EVENT_CONSUMERS: 'off' });
    intakeStarting.catch(() => undefined);
  });

  afterAll(async () => {
    intake = intake ?? (await intakeStarting.catch(() => undefined));
    await Promise.all([casework?.kill(), intake?.kill()]);
    await inspect?.close();
    await platform?.close();
  });

  it('the consumer finishes and acks the event in hand; after a restart every event is applied once', async () => {
    const envelopes = Array.from({ length: EVENTS }, () => registrationEnvelope());
    for (let i = 0; i < EVENTS; i += 100) await Promise.all(envelopes.slice(i, i + 100).map((e) => inspect.publishRaw(REGISTERED, e, e.id)));

    casework = await SpawnedService.start('casework', platform);
    await eventually(async () => expect(await inspect.scalar(`SELECT count(*) FROM casework.inbox WHERE subject = '${REGISTERED}'`)).toBeGreaterThanOrEqual(10), 20_000, 20);

    // make the handler in hand slow: its INSERT INTO casework.case waits on a lock the test holds
    const lock = await inspect.db.connect();
    await lock.query(`BEGIN; LOCK TABLE casework."case" IN SHARE MODE`);
    await eventually(async () =>
      expect(await inspect.scalar(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'casework' AND wait_event_type = 'Lock'`)).toBeGreaterThanOrEqual(1),
    );
    // SIGTERM arrives while the handler is in hand; it finishes half a second into the shutdown
    const stopped = casework.stop();
    await new Promise((r) => setTimeout(r, 500));
    await lock.query('COMMIT');
    lock.release();
    await stopped;

    // one consumer applies in stream order: events 1..k were applied, and every one of them was
    // acked before the process exited (the ack floor is k), so none can come back as a redelivery
    const [applied] = await inspect.query<{ k: number; last: number }>(`SELECT count(*)::int AS k, max(stream_seq)::int AS last FROM casework.inbox WHERE subject = '${REGISTERED}'`);
    const k = applied!.k;
    expect(k).toBeLessThan(EVENTS); // it really was stopped mid-flow
    expect(applied!.last).toBe(k);
    await eventually(async () => expect((await inspect.jsm.consumers.info('INTAKE', 'casework')).ack_floor.stream_seq).toBe(k), 2000);
    expect(await inspect.scalar(`SELECT count(*) FROM casework."case"`)).toBe(k); // the handler in hand committed whole
    expect(errorLines(casework.log)).toEqual([]);

    // what it had buffered was handed back: the next run applies the rest, each event once
    // (a short ack wait for this run, so messages nats-server 2.9 sent to the stopped
    // replica's pull request come back quickly)
    await casework.restart({ CONSUMER_ACK_WAIT_MS: '3000' });
    await eventually(async () => expect(await inspect.scalar(`SELECT count(*) FROM casework.inbox WHERE subject = '${REGISTERED}'`)).toBe(EVENTS), 30_000);
    await eventually(async () => expect(await inspect.durableBacklog('INTAKE', 'casework')).toEqual({ ackPending: 0, pending: 0 }), 15_000);
    expect(await counter(casework.url, 'xinfang_events_handled_total', { consumer: 'casework', subject: REGISTERED, outcome: 'applied' })).toBe(EVENTS - k);
    expect(await inspect.scalar(`SELECT count(*) FROM casework."case"`)).toBe(EVENTS);
    expect(await inspect.scalar(`SELECT count(DISTINCT petition_id) FROM casework."case"`)).toBe(EVENTS);
  });

  it('the relay marks the batch it has in flight: what is in the stream is exactly what is marked published', async () => {
    intake = await intakeStarting;
    // make each batch stay in flight a while: published, and its mark (UPDATE) takes 1.5 s
    await inspect.query(`
      CREATE FUNCTION intake.test_slow_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NULL; END $$;
      CREATE TRIGGER test_slow_mark BEFORE UPDATE ON intake.outbox FOR EACH STATEMENT EXECUTE FUNCTION intake.test_slow_mark();`);
    const before = await inspect.streamMessages('INTAKE');
    const envelopes = Array.from({ length: ROWS }, () => ({ ...registrationEnvelope(), type: 'intake.test-thing.happened', payload: { label: 'x' } }));
    await inspect.query(`INSERT INTO intake.outbox (event_id, subject, envelope) SELECT (e->>'id')::uuid, $1, e FROM jsonb_array_elements($2::jsonb) e`, [OTHER_SUBJECT, JSON.stringify(envelopes)]);

    // the first batch is published and not yet marked: SIGTERM now
    await eventually(async () => expect(await inspect.streamMessages('INTAKE')).toBeGreaterThan(before), 10_000, 10);
    expect(await inspect.scalar(`SELECT count(*) FROM intake.outbox WHERE published_at IS NOT NULL AND subject = $1`, [OTHER_SUBJECT])).toBe(0);
    await intake.stop();

    const marked = await inspect.query<{ event_id: string }>(`SELECT event_id FROM intake.outbox WHERE published_at IS NOT NULL AND subject = $1`, [OTHER_SUBJECT]);
    // the batch in flight was marked before the exit, then one last pass (after HTTP closed) at most
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.length).toBeLessThanOrEqual(2 * 256);
    const published = (await inspect.readStream('INTAKE')).filter((m) => m.subject === OTHER_SUBJECT);
    expect(new Set(published.map((m) => m.msgId))).toEqual(new Set(marked.map((r) => r.event_id)));
    expect(errorLines(intake.log)).toEqual([]);
    expect(new Set(published.map((m) => m.msgId)).size).toBe(published.length); // none twice
  });
});
