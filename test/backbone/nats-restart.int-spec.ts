import { jest } from '@jest/globals';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { eventually, http, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { Inspector, register, REGISTERED } from './support.js';

jest.setTimeout(60_000);

/**
 * NATS goes away and comes back while registrations keep arriving at intake: intake keeps
 * accepting them (the outbox holds the events), and once NATS is back every registration it
 * acknowledged becomes exactly one case, without restarting anything.
 */
describe('NATS restarted mid-flow', () => {
  let platform: TestPlatform;
  let intake: InProcessService | undefined;
  let casework: InProcessService | undefined;
  let inspect: Inspector;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    [intake, casework] = await Promise.all([startInProcess(INTAKE_SERVICE, platform), startInProcess(CASEWORK_SERVICE, platform)]);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    inspect = await Inspector.connect(platform);
  });

  afterAll(async () => {
    await Promise.all([intake?.close(), casework?.close()]);
    await inspect?.close();
    await platform?.close();
  });

  it('loses nothing: every acknowledged registration becomes exactly one case, and the consumer resumes on its own', async () => {
    const officer = await platform.token('township-officer', '430599101000');
    const admin = await platform.token('county-admin');
    const acknowledged: string[] = [];
    const refused: number[] = [];
    let natsDown = false;
    let acknowledgedWhileDown = 0;
    let n = 0;
    let running = true;
    // registrations keep coming, one after another, for the whole scenario
    const traffic = (async () => {
      while (running) {
        const res = await register(intake!.url, officer, ++n);
        if (res.status === 201) {
          acknowledged.push(res.body.id);
          if (natsDown) acknowledgedWhileDown++;
        } else refused.push(res.status);
      }
    })();
    const caseCount = () => inspect.scalar(`SELECT count(*) FROM casework."case"`);

    await eventually(async () => expect(await caseCount()).toBeGreaterThanOrEqual(5));

    // a crash of the server: SIGKILL, then the same server (same store) comes back
    await platform.nats.kill();
    natsDown = true;
    await eventually(() => expect(acknowledgedWhileDown).toBeGreaterThanOrEqual(5));
    await platform.nats.startAgain();
    natsDown = false;

    // an orderly restart too, while traffic continues
    const before = acknowledged.length;
    await eventually(() => expect(acknowledged.length).toBeGreaterThan(before + 5));
    await platform.nats.restart();
    const afterRestart = acknowledged.length;
    await eventually(() => expect(acknowledged.length).toBeGreaterThan(afterRestart + 5));
    running = false;
    await traffic;

    expect(refused).toEqual([]);
    await eventually(async () => expect(await caseCount()).toBe(acknowledged.length), 20_000);
    const cases = await inspect.query<{ petition_id: string }>(`SELECT petition_id FROM casework."case"`);
    expect(new Set(cases.map((c) => c.petition_id))).toEqual(new Set(acknowledged));
    expect(await inspect.scalar(`SELECT count(*) FROM casework.inbox WHERE subject = '${REGISTERED}'`)).toBe(acknowledged.length);
    expect(await inspect.scalar(`SELECT count(*) FROM intake.outbox WHERE published_at IS NULL`)).toBe(0);
    const stored = (await inspect.readStream('INTAKE')).filter((m) => m.subject === REGISTERED);
    expect(stored).toHaveLength(acknowledged.length);
    expect(new Set(stored.map((m) => m.msgId)).size).toBe(acknowledged.length);

    // both services report healthy again, and the consumer still takes new events
    for (const service of [intake!, casework!]) {
      await eventually(async () => expect((await http(service.url, 'GET', '/health')).status).toBe(200));
    }
    const late = await register(intake!.url, officer, ++n);
    expect(late.status).toBe(201);
    await eventually(async () => {
      const found = await http(casework!.url, 'GET', `/api/cases?petitionId=${late.body.id}`, { token: admin });
      expect(found.body.items).toHaveLength(1);
    });
    process.stdout.write(`nats restart: ${acknowledged.length} registrations, ${acknowledgedWhileDown} while NATS was down\n`);
  });
});
