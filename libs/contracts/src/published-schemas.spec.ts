import { decodeEvent, decodeWithClasses } from './codec.js';
import { findSchemaDir, PublishedSchemas } from './published-schemas.js';
import { EVENT_CONTRACTS } from './registry.js';
import { sampleEnvelope } from './tooling/samples.js';

// any: the tests tamper with arbitrary JSON
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Hostile values put in place of each field in turn (undefined: the field removed). */
const HOSTILE: unknown[] = [
  undefined, null, '', ' ', 'x', 'x'.repeat(5000), '中文', 0, -1, 1.5, 1e15, true, false, {}, [], [{}], [1], ['x'],
  '2026-13-45T00:00:00.000Z', '2026-02-30T10:00:00.000Z', '2026-02-30', '2026-05-01T25:61:00Z', '2026-05-01t10:00:00z', '2026-05-01 10:00:00Z', '2026-05-01T10:00:00+0800', '2026-05-01T10:00:00+08:00',
  '2026-05-01T24:00:00Z', '2026-05-01T10:00:60Z', '2026-05-01T10:00Z', '2026-05-01T10:00:00.123456789Z', '2026-05-01T10:00:00', '+002026-05-01T10:00:00Z', '2026-05-01', '2026-5-1', '2026-W18-5', '2026-121',
  '00000000-0000-0000-0000-000000000000', 'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ', '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '430599100000', '43059910000', '4305991000000', '４３０５９９１０００００', 'visit', 'DROP TABLE x', '<script>', 'a\u0000b',
];

/** Every path to a value in `value` (objects and arrays alike), the root excluded. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...paths(value[k], [...prefix, k])]);
}

function withValue(event: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(event);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  // as the event would arrive: JSON
  return JSON.parse(JSON.stringify(copy));
}

const schemas = new PublishedSchemas(findSchemaDir());

describe('the published JSON Schemas refuse whatever the contract classes refuse (so the codec may accept on the schema alone)', () => {
  it('finds a schema for every contract', () => {
    expect(EVENT_CONTRACTS.filter((c) => !schemas.of(c.subject)).map((c) => c.subject)).toEqual([]);
  });

  it.each(EVENT_CONTRACTS.map((c) => [c.subject, c] as const))('%s: every field, every hostile value', (_subject, contract) => {
    const validators = schemas.of(contract.subject)!;
    const sample = sampleEnvelope(contract) as Json;
    const looser: string[] = [];
    let refusedByClasses = 0;
    for (const path of paths(sample)) {
      for (const value of HOSTILE) {
        const event = withValue(sample, path, value);
        if (decodeWithClasses(contract, event).ok) continue;
        refusedByClasses++;
        if (validators.event(event)) looser.push(`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`);
      }
    }
    expect(looser).toEqual([]);
    expect(refusedByClasses).toBeGreaterThan(0);
    // and the sample itself passes both ways
    expect(validators.event(JSON.parse(JSON.stringify(sample)))).toBe(true);
  });

  it("in fast mode (the rebuild's) is looser only about the calendar: impossible dates and times of the right shape", () => {
    const fast = new PublishedSchemas(findSchemaDir(), 'fast');
    const contract = EVENT_CONTRACTS.find((c) => c.subject === 'intake.petition.registered.v1')!;
    const sample = sampleEnvelope(contract) as Json;
    const looser = HOSTILE.filter((value) => {
      const event = withValue(sample, ['payload', 'receivedAt'], value);
      return !decodeWithClasses(contract, event).ok && fast.of(contract.subject)!.event(event);
    });
    expect(looser).toEqual(['2026-02-30T10:00:00.000Z', '2026-02-30', '2026-05-01T24:00:00Z']);
  });

  it('is what the codec accepts a valid event on (the classes are not consulted: the payload stays plain JSON)', () => {
    for (const contract of EVENT_CONTRACTS) {
      const data = JSON.stringify(sampleEnvelope(contract));
      const fast = decodeEvent(contract, data);
      const slow = decodeWithClasses(contract, JSON.parse(data));
      expect(fast.ok && Object.getPrototypeOf(fast.event.payload)).toBe(Object.prototype);
      expect(slow.ok && slow.event.payload).toBeInstanceOf(contract);
      expect(fast.ok && JSON.parse(JSON.stringify(fast.event))).toEqual(slow.ok && JSON.parse(JSON.stringify(slow.event)));
    }
  });

  it('checks a payload alone as the whole event checks it', () => {
    for (const contract of EVENT_CONTRACTS) {
      const sample = sampleEnvelope(contract) as Json;
      expect(schemas.of(contract.subject)!.payload(JSON.parse(JSON.stringify(sample.payload)))).toBe(true);
      expect(schemas.of(contract.subject)!.payload({ ...sample.payload, [Object.keys(sample.payload)[0]!]: { nested: [] } })).toBe(false);
    }
  });
});
