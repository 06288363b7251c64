import { createHash } from 'node:crypto';
import type { EventActor, EventEnvelope, Producer } from '../envelope.js';
import { parseSubject, type EventContract } from '../event-contract.js';

/** Fixed, so the checked-in sample files only change when a contract does. */
export const SAMPLE_OCCURRED_AT = '2026-03-02T01:30:05.000Z';
export const DEFAULT_SAMPLE_ACTOR: EventActor = Object.freeze({ kind: 'staff', id: 'sample-township-officer', role: 'township-officer' });

/** The contract's static sample wrapped in a complete envelope, as it would travel on its subject. */
export function sampleEnvelope<P extends object>(contract: EventContract<P>): EventEnvelope<P> {
  const { owner, type, version } = parseSubject(contract.subject);
  const township = (contract.sample as { townshipCode?: unknown }).townshipCode;
  return {
    id: nameBasedUuid(`${contract.subject}#id`),
    type,
    version,
    occurredAt: SAMPLE_OCCURRED_AT,
    producer: owner as Producer,
    townshipCode: typeof township === 'string' ? township : null,
    correlationId: nameBasedUuid(`${contract.subject}#correlation`),
    causationId: null,
    actor: contract.sampleActor ?? DEFAULT_SAMPLE_ACTOR,
    payload: contract.sample,
  };
}

export function sampleFileText(contract: EventContract): string {
  return `${JSON.stringify(sampleEnvelope(contract), null, 2)}\n`;
}

// RFC 4122 URL namespace; any fixed namespace would do, the point is a stable id per subject
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A version-5 (SHA-1, name-based) UUID: stable per name, and valid for @IsUUID(). */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(`urn:xinfang:sample:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
