import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import { pino } from 'pino';
import { EVENT_STREAMS, PetitionEvaluatedV1 } from '#contracts';
import { DEAD_LETTER_HEADERS, DeadLetters, ensureDurableConsumer, EventConsumer, Outbox, PermanentEventError, type EventHandler } from '#messaging';
import { metricsRegistry, runInContext } from '#platform';
import { eventually } from '#testing';
import {
  appliedRows,
  Backbone,
  inboxRows,
  readStream,
  RecordingHandler,
  testEnvelope,
  testLogger,
  type Nats,
} from './support/backbone.js';
import { TestThingHappenedV1, TestThingHappenedV2, TestThingNotedV1 } from './support/test-contracts.js';

const SUBJECT = TestThingHappenedV1.subject;

/** How often the consumers of a durable reported an outcome (applied, duplicate, retried, dead-lettered). */
async function handled(durable: string, outcome: string): Promise<number> {
  const metric = metricsRegistry.getSingleMetric('xinfang_events_handled_total');
  if (!metric) return 0;
  const { values } = await metric.get();
  return values.filter((v) => v.labels.consumer === durable && v.labels.outcome === outcome).reduce((n, v) => n + v.value, 0);
}

/** The consumer side: every event applied once in effect, failures retried or parked with a reason. */
jest.setTimeout(30_000);

