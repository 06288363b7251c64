import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { decodeEvent, EVENT_CONTRACTS } from '#contracts';
import type { ProjectedEvent } from '../projections/domain/fold.js';

export type Decode = (subject: string, data: Uint8Array) => ProjectedEvent | { invalid: string };

/** libs/contracts/schemas, found by walking up from this file (sources and dist/ alike); null where it is not shipped. */
export function findSchemaDir(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'contracts', 'schemas');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Contract validation for the replay, fast: the published JSON Schemas (libs/contracts/schemas,
 * generated from the contract classes and tested to agree with them) compiled once with ajv —
 * a few microseconds an event against a few hundred for class-validator. Where the schema files
 * are not found, falls back to the contracts' own decodeEvent: the same verdicts, slower.
 */
export function fastDecoder(subjects: readonly string[], schemaDir = findSchemaDir()): { decode: Decode; mode: 'json-schema' | 'class-validator' } {
  const text = new TextDecoder();
  if (schemaDir) {
    const ajv = new Ajv({ allowUnionTypes: true, strictTypes: false, strict: false });
    // formats checked by their shape, not the calendar (ajv-formats' fast mode): the full check of
    // every date-time was a tenth of the replay's CPU, and each producer checked the calendar
    // against the same contract (class-validator, strict ISO 8601) before it published the event
    addFormats.default(ajv, { mode: 'fast' });
    const validators = new Map<string, ValidateFunction>();
    for (const subject of subjects) {
      const file = join(schemaDir, `${subject}.json`);
      if (existsSync(file)) validators.set(subject, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
    }
    if (validators.size === subjects.length) {
      return {
        mode: 'json-schema',
        decode: (subject, data) => {
          let json: Record<string, unknown>;
          try {
            json = JSON.parse(text.decode(data));
          } catch (err) {
            return { invalid: `not JSON: ${(err as Error).message}` };
          }
          const validate = validators.get(subject)!;
          if (!validate(json)) return { invalid: ajv.errorsText(validate.errors) };
          return { subject, id: json.id as string, occurredAt: json.occurredAt as string, townshipCode: json.townshipCode as string | null, payload: json.payload as Record<string, unknown> };
        },
      };
    }
  }
  const contracts = new Map(EVENT_CONTRACTS.filter((c) => subjects.includes(c.subject)).map((c) => [c.subject, c]));
  return {
    mode: 'class-validator',
    decode: (subject, data) => {
      const decoded = decodeEvent(contracts.get(subject)!, data);
      if (!decoded.ok) return { invalid: decoded.reason };
      const e = decoded.event;
      return { subject, id: e.id, occurredAt: e.occurredAt, townshipCode: e.townshipCode, payload: e.payload as Record<string, unknown> };
    },
  };
}
