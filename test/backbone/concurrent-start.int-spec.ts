import { jest } from '@jest/globals';
import { eventually, SpawnedService, TestPlatform } from '#testing';
import { Inspector, REGISTERED, registrationEnvelope } from './support.js';

jest.setTimeout(60_000);

/**
 * Two replicas of casework started at the same moment on a NATS server that has nothing yet
 * (and an empty database): both provision streams, the durable consumer and the schema without
 * error, and then share the durable.
 */
describe('two replicas starting at once', () => {
  let platform: TestPlatform;
  let replicas: SpawnedService[] = [];
  let inspect: Inspector;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    inspect = await Inspector.connect(platform);
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.kill()));
    await inspect?.close();
    await platform?.close();
  });

  it('provision streams and the durable consumer without error, and apply each event once', async () => {
    expect((await inspect.jsm.streams.names().next()).length).toBe(0);
    replicas = await Promise.all([SpawnedService.start('casework', platform), SpawnedService.start('casework', platform)]);

    expect((await inspect.jsm.streams.names().next()).sort()).toEqual(['CASEWORK', 'DEAD_LETTERS', 'INTAKE']);
    const durables = await inspect.jsm.consumers.list('INTAKE').next();
    expect(durables.map((c) => c.name)).toEqual(['casework']);
    expect(durables[0]!.config).toMatchObject({ ack_policy: 'explicit', max_deliver: -1 });
    for (const replica of replicas) {
      expect(replica.log.split('\n').filter((l) => l.includes('"level":"error"') || l.includes('"level":"warn"'))).toEqual([]);
    }

    const envelopes = Array.from({ length: 200 }, () => registrationEnvelope());
    await Promise.all(envelopes.map((e) => inspect.publishRaw(REGISTERED, e, e.id)));
    await eventually(async () => expect(await inspect.scalar(`SELECT count(*) FROM casework.inbox WHERE subject = '${REGISTERED}'`)).toBe(200));
    expect(await inspect.scalar(`SELECT count(DISTINCT petition_id) FROM casework."case"`)).toBe(200);
    // each migration ran once, though both replicas migrated the empty schema at the same moment
    expect(await inspect.scalar(`SELECT count(*) - count(DISTINCT name) FROM casework.migrations`)).toBe(0);
  });
});
