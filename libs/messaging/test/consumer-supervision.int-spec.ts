import { jest } from '@jest/globals';
import { EVENT_STREAMS } from '#contracts';
import { ensureStream } from '#messaging';
import { metricsRegistry } from '#platform';
import { eventually } from '#testing';
import { appliedRows, Backbone, RecordingHandler, testEnvelope, type Nats } from './support/backbone.js';
import { TestThingHappenedV1 } from './support/test-contracts.js';

jest.setTimeout(40_000);

/** One value of a metric of this process, by its labels (0 when absent). */
async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = metricsRegistry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  return values.filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l)).reduce((n, v) => n + v.value, 0);
}

/** A consumer loop that ends is opened again, a lost durable is made again, and both are visible. */
describe('event consumer supervision', () => {
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

  const publish = (label: string) => nats.js.publish(TestThingHappenedV1.subject, JSON.stringify(testEnvelope({ label })));

  it('recreates a durable deleted on the server and goes on applying events', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const consumer = await rig.consumer({ nats, dataSource: ds, schema, durable: 'sup-deleted', handlers: [new RecordingHandler(schema, 'only')] });
    await publish('before');
    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(1));

    await nats.jsm.consumers.delete('INTAKE', 'sup-deleted');
    await publish('after');

    await eventually(async () => expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['before', 'after']), 20_000);
    expect((await nats.jsm.consumers.info('INTAKE', 'sup-deleted')).config.durable_name).toBe('sup-deleted');
    expect(consumer.state).toMatchObject({ state: 'running', restarts: 1 });
    await expect(consumer.healthCheck()).resolves.toBeUndefined();
    expect(await metricValue('xinfang_consumer_restarts_total', { stream: 'INTAKE', durable: 'sup-deleted' })).toBe(1);
  });

  it('reports itself down while it cannot pull (its stream is gone), and pulls again once it can', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    const consumer = await rig.consumer({ nats, dataSource: ds, schema, durable: 'sup-stream', handlers: [new RecordingHandler(schema, 'only')] });
    expect(await metricValue('xinfang_consumer_up', { stream: 'INTAKE', durable: 'sup-stream' })).toBe(1);

    await nats.jsm.streams.delete('INTAKE');
    await eventually(async () => {
      expect(consumer.state.state).toBe('restarting');
      await expect(consumer.healthCheck()).rejects.toThrow(/restarting/);
    }, 15_000);
    expect(await metricValue('xinfang_consumer_up', { stream: 'INTAKE', durable: 'sup-stream' })).toBe(0);
    // it keeps trying, backing off, without giving up
    await new Promise((r) => setTimeout(r, 1500));
    expect(consumer.state.state).toBe('restarting');

    await ensureStream(nats.jsm, EVENT_STREAMS.intake, 1);
    await publish('back');
    await eventually(async () => expect((await appliedRows(ds, schema)).map((r) => r.label)).toEqual(['back']), 20_000);
    expect(consumer.state.state).toBe('running');
    expect(await metricValue('xinfang_consumer_up', { stream: 'INTAKE', durable: 'sup-stream' })).toBe(1);
  });

  it('exports its backlog (xinfang_consumer_pending) and its redeliveries (xinfang_consumer_redelivered_total)', async () => {
    const schema = await rig.schema();
    const ds = await rig.dataSource(schema);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const handler = new RecordingHandler(schema, 'only', new Map(), async (event, attempt) => {
      if (event.payload.label === 'flaky' && attempt === 1) throw new Error('first attempt fails');
      await gate;
    });
    await rig.consumer({ nats, dataSource: ds, schema, durable: 'sup-metrics', handlers: [handler] });
    for (const label of ['a', 'b', 'c', 'd', 'flaky']) await publish(label);

    await eventually(async () => expect(await metricValue('xinfang_consumer_pending', { stream: 'INTAKE', durable: 'sup-metrics' })).toBe(5));
    release();
    await eventually(async () => expect(await appliedRows(ds, schema)).toHaveLength(5), 15_000);
    await eventually(async () => expect(await metricValue('xinfang_consumer_pending', { stream: 'INTAKE', durable: 'sup-metrics' })).toBe(0));
    expect(await metricValue('xinfang_consumer_redelivered_total', { stream: 'INTAKE', durable: 'sup-metrics' })).toBe(1);
  });
});
