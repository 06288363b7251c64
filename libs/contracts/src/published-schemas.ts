import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fastFormats, fullFormats } from 'ajv-formats/dist/formats.js';

/** libs/contracts/schemas, found by walking up from this file (sources, dist/ and the image alike); null where it is not shipped. */
export function findSchemaDir(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'contracts', 'schemas');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export interface SchemaValidators {
  /** The whole envelope with its payload, as published in `<subject>.json`. */
  event: ValidateFunction;
  /** The payload alone (what a producer checks before it writes its outbox row). */
  payload: ValidateFunction;
}

/**
 * The published JSON Schemas (libs/contracts/schemas, generated from the contract classes),
 * compiled with ajv on first use of each subject: a few microseconds an event where the
 * class-validator check takes a few hundred. The codec uses them as a fast path to *accept*;
 * published-schemas.spec proves, field by field and mutation by mutation, that they refuse
 * whatever the classes refuse.
 */
export class PublishedSchemas {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, SchemaValidators | null>();

  /** `formats`: 'full' checks the calendar as class-validator does; 'fast' only the shape (for a replay of events already checked). */
  constructor(
    private readonly dir: string | null,
    formats: 'full' | 'fast' = 'full',
  ) {
    this.ajv = new Ajv({ allowUnionTypes: true, strictTypes: false, strict: false });
    addFormats.default(this.ajv, { mode: formats });
    // RFC 3339 allows a lower-case t and z; class-validator's ISO 8601 does not, and the schema must not be looser
    const base = ((formats === 'full' ? fullFormats : fastFormats)['date-time'] as { validate: RegExp | ((s: string) => boolean) }).validate;
    const dateTime = typeof base === 'function' ? base : (s: string) => base.test(s);
    this.ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !/[tz]/.test(s) && dateTime(s) });
  }

  /** The validators of `subject`, or null when its schema is not published (or not shipped). */
  of(subject: string): SchemaValidators | null {
    let validators = this.compiled.get(subject);
    if (validators === undefined) {
      validators = this.compile(subject);
      this.compiled.set(subject, validators);
    }
    return validators;
  }

  private compile(subject: string): SchemaValidators | null {
    const file = this.dir && join(this.dir, `${subject}.json`);
    if (!file || !existsSync(file)) return null;
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string; definitions?: object; properties: { payload: object } };
    return {
      event: this.ajv.compile(schema),
      payload: this.ajv.compile({ $schema: schema.$schema, definitions: schema.definitions, ...schema.properties.payload }),
    };
  }
}

/** The published schemas as this process finds them. */
export const publishedSchemas = new PublishedSchemas(findSchemaDir());
