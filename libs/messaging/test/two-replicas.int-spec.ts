import { jest } from '@jest/globals';
import { EVENT_STREAMS } from '#contracts';
import { Outbox } from '#messaging';
import { eventually } from '#testing';
import { appliedRows, Backbone, countingJetStream, emitThings, inboxRows, readStream, RecordingHandler } from './support/backbone.js';

jest.setTimeout(60_000);

const N = 2000;

/**
 * Two replicas of a producer (two relays on one outbox) and two replicas of a consumer (two
 * EventConsumers on one durable), each with its own NATS connection and database pool, while
 * N events are committed: every event is published once and applied once, and both replicas
 * of each side do part of the work.
 */
describe('two relays and two consumers at once', () => {
  let rig: Backbone;

  beforeAll(async () => {
    rig = await Backbone.start();
  });
  afterAll(() => rig?.close());

  it(`publishes and applies ${N} events exactly once, shared by both replicas`, async () => {
    const admin = await rig.nats();
    await rig.resetStreams(admin.jsm);
    const producer = await rig.schema('producer');
    const consumer = await rig.schema('consumer');

    const relays = await Promise.all(
      ['relay-a', 'relay-b'].map(async () => {
        const { js } = await rig.nats();
        const counting = countingJetStream(js);
        const ds = await rig.dataSource(producer);
        // small batches so the two replicas' claims interleave within one commit's rows
        await rig.relay({ dataSource: ds, js: counting.js, schema: producer, batchSize: 50 });
        return counting;
      }),
    );
    const attempts = new Map<string, number>();
    const consumerDs = await Promise.all(
      ['consumer-a', 'consumer-b'].map(async (instance) => {
        const nats = await rig.nats();
        const ds = await rig.dataSource(consumer);
        await rig.consumer({ nats, dataSource: ds, schema: consumer, durable: 'replicated', handlers: [new RecordingHandler(consumer, instance, attempts)], stream: EVENT_STREAMS.intake });
        return ds;
      }),
    );

    // the service commits N events in 20 transactions of 100, four at a time, while both relays run
    const writer = await rig.dataSource(producer, 4);
    const outbox = new Outbox('intake', producer);
    const emitted: string[] = [];
    for (let t = 0; t < 20; t += 4) {
      const commits = [0, 1, 2, 3].map((w) => emitThings(writer, outbox, Array.from({ length: N / 20 }, (_, i) => `thing-${t + w}-${i}`)));
      for (const envelopes of await Promise.all(commits)) emitted.push(...envelopes.map((e) => e.id));
    }

    await eventually(async () => {
      const [{ n }] = await writer.query(`SELECT count(*)::int AS n FROM "${producer}".outbox WHERE published_at IS NULL`);
      expect(n).toBe(0);
    }, 20_000);
    await eventually(async () => expect((await appliedRows(consumerDs[0]!, consumer)).length).toBeGreaterThanOrEqual(N), 30_000);
    await eventually(async () => {
      const info = await admin.jsm.consumers.info('INTAKE', 'replicated');
      expect({ ackPending: info.num_ack_pending, pending: info.num_pending }).toEqual({ ackPending: 0, pending: 0 });
    });

    // published exactly once: one publish per row across both relays, N distinct messages
    const perRelay = relays.map((r) => r.published());
    expect(perRelay[0]! + perRelay[1]!).toBe(N);
    expect(Math.min(...perRelay)).toBeGreaterThan(0);
    const stored = await readStream(admin.js, 'INTAKE');
    expect(stored).toHaveLength(N);
    const storedIds = stored.map((m) => JSON.parse(m.data).id as string);
    expect(new Set(storedIds).size).toBe(N);
    expect(new Set(storedIds)).toEqual(new Set(emitted));
    expect(stored.every((m) => m.headers?.get('Nats-Msg-Id') === JSON.parse(m.data).id)).toBe(true);

    // applied exactly once: N rows, no event twice, both consumers did some
    const applied = await appliedRows(consumerDs[0]!, consumer);
    expect(applied).toHaveLength(N);
    expect(new Set(applied.map((r) => r.event_id))).toEqual(new Set(emitted));
    const perConsumer = { a: applied.filter((r) => r.instance === 'consumer-a').length, b: applied.filter((r) => r.instance === 'consumer-b').length };
    expect(perConsumer.a).toBeGreaterThan(0);
    expect(perConsumer.b).toBeGreaterThan(0);
    expect(await inboxRows(consumerDs[0]!, consumer)).toHaveLength(N);
    expect([...attempts.values()].every((n) => n === 1)).toBe(true);
    process.stdout.write(`two replicas: relays published ${perRelay.join(' + ')}, consumers applied ${perConsumer.a} + ${perConsumer.b}\n`);
  });
});
