/**
 * `npm run test:faults`: the platform under crashes. The four services run as separate processes
 * (casework twice) on a PostgreSQL cluster and a nats-server of the suite's own, under a steady
 * load of registrations and case actions, while the suite kill -9s each service in turn, kill -9s
 * nats-server, restarts PostgreSQL, and pauses a casework replica for longer than its ack wait.
 * Then a checker compares every acknowledged registration and action with what intake,
 * casework, notification and reporting hold: zero lost, zero applied twice, and the backlog
 * drained within 60 s of recovery. It prints the counts; it exits 1 if any check fails.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { generateKeyPair } from '#platform';
import { FakeSmsGateway, SmtpSink, SpawnedService, TestNatsServer, TestPostgresServer } from '#testing';
import { LoadGenerator } from './load.js';

const ACK_WAIT_MS = 5000;
const DRAIN_LIMIT_MS = 60_000;
const started = Date.now();
const log = (msg: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

log('starting a PostgreSQL cluster, a nats-server (refusing clients without credentials), a fake SMS gateway and an SMTP sink of the suite’s own');
const [postgres, nats, sms, mail] = await Promise.all([TestPostgresServer.start(), TestNatsServer.start({ anonymous: 'refused' }), FakeSmsGateway.start(), SmtpSink.start()]);
const databaseUrl = postgres.databaseUrl('xinfang');
const admin = new pg.Client({ connectionString: postgres.url });
await admin.connect();
await admin.query('CREATE DATABASE xinfang');
await admin.end();

const keys = { ...generateKeyPair(), personalDataKey: randomBytes(32).toString('base64') };
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  NATS_URL: nats.url,
  AUTH_PUBLIC_KEY: keys.publicKeyPem,
  PERSONAL_DATA_KEY: keys.personalDataKey,
  LOG_LEVEL: 'error',
  CONSUMER_ACK_WAIT_MS: String(ACK_WAIT_MS),
  CONSUMER_RETRY_BASE_MS: '200',
  CONSUMER_MAX_DELIVERIES: '30',
  DEADLINE_SWEEP_INTERVAL_MS: '1000',
  DISPATCH_INTERVAL_MS: '200',
  DELIVERY_RETRY_BASE_MS: '200',
  QUIET_HOURS_START: '0',
  QUIET_HOURS_END: '0',
  SMS_GATEWAY_URL: sms.url,
  SMTP_URL: mail.url,
  SMS_PER_MINUTE: '100000',
  EMAIL_PER_MINUTE: '100000',
};

for (const seed of [['dist/apps/intake/src/seed/seed.js', '--directory-only'], ['dist/apps/casework/src/seed/seed.js']]) {
  // the suite's bus is locked as the platform's is: a seed connects as its service (the services get theirs from SpawnedService)
  const r = spawnSync(process.execPath, seed, { env: { ...env, ...nats.serviceEnv(seed[0]!.split('/')[2]!) }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seed failed: ${r.stderr}`);
}
log('seeded the demo county directory and routing table');

const services = {
  intake: await SpawnedService.startWithEnv('intake', env),
  casework: await SpawnedService.startWithEnv('casework', env),
  casework2: await SpawnedService.startWithEnv('casework', env),
  notification: await SpawnedService.startWithEnv('notification', env),
  reporting: await SpawnedService.startWithEnv('reporting', env),
};
log('four services up (casework twice)');

const load = new LoadGenerator({ intake: services.intake.url, casework: [services.casework.url, services.casework2.url], privateKeyPem: keys.privateKeyPem });
await load.waitForDirectory();
load.start();
log('steady load started: registrations and case actions (transfer → accept → reply → close)');
await sleep(5000);

async function fault(name: string, act: () => Promise<void>) {
  const before = load.snapshot();
  const t = Date.now();
  await act();
  log(`${name} (${((Date.now() - t) / 1000).toFixed(1)} s); meanwhile ${load.snapshot().registered - before.registered} registrations and ${load.snapshot().actions - before.actions} actions were acknowledged`);
  await sleep(4000);
}

for (const name of ['intake', 'casework', 'notification', 'reporting'] as const) {
  await fault(`kill -9 ${name}, restart`, async () => {
    await services[name].kill();
    await sleep(1500);
    await services[name].launch();
  });
}
await fault('kill -9 nats-server, restart', async () => {
  await nats.kill();
  await sleep(2000);
  await nats.startAgain();
});
await fault('restart PostgreSQL', () => postgres.restart());
await fault(`pause a casework replica for ${(ACK_WAIT_MS * 2) / 1000} s (ack wait ${ACK_WAIT_MS / 1000} s), resume`, async () => {
  services.casework2.pause();
  await sleep(ACK_WAIT_MS * 2);
  services.casework2.resume();
});

await sleep(3000);
await load.stop();
const recoveredAt = Date.now();
log(`load stopped: ${load.snapshot().registered} registrations and ${load.snapshot().actions} actions acknowledged; waiting for the backlog to drain`);

const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
const reportingReceived = async () => {
  const res = await fetch(`${services.reporting.url}/api/stats/summary`, { headers: { authorization: `Bearer ${await load.token('county-admin')}` } });
  return res.ok ? ((await res.json()) as { received: number; closed: number }) : { received: -1, closed: -1 };
};

let drained = false;
let drainMs = 0;
while (Date.now() - recoveredAt < DRAIN_LIMIT_MS + 30_000) {
  const petitions = await count('SELECT count(*) AS n FROM intake.petition');
  const pendingOutbox = await count(`SELECT (SELECT count(*) FROM intake.outbox WHERE published_at IS NULL) + (SELECT count(*) FROM casework.outbox WHERE published_at IS NULL) AS n`);
  const withCase = await count(`SELECT count(*) AS n FROM intake.petition p WHERE EXISTS (SELECT 1 FROM casework."case" c WHERE c.petition_id = p.id OR c.state -> 'linkedPetitionIds' ? p.id::text)`);
  const smsPending = await count(`SELECT count(*) AS n FROM notification.delivery WHERE status IN ('pending', 'retrying', 'deferred')`);
  const smsPlanned = await count(`SELECT count(*) AS n FROM notification.delivery WHERE rule_id = 'petitioner-registered'`);
  const report = await reportingReceived();
  if (pendingOutbox === 0 && withCase === petitions && smsPending === 0 && smsPlanned === petitions && report.received === petitions) {
    drained = true;
    drainMs = Date.now() - recoveredAt;
    break;
  }
  await sleep(500);
}
log(drained ? `backlog drained ${(drainMs / 1000).toFixed(1)} s after recovery` : 'the backlog did NOT drain');

// the checks
const acked = load.acknowledged();
const results: { check: string; value: string; ok: boolean }[] = [];
const check = (name: string, value: number | string, ok: boolean) => results.push({ check: name, value: String(value), ok });

const petitions = await count('SELECT count(*) AS n FROM intake.petition');
check('registrations acknowledged', acked.registrations.length, acked.registrations.length > 0);
check('… lost at intake', acked.registrations.length - (await count('SELECT count(*) AS n FROM intake.petition WHERE id = ANY($1)', [acked.registrations])), acked.registrations.length === (await count('SELECT count(*) AS n FROM intake.petition WHERE id = ANY($1)', [acked.registrations])));
check('petitions stored at intake (acknowledged or not)', petitions, petitions >= acked.registrations.length);
const caseCounts = (await db.query(`SELECT p.id, (SELECT count(*) FROM casework."case" c WHERE c.petition_id = p.id OR c.state -> 'linkedPetitionIds' ? p.id::text)::int AS n FROM intake.petition p`)).rows as { n: number }[];
check('petitions without a case in casework', caseCounts.filter((r) => r.n === 0).length, caseCounts.every((r) => r.n > 0));
check('petitions in more than one case', caseCounts.filter((r) => r.n > 1).length, caseCounts.every((r) => r.n <= 1));
check('cases opened twice (history)', await count(`SELECT count(*) AS n FROM (SELECT case_id FROM casework.case_history WHERE type = 'opened' GROUP BY case_id HAVING count(*) > 1) d`), (await count(`SELECT count(*) AS n FROM (SELECT case_id FROM casework.case_history WHERE type = 'opened' GROUP BY case_id HAVING count(*) > 1) d`)) === 0);

check('case actions acknowledged', acked.actions.length, acked.actions.length > 0);
let lostActions = 0;
let doubledActions = 0;
for (const a of acked.actions) {
  const n = await count('SELECT count(*) AS n FROM casework.case_history WHERE case_id = $1 AND type = $2', [a.caseId, a.historyType]);
  if (n === 0) lostActions++;
  if (n > 1) doubledActions++;
}
check('… lost in casework', lostActions, lostActions === 0);
check('… applied twice in casework', doubledActions, doubledActions === 0);

const report = await reportingReceived();
check('reporting: petitions received', report.received, report.received === petitions);
const closedCases = await count(`SELECT count(*) AS n FROM intake.petition p JOIN casework."case" c ON c.petition_id = p.id WHERE c.status = 'closed'`);
check('reporting: closed (casework has the same)', `${report.closed} / ${closedCases}`, report.closed === closedCases);

const registrationSms = await count(`SELECT count(*) AS n FROM notification.delivery WHERE rule_id = 'petitioner-registered' AND status = 'sent'`);
check('notification: registration texts sent, one per petition', `${registrationSms} / ${petitions}`, registrationSms === petitions);
const gatewayIds = new Set(sms.received.map((m) => m.messageId));
const sentSms = await count(`SELECT count(*) AS n FROM notification.delivery WHERE channel = 'sms' AND status = 'sent'`);
check('notification: texts at the gateway (distinct) / deliveries sent', `${gatewayIds.size} / ${sentSms}`, gatewayIds.size === sentSms);
check('notification: gateway requests beyond one per text (suppressed by messageId)', sms.requests - sms.received.length, true);
check('backlog drained within 60 s of recovery', drained ? `${(drainMs / 1000).toFixed(1)} s` : 'no', drained && drainMs <= DRAIN_LIMIT_MS);
check('dead letters', await deadLetters(), true);

async function deadLetters(): Promise<number> {
  let n = 0;
  for (const url of [services.intake.url, services.casework.url, services.notification.url, services.reporting.url]) {
    const res = await fetch(`${url}/api/dead-letters`, { headers: { authorization: `Bearer ${await load.token('county-admin')}` } });
    if (res.ok) n += ((await res.json()) as { items: unknown[] }).items.length;
  }
  return n;
}

await db.end();
process.stdout.write('\n');
const width = Math.max(...results.map((r) => r.check.length));
for (const r of results) process.stdout.write(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.check.padEnd(width)}  ${r.value}\n`);
process.stdout.write('\n');

for (const s of Object.values(services)) await s.stop();
await Promise.all([nats.stop(), postgres.stop(), sms.stop(), mail.stop()]);
const failed = results.filter((r) => !r.ok);
log(failed.length ? `fault suite FAILED: ${failed.map((f) => f.check).join('; ')}` : 'fault suite passed');
process.exit(failed.length ? 1 : 0);
