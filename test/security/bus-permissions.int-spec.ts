import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { PETITIONER_CONTACT_SUBJECT } from '#contracts';
import { eventually, http, startInProcess, TEST_HARNESS_USER, TestPlatform, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { NOTIFICATION_SERVICE } from '../../apps/notification/src/notification.module.js';
import { REPORTING_SERVICE } from '../../apps/reporting/src/reporting.module.js';
import { petition, QINGSHUI } from '../../apps/intake/test/support.js';

/**
 * The bus is locked (issue 12, item 1): on a nats-server that refuses clients without
 * credentials, as the platform runs it, each service connects as its own user and its flows
 * still work, while an anonymous client, a wrong password, another service's event or an RPC
 * the user may not ask are refused.
 */
describe('bus users and permissions', () => {
  let platform: TestPlatform;
  let db: pg.Client;
  const services: InProcessService[] = [];
  const clients: NatsConnection[] = [];
  let intakeUrl: string;

  const as = async (user: 'intake' | 'reporting' | 'notification' | 'reporting-team' | typeof TEST_HARNESS_USER) => {
    const nc = await connect({ servers: platform.nats.url, ...platform.nats.credentials(user) });
    clients.push(nc);
    return nc;
  };
  const errorsOf = (nc: NatsConnection) => {
    const seen: string[] = [];
    void (async () => {
      for await (const s of nc.status()) if (s.type === 'error') seen.push(String((s as { error?: Error }).error?.message ?? s.type));
    })();
    return seen;
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ nats: { anonymous: 'refused' } });
    for (const definition of [INTAKE_SERVICE, CASEWORK_SERVICE, NOTIFICATION_SERVICE, REPORTING_SERVICE]) {
      services.push(await startInProcess(definition as never, platform, definition === NOTIFICATION_SERVICE ? { DISPATCH_INTERVAL_MS: '100', QUIET_HOURS_START: '0', QUIET_HOURS_END: '0' } : {}));
    }
    intakeUrl = services[0]!.url;
    await services[0]!.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    db = new pg.Client({ connectionString: platform.db.url });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    await Promise.all(services.map((s) => s.close().catch(() => undefined)));
    await db?.end();
    await platform?.close();
  });

  it('refuses a client without credentials and one with a wrong password', async () => {
    await expect(connect({ servers: platform.nats.url, maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization Violation/i);
    await expect(connect({ servers: platform.nats.url, maxReconnectAttempts: 0, user: 'intake', pass: 'not-the-password' })).rejects.toThrow(/Authorization Violation/i);
    await expect(connect({ servers: platform.nats.url, maxReconnectAttempts: 0, user: 'casework', pass: platform.nats.credentials('intake').pass })).rejects.toThrow(/Authorization Violation/i);
  });

  it('runs the platform’s flows with each service as its own user: a registration opens a case, every consumer acks it', async () => {
    const token = await platform.token('township-officer', QINGSHUI);
    const res = await http(intakeUrl, 'POST', '/api/petitions', { token, body: petition() });
    expect(res.status).toBe(201);
    await eventually(async () => {
      const { rows } = await db.query(`SELECT id FROM casework."case" WHERE petition_id = $1`, [res.body.id]);
      expect(rows).toHaveLength(1);
    }, 30_000);
    const jsm = await jetstreamManager(await as(TEST_HARNESS_USER));
    await eventually(async () => {
      for (const durable of ['casework', 'notification', 'reporting']) {
        const info = await jsm.consumers.info('INTAKE', durable);
        expect({ durable, pending: info.num_pending + info.num_ack_pending }).toEqual({ durable, pending: 0 });
        expect(info.delivered.stream_seq).toBeGreaterThan(0);
      }
    }, 30_000);
    // dead letters are listed through an ordered consumer on DEAD_LETTERS, under the service's own permissions
    for (const service of services) {
      const listed = await http(service.url, 'GET', '/api/dead-letters', { token: await platform.token('county-admin') });
      expect(listed.status).toBe(200);
    }
  });

  it('does not let intake’s user put casework.case.closed.v1 on the bus, neither into the stream nor to core subscribers', async () => {
    const intake = await as('intake');
    const errors = errorsOf(intake);
    const before = (await (await jetstreamManager(await as(TEST_HARNESS_USER))).streams.info('CASEWORK')).state.messages;
    await expect(jetstream(intake).publish('casework.case.closed.v1', JSON.stringify({ forged: true }), { timeout: 2000 })).rejects.toThrow(/Permissions Violation|timeout|no responders/i);
    // a core publish: the server drops it and says so
    const listener = await as(TEST_HARNESS_USER);
    const heard: string[] = [];
    const sub = listener.subscribe('casework.case.closed.v1', { callback: (_e, m) => void heard.push(m.string()) });
    await listener.flush();
    intake.publish('casework.case.closed.v1', JSON.stringify({ forged: 'core' }));
    await intake.flush();
    await eventually(() => expect(errors.join(' ')).toMatch(/Permissions Violation for Publish to "casework\.case\.closed\.v1"/), 5000);
    await listener.flush();
    sub.unsubscribe();
    expect(heard).toEqual([]);
    expect((await (await jetstreamManager(listener)).streams.info('CASEWORK')).state.messages).toBe(before);
  });

  it('does not let reporting’s user (nor the reporting team’s) ask for a petitioner’s contact; notification’s may, and intake logs notification, not the claimed name', async () => {
    const token = await platform.token('township-officer', QINGSHUI);
    const registered = await http(intakeUrl, 'POST', '/api/petitions', { token, body: petition() });
    expect(registered.status).toBe(201);
    const ask = (requestedBy: string) => JSON.stringify({ data: { petitionId: registered.body.id, purpose: 'test:bus-permissions', requestedBy }, id: `${requestedBy}-1`, pattern: PETITIONER_CONTACT_SUBJECT });
    for (const user of ['reporting', 'reporting-team'] as const) {
      const nc = await as(user);
      await expect(nc.request(PETITIONER_CONTACT_SUBJECT, ask('notification'), { timeout: 2000 })).rejects.toThrow(/Permissions Violation/i);
    }
    const notification = await as('notification');
    const reply = await notification.request(PETITIONER_CONTACT_SUBJECT, ask('reporting'), { timeout: 5000 });
    expect(reply.json<{ response: { petitionId: string; recipients: unknown[] } }>().response.petitionId).toBe(registered.body.id);
    const { rows } = await db.query(`SELECT actor_kind, actor_id, purpose FROM intake.personal_data_access WHERE petition_id = $1 AND purpose LIKE 'test:bus-permissions%'`, [registered.body.id]);
    expect(rows).toEqual([{ actor_kind: 'service', actor_id: 'notification', purpose: 'test:bus-permissions (claimed by reporting)' }]);
  });

  it('does not let the reporting team publish events or pull a service’s durable', async () => {
    const team = await as('reporting-team');
    const errors = errorsOf(team);
    team.publish('intake.petition.registered.v1', '{}');
    await expect(team.request('$JS.API.CONSUMER.MSG.NEXT.INTAKE.reporting', JSON.stringify({ batch: 1, no_wait: true }), { timeout: 2000 })).rejects.toThrow(/Permissions Violation/i);
    await eventually(() => expect(errors.join(' ')).toMatch(/Permissions Violation for Publish to "intake\.petition\.registered\.v1"/), 5000);
    // reading the streams is what it is for
    const info = await (await jetstreamManager(team)).streams.info('INTAKE');
    expect(info.state.messages).toBeGreaterThan(0);
  });
});
