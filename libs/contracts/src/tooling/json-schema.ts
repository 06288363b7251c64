import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_NOT_EMPTY,
  ARRAY_UNIQUE,
  getMetadataStorage,
  IS_ARRAY,
  IS_OPTIONAL,
  MAX,
  MIN,
  ValidationTypes,
} from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { EventEnvelope } from '../envelope.js';
import { parseSubject, type EventContract } from '../event-contract.js';

/** A JSON Schema node, loosely typed: the generator and the comparison walk it generically. */
export interface JsonSchema {
  [keyword: string]: unknown;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  definitions?: Record<string, JsonSchema>;
}

/**
 * Draft-07, not 2020-12: AsyncAPI 3.0's default schema format is a draft-07 superset, so the
 * very same schema embeds in asyncapi.yaml and every mainstream validator reads it.
 */
export const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';
const DEFINITIONS = '#/definitions/';

type Class = abstract new (...args: never[]) => unknown;

/**
 * The JSON Schema of one event version: the full envelope, `type`/`version`/`producer` pinned
 * to the subject, the contract class as `payload`, nested classes under `definitions`.
 * `$id` is the subject. Extra properties stay allowed, as in decodeEvent: a minor version may
 * add optional fields and old consumers must still accept them.
 */
export function eventJsonSchema(contract: EventContract): JsonSchema {
  const { owner, type, version } = parseSubject(contract.subject);
  const definitions = new Definitions();

  const envelope = classSchema(EventEnvelope, definitions);
  const props = envelope.properties!;
  props['type'] = { ...props['type'], const: type };
  props['version'] = { ...props['version'], const: version };
  props['producer'] = { ...props['producer'], const: owner };
  props['payload'] = {
    title: contract.name,
    description: contract.description,
    ...classSchema(contract, definitions),
  };

  const defs = definitions.resolve();
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: contract.subject,
    title: contract.name,
    description: contract.description,
    ...envelope,
    ...(Object.keys(defs).length ? { definitions: defs } : {}),
  };
}

/** Nested classes met while converting, by name; two different classes may not share one. */
class Definitions {
  private readonly found = new Map<string, Class>();
  private readonly schemas = new Map<string, JsonSchema>();

  ref(cls: Class): { $ref: string } {
    const seen = this.found.get(cls.name);
    if (seen && seen !== cls) throw new Error(`two nested classes are both named ${cls.name}; rename one`);
    this.found.set(cls.name, cls);
    return { $ref: DEFINITIONS + cls.name };
  }

  /** Converts every class referenced so far, and those they reference in turn; sorted by name for stable output. */
  resolve(): Record<string, JsonSchema> {
    for (let pending = this.unresolved(); pending.length; pending = this.unresolved()) {
      for (const [name, cls] of pending) this.schemas.set(name, classSchema(cls, this));
    }
    return Object.fromEntries([...this.schemas].sort(([a], [b]) => a.localeCompare(b)));
  }

  private unresolved(): [string, Class][] {
    return [...this.found].filter(([name]) => !this.schemas.has(name));
  }
}

/** One class's own object schema via class-validator-jsonschema, with the fixes below. */
function classSchema(cls: Class, definitions: Definitions): JsonSchema {
  const schema = targetConstructorToSchema(cls as unknown as Function, {
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: DEFINITIONS,
    additionalConverters: {
      // record the nested class so its schema lands in `definitions` (the library only emits the $ref)
      [ValidationTypes.NESTED_VALIDATION]: (meta) => {
        const nested = nestedType(meta);
        if (isPrimitive(nested)) return {};
        const ref = definitions.ref(nested);
        // @ValidateNested() without `each` validates an array element by element too
        return !meta.each && declaredAsArray(meta) ? { type: 'array', items: ref } : ref;
      },
      // the library adds `type: number` here, which overrides IsInt's `integer` depending on decorator order
      [MIN]: (meta) => ({ minimum: meta.constraints[0] }),
      [MAX]: (meta) => ({ maximum: meta.constraints[0] }),
    },
  }) as JsonSchema;

  const optional = optionalProperties(cls);
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, prop]) => {
      let fixed = prop;
      if ((fixed.minimum !== undefined || fixed.maximum !== undefined) && fixed.type === undefined) fixed = { type: 'number', ...fixed };
      fixed = withoutRefSiblings(fixed);
      // @IsOptional lets null through as well as a missing field
      if (optional.has(name)) fixed = orNull(fixed);
      return [name, fixed];
    }),
  );
  return { type: 'object', properties, ...(schema.required?.length ? { required: schema.required } : {}) };
}

function nestedType(meta: ValidationMetadata): Class {
  const target = meta.target as Class;
  const declared = defaultMetadataStorage.findTypeMetadata(target as Function, meta.propertyName);
  // @Type wins (arrays need it); otherwise the emitted design:type of a plain class property
  return (declared?.typeFunction() ?? designType(target, meta.propertyName)) as Class;
}

/** The emitted `design:type`, when reflect-metadata is loaded (the contracts index loads it). */
function designType(target: Class, property: string): unknown {
  const getMetadata = (Reflect as unknown as { getMetadata?: (key: string, target: object, property: string) => unknown }).getMetadata;
  return getMetadata?.('design:type', target.prototype as object, property);
}

function declaredAsArray(meta: ValidationMetadata): boolean {
  const target = meta.target as Class;
  if (designType(target, meta.propertyName) === Array) return true;
  // without emitted design types, an array validator on the same property tells
  return getMetadataStorage()
    .getTargetValidationMetadatas(target as unknown as Function, '', true, false)
    .some((m) => m.propertyName === meta.propertyName && [IS_ARRAY, ARRAY_MIN_SIZE, ARRAY_MAX_SIZE, ARRAY_NOT_EMPTY, ARRAY_UNIQUE].includes(m.name ?? ''));
}

function isPrimitive(type: unknown): boolean {
  return typeof type !== 'function' || type === String || type === Number || type === Boolean || type === Object || type === Array;
}

function optionalProperties(cls: Class): Set<string> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls as unknown as Function, '', true, false);
  return new Set(metas.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION && m.name === IS_OPTIONAL).map((m) => m.propertyName));
}

const COMBINED = ['enum', 'const', '$ref', 'allOf', 'anyOf', 'oneOf', 'not'];

function orNull(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema; // already accepts anything
  // `type: [t, "null"]` reads best, but is only right when no other keyword would refuse the null
  if (typeof schema.type === 'string' && !COMBINED.some((k) => k in schema)) return { ...schema, type: [schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

/** Draft-07 ignores every keyword beside a `$ref`: keep them by moving the `$ref` into an `allOf`. */
function withoutRefSiblings(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = Array.isArray(v) ? v.map((e) => (isSchema(e) ? withoutRefSiblings(e) : e)) : isSchema(v) && k !== 'properties' ? withoutRefSiblings(v) : v;
  }
  if (typeof out.$ref !== 'string' || Object.keys(out).length === 1) return out;
  const { $ref, ...rest } = out;
  return { ...rest, allOf: [{ $ref }] };
}

function isSchema(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Stable text of a schema file: two-space JSON, trailing newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
