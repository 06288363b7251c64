import { decodeEvent, EVENT_CONTRACTS, findSchemaDir, PublishedSchemas } from '#contracts';
import type { ProjectedEvent } from '../projections/domain/fold.js';

export type Decode = (subject: string, data: Uint8Array) => ProjectedEvent | { invalid: string };

/**
 * Contract validation for the replay, fast: the published JSON Schemas compiled with ajv, as the
 * live consumers' codec uses them, with formats checked by their shape rather than the calendar
 * (ajv-formats' fast mode: the full check of every date-time was a tenth of the replay's CPU, and
 * each producer checked the calendar against the same contract before it published the event).
 * What a schema refuses goes to the contract classes (decodeEvent), whose verdict stands, so an
 * event the live consumers took is never skipped here; the one difference is that an impossible
 * date of the right shape (30 February) would pass — only a foreign publisher could send one.
 * Where the schema files are not found, every event takes the classes' slower way.
 */
export function fastDecoder(subjects: readonly string[], schemaDir = findSchemaDir()): { decode: Decode; mode: 'json-schema' | 'class-validator' } {
  const text = new TextDecoder();
  const contracts = new Map(EVENT_CONTRACTS.filter((c) => subjects.includes(c.subject)).map((c) => [c.subject, c]));
  const schemas = new PublishedSchemas(schemaDir, 'fast');
  const byClasses: Decode = (subject, data) => {
    const decoded = decodeEvent(contracts.get(subject)!, data);
    if (!decoded.ok) return { invalid: decoded.reason };
    const e = decoded.event;
    return { subject, id: e.id, occurredAt: e.occurredAt, townshipCode: e.townshipCode, payload: e.payload as Record<string, unknown> };
  };
  if (!subjects.every((subject) => schemas.of(subject))) return { mode: 'class-validator', decode: byClasses };
  return {
    mode: 'json-schema',
    decode: (subject, data) => {
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(text.decode(data));
      } catch (err) {
        return { invalid: `not JSON: ${(err as Error).message}` };
      }
      if (!schemas.of(subject)!.event(json)) return byClasses(subject, data);
      return { subject, id: json.id as string, occurredAt: json.occurredAt as string, townshipCode: json.townshipCode as string | null, payload: json.payload as Record<string, unknown> };
    },
  };
}
