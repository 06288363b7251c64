import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks real answers against the OpenAPI documents the services serve: the status is
 * documented for the operation, the content type is one it lists, and a JSON body validates
 * against the documented schema — strictly: an object may hold only the properties its schema
 * names (unless it says `additionalProperties`), so a field the code returns and the document
 * does not describe fails, as does a missing required one or a wrong type or null.
 */

type Json = any;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  service: string;
  method: string;
  template: string;
  pattern: RegExp;
  operation: Json;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** An OpenAPI 3.0 schema as JSON Schema for ajv: `nullable` as a null alternative, refs into the service's document, closed objects. */
function toJsonSchema(schema: Json, service: string): Json {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, service));
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') return { $ref: `doc-${service}${schema.$ref}` };
  const { nullable, example, ...rest } = schema;
  void example;
  const out: Json = {};
  for (const [key, value] of Object.entries(rest)) {
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toJsonSchema(v, service)])) : toJsonSchema(value, service);
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

export class Conformance {
  readonly problems: string[] = [];
  /** `service METHOD /template status` of every answer checked. */
  readonly covered = new Set<string>();
  /** How many answers were checked. */
  checked = 0;
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(documents: Record<string, Json>) {
    addFormats.default(this.ajv);
    this.ajv.addFormat('binary', true);
    for (const [service, document] of Object.entries(documents)) {
      const schemas = Object.fromEntries(Object.entries(document.components?.schemas ?? {}).map(([name, s]) => [name, toJsonSchema(s, service)]));
      this.ajv.addSchema({ $id: `doc-${service}`, components: { schemas } });
      for (const [template, item] of Object.entries(document.paths as Record<string, Json>)) {
        for (const method of METHODS) {
          if (!item[method]) continue;
          const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
          this.operations.push({ service, method, template, pattern, operation: item[method] });
        }
      }
    }
    // literal paths before templated ones: /api/dispute-screenings/summary is not /{id}
    this.operations.sort((a, b) => (a.template.includes('{') ? 1 : 0) - (b.template.includes('{') ? 1 : 0));
  }

  /** Every operation of the documents, as `service METHOD /template`. */
  get operationKeys(): string[] {
    return this.operations.map((o) => `${o.service} ${o.method.toUpperCase()} ${o.template}`);
  }

  /** Records what is wrong with one answer (nothing when it is as documented). */
  check(service: string, method: string, url: string, answer: Answer): void {
    const path = url.split('?')[0]!;
    const found = this.operations.find((o) => o.service === service && o.method === method.toLowerCase() && o.pattern.test(path));
    const where = `${service} ${method.toUpperCase()} ${url} → ${answer.status}`;
    if (!found) {
      this.problems.push(`${where}: no such operation in ${service}'s document`);
      return;
    }
    this.checked++;
    this.covered.add(`${service} ${method.toUpperCase()} ${found.template} ${answer.status}`);
    const response = found.operation.responses[String(answer.status)] ?? found.operation.responses.default;
    if (!response) {
      this.problems.push(`${where}: status ${answer.status} is not documented (documented: ${Object.keys(found.operation.responses).join(', ')})`);
      return;
    }
    const contentType = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    if (!content) {
      if (answer.body !== '' && answer.body !== undefined) this.problems.push(`${where}: a body (${contentType}) where the document says none`);
      return;
    }
    const media = content[contentType];
    if (!media) {
      this.problems.push(`${where}: content type ${contentType || '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`);
      return;
    }
    if (contentType !== 'application/json' || !media.schema) return;
    const key = `${service} ${found.method} ${found.template} ${answer.status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(media.schema, service));
      this.validators.set(key, validate);
    }
    if (!validate(answer.body)) {
      const errors = (validate.errors ?? []).slice(0, 8).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
      this.problems.push(`${where}: the body does not match the documented schema: ${errors.join('; ')}`);
    }
  }
}
