import { jest } from '@jest/globals';
import type { PubAck } from '@nats-io/jetstream';
import { Outbox, ParkedOutbox } from '#messaging';
import { eventually } from '#testing';
import { Backbone, countingJetStream, emitThings, readStream, type Nats } from './support/backbone.js';
import { TestThingHappenedV1 } from './support/test-contracts.js';

interface OutboxRow {
  event_id: string;
  published_at: Date | null;
  attempts: number;
  last_error: string | null;
}

jest.setTimeout(30_000);

/** The producer side: committed outbox rows reach JetStream once, with msgID = event id. */
describe('outbox relay', () => {
  let rig: Backbone;
  let nats: Nats;

  beforeAll(async () => {
    rig = await Backbone.start();
  });
  beforeEach(async () => {
    nats = await rig.nats();
    await rig.resetStreams(nats.jsm);
  });
  afterEach(() => rig.cleanUp());
  afterAll(() => rig?.close());

  const outboxRows = (ds: { query: (q: string) => Promise<OutboxRow[]> }, schema: string) =>
    ds.query(`SELECT event_id, published_at, attempts, last_error FROM "${schema}".outbox ORDER BY seq`);

  it('publishes committed rows with msgID = event id and never what was rolled back', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const outbox = new Outbox('intake', schema);
    await rig.relay({ dataSource: ds, js: nats.js, schema });

    const committed = await emitThings(ds, outbox, ['a', 'b', 'c']);
    await expect(
      ds.transaction(async (tx) => {
        await outbox.emit(tx, TestThingHappenedV1, { label: 'rolled-back' }, { townshipCode: null });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    await eventually(async () => expect((await outboxRows(ds, schema)).every((r) => r.published_at !== null)).toBe(true));
    const stored = await readStream(nats.js, 'INTAKE');
    expect(stored.map((m) => m.headers?.get('Nats-Msg-Id'))).toEqual(committed.map((e) => e.id));
    expect(stored.map((m) => JSON.parse(m.data).id)).toEqual(committed.map((e) => e.id));
    expect(stored.every((m) => m.subject === TestThingHappenedV1.subject)).toBe(true);
    expect(stored.some((m) => m.data.includes('rolled-back'))).toBe(false);
    expect((await outboxRows(ds, schema)).map((r) => r.attempts)).toEqual([1, 1, 1]);
  });

  it('marks a row only after its PubAck; the retry of a publish the stream already holds is stored once', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const outbox = new Outbox('intake', schema);
    // The stream stores the first publish, but its PubAck never reaches the relay (a timeout,
    // or the relay crashing before it commits the mark): the row must stay pending.
    let loseAcks = true;
    const acks: PubAck[] = [];
    const counting = countingJetStream(nats.js);
    const js = new Proxy(counting.js, {
      get(target, prop, receiver) {
        if (prop !== 'publish') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<typeof target.publish>) => {
          const ack = await target.publish(...args);
          if (loseAcks) throw new Error('TIMEOUT waiting for PubAck');
          acks.push(ack);
          return ack;
        };
      },
    });
    await rig.relay({ dataSource: ds, js, schema, pollIntervalMs: 100 });

    const [event] = await emitThings(ds, outbox, ['once']);
    await eventually(async () => {
      const [row] = await outboxRows(ds, schema);
      expect(row).toMatchObject({ published_at: null, last_error: 'TIMEOUT waiting for PubAck' });
      expect(row!.attempts).toBeGreaterThanOrEqual(1);
    });
    expect((await nats.jsm.streams.info('INTAKE')).state.messages).toBe(1);

    loseAcks = false;
    await eventually(async () => expect((await outboxRows(ds, schema))[0]!.published_at).not.toBeNull());
    expect(counting.published()).toBeGreaterThanOrEqual(2); // it really was sent again …
    expect(acks.at(-1)).toMatchObject({ stream: 'INTAKE', seq: 1, duplicate: true }); // … and the stream knew it
    const stored = await readStream(nats.js, 'INTAKE');
    expect(stored.map((m) => JSON.parse(m.data).id)).toEqual([event!.id]);
  });

  it('stop() waits for the batch in flight to be published and marked, makes one last pass (one batch: rows of the last requests), and claims no more', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const outbox = new Outbox('intake', schema);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inFlight = 0;
    // every PubAck of the first batch is held until the test lets it go
    const counting = countingJetStream(nats.js, async () => {
      inFlight++;
      await held;
    });
    const relay = await rig.relay({ dataSource: ds, js: counting.js, schema, batchSize: 20 });
    await emitThings(ds, outbox, Array.from({ length: 50 }, (_, i) => `row-${i}`));

    await eventually(() => expect(inFlight).toBe(20));
    const stopped = relay.stop();
    setTimeout(release, 200);
    await stopped;

    const rows = await outboxRows(ds, schema);
    const marked = rows.filter((r) => r.published_at !== null).map((r) => r.event_id);
    expect(marked).toHaveLength(40);
    expect(rows.filter((r) => r.published_at === null)).toHaveLength(10);
    const stored = await readStream(nats.js, 'INTAKE');
    expect(stored.map((m) => JSON.parse(m.data).id)).toEqual(marked);
    expect(counting.published()).toBe(40);
  });

  it('wakes on the outbox NOTIFY without waiting for its poll, and polls when the listener is gone', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const outbox = new Outbox('intake', schema);
    await rig.relay({ dataSource: ds, js: nats.js, schema, pollIntervalMs: 600_000 });
    // the start-up drain is done once the listener is connected; from now on only NOTIFY wakes it
    await eventually(async () => {
      const [row] = await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN%'`, [`${schema}-outbox-listener`]);
      expect(row.n).toBe(1);
    });
    await emitThings(ds, outbox, ['notified']);
    await eventually(async () => expect((await nats.jsm.streams.info('INTAKE')).state.messages).toBe(1), 3000);

    const schema2 = await rig.schema();
    const ds2 = await rig.dataSource(schema2);
    await rig.relay({ dataSource: ds2, js: nats.js, schema: schema2, pollIntervalMs: 200 });
    await eventually(async () => {
      const [row] = await ds2.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [`${schema2}-outbox-listener`]);
      expect(row.n).toBe(1);
    });
    // the listener's connection dies: rows committed now are found by the poll
    await ds2.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [`${schema2}-outbox-listener`]);
    await emitThings(ds2, new Outbox('intake', schema2), ['polled']);
    await eventually(async () => expect((await nats.jsm.streams.info('INTAKE')).state.messages).toBe(2), 3000);
    // and it listens again
    await eventually(async () => {
      const [row] = await ds2.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN%'`, [`${schema2}-outbox-listener`]);
      expect(row.n).toBe(1);
    }, 5000);
  });

  it('parks rows that can never be published after maxAttempts, with the reason, keeps publishing the rest in order, and publishes a parked row on replay', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const outbox = new Outbox('intake', schema);
    // more rows than a batch on a subject no stream takes, and one too large for NATS, committed before good ones
    await ds.query(`INSERT INTO "${schema}".outbox (event_id, subject, envelope) SELECT gen_random_uuid(), 'nowhere.thing.happened.v1', jsonb_build_object('n', g) FROM generate_series(1, 300) g`);
    await ds.query(`INSERT INTO "${schema}".outbox (event_id, subject, envelope) VALUES (gen_random_uuid(), $1, jsonb_build_object('blob', repeat('x', 1100000)))`, [TestThingHappenedV1.subject]);
    const good = await emitThings(ds, outbox, ['after-1', 'after-2', 'after-3', 'after-4', 'after-5']);
    await rig.relay({ dataSource: ds, js: nats.js, schema, maxAttempts: 3, pollIntervalMs: 100 });

    await eventually(async () => expect((await nats.jsm.streams.info('INTAKE')).state.messages).toBe(5), 5000);
    expect((await readStream(nats.js, 'INTAKE')).map((m) => JSON.parse(m.data).id)).toEqual(good.map((e) => e.id));

    const parked = new ParkedOutbox(ds, schema);
    await eventually(async () => expect(await parked.list(1000)).toHaveLength(301), 10_000);
    const rows = await parked.list(1000);
    expect(rows.filter((r) => r.reason === 'could not publish after 3 attempts: no stream takes nowhere.thing.happened.v1')).toHaveLength(300);
    expect(rows.at(-1)).toMatchObject({ subject: TestThingHappenedV1.subject, reason: "could not publish after 3 attempts: 'payload' max_payload size exceeded" });
    expect(rows.every((r) => r.attempts === 3)).toBe(true);

    // later events still flow, without waiting behind the parked ones
    const later = await emitThings(ds, outbox, ['later']);
    await eventually(async () => expect((await nats.jsm.streams.info('INTAKE')).state.messages).toBe(6), 3000);
    expect(JSON.parse((await readStream(nats.js, 'INTAKE')).at(-1)!.data).id).toBe(later[0]!.id);

    // replay: refused while the cause stands (the row stays parked), published once it is fixed
    await expect(parked.republish(nats.js, rows.at(-1)!.outboxSeq)).rejects.toThrow(/max_payload/);
    await nats.jsm.streams.add({ name: 'NOWHERE', subjects: ['nowhere.>'] });
    await expect(parked.republish(nats.js, rows[0]!.outboxSeq)).resolves.toEqual({ eventId: rows[0]!.eventId });
    expect((await nats.jsm.streams.info('NOWHERE')).state.messages).toBe(1);
    expect(await parked.list(1000)).toHaveLength(300);
    await expect(parked.republish(nats.js, rows[0]!.outboxSeq)).resolves.toBeNull();
    await nats.jsm.streams.delete('NOWHERE');
  });
});
