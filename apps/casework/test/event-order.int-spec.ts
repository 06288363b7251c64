import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { PetitionEvaluatedV1, PetitionRefusedV1, PetitionRegisteredV1, type EventContract } from '#contracts';
import { eventually, http, sleep } from '#testing';
import { CaseworkRig, registration, type Registration } from './case-rig.js';

jest.setTimeout(120_000);

/** The wait of a repeat for its original, shortened; the retry budget (3 deliveries, 200 ms, 400 ms) is far shorter, as in production. */
const WAIT_MS = 5000;

interface Sent {
  subject: string;
  data: string;
}

/** An envelope as intake would publish it, kept so that the same event can be delivered again (a duplicate). */
function envelope<P extends object>(contract: EventContract<P>, payload: P, townshipCode: string | null): Sent {
  const [, type, version] = /^(.*)\.v(\d+)$/.exec(contract.subject)!;
  const env = { id: randomUUID(), type, version: Number(version), occurredAt: new Date().toISOString(), producer: 'intake', townshipCode, correlationId: randomUUID(), causationId: null, actor: { kind: 'system' }, payload };
  return { subject: contract.subject, data: JSON.stringify(env) };
}

/**
 * Casework's handlers of intake's events give the same cases in any order of delivery: an event
 * that needs an earlier one is held until it comes (issue 12, items 3 and 5), and a repeat whose
 * original never comes opens its own case after the wait, not after the retry budget.
 */
