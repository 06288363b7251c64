import { jest } from '@jest/globals';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { eventually, SpawnedService, startInProcess, TestPlatform } from '#testing';
import { Inspector, register, REGISTERED } from './support.js';

jest.setTimeout(60_000);

const errorLines = (log: string) => log.split('\n').filter((l) => l.includes('"level":"error"') || l.includes('ERROR'));

/**
 * SIGTERM while a request is in hand: the HTTP server stops accepting and finishes the request
 * first, and only then the relay publishes once more and stops, so the request's events do not
 * wait in the outbox for the next start.
 */
describe('shutdown order', () => {
  let platform: TestPlatform;
  let inspect: Inspector;
  let intake: SpawnedService | undefined;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    inspect = await Inspector.connect(platform);
    await inspect.ensureIntakeStream();
    // the demo county's directory and categories, which a registration is checked against
    const seeding = await startInProcess(INTAKE_SERVICE, platform, { OUTBOX_RELAY: 'off', EVENT_CONSUMERS: 'off' });
    try {
      await seeding.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    } finally {
      await seeding.close();
    }
    intake = await SpawnedService.start('intake', platform, { EVENT_CONSUMERS: 'off' });
  });

  afterAll(async () => {
    await intake?.kill();
    await inspect?.close();
    await platform?.close();
  });

  it('publishes the events of a request that commits after SIGTERM before the process exits', async () => {
    const officer = await platform.token('township-officer', '430599101000');
    // hold the registration's INSERT INTO intake.petition on a lock the test holds
    const lock = await inspect.db.connect();
    await lock.query(`BEGIN; LOCK TABLE intake.petition IN SHARE MODE`);
    const response = register(intake!.url, officer, 1);
    await eventually(async () =>
      expect(await inspect.scalar(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'intake' AND wait_event_type = 'Lock'`)).toBeGreaterThanOrEqual(1),
    );

    const signalled = Date.now();
    const stopped = intake!.stop();
    // the shutdown is under way (the relay would have stopped by now) when the request commits
    await new Promise((r) => setTimeout(r, 700));
    await lock.query('COMMIT');
    lock.release();
    const answer = await response;
    expect(answer.status).toBe(201);
    await stopped;
    // the keep-alive connection of the finished request does not hold the exit (it did for 60 s)
    expect(Date.now() - signalled).toBeLessThan(15_000);

    const rows = await inspect.query<{ event_id: string; published_at: Date | null }>(`SELECT event_id, published_at FROM intake.outbox WHERE subject = $1`, [REGISTERED]);
    expect(rows).toHaveLength(1);
    // the relay marks a row published only after JetStream's PubAck
    expect(rows[0]!.published_at).not.toBeNull();
    expect(errorLines(intake!.log)).toEqual([]);
  });
});
