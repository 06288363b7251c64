import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS } from '#contracts';
import { eventually, FakeSmsGateway, http, SpawnedService, TestPlatform } from '#testing';

jest.setTimeout(300_000);

/**
 * The demo county's year, lived through the real services as `npm start` does: the seeds
 * register a (smaller) year of petitions, `dist/scripts/demo-year.js` starts intake and casework
 * with the demo clock and drives the year through their APIs, then the platform starts as people
 * use it — without the demo clock, with casework's deadline sweeper, reporting and notification
 * — and the figures must look like a real township's year. A second run of the driver changes
 * nothing.
 */

const ROOT = process.cwd();
const QINGSHUI = '430599101000';
const YEAR = { from: '2026-01-01', to: '2027-01-01' };

function runBuilt(script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

describe('the demo year, lived through the services', () => {
  let platform: TestPlatform;
  let sms: FakeSmsGateway;
  let db: pg.Client;
  let env: Record<string, string>;
  const services: SpawnedService[] = [];
  let first = '';
  let firstSeconds = 0;
  let admin = '';

  const count = async (sql: string): Promise<number> => Number((await db.query(sql)).rows[0].n);
  /** What the driver could have changed: every case's history, every evaluation and screening. */
  const footprint = async () => ({
    history: await count(`SELECT count(*) AS n FROM casework.case_history`),
    evaluations: await count(`SELECT count(*) AS n FROM intake.petition WHERE evaluation IS NOT NULL`),
    screenings: await count(`SELECT count(*) AS n FROM casework.dispute_screening_change`) + (await count(`SELECT count(*) AS n FROM casework.dispute_screening`)),
    outbox: (await count(`SELECT count(*) AS n FROM casework.outbox`)) + (await count(`SELECT count(*) AS n FROM intake.outbox`)),
  });

  beforeAll(async () => {
    for (const f of ['dist/scripts/demo-year.js', 'dist/apps/intake/src/seed/seed.js', 'dist/apps/casework/src/main.js']) {
      if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run npm run build first`);
    }
    [platform, sms] = await Promise.all([TestPlatform.start(), FakeSmsGateway.start()]);
    env = platform.env({ DEMO_AUTH_PRIVATE_KEY: platform.keys.privateKeyPem, DEMO_STRICT: 'on' });
    await runBuilt('dist/apps/intake/src/seed/seed.js', ['--scale=0.3'], env);
    await runBuilt('dist/apps/casework/src/seed/seed.js', [], env);
    const started = Date.now();
    first = await runBuilt('dist/scripts/demo-year.js', [], env);
    firstSeconds = (Date.now() - started) / 1000;
    db = new pg.Client({ connectionString: platform.db.url });
    await db.connect();
    admin = await platform.token('county-admin');
  });

  afterAll(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await db?.end();
    await sms?.stop();
    await platform?.close();
  });

  it('drives the year through intake and casework with the demo clock, and no step fails', () => {
    expect(first).toMatch(/cases planned: \d+ replied in time/);
    expect(first).toMatch(/steps: [1-9]\d* done now, 0 done before, 0 failed/);
    expect(first).toMatch(/[1-9]\d* evaluations by citizens; dispute screening: [1-9]\d* recorded/);
    // a third of the county's year; the whole year takes well under the 2 minutes npm start allows
    expect(firstSeconds).toBeLessThan(90);
  });

  it('dates every action at its time in the year, inside the case’s own history order', async () => {
    const { rows } = await db.query(
      `SELECT h.case_id, h.version, h.occurred_at, h.type, c.received_at FROM casework.case_history h JOIN casework."case" c ON c.id = h.case_id ORDER BY h.case_id, h.version`,
    );
    const now = Date.now();
    let previous: { case_id: string; at: number } | null = null;
    let backdated = 0;
    for (const r of rows) {
      const at = new Date(r.occurred_at).getTime();
      expect(at).toBeLessThanOrEqual(now);
      expect(at).toBeGreaterThanOrEqual(new Date(r.received_at).getTime());
      // links of repeat petitions are recorded when casework opens the cases: the rest of a case's history is in time order
      if (previous && previous.case_id === r.case_id && r.type !== 'petition-linked') expect(at).toBeGreaterThanOrEqual(previous.at);
      if (r.type !== 'petition-linked') previous = { case_id: r.case_id, at };
      if (now - at > 30 * 86_400_000) backdated++;
    }
    expect(backdated / rows.length).toBeGreaterThan(0.6);
    // the events were published dated then too: intake's timeline for citizens shows the year's dates
    const [step] = (await db.query(`SELECT occurred_at FROM intake.public_step WHERE kind = 'replied' ORDER BY occurred_at LIMIT 1`)).rows;
    expect(new Date(step.occurred_at).getTime()).toBeLessThan(now - 60 * 86_400_000);
  });

  it('changes nothing when run again', async () => {
    const before = await footprint();
    const again = await runBuilt('dist/scripts/demo-year.js', [], env);
    expect(again).toMatch(/steps: 0 done now, [1-9]\d* done before, 0 failed; 0 evaluations by citizens; dispute screening: 0 recorded, 0 resolved later/);
    expect(await footprint()).toEqual(before);
  });

  describe('then the platform as people use it', () => {
    let reporting: SpawnedService;
    let casework: SpawnedService;

    beforeAll(async () => {
      const live = platform.env({
        SMS_GATEWAY_URL: sms.url,
        DISPATCH_INTERVAL_MS: '100',
        QUIET_HOURS_START: '0',
        QUIET_HOURS_END: '0',
        DEADLINE_SWEEP_INTERVAL_MS: '500',
        ROLLUP_REFRESH_MS: '300',
      });
      const start = (name: string) => SpawnedService.startWithEnv(name, live, { healthyWithinMs: 90_000 });
      const [intake, cw, notification, rep] = await Promise.all([start('intake'), start('casework'), start('notification'), start('reporting')]);
      services.push(intake, cw, notification, rep);
      casework = cw;
      reporting = rep;
      // reporting has read every event of intake and casework, the sweeper's overdue marks included
      const nc = await connect({ servers: platform.nats.url });
      try {
        const jsm = await jetstreamManager(nc);
        await eventually(async () => {
          const lag = await Promise.all([EVENT_STREAMS.intake, EVENT_STREAMS.casework].map(async (stream) => {
            const info = await jsm.consumers.info(stream.name, 'reporting');
            return info.num_pending + info.num_ack_pending;
          }));
          const { body } = await http(reporting.url, 'GET', `/api/stats/summary?from=${YEAR.from}&to=${YEAR.to}`, { token: admin });
          if (lag.some((n) => n > 0) || !(body.overdueCases > 0)) throw new Error(`reporting still catching up (${lag.join(' + ')} events to read, ${body.overdueCases} overdue so far)`);
        }, 120_000, 1000);
      } finally {
        await nc.close();
      }
    });

    it('shows the county a real year: most closed, on time, a handful overdue, satisfaction 85–95%, reviews', async () => {
      const s = (await http(reporting.url, 'GET', `/api/stats/summary?from=${YEAR.from}&to=${YEAR.to}`, { token: admin })).body;
      expect(s.received).toBeGreaterThan(80);
      expect(s.closureRate).toBeGreaterThan(0.7);
      expect(s.closureRate).toBeLessThan(0.995);
      expect(s.timelyAcceptanceRate).toBeGreaterThan(0.93);
      expect(s.onTimeClosureRate).toBeGreaterThan(0.9);
      expect(s.onTimeClosureRate).toBeLessThan(1);
      expect(s.overdueCases).toBeGreaterThan(0);
      // one left unanswered in each of the eight townships, and what the late replies leave open now: a handful
      expect(s.overdueCases).toBeLessThanOrEqual(Math.max(12, s.received * 0.05));
      expect(s.satisfactionRate).toBeGreaterThanOrEqual(0.85);
      expect(s.satisfactionRate).toBeLessThanOrEqual(0.95);
      expect(s.evaluationRate).toBeGreaterThan(0.7);
      expect(s.reviewedCases).toBeGreaterThan(0);
      expect(s.acceptance.rejected).toBeGreaterThan(0);
      expect(s.leaderOwned.cases).toBeGreaterThan(0);
      expect(s.routing.supervisions).toBeGreaterThan(0);
      expect(s.routing.transfers).toBeGreaterThan(s.routing.assignments);
      expect(s.mediation.disputes.screened).toBeGreaterThan(50);
      expect(s.mediation.disputes.resolutionRate).toBeGreaterThan(0.5);
    });

    it('gives the demo township its own year, and its annual report the figures', async () => {
      const s = (await http(reporting.url, 'GET', `/api/stats/summary?townshipCode=${QINGSHUI}&from=${YEAR.from}&to=${YEAR.to}`, { token: admin })).body;
      expect(s.received).toBeGreaterThan(5);
      expect(s.closed).toBeGreaterThan(s.received / 2);
      const report = (await http(reporting.url, 'GET', `/api/reports/annual?townshipCode=${QINGSHUI}&year=2026&format=json`, { token: admin })).body;
      expect(report.figures.received).toBe(s.received);
      expect(report.sections[0].text).toContain(`共收到信访案件(访、信、网、电)${s.received}件`);
      expect(report.byMonth.filter((m: { received: number }) => m.received > 0).length).toBeGreaterThan(6);
    });

    it('texted petitioners only about the last days, not about the year', async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM notification.delivery WHERE channel = 'sms'`);
      const petitions = await count(`SELECT count(*) AS n FROM intake.petition`);
      // a year of petitions would be some five texts each; only what happened in the last week is news
      expect(rows[0].n).toBeLessThan(petitions * 0.3);
    });

    it('does not honour a demo time without the demo clock', async () => {
      const { body } = await http(casework.url, 'GET', '/api/cases?status=accepted&pageSize=1', { token: admin });
      const id = body.items[0].id;
      const res = await http(casework.url, 'POST', `/api/cases/${id}/note`, { token: admin, body: { text: '县信访局电话回访信访人', public: false }, headers: { 'x-demo-now': '2026-02-02T10:00:00+08:00' } });
      expect(res.status).toBe(200);
      const note = res.body.timeline.filter((e: { type: string }) => e.type === 'note-added').pop();
      expect(Math.abs(Date.parse(note.at) - Date.now())).toBeLessThan(60_000);
    });
  });
});