describe('casework: intake events in any order', () => {
  let rig: CaseworkRig;

  beforeAll(async () => {
    rig = await CaseworkRig.start({ REPEAT_LINK_WAIT_MS: String(WAIT_MS), CONSUMER_MAX_DELIVERIES: '3', CONSUMER_RETRY_BASE_MS: '200' });
  });

  afterAll(async () => {
    await rig?.close();
  });

  const db = () => rig.backbone;
  /** Publishes straight to the stream; a new message id each time, so that a resent event reaches casework again. */
  const send = (s: Sent) => db().js.publish(s.subject, s.data, { msgID: randomUUID() });
  const registered = (overrides: Registration = {}) => {
    const payload = registration(overrides);
    return { payload, sent: envelope(PetitionRegisteredV1, payload, payload.townshipCode) };
  };
  const refusal = (petitionId: string, linkedPetitionId: string) =>
    envelope(PetitionRefusedV1, { petitionId, linkedPetitionId, rule: 'final-after-re-review', reason: '该信访事项已经复核终结，不再受理。' }, null);
  const evaluation = (petitionId: string) => envelope(PetitionEvaluatedV1, { petitionId, rating: 'basically-satisfied', evaluatedAt: new Date().toISOString() }, null);
  const casesOf = (...petitionIds: string[]) =>
    db().query(`SELECT id, petition_id, status, state FROM casework."case" WHERE petition_id = ANY($1::uuid[]) OR state -> 'linkedPetitionIds' ?| $1::text[] ORDER BY opened_at`, [petitionIds]);
  const history = async (caseId: string) => (await db().query(`SELECT type FROM casework.case_history WHERE case_id = $1 ORDER BY version`, [caseId])).map((r) => r.type);
  const held = () => db().count(`SELECT count(*) FROM casework.held_event`);

  it('closes a case as refused when the refusal arrives before the registration', async () => {
    const earlier = randomUUID();
    const r = registered({ flags: { repeat: true }, linkedPetitionId: null });
    await send(refusal(r.payload.petitionId, earlier));
    await db().settled();
    expect(await held()).toBe(1);
    await send(r.sent);
    await db().settled();
    const [c, ...more] = await casesOf(r.payload.petitionId);
    expect(more).toEqual([]);
    expect(c).toMatchObject({ status: 'closed', state: { closure: 'refused-as-repeat' } });
    expect(await history(c.id)).toEqual(['opened', 'refused-as-repeat', 'closed']);
    expect(await db().count(`SELECT count(*) FROM casework.deadline WHERE case_id = $1 AND active`, [c.id])).toBe(0);
    expect(await held()).toBe(0);
  });

  it('records an evaluation that arrives before the case', async () => {
    const r = registered();
    await send(evaluation(r.payload.petitionId));
    await db().settled();
    await send(r.sent);
    await db().settled();
    const [c] = await casesOf(r.payload.petitionId);
    expect(c.state.evaluation).toBe('basically-satisfied');
    expect(await history(c.id)).toEqual(['opened', 'evaluated']);
    expect(await held()).toBe(0);
  });

  it('links a repeat registered before its original when the original comes long after the retry budget', async () => {
    const original = registered();
    const repeat = registered({ channel: 'phone', flags: { repeat: true }, linkedPetitionId: original.payload.petitionId, petitionerRefs: original.payload.petitionerRefs });
    await send(repeat.sent);
    await db().settled();
    // the repeat waits, visibly: in the county's list and in /metrics
    const list = await rig.as('county-admin').get('/api/held-events');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ subject: PetitionRegisteredV1.subject, petitionId: repeat.payload.petitionId, awaitedPetitionId: original.payload.petitionId, waitingFor: 'original-case' })]);
    expect((await rig.as('township-officer', original.payload.townshipCode).get('/api/held-events')).status).toBe(403);
    const metrics = await http<string>(rig.url, 'GET', '/metrics');
    expect(String(metrics.body)).toMatch(/xinfang_casework_held_events\{[^}]*subject="intake\.petition\.registered\.v1"[^}]*\} 1/);
    await sleep(2000);
    await send(original.sent);
    await db().settled();
    const cases = await casesOf(original.payload.petitionId, repeat.payload.petitionId);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ petition_id: original.payload.petitionId, state: { linkedPetitionIds: [repeat.payload.petitionId] } });
    expect(await held()).toBe(0);
  });

  it('opens the repeat’s own case after the wait when the original never comes', async () => {
    const repeat = registered({ flags: { repeat: true }, linkedPetitionId: randomUUID() });
    await send(repeat.sent);
    await db().settled();
    expect(await casesOf(repeat.payload.petitionId)).toEqual([]);
    const c = await eventually(async () => {
      const [found] = await casesOf(repeat.payload.petitionId);
      if (!found) throw new Error('no case yet');
      return found;
    }, WAIT_MS + 10_000);
    expect(c).toMatchObject({ petition_id: repeat.payload.petitionId, status: 'registered' });
    expect(await held()).toBe(0);
  });

  /** A case's intake events, with fresh petition ids each time. */
  type Scenario = () => { name: string; events: Sent[]; petitions: string[] };
  const scenarios: Record<string, Scenario> = {
    'registered, evaluated, a repeat': () => {
      const original = registered();
      const repeat = registered({ flags: { repeat: true }, linkedPetitionId: original.payload.petitionId });
      return { name: 'evaluated', events: [original.sent, evaluation(original.payload.petitionId), repeat.sent], petitions: [original.payload.petitionId, repeat.payload.petitionId] };
    },
    'registered and refused, a skip-level petition over it': () => {
      const refused = registered({ flags: { repeat: true }, linkedPetitionId: null });
      const other = registered({ categoryCode: 'labour-wages' });
      const skip = registered({ registeredAtLevel: 'county', flags: { skipLevel: true }, linkedPetitionId: other.payload.petitionId });
      return { name: 'refused', events: [refused.sent, refusal(refused.payload.petitionId, randomUUID()), other.sent, skip.sent], petitions: [refused.payload.petitionId, other.payload.petitionId, skip.payload.petitionId] };
    },
  };

  function permutations<T>(xs: T[]): T[][] {
    if (xs.length <= 1) return [xs];
    return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
  }

  /** The cases of a scenario, without ids and times: which petition has a case, which are linked to it, its status, closure, evaluation and history. */
  async function outcome(petitions: string[]): Promise<unknown[]> {
    const index = (id: string) => petitions.indexOf(id);
    const cases = await casesOf(...petitions);
    return Promise.all(
      cases
        .sort((a, b) => index(a.petition_id) - index(b.petition_id))
        .map(async (c) => ({
          petition: index(c.petition_id),
          linked: (c.state.linkedPetitionIds as string[]).map(index),
          status: c.status,
          closure: c.state.closure,
          evaluation: c.state.evaluation,
          history: (await history(c.id)).sort(),
        })),
    );
  }

  for (const [title, scenario] of Object.entries(scenarios)) {
    it(`ends in the same cases for every order of ${title}, with any one event delivered twice`, async () => {
      const size = scenario().events.length;
      const outcomes = new Map<string, string[]>();
      for (const order of permutations([...Array(size).keys()])) {
        // each order once as it is, and once with one event (by turns) delivered again at the end
        for (const duplicate of [null, order[outcomes.size % size]!]) {
          const s = scenario();
          for (const i of order) await send(s.events[i]!);
          if (duplicate !== null) await send(s.events[duplicate]!);
          await db().settled();
          const key = JSON.stringify(await outcome(s.petitions));
          outcomes.set(key, [...(outcomes.get(key) ?? []), `${order.join('')}${duplicate === null ? '' : `+${duplicate}`}`]);
        }
      }
      expect(await held()).toBe(0);
      // one outcome for all orders; on failure the message shows which orders gave which
      expect([...outcomes.entries()].map(([k, orders]) => ({ outcome: JSON.parse(k), orders: orders.length > 3 ? orders.length : orders }))).toHaveLength(1);
    });
  }
});
