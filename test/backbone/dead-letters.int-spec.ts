import { jest } from '@jest/globals';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { eventually, http, startInProcess, TestPlatform, type InProcessService } from '#testing';
import { Inspector, REGISTERED, registrationEnvelope } from './support.js';

jest.setTimeout(30_000);

/** What casework cannot apply is parked with its reason and listed to a county admin; the rest flows. */
describe('dead letters of a service', () => {
  let platform: TestPlatform;
  let casework: InProcessService | undefined;
  let inspect: Inspector;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    // errors are the point here: keep the expected 'event dead-lettered' lines out of the test output
    casework = await startInProcess(CASEWORK_SERVICE, platform, { LOG_LEVEL: 'fatal', OUTBOX_MAX_ATTEMPTS: '2' });
    inspect = await Inspector.connect(platform);
  });

  afterAll(async () => {
    await casework?.close();
    await inspect?.close();
    await platform?.close();
  });

  it('GET /api/dead-letters lists a poison, an unparseable and a contract-breaking event with the reason; later events are applied', async () => {
    // poison: valid by its contract, but casework's insert fails every time (a constraint the
    // handler does not expect), so each delivery fails until the last allowed one
    await inspect.query(`ALTER TABLE casework."case" ADD CONSTRAINT test_poison CHECK (category_code <> 'poison')`);
    const poisonEnvelope = registrationEnvelope();
    const poisoned = { ...poisonEnvelope, payload: { ...poisonEnvelope.payload, categoryCode: 'poison' } };
    const poison = await inspect.publishRaw(REGISTERED, poisoned, poisoned.id);
    const broken = registrationEnvelope();
    const breaksContract = { ...broken, payload: { ...broken.payload, townshipCode: 'not-a-code', headcount: 0 } };
    const json = await inspect.publishRaw(REGISTERED, '{"id": "2a49d03e", "type": ');
    const contract = await inspect.publishRaw(REGISTERED, breaksContract, breaksContract.id);
    const good = registrationEnvelope();
    await inspect.publishRaw(REGISTERED, good, good.id);

    const admin = await platform.token('county-admin');
    await eventually(async () => {
      const cases = await http(casework!.url, 'GET', `/api/cases?petitionId=${good.payload.petitionId}`, { token: admin });
      expect(cases.body.items).toHaveLength(1);
    });

    const listed = await eventually(async () => {
      const res = await http(casework!.url, 'GET', '/api/dead-letters', { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(3);
      return res.body.items as Array<Record<string, unknown>>;
    });
    const bySeq = new Map(listed.map((d) => [d.originalSeq, d]));
    expect(bySeq.get(poison.seq)).toMatchObject({
      consumer: 'casework',
      originalSubject: REGISTERED,
      deliveries: 4, // CONSUMER_MAX_DELIVERIES of the test platform
      reason: expect.stringMatching(/^failed 4 deliveries, last: .*test_poison/),
      data: JSON.stringify(poisoned),
    });
    expect(bySeq.get(json.seq)).toMatchObject({
      consumer: 'casework',
      originalStream: 'INTAKE',
      originalSubject: REGISTERED,
      deliveries: 1,
      reason: expect.stringMatching(/^contract: not JSON/),
      data: '{"id": "2a49d03e", "type": ',
    });
    expect(bySeq.get(contract.seq)).toMatchObject({
      reason: expect.stringMatching(/^contract: payload breaks intake\.petition\.registered\.v1: .*payload\.townshipCode/),
    });
    expect(String(bySeq.get(contract.seq)!.reason)).toContain('payload.headcount');

    // parked, not retried: both are done with in the source stream
    await eventually(async () => expect(await inspect.durableBacklog('INTAKE', 'casework')).toEqual({ ackPending: 0, pending: 0 }));
    expect(await inspect.scalar(`SELECT count(*) FROM casework.inbox WHERE subject = '${REGISTERED}'`)).toBe(1);
    expect(await inspect.scalar(`SELECT count(*) FROM casework."case" WHERE category_code = 'poison'`)).toBe(0);

    // staff other than a county admin do not see them
    const officer = await platform.token('township-officer', '430599101000');
    expect((await http(casework!.url, 'GET', '/api/dead-letters', { token: officer })).status).toBe(403);
    expect((await http(casework!.url, 'GET', '/api/dead-letters')).status).toBe(401);
    expect((await http(casework!.url, 'POST', `/api/dead-letters/${listed[0]!.seq}/replay`, { token: officer })).status).toBe(403);

    // a replay while the cause is still there fails and keeps the dead letter
    const poisonLetter = bySeq.get(poison.seq)!;
    const stillPoisoned = await http(casework!.url, 'POST', `/api/dead-letters/${poisonLetter.seq}/replay`, { token: admin });
    expect(stillPoisoned).toMatchObject({ status: 409, body: { rule: 'replay-failed' } });
    // once the cause is fixed, the replay applies it once and removes it from the dead letters
    await inspect.query(`ALTER TABLE casework."case" DROP CONSTRAINT test_poison`);
    const replayed = await http(casework!.url, 'POST', `/api/dead-letters/${poisonLetter.seq}/replay`, { token: admin });
    expect(replayed).toMatchObject({ status: 200, body: { outcome: 'applied', eventId: poisoned.id } });
    expect(await inspect.scalar(`SELECT count(*) FROM casework."case" WHERE category_code = 'poison'`)).toBe(1);
    const after = await http(casework!.url, 'GET', '/api/dead-letters', { token: admin });
    expect(after.body.items.map((d: { seq: number }) => d.seq)).not.toContain(poisonLetter.seq);
    expect(after.body.items).toHaveLength(2);
    expect((await http(casework!.url, 'POST', `/api/dead-letters/${poisonLetter.seq}/replay`, { token: admin })).status).toBe(404);
  });

  it('an outbox row that can never be published is listed with the dead letters (negative seq, the reason) and published by its replay once the cause is fixed', async () => {
    const admin = await platform.token('county-admin');
    const before = (await http(casework!.url, 'GET', '/api/dead-letters', { token: admin })).body.items.length;
    const listed = (seq: number) =>
      eventually(async () => {
        const items = (await http(casework!.url, 'GET', '/api/dead-letters', { token: admin })).body.items as Array<Record<string, unknown>>;
        const found = items.find((d) => d.seq === seq);
        expect(found).toBeDefined();
        return found!;
      }, 15_000);

    // a subject the locked bus does not let casework publish: parked with the server's refusal, its replay refused while it lasts
    const [denied] = await inspect.query<{ seq: string }>(
      `INSERT INTO casework.outbox (event_id, subject, envelope) VALUES (gen_random_uuid(), 'nowhere.thing.happened.v1', '{"n": 1}') RETURNING seq`,
    );
    const deniedSeq = -Number(denied!.seq);
    expect(await listed(deniedSeq)).toMatchObject({ source: 'outbox', consumer: 'casework', originalSubject: 'nowhere.thing.happened.v1', originalStream: 'outbox', originalSeq: -deniedSeq, deliveries: 2, reason: 'could not publish after 2 attempts: the bus does not permit this service to publish nowhere.thing.happened.v1', data: '{"n": 1}' });
    expect(await http(casework!.url, 'POST', `/api/dead-letters/${deniedSeq}/replay`, { token: admin })).toMatchObject({ status: 409, body: { rule: 'replay-failed' } });

    // an event larger than the stream takes: parked with the stream's refusal; once the limit is raised, its replay publishes it
    const stream = (await inspect.jsm.streams.info('CASEWORK')).config;
    await inspect.jsm.streams.update('CASEWORK', { max_msg_size: 4096 });
    const big = JSON.stringify({ note: '很长的备注'.repeat(400) });
    const [oversize] = await inspect.query<{ seq: string }>(
      `INSERT INTO casework.outbox (event_id, subject, envelope) VALUES (gen_random_uuid(), 'casework.test-note.recorded.v1', $1) RETURNING seq`,
      [big],
    );
    const seq = -Number(oversize!.seq);
    const letter = await listed(seq);
    expect(letter).toMatchObject({ source: 'outbox', originalSubject: 'casework.test-note.recorded.v1', deliveries: 2 });
    expect(letter.reason).toMatch(/^could not publish after 2 attempts: .*(size|maximum)/i);
    expect(await http(casework!.url, 'POST', `/api/dead-letters/${seq}/replay`, { token: admin })).toMatchObject({ status: 409, body: { rule: 'replay-failed' } });
    await inspect.jsm.streams.update('CASEWORK', { max_msg_size: stream.max_msg_size });
    const messagesBefore = (await inspect.jsm.streams.info('CASEWORK')).state.messages;
    expect(await http(casework!.url, 'POST', `/api/dead-letters/${seq}/replay`, { token: admin })).toMatchObject({ status: 200, body: { seq, outcome: 'published' } });
    expect((await inspect.jsm.streams.info('CASEWORK')).state.messages).toBe(messagesBefore + 1);
    const after = (await http(casework!.url, 'GET', '/api/dead-letters', { token: admin })).body.items as Array<{ seq: number }>;
    expect(after.map((d) => d.seq)).not.toContain(seq);
    expect(after).toHaveLength(before + 1); // the refused subject stays parked
    expect((await http(casework!.url, 'POST', `/api/dead-letters/${seq}/replay`, { token: admin })).status).toBe(404);
  });
});