describe('event consumer', () => {
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

  const publish = (envelope: object | string, msgID?: string) =>
    nats.js.publish(SUBJECT, typeof envelope === 'string' ? envelope : JSON.stringify(envelope), msgID ? { msgID } : {});

  const durableInfo = (durable: string) => nats.jsm.consumers.info('INTAKE', durable);

  /** Everything delivered to the durable was acked or terminated, and nothing is waiting. */
  const settled = async (durable: string) => {
    const info = await durableInfo(durable);
    expect({ ackPending: info.num_ack_pending, pending: info.num_pending }).toEqual({ ackPending: 0, pending: 0 });
    return info;
  };

  it('applies the same event once when the stream holds it twice (published again beyond the duplicate window)', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const handler = new RecordingHandler(schema, 'only');
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'dup', handlers: [handler] });

    const envelope = testEnvelope({ label: 'twice' });
    const first = await publish(envelope, `${envelope.id}-first`);
    const second = await publish(envelope, `${envelope.id}-second`);
    expect(second.duplicate).toBe(false);
    expect(second.seq).toBe(first.seq + 1);

    await eventually(async () => {
      const info = await settled('dup');
      expect(info.delivered.stream_seq).toBe(second.seq);
    });
    expect(await appliedRows(ds, schema)).toEqual([{ event_id: envelope.id, label: 'twice', instance: 'only' }]);
    expect(await inboxRows(ds, schema)).toEqual([{ consumer: 'dup', event_id: envelope.id, stream_seq: String(first.seq) }]);
    expect(handler.attempts.get(envelope.id)).toBe(1);
    expect(await handled('dup', 'duplicate')).toBe(1);
  });

  it('when the ack is lost after the commit, the redelivery changes nothing', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const handler = new RecordingHandler(schema, 'first');
    const { jsm, js } = nats;
    await ensureDurableConsumer(jsm, { stream: 'INTAKE', durable: 'lost-ack', ackWaitMs: 1000 });
    const envelope = testEnvelope({ label: 'lost-ack' });
    await publish(envelope, envelope.id);

    // the first replica commits the effect and its inbox row, then dies before the ack leaves
    const msg = (await (await js.consumers.get('INTAKE', 'lost-ack')).next({ expires: 2000 }))!;
    const ackNeverSent = Object.assign(Object.create(msg) as JsMsg, { ack: () => undefined });
    const dying = new EventConsumer({
      js,
      dataSource: ds,
      schema,
      durable: 'lost-ack',
      stream: EVENT_STREAMS.intake,
      handlers: [handler],
      deadLetters: new DeadLetters(js),
      logger: testLogger,
      maxDeliveries: 4,
      retryBaseMs: 50,
    });
    await dying.process(ackNeverSent);
    expect(await appliedRows(ds, schema)).toHaveLength(1);

    // another replica gets the redelivery after ack_wait
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'lost-ack', handlers: [handler], ackWaitMs: 1000 });
    await eventually(async () => {
      const info = await settled('lost-ack');
      expect(info.delivered.consumer_seq).toBe(2); // it was delivered twice …
    }, 5000);
    expect(await appliedRows(ds, schema)).toHaveLength(1); // … and applied once
    expect(await inboxRows(ds, schema)).toHaveLength(1);
    expect(handler.attempts.get(envelope.id)).toBe(1);
    expect(await handled('lost-ack', 'duplicate')).toBe(1);
  });

  it('retries a transient failure with backoff until it succeeds, and applies it once', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const deliveries: number[] = [];
    const handler = new RecordingHandler(schema, 'only', new Map(), (event, attempt) => {
      deliveries.push(Date.now());
      if (attempt <= 2) throw new Error(`database busy (attempt ${attempt})`);
    });
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'flaky', handlers: [handler], maxDeliveries: 4, retryBaseMs: 100 });

    const envelope = testEnvelope({ label: 'flaky', behaviour: 'fail-twice' });
    await publish(envelope, envelope.id);

    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(1));
    expect(handler.attempts.get(envelope.id)).toBe(3);
    // nak delays of 100 ms, then 200 ms (doubling per delivery)
    expect(deliveries[1]! - deliveries[0]!).toBeGreaterThanOrEqual(90);
    expect(deliveries[2]! - deliveries[1]!).toBeGreaterThanOrEqual(190);
    await eventually(() => settled('flaky'));
    expect(await inboxRows(ds, schema)).toHaveLength(1);
    expect((await nats.jsm.streams.info('DEAD_LETTERS')).state.messages).toBe(0);
  });

  it('keeps retrying while the database is unavailable, beyond the dead-letter limit, and applies the event once it is back', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const handler = new RecordingHandler(schema, 'only', new Map(), (event, attempt) => {
      // what pg says while PostgreSQL restarts: the failure is the database's, not the event's
      if (attempt <= 6) throw Object.assign(new Error('the database system is starting up'), { code: '57P03' });
    });
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'outage', handlers: [handler], maxDeliveries: 3, retryBaseMs: 20 });

    const envelope = testEnvelope({ label: 'outage', behaviour: 'apply' });
    await publish(envelope, envelope.id);

    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(1), 15_000);
    expect(handler.attempts.get(envelope.id)).toBe(7);
    expect((await nats.jsm.streams.info('DEAD_LETTERS')).state.messages).toBe(0);
  });

  it('an outage does not use up the retry budget: deliveries lost to an unavailable database are not counted against the event', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const handler = new RecordingHandler(schema, 'only', new Map(), (event, attempt) => {
      if (attempt <= 3) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      if (attempt === 4) throw new Error('a failure of its own, once');
    });
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'budget', handlers: [handler], maxDeliveries: 3, retryBaseMs: 20 });
    const envelope = testEnvelope({ label: 'budget' });
    await publish(envelope, envelope.id);
    // 3 outage deliveries, then 1 failure of its own out of 3 allowed: tried again, and applied
    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(1), 10_000);
    expect(handler.attempts.get(envelope.id)).toBe(5);
    expect((await nats.jsm.streams.info('DEAD_LETTERS')).state.messages).toBe(0);
    await eventually(async () => expect(await ds.query(`SELECT * FROM "${schema}".inbox_attempts`)).toEqual([]));
  });

  it('an inbox insert waiting behind another replica frozen in its transaction times out and is nak\'ed, the consumer goes on, and the frozen transaction is ended', async () => {
    const schema = await rig.schema();
    const timeouts = { lockTimeoutMs: 300, idleInTransactionTimeoutMs: 1500 };
    const healthy = await rig.dataSource(schema, 5, timeouts);
    const frozen = await rig.dataSource(schema, 2, timeouts);
    const stuck = testEnvelope({ label: 'stuck' });
    // the frozen replica claimed the event in its inbox and stopped (GC pause, SIGSTOP) before committing
    const runner = frozen.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(`INSERT INTO "${schema}".inbox (consumer, event_id, subject) VALUES ('frozen', $1, $2)`, [stuck.id, SUBJECT]);

    await rig.consumer({ nats, dataSource: healthy, schema, durable: 'frozen', handlers: [new RecordingHandler(schema, 'healthy')], maxDeliveries: 2, retryBaseMs: 50 });
    await publish(stuck, stuck.id);
    const others = Array.from({ length: 5 }, (_, i) => testEnvelope({ label: `other-${i}` }));
    for (const e of others) await publish(e, e.id);
    // the healthy replica is not stalled behind the frozen one
    await eventually(async () => expect((await appliedRows(healthy, schema)).filter((r) => r.label.startsWith('other-'))).toHaveLength(5), 5000);
    // the server ends the frozen transaction; the event is then applied once, and was never dead-lettered
    await eventually(async () => expect((await appliedRows(healthy, schema)).map((r) => r.label)).toContain('stuck'), 10_000);
    await expect(runner.query('SELECT 1')).rejects.toThrow();
    await runner.release().catch(() => undefined);
    expect((await appliedRows(healthy, schema)).filter((r) => r.label === 'stuck')).toHaveLength(1);
    expect((await nats.jsm.streams.info('DEAD_LETTERS')).state.messages).toBe(0);
    expect(await handled('frozen', 'retried')).toBeGreaterThanOrEqual(2); // more lock timeouts than maxDeliveries allows failures
  });

  it('parks poison, contract-breaking, unparseable and rejected events in DEAD_LETTERS with the reason, and keeps going', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const handler = new RecordingHandler(schema, 'only', new Map(), (event) => {
      if (event.payload.behaviour === 'always-fail') throw new Error('poison: cannot be applied, ever');
      if (event.payload.behaviour === 'reject') throw new PermanentEventError('refers to a township that does not exist');
    });
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'parking', handlers: [handler], maxDeliveries: 3, retryBaseMs: 50 });

    const poison = testEnvelope({ label: 'poison', behaviour: 'always-fail' });
    const breaksContract = testEnvelope({ behaviour: 'apply' }); // no label
    const rejected = testEnvelope({ label: 'rejected', behaviour: 'reject' });
    const after = testEnvelope({ label: 'after' });
    const seqs = {
      poison: (await publish(poison, poison.id)).seq,
      contract: (await publish(breaksContract, breaksContract.id)).seq,
      json: (await publish('{"id": "not json at all')).seq,
      rejected: (await publish(rejected, rejected.id)).seq,
      after: (await publish(after, after.id)).seq,
    };

    await eventually(async () => expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['after']));
    await eventually(async () => expect((await nats.jsm.streams.info('DEAD_LETTERS')).state.messages).toBe(4), 5000);

    const parked = await readStream(nats.js, 'DEAD_LETTERS');
    const bySeq = new Map(parked.map((m) => [Number(m.headers!.get(DEAD_LETTER_HEADERS.originalSeq)), m]));
    const reason = (seq: number) => bySeq.get(seq)!.headers!.get(DEAD_LETTER_HEADERS.reason);
    const deliveries = (seq: number) => Number(bySeq.get(seq)!.headers!.get(DEAD_LETTER_HEADERS.deliveries));
    expect(reason(seqs.poison)).toBe('failed 3 deliveries, last: poison: cannot be applied, ever');
    expect(deliveries(seqs.poison)).toBe(3);
    expect(reason(seqs.contract)).toMatch(/^contract: payload breaks intake\.test-thing\.happened\.v1: payload\.label/);
    expect(reason(seqs.json)).toMatch(/^contract: not JSON/);
    expect(reason(seqs.rejected)).toBe('rejected: refers to a township that does not exist');
    for (const seq of [seqs.contract, seqs.json, seqs.rejected]) expect(deliveries(seq)).toBe(1);
    for (const m of parked) {
      expect(m.subject).toBe(`deadletter.parking.${SUBJECT}`);
      expect(m.headers!.get(DEAD_LETTER_HEADERS.consumer)).toBe('parking');
      expect(m.headers!.get(DEAD_LETTER_HEADERS.originalStream)).toBe('INTAKE');
      expect(m.headers!.get(DEAD_LETTER_HEADERS.originalSubject)).toBe(SUBJECT);
    }
    expect(bySeq.get(seqs.poison)!.data).toBe(JSON.stringify(poison)); // the event as it arrived

    // what GET /api/dead-letters shows
    const listed = await new DeadLetters(nats.js).list('parking');
    expect(listed.map((d) => d.originalSeq).sort((a, b) => a - b)).toEqual([seqs.poison, seqs.contract, seqs.json, seqs.rejected].sort((a, b) => a - b));
    expect(listed.find((d) => d.originalSeq === seqs.json)).toMatchObject({ consumer: 'parking', originalStream: 'INTAKE', deliveries: 1, data: '{"id": "not json at all' });

    // terminated in the source stream, nothing left half-applied, and the consumer still flows
    await eventually(() => settled('parking'));
    expect((await inboxRows(ds, schema)).map((r) => r.event_id)).toEqual([after.id]);
    const later = testEnvelope({ label: 'later' });
    await publish(later, later.id);
    await eventually(async () => expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['after', 'later']));
    expect(await handled('parking', 'dead-lettered')).toBe(4);
  });

  it('an event emitted by a handler carries causationId = the consumed event id and keeps its correlationId', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    // a casework-like service: consumes intake's event, emits its own from the handler
    const handler = new RecordingHandler(schema, 'only', new Map(), undefined, new Outbox('casework', schema));
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'casework', handlers: [handler] });
    await rig.relay({ dataSource: ds, js: nats.js, schema });

    // the producer side: an emit inside a request's context carries its correlation id
    const producerSchema = await rig.schema();
    const producerDs = await rig.dataSource(producerSchema);
    await rig.relay({ dataSource: producerDs, js: nats.js, schema: producerSchema });
    const correlationId = randomUUID();
    const consumed = await runInContext({ correlationId, causationId: null, actor: { kind: 'staff', id: 'officer-1', role: 'township-officer' } }, () =>
      producerDs.transaction((tx) => new Outbox('intake', producerSchema).emit(tx, TestThingHappenedV1, { label: 'cause', behaviour: 'emit' }, { townshipCode: null })),
    );
    expect(consumed).toMatchObject({ correlationId, causationId: null, actor: { kind: 'staff', id: 'officer-1' } });

    await eventually(async () => expect((await nats.jsm.streams.info('CASEWORK')).state.messages).toBe(1));
    const [noted] = await readStream(nats.js, 'CASEWORK');
    expect(noted!.subject).toBe(TestThingNotedV1.subject);
    expect(JSON.parse(noted!.data)).toMatchObject({
      type: 'casework.test-thing.noted',
      version: 1,
      producer: 'casework',
      correlationId,
      causationId: consumed.id,
      actor: { kind: 'system' },
      payload: { thingEventId: consumed.id },
    });
    const [published] = await readStream(nats.js, 'INTAKE');
    expect(JSON.parse(published!.data)).toMatchObject({ id: consumed.id, correlationId, causationId: null });
  });

  it('stop() finishes and acks the event in hand; the next replica applies the rest, nothing twice', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    let entered!: () => void;
    const inHand = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const attempts = new Map<string, number>();
    const slowHandler = new RecordingHandler(schema, 'stopping', attempts, async (event) => {
      if (event.payload.label === 'slow') {
        entered();
        await gate;
      }
    });
    const consumer = await rig.consumer({ nats, dataSource: ds, schema, durable: 'stopping', handlers: [slowHandler], ackWaitMs: 1000 });

    const slow = testEnvelope({ label: 'slow' });
    await publish(slow, slow.id);
    const rest = Array.from({ length: 20 }, (_, i) => testEnvelope({ label: `queued-${i}` }));
    for (const e of rest) await publish(e, e.id);
    await inHand;

    let released = 0;
    setTimeout(() => {
      released = Date.now();
      release();
    }, 300);
    await consumer.stop();
    expect(released).toBeGreaterThan(0); // stop() waited for the handler in hand
    expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['slow']);
    await eventually(async () => expect((await durableInfo('stopping')).ack_floor.stream_seq).toBe(1)); // the one in hand is acked

    // the next replica gets the rest — the ones handed back at once (nak'ed); any that
    // nats-server 2.9 had already sent to the stopped replica's pull request after its ack
    // wait — and nothing is applied twice
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'stopping', handlers: [new RecordingHandler(schema, 'next', attempts)], ackWaitMs: 1000 });
    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(21));
    expect((await appliedRows(ds, schema)).filter((r) => r.instance === 'next')).toHaveLength(20);
    await eventually(() => settled('stopping'));
    expect([...attempts.values()].every((n) => n === 1)).toBe(true);
  });

  it('a consumer whose NATS connection closes under it logs it and keeps trying to restart, without an unhandled rejection, and stop() still resolves', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const own = await rig.nats();
    await ensureDurableConsumer(own.jsm, { stream: 'INTAKE', durable: 'closing', ackWaitMs: 1000 });
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    let handled = 0;
    const consumer = new EventConsumer({
      js: own.js,
      dataSource: ds,
      schema,
      durable: 'closing',
      stream: EVENT_STREAMS.intake,
      handlers: [new RecordingHandler(schema, 'closing', new Map(), () => void handled++)],
      deadLetters: new DeadLetters(own.js),
      logger,
      maxDeliveries: 4,
      retryBaseMs: 50,
    });
    await consumer.start();
    // events it handles and events it skips, so the loop is busy when the connection goes
    for (let i = 0; i < 200; i++) await nats.js.publish(i % 2 ? PetitionEvaluatedV1.subject : SUBJECT, JSON.stringify(testEnvelope({ label: `e${i}` })));
    await eventually(() => expect(handled).toBeGreaterThan(5));

    await own.nc.close();
    // logged, and supervised: it tries to come back (in vain on a closed connection) until stopped
    await eventually(() => expect(lines.map((l) => JSON.parse(l).msg)).toContain('event consumer stopped, restarting'));
    await expect(consumer.stop()).resolves.toBeUndefined(); // a shutdown after this goes on

    // whatever it applied is in the inbox; another replica applies the rest, each once
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'closing', handlers: [new RecordingHandler(schema, 'next')], ackWaitMs: 1000 });
    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(100));
    expect(new Set((await appliedRows(ds, schema)).map((r) => r.event_id)).size).toBe(100);
    expect(await inboxRows(ds, schema)).toHaveLength(100);
  });

  it('skips catalogue events it does not use, parks unknown subjects and versions with the reason, replayable once a handler exists', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'skipper', handlers: [new RecordingHandler(schema, 'only')] });
    // an event of the platform's catalogue this service has no use for: acked, nothing to apply
    await nats.js.publish(PetitionEvaluatedV1.subject, JSON.stringify(testEnvelope({}, { type: 'intake.petition.evaluated' })));
    // a subject no contract of this build knows, and the next version of one it handles: never ack-and-forget
    const unknown = await nats.js.publish('intake.something-else.happened.v1', JSON.stringify(testEnvelope({})));
    const v2 = testEnvelope({ name: 'newer' }, { version: 2 });
    const next = await nats.js.publish(TestThingHappenedV2.subject, JSON.stringify(v2));
    const h = headers();
    h.set('X-Test', 'empty');
    const empty = await nats.js.publish(SUBJECT, new Uint8Array(0), { headers: h });
    const ok = testEnvelope({ label: 'ok' });
    await publish(ok, ok.id);
    await eventually(async () => expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['ok']));
    await eventually(() => settled('skipper'));
    const parked = await new DeadLetters(nats.js).list('skipper');
    const reasons = new Map(parked.map((d) => [d.originalSeq, d.reason]));
    expect(reasons.size).toBe(3);
    expect(reasons.get(empty.seq)).toMatch(/^contract: not JSON/);
    expect(reasons.get(unknown.seq)).toBe('unknown subject: intake.something-else.happened.v1 is not an event this build knows');
    expect(reasons.get(next.seq)).toBe('unknown version: intake.test-thing.happened.v2 (this build handles intake.test-thing.happened v1)');
    expect(await handled('skipper', 'skipped')).toBe(1);

    // once a build with a v2 handler runs, the parked event applies from its dead letter
    const letter = parked.find((d) => d.originalSeq === next.seq)!;
    const stored = (await new DeadLetters(nats.js).get('skipper', letter.seq))!;
    const upgraded = new EventConsumer({
      js: nats.js,
      dataSource: ds,
      schema,
      durable: 'skipper',
      stream: EVENT_STREAMS.intake,
      handlers: [new RecordingHandler(schema, 'only'), { contract: TestThingHappenedV2, handle: (e: { payload: TestThingHappenedV2 }, tx) => tx.query(`INSERT INTO "${schema}".applied (event_id, label, instance) VALUES ($1, $2, 'v2')`, [v2.id, e.payload.name]) } as EventHandler],
      deadLetters: new DeadLetters(nats.js),
      logger: testLogger,
      maxDeliveries: 4,
      retryBaseMs: 50,
    });
    await expect(upgraded.apply(stored.originalSubject, stored.data, null)).resolves.toEqual({ outcome: 'applied', eventId: v2.id });
    expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['ok', 'newer']);
  });
});
