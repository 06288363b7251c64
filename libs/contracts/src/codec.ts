import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EventEnvelope } from './envelope.js';
import { parseSubject, type EventContract } from './event-contract.js';
import { publishedSchemas } from './published-schemas.js';
import { flattenValidationErrors, nestedShapeErrors } from './validation.js';

export type Decoded<P> = { ok: true; event: EventEnvelope<P> } | { ok: false; reason: string };

const describe = (prefix: string, errors: ReturnType<typeof flattenValidationErrors>) =>
  errors.map((e) => `${prefix}${e.field} (${e.rule})`).join(', ');

/**
 * Parses and validates one event against its contract: the envelope, its type and version
 * against the subject, then the payload class. Unknown extra fields are allowed (a minor
 * version may add optional fields); anything else failing is a reason to dead-letter.
 *
 * What the contract's published JSON Schema accepts is accepted at once (it refuses whatever
 * the class refuses: published-schemas.spec); anything else goes through the classes, whose verdict and
 * reason stand — so the schema only makes the common case fast, it never decides a refusal.
 */
export function decodeEvent<P extends object>(contract: EventContract<P>, data: Uint8Array | string): Decoded<P> {
  let json: unknown;
  try {
    json = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data));
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'not a JSON object' };
  if (publishedSchemas.of(contract.subject)?.event(json)) return { ok: true, event: Object.freeze(json) as EventEnvelope<P> };
  return decodeWithClasses(contract, json);
}

/** The contract classes' verdict on a parsed event (class-transformer and class-validator), with the reason for a refusal. */
export function decodeWithClasses<P extends object>(contract: EventContract<P>, json: object): Decoded<P> {
  const envelope = plainToInstance(EventEnvelope, json) as EventEnvelope<unknown>;
  const envelopeErrors = [...flattenValidationErrors(validateSync(envelope)), ...nestedShapeErrors(envelope)];
  if (envelopeErrors.length) return { ok: false, reason: `envelope invalid: ${describe('', envelopeErrors)}` };

  const { type, version } = parseSubject(contract.subject);
  if (envelope.type !== type || envelope.version !== version) {
    // name the field that is off, as every other reason does
    const off = envelope.type !== type ? `type ${envelope.type}` : `version ${envelope.version}`;
    return { ok: false, reason: `envelope ${off} does not match ${contract.subject}` };
  }

  const payload = plainToInstance(contract, envelope.payload as object) as P;
  const payloadErrors = [...flattenValidationErrors(validateSync(payload)), ...nestedShapeErrors(payload)];
  if (payloadErrors.length) return { ok: false, reason: `payload breaks ${contract.subject}: ${describe('payload.', payloadErrors)}` };

  return { ok: true, event: Object.freeze({ ...envelope, payload }) as EventEnvelope<P> };
}

/** Validates a payload before it is written to the outbox: a producer must never emit what its own contract refuses. */
export function assertValidPayload<P extends object>(contract: EventContract<P>, payload: P): void {
  // a payload is a JSON document once written: check what the consumers will read
  if (publishedSchemas.of(contract.subject)?.payload(JSON.parse(JSON.stringify(payload)))) return;
  const instance = plainToInstance(contract, payload) as P;
  const errors = [...flattenValidationErrors(validateSync(instance)), ...nestedShapeErrors(instance)];
  if (errors.length) throw new Error(`payload breaks ${contract.subject}: ${describe('', errors)}`);
}
