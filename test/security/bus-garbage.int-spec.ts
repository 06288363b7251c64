import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import { CaseAcceptedV1, PetitionRegisteredV1, type EventContract } from '#contracts';
import { eventually } from '#testing';
import { fieldsOf, mutationArb } from './fuzz-kit.js';
import { http, QINGSHUI, QINGSHUI_SHIQIAO, Rig, type ServiceName } from './support.js';

jest.setTimeout(180_000);

/** A well-formed envelope for a contract, around the given payload. */
function envelope(contract: EventContract, payload: unknown) {
  const [owner, aggregate, event, v] = contract.subject.split('.');
  return {
    id: randomUUID(),
    type: `${owner}.${aggregate}.${event}`,
    version: Number(v!.slice(1)),
    occurredAt: new Date().toISOString(),
    producer: owner,
    townshipCode: QINGSHUI,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'system' },
    payload,
  };
}

/** What can arrive on a subject instead of an event: not JSON, not an object, a broken envelope, a mismatched type, a payload breaking its contract. */
function garbageArb(contract: EventContract): fc.Arbitrary<{ kind: string; data: string }> {
  const sample = (contract as unknown as { sample: object }).sample;
  const notJson = fc.oneof(fc.constantFrom('{', '{"id": "2a49d03e", "type": ', "{'id': 1}", '\u0000\u0001\u0002', 'PING', '{"a":1}{"b":2}'), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }));
  const notObject = fc.constantFrom('[]', '[{}]', '42', '"intake.petition.registered"', 'null', 'true');
  const brokenEnvelope = fc
    .record({
      field: fc.constantFrom('id', 'type', 'version', 'occurredAt', 'producer', 'townshipCode', 'correlationId', 'actor', 'payload'),
      value: fc.constantFrom<unknown>('not-a-uuid', 42, 'yesterday', [], 'someone', '12345', { kind: 'alien' }, 'text', null, -1),
    })
    .map(({ field, value }) => {
      const e: Record<string, unknown> = envelope(contract, sample);
      // a value its rule refuses (null is fine for townshipCode, 'text' is a fine type string …): pick one that breaks this field
      const breaking: Record<string, unknown[]> = { id: ['not-a-uuid', 42, null], type: ['Not A Type', 42, null], version: [0, 'one', null], occurredAt: ['yesterday', 42, null], producer: ['someone', 42, null], townshipCode: ['12345', 42], correlationId: ['not-a-uuid', null], actor: [[], 'text', { kind: 'alien' }, null], payload: ['text', 42, null] };
      const options = breaking[field]!;
      e[field] = options.includes(value) ? value : options[0];
      return { kind: `envelope.${field} = ${JSON.stringify(e[field])}`, data: JSON.stringify(e) };
    });
  const mismatched = fc.constantFrom('intake.petition.evaluated', 'casework.case.closed', 'intake.petition.registered').map((type) => {
    const e = { ...envelope(contract, sample), type, version: type === envelope(contract, sample).type ? 2 : 1 };
    return { kind: `envelope type ${type} v${e.version}`, data: JSON.stringify(e) };
  });
  const brokenPayload = mutationArb(fieldsOf(contract), '', false).map((m) => ({ kind: `payload ${m.how}`, data: JSON.stringify(envelope(contract, m.body)) }));
  return fc.oneof(notJson.map((data) => ({ kind: 'not JSON', data })), notObject.map((data) => ({ kind: 'not an object', data })), brokenEnvelope, mismatched, brokenPayload);
}

/**
 * Malformed events published straight onto the bus, on subjects each service consumes, land in
 * that service's dead letters with a reason, and its consumers go on applying what follows.
 */
