import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A draft-07 validator for the generated schemas, as an outside subscriber would run one.
 * Returns undefined when the value passes, otherwise the errors as `path message` lines.
 */
export function schemaValidator(schema: object, { strict = true } = {}): (value: unknown) => string[] | undefined {
  // strict: an unknown keyword or format in a generated schema is a generator bug, not something to ignore
  const ajv = new Ajv({ allErrors: true, strict, allowUnionTypes: true, strictTypes: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? undefined : (validate.errors ?? []).map(describe));
}

const describe = (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
