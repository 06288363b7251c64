import { schemaValidator } from '../test/schema-validator.js';
import { assertValidPayload, decodeEvent } from './codec.js';
import type { EventContract } from './event-contract.js';
import { PetitionRegisteredV1 } from './intake/petition-registered.v1.js';
import { EVENT_CONTRACTS } from './registry.js';
import { eventJsonSchema, type JsonSchema } from './tooling/json-schema.js';
import { sampleEnvelope } from './tooling/samples.js';

// any: the tests tamper with arbitrary JSON
type Json = Record<string, any>;

const sample = (): Json => structuredClone(sampleEnvelope(PetitionRegisteredV1)) as Json;
const validateSchema = schemaValidator(eventJsonSchema(PetitionRegisteredV1));

/** [what is wrong, the tampering, what the reason must say] — each also refused by the JSON Schema. */
const tampered: [string, (e: Json) => void, RegExp][] = [
  ['wrong type in payload', (e) => (e.payload.headcount = 'one'), /^payload breaks intake\.petition\.registered\.v1: .*payload\.headcount \(isInt\)/],
  ['missing payload field', (e) => delete e.payload.petitionId, /payload\.petitionId \(isDefined\)/],
  ['value outside the enum', (e) => (e.payload.channel = 'fax'), /payload\.channel \(isIn\)/],
  ['wrong type in a nested object', (e) => (e.payload.flags.repeat = 'no'), /payload\.flags\.repeat \(isBoolean\)/],
  ['missing nested object', (e) => delete e.payload.flags, /payload\.flags \(isDefined\)/],
  ['array where a nested object belongs', (e) => (e.payload.flags = []), /payload\.flags \(isObject\)/],
  ['empty list that must have one', (e) => (e.payload.petitionerRefs = []), /payload\.petitionerRefs \(arrayMinSize\)/],
  ['wrong version', (e) => (e.version = 2), /^envelope version 2 does not match intake\.petition\.registered\.v1$/],
  ['version as a string', (e) => (e.version = '1'), /^envelope invalid: .*version \(isInt\)/],
  ['another event type', (e) => (e.type = 'intake.petition.refused'), /^envelope type intake\.petition\.refused does not match/],
  ['missing envelope id', (e) => delete e.id, /^envelope invalid: id \(isDefined\)/],
  ['bad timestamp', (e) => (e.occurredAt = 'yesterday'), /^envelope invalid: occurredAt \(isIso8601\)/],
  ['missing actor', (e) => delete e.actor, /^envelope invalid: actor \(isDefined\)/],
  ['actor as an array', (e) => (e.actor = [{ kind: 'staff' }]), /^envelope invalid: actor \(isObject\)/],
  ['unknown actor kind', (e) => (e.actor.kind = 'robot'), /^envelope invalid: actor\.kind \(isIn\)/],
  ['payload not an object', (e) => (e.payload = ['x']), /^envelope invalid: payload \(isObject\)/],
];

describe('decodeEvent', () => {
  it('accepts the sample, and fields it does not know yet (a minor version may add optional ones)', () => {
    const event = sample();
    event.payload.addedLater = 'x';
    event.addedLater = 1;
    const decoded = decodeEvent(PetitionRegisteredV1, JSON.stringify(event));
    expect(decoded.ok).toBe(true);
    expect(validateSchema(event)).toBeUndefined();
  });

  it.each(tampered)('refuses %s, naming the field', (_what, tamper, reason) => {
    const event = sample();
    tamper(event);
    const decoded = decodeEvent(PetitionRegisteredV1, new TextEncoder().encode(JSON.stringify(event)));
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect(validateSchema(event)).toBeDefined();
  });

  it.each([
    ['not JSON', '{"id": "0b8f', /^not JSON: /],
    ['a JSON array', '[]', /^not a JSON object$/],
    ['JSON null', 'null', /^not a JSON object$/],
  ])('refuses %s', (_what, text, reason) => {
    expect(decodeEvent(PetitionRegisteredV1, text)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});

describe.each(EVENT_CONTRACTS.map((c) => [c.subject, c] as const))('%s: class and schema agree on its fields', (_subject, contract: EventContract) => {
  const payloadSchema = eventJsonSchema(contract).properties!['payload'] as JsonSchema;
  const validate = schemaValidator(eventJsonSchema(contract));
  const required = payloadSchema.required ?? [];
  const optional = Object.keys(payloadSchema.properties ?? {}).filter((p) => !required.includes(p));

  it.each(required.map((p) => [p]))('without required %s: refused by both, naming it', (field) => {
    const event = structuredClone(sampleEnvelope(contract)) as Json;
    delete event.payload[field];
    expect(decodeEvent(contract, JSON.stringify(event))).toEqual({ ok: false, reason: expect.stringContaining(`payload.${field} (isDefined)`) });
    expect(validate(event)).toBeDefined();
  });

  if (optional.length) {
    it.each(optional.map((p) => [p]))('optional %s missing or null: accepted by both', (field) => {
      for (const value of [undefined, null]) {
        const event = structuredClone(sampleEnvelope(contract)) as Json;
        event.payload[field] = value;
        expect(decodeEvent(contract, JSON.stringify(event)).ok).toBe(true);
        expect(validate(JSON.parse(JSON.stringify(event)))).toBeUndefined();
      }
    });
  }
});

describe('assertValidPayload', () => {
  it('throws for a payload its contract refuses, naming the field', () => {
    const { flags: _flags, ...withoutFlags } = PetitionRegisteredV1.sample;
    expect(() => assertValidPayload(PetitionRegisteredV1, withoutFlags as PetitionRegisteredV1)).toThrow(/payload breaks intake\.petition\.registered\.v1: flags \(isDefined\)/);
    expect(() => assertValidPayload(PetitionRegisteredV1, PetitionRegisteredV1.sample)).not.toThrow();
  });
});