describe('garbage on the bus', () => {
  let rig: Rig;

  beforeAll(async () => {
    // dead-lettering logs an error per event: that is the point here, so keep the test output clean
    const quiet = { LOG_LEVEL: 'fatal' };
    rig = await Rig.start(['intake', 'casework', 'notification', 'reporting'], { env: { intake: quiet, casework: quiet, notification: quiet, reporting: quiet } });
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('dead-letters every malformed event with its reason in every consuming service, and applies the valid events published after them', async () => {
    const streams: { contract: EventContract; consumers: ServiceName[]; stream: string }[] = [
      { contract: PetitionRegisteredV1, consumers: ['casework', 'notification', 'reporting'], stream: 'INTAKE' },
      { contract: CaseAcceptedV1, consumers: ['intake', 'notification', 'reporting'], stream: 'CASEWORK' },
    ];
    const published: { stream: string; seq: number; kind: string; consumers: ServiceName[] }[] = [];
    for (const { contract, consumers, stream } of streams) {
      const samples = fc.sample(garbageArb(contract), { numRuns: 25 });
      for (const g of samples) {
        const ack = await rig.bus.publish(contract.subject, g.data);
        published.push({ stream, seq: ack.seq, kind: g.kind, consumers });
      }
    }

    // then the real thing: a registration at intake, routed by casework
    const officer = await rig.token('township-officer', QINGSHUI);
    const admin = await rig.token('county-admin');
    const registered = await http(rig.url('intake'), 'POST', '/api/petitions', {
      token: officer,
      body: { channel: 'visit', townshipCode: QINGSHUI, villageCode: QINGSHUI_SHIQIAO, category: 'land-acquisition', title: '反映征地补偿款未足额发放', content: '补偿款至今只发放一半。', headcount: 1, petitioners: [{ name: '测试人', phone: '13800000009' }] },
    });
    expect(registered.status).toBe(201);
    const petitionId = registered.body.id;
    const caseId = await eventually(async () => {
      const list = await http(rig.url('casework'), 'GET', `/api/cases?petitionId=${petitionId}`, { token: admin });
      expect(list.body.items).toHaveLength(1);
      return list.body.items[0].id as string;
    }, 30_000);
    const transferred = await http(rig.url('casework'), 'POST', `/api/cases/${caseId}/transfer`, { token: admin, body: { unitCode: 'dept-natural-resources', reason: '转县自然资源局处理。' } });
    expect(transferred.status).toBe(200);

    // every consumer went on: intake saw the transfer, notification told the township and the unit, reporting counted it
    await eventually(async () => {
      expect((await http(rig.url('intake'), 'GET', `/api/petitions/${petitionId}`, { token: admin })).body.caseStatus).toBe('transferred');
      const inbox = await http(rig.url('notification'), 'GET', '/api/inbox', { token: await rig.token('department-officer', 'dept-natural-resources') });
      expect(inbox.body.items.some((m: { link: string }) => m.link === `/cases/${caseId}`)).toBe(true);
      const township = await http(rig.url('notification'), 'GET', '/api/inbox', { token: officer });
      expect(township.body.items.some((m: { link: string }) => m.link === `/petitions/${petitionId}`)).toBe(true);
      expect((await http(rig.url('reporting'), 'GET', '/api/stats/summary', { token: admin })).body.received).toBe(1);
    }, 30_000);

    // every malformed event is a dead letter of every service that consumes its subject, with the reason
    for (const service of ['intake', 'casework', 'notification', 'reporting'] as ServiceName[]) {
      const expected = published.filter((p) => p.consumers.includes(service));
      const letters = await eventually(async () => {
        const res = await http(rig.url(service), 'GET', '/api/dead-letters?limit=1000', { token: admin });
        expect(res.status).toBe(200);
        const items = res.body.items as { originalStream: string; originalSeq: number; reason: string; consumer: string }[];
        const missing = expected.filter((p) => !items.some((d) => d.originalStream === p.stream && d.originalSeq === p.seq));
        expect(missing.map((m) => `${m.stream}#${m.seq} (${m.kind})`)).toEqual([]);
        return items;
      }, 30_000);
      for (const letter of letters) {
        expect(letter.consumer).toBe(service);
        expect(letter.reason).toMatch(/^contract: \S/);
      }
      // nothing valid was dead-lettered
      expect(letters).toHaveLength(expected.length);
    }
    // and the backlog is empty: nothing is still being retried
    await rig.quiesce();
  });
});
