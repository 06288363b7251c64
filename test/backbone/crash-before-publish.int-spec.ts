import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { eventually, http, SpawnedService, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { counter, Inspector, register, REGISTERED } from './support.js';

jest.setTimeout(60_000);

/**
 * Seeds the demo county through intake's own code, in the test process (a spawned seed script
 * would cost a second service boot): migrations, directory and categories. What it emits
 * stays in the outbox (relay off) for intake's own relay.
 */
async function seedDemoCounty(platform: TestPlatform): Promise<void> {
  const intake = await startInProcess(INTAKE_SERVICE, platform, { OUTBOX_RELAY: 'off', EVENT_CONSUMERS: 'off' });
  try {
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
  } finally {
    await intake.close();
  }
}

/**
 * Intake commits a registration and its outbox row, then dies before its relay publishes
 * (here: the relay is off, then the process is SIGKILLed). Restarted with the relay on, it
 * publishes the event once, and casework applies it once.
 */
describe('a service killed after its commit and before the publish', () => {
  let platform: TestPlatform;
  let intake: SpawnedService | undefined;
  let casework: InProcessService | undefined;
  let inspect: Inspector;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    inspect = await Inspector.connect(platform);
    [intake, casework] = await Promise.all([
      SpawnedService.start('intake', platform, { OUTBOX_RELAY: 'off' }),
      seedDemoCounty(platform).then(() => startInProcess(CASEWORK_SERVICE, platform)),
    ]);
  });

  afterAll(async () => {
    await intake?.kill();
    await casework?.close();
    await inspect?.close();
    await platform?.close();
  });

  it('publishes the committed event after a restart, once, with the request correlation id, and casework applies it once', async () => {
    const officer = await platform.token('township-officer', '430599101000');
    const admin = await platform.token('county-admin');
    const correlationId = randomUUID();

    const registered = await register(intake!.url, officer, 1, correlationId);
    expect(registered.status).toBe(201);
    const petitionId: string = registered.body.id;

    // committed with its outbox row, not published: nothing in the stream, nothing downstream
    const rows = await inspect.query<{ event_id: string; published_at: Date | null; envelope: { correlationId: string; payload: { petitionId: string } } }>(
      `SELECT event_id, published_at, envelope FROM intake.outbox WHERE subject = $1`,
      [REGISTERED],
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ published_at: null, envelope: { payload: { petitionId } } });
    expect(row!.envelope.correlationId).toBe(correlationId);
    expect(await inspect.streamMessages('INTAKE')).toBe(0);

    await intake!.kill();
    await intake!.restart({ OUTBOX_RELAY: 'on' });

    await eventually(async () => {
      const cases = await http(casework!.url, 'GET', `/api/cases?petitionId=${petitionId}`, { token: admin });
      expect(cases.body.items).toHaveLength(1);
    });
    await eventually(async () => expect(await inspect.durableBacklog('INTAKE', 'casework')).toEqual({ ackPending: 0, pending: 0 }));
    await eventually(async () => expect(await inspect.scalar(`SELECT count(*) FROM intake.outbox WHERE published_at IS NULL`)).toBe(0));

    // published once, as the outbox row's event, carrying the request's correlation id
    const stored = (await inspect.readStream('INTAKE')).filter((m) => m.subject === REGISTERED);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ subject: REGISTERED, msgId: row!.event_id });
    expect(JSON.parse(stored[0]!.data)).toMatchObject({ id: row!.event_id, correlationId, causationId: null, payload: { petitionId } });

    // applied once
    expect(await inspect.scalar(`SELECT count(*) FROM casework."case" WHERE petition_id = $1`, [petitionId])).toBe(1);
    expect(await inspect.query(`SELECT consumer, event_id FROM casework.inbox WHERE subject = $1`, [REGISTERED])).toEqual([{ consumer: 'casework', event_id: row!.event_id }]);
    const outcomes = { consumer: 'casework', subject: REGISTERED };
    expect(await counter(casework!.url, 'xinfang_events_handled_total', { ...outcomes, outcome: 'applied' })).toBe(1);
    expect(await counter(casework!.url, 'xinfang_events_handled_total', { ...outcomes, outcome: 'duplicate' })).toBe(0);
  });
});
