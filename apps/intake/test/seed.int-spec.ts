import { DataSource } from 'typeorm';
import { startInProcess, TestPlatform, type InProcessService } from '#testing';
import { DirectoryService } from '../src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../src/intake.module.js';
import { DEMO_COUNTY } from '../src/seed/demo-county.js';
import { seedDemoYear, type SeedDemoYearOptions } from '../src/seed/seed-demo-year.js';

/** The demo year, registered through intake's handler against a real database and NATS (a smaller year, to stay quick). */
describe('seeding the demo year', () => {
  let platform: TestPlatform;
  let intake: InProcessService;
  let db: DataSource;
  const output: string[] = [];
  const options: SeedDemoYearOptions = { scale: 0.15, out: { write: (text: string) => output.push(text) } };

  beforeAll(async () => {
    platform = await TestPlatform.start();
    intake = await startInProcess(INTAKE_SERVICE, platform);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    db = intake.app.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await intake?.close();
    await platform?.close();
  });

  const count = async (where = 'true'): Promise<number> => (await db.query(`SELECT count(*)::int AS n FROM intake.petition WHERE ${where}`))[0].n;

  it('registers the year once, resuming where an earlier run stopped, and publishes every event', async () => {
    // a run that stopped at the end of May …
    const first = await seedDemoYear(intake.app, { ...options, until: new Date('2026-05-31T16:00:00Z') });
    expect(first.registered).toBeGreaterThan(10);
    // … is finished by the next, which registers only what is missing
    const second = await seedDemoYear(intake.app, options);
    expect(second.registered).toBe(second.planned - first.registered);
    expect(second.planned).toBeGreaterThan(40);
    expect(await count()).toBe(second.planned);

    const third = await seedDemoYear(intake.app, options);
    expect(third.registered).toBe(0);
    expect(await count()).toBe(second.planned);
    expect(output.join('')).toContain(`all ${second.planned} petitions already registered`);

    const [outbox] = await db.query(
      `SELECT count(*) FILTER (WHERE subject = 'intake.petition.registered.v1')::int AS registered, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished FROM intake.outbox`,
    );
    expect(outbox).toEqual({ registered: second.planned, unpublished: 0 });
  }, 120_000);

  it('has collective, repeat and skip-level petitions as the handler decided them, linked to their originals', async () => {
    expect(await count('collective')).toBeGreaterThan(0);
    expect(await count('repeat AND linked_petition_id IS NOT NULL')).toBeGreaterThan(0);
    expect(await count('skip_level')).toBeGreaterThan(0);
    // a skip-level petition is registered at the county and linked to the township's open case
    const [skip] = await db.query(
      `SELECT p.registered_at_level AS level, o.registered_at_level AS original_level, o.linked_petition_id AS original_link
       FROM intake.petition p JOIN intake.petition o ON o.id = p.linked_petition_id WHERE p.skip_level LIMIT 1`,
    );
    expect(skip).toEqual({ level: 'county', original_level: 'township', original_link: null });
    // every channel, every township registering
    const channels = await db.query(`SELECT DISTINCT channel FROM intake.petition ORDER BY channel`);
    expect(channels.map((r: { channel: string }) => r.channel)).toEqual(['letter', 'online', 'phone', 'visit']);
    const officers = await db.query(`SELECT DISTINCT registered_by FROM intake.petition WHERE registered_by LIKE 'demo-officer-%'`);
    expect(officers.length).toBeGreaterThanOrEqual(5);
    expect(await count(`registered_by = 'demo-county-bureau'`)).toBeGreaterThan(0);
    expect(await count('submitted_online_by_citizen')).toBeGreaterThan(0);
  });
});
