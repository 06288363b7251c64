import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { freePort, SpawnedService, TestPlatform } from '#testing';
import { runBuilt } from './support.js';

jest.setTimeout(120_000);

/**
 * Intake started with a personal-data key other than the one its database was written with stops
 * at once with one line naming PERSONAL_DATA_KEY — instead of starting and answering 500 on every
 * petitioner it cannot decrypt (seen: a new clone's development key on an old database).
 */
describe('intake and its personal-data key', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start();
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('starts again with the key it was first started with, and refuses another in one line', async () => {
    const first = await SpawnedService.start('intake', platform, { EVENT_CONSUMERS: 'off', OUTBOX_RELAY: 'off' });
    await first.stop();
    const again = await SpawnedService.start('intake', platform, { EVENT_CONSUMERS: 'off', OUTBOX_RELAY: 'off' });
    await again.stop();

    const port = await freePort();
    const exit = await runBuilt('apps/intake/src/main.js', { ...platform.env({ EVENT_CONSUMERS: 'off', OUTBOX_RELAY: 'off', LOG_LEVEL: 'warn' }), INTAKE_PORT: String(port), PERSONAL_DATA_KEY: randomBytes(32).toString('base64') }, 60_000);
    expect(exit.code).toBe(1);
    expect(exit.stderr.trim()).toMatch(/^intake: cannot start: PERSONAL_DATA_KEY: not the key this database's personal data was encrypted with [^\n]*$/);
  });
});
