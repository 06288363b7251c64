import { jest } from '@jest/globals';
import { nanos } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, EVENT_STREAMS } from '#contracts';
import { DUPLICATE_WINDOW_MS, ensureDurableConsumer, ensureStream } from '#messaging';
import { Backbone, type Nats } from './support/backbone.js';

jest.setTimeout(30_000);

const REPLICAS = 6;

/** Replicas starting together each provision the streams and durables they need, at the same moment. */
describe('provisioning streams and durable consumers', () => {
  let rig: Backbone;
  let replicas: Nats[];

  beforeAll(async () => {
    rig = await Backbone.start();
    replicas = await Promise.all(Array.from({ length: REPLICAS }, () => rig.nats()));
  });
  afterAll(() => rig?.close());

  const wipe = async () => {
    for (const name of ['INTAKE', 'CASEWORK', 'DEAD_LETTERS']) await replicas[0]!.jsm.streams.delete(name).catch(() => undefined);
  };

  /** What MessagingRuntime does at bootstrap for a casework replica. */
  const provisionCasework = async ({ jsm }: Nats, ackWaitMs = 30_000) => {
    await ensureStream(jsm, EVENT_STREAMS.casework, 1);
    await ensureStream(jsm, DEAD_LETTER_STREAM, 1);
    await ensureStream(jsm, EVENT_STREAMS.intake, 1);
    await ensureDurableConsumer(jsm, { stream: 'INTAKE', durable: 'casework', ackWaitMs });
  };

  const allSucceed = async (work: Array<Promise<unknown>>) => {
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
  };

  it(`${REPLICAS} replicas on an empty server, five rounds: no error, one stream and one durable each`, async () => {
    for (let round = 0; round < 5; round++) {
      await wipe();
      await allSucceed(replicas.map((r) => provisionCasework(r)));
      const { jsm } = replicas[0]!;
      const names = (await jsm.streams.names().next()).sort();
      expect(names).toEqual(['CASEWORK', 'DEAD_LETTERS', 'INTAKE']);
      const intake = await jsm.streams.info('INTAKE');
      expect(intake.config).toMatchObject({ subjects: ['intake.>'], max_age: 0, duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
      const consumers = await jsm.consumers.list('INTAKE').next();
      expect(consumers.map((c) => c.name)).toEqual(['casework']);
      expect(consumers[0]!.config).toMatchObject({ durable_name: 'casework', ack_policy: 'explicit', max_deliver: -1, ack_wait: nanos(30_000) });
    }
  });

  it('replicas with a different ack wait (a rolling update) converge without error', async () => {
    await wipe();
    await provisionCasework(replicas[0]!, 30_000);
    await allSucceed(replicas.map((r, i) => provisionCasework(r, i % 2 ? 10_000 : 20_000)));
    const info = await replicas[0]!.jsm.consumers.info('INTAKE', 'casework');
    expect([nanos(10_000), nanos(20_000)]).toContain(info.config.ack_wait);
  });

  it('brings an existing stream with another configuration to the platform one, keeping its messages', async () => {
    await wipe();
    const { jsm, js } = replicas[0]!;
    await jsm.streams.add({ name: 'INTAKE', subjects: ['intake.>'], max_age: nanos(60_000), duplicate_window: nanos(1000) });
    await js.publish('intake.kept.happened.v1', 'kept');
    await allSucceed(replicas.map(({ jsm: m }) => ensureStream(m, EVENT_STREAMS.intake, 1)));
    const info = await jsm.streams.info('INTAKE');
    expect(info.config).toMatchObject({ max_age: 0, duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
    expect(info.state.messages).toBe(1);
  });
});
