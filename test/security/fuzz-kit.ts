import { ModulesContainer } from '@nestjs/core';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import type { Role } from '#platform';
import type { HttpResult, InProcessService } from '#testing';
import {
  CATEGORY_CODES,
  changedTables,
  errorProblems,
  freshClient,
  http,
  namesField,
  QINGSHUI,
  raw,
  SHIMEN,
  TOWNSHIP_CODES,
  UNIT_CODES,
  VILLAGE_CODES,
  type Rig,
  type ServiceName,
} from './support.js';

/**
 * Property-based bad-input fuzzing of HTTP routes, driven by what the services declare: the
 * routes come from each service's OpenAPI document (`/docs/json`), and the shape of each body
 * and query from the class-validator rules of its DTO class (found through Nest's route
 * metadata). A route added tomorrow is fuzzed tomorrow without touching this file.
 */

// ───────────────────────────── routes ─────────────────────────────

export interface Route {
  service: ServiceName;
  method: string;
  /** OpenAPI form: `/api/cases/{id}/transfer`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyClass?: Function;
  queryClass?: Function;
  /** Takes a body (JSON or multipart) at all. */
  hasBody: boolean;
  multipart: boolean;
  roles?: Role[];
  isPublic: boolean;
  rateLimited: boolean;
}

export const routeName = (r: Route) => `${r.service} ${r.method} ${r.path}`;

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
const BODY = 3;
const QUERY = 4;

interface HandlerInfo {
  bodyClass?: Function;
  queryClass?: Function;
  roles?: Role[];
  isPublic: boolean;
  rateLimited: boolean;
}

/** Every HTTP handler Nest knows, keyed `METHOD /path/{param}`, with its DTO classes and access metadata. */
function nestHandlers(app: InProcessService['app']): Map<string, HandlerInfo> {
  const out = new Map<string, HandlerInfo>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const cls = wrapper.metatype as (Function & { prototype: Record<string, unknown> }) | undefined;
      if (!cls?.prototype) continue;
      const bases = [Reflect.getMetadata('path', cls) ?? ''].flat() as string[];
      for (const name of Object.getOwnPropertyNames(cls.prototype)) {
        if (name === 'constructor') continue;
        const fn = cls.prototype[name] as object;
        if (typeof fn !== 'function') continue;
        const methodIndex = Reflect.getMetadata('method', fn) as number | undefined;
        if (methodIndex === undefined) continue;
        const subs = [Reflect.getMetadata('path', fn) ?? ''].flat() as string[];
        const args = (Reflect.getMetadata('__routeArguments__', cls, name) ?? {}) as Record<string, { index: number }>;
        const types = (Reflect.getMetadata('design:paramtypes', cls.prototype, name) ?? []) as Function[];
        const info: HandlerInfo = {
          roles: Reflect.getMetadata('xinfang:roles', fn) ?? Reflect.getMetadata('xinfang:roles', cls),
          isPublic: Boolean(Reflect.getMetadata('xinfang:public', fn) ?? Reflect.getMetadata('xinfang:public', cls)),
          rateLimited: Boolean(Reflect.getMetadata('xinfang:rate-limit', fn)),
        };
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if (kind === BODY && type && type !== Object) info.bodyClass = type;
          if (kind === QUERY && type && type !== Object) info.queryClass = type;
        }
        for (const base of bases)
          for (const sub of subs) {
            const path = `/${[base, sub].filter((s) => s && s !== '/').join('/')}`.replace(/\/+/g, '/').replace(/:(\w+)/g, '{$1}');
            out.set(`${HTTP_METHODS[methodIndex]} ${path}`, info);
          }
      }
    }
  }
  return out;
}

/** The routes a service documents at /docs/json, joined with what Nest knows of their handlers. */
export async function discoverRoutes(service: ServiceName, svc: InProcessService): Promise<Route[]> {
  const doc = (await http(svc.url, 'GET', '/docs/json')).body as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, unknown> } }>> };
  const handlers = nestHandlers(svc.app);
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const key = `${method.toUpperCase()} ${path}`;
      const handler = handlers.get(key);
      if (!handler) throw new Error(`${service}: ${key} is documented but no handler was found for it`);
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      routes.push({
        service,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        bodyClass: handler.bodyClass,
        queryClass: handler.queryClass,
        hasBody: Boolean(op.requestBody) || Boolean(handler.bodyClass),
        multipart: 'multipart/form-data' in content,
        roles: handler.roles,
        isPublic: handler.isPublic,
        rateLimited: handler.rateLimited,
      });
    }
  }
  return routes;
}

/** A token allowed to call the route (guards run before validation): a county admin where allowed, else the first allowed role in 清水镇. */
export async function tokenFor(rig: Rig, route: Route): Promise<string | undefined> {
  if (route.isPublic) return undefined;
  const roles = route.roles ?? ['county-admin'];
  if (roles.includes('county-admin')) return rig.token('county-admin');
  const role = roles[0]!;
  return rig.token(role, role === 'department-officer' ? 'dept-natural-resources' : QINGSHUI);
}

/** Percent-encodes anything, lone surrogates included (as the bytes a careless client would send). */
export function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((ch) => {
        const c = ch.charCodeAt(0);
        if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
        return encodeURIComponent(ch);
      })
      .join('');
  }
}

export function fillPath(route: Route, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, p: string) => encodeSegment(values[p] ?? p));
}

// ───────────────────────────── field specs from class-validator ─────────────────────────────

export type Spec =
  | { kind: 'string'; maxLength?: number; notEmpty: boolean }
  | { kind: 'pattern'; regex: RegExp }
  | { kind: 'enum'; values: unknown[] }
  | { kind: 'int'; min?: number; max?: number; coerced: boolean }
  | { kind: 'number'; min?: number; max?: number; coerced: boolean }
  | { kind: 'boolean' }
  | { kind: 'iso' }
  | { kind: 'uuid' }
  | { kind: 'email' }
  | { kind: 'object' }
  | { kind: 'nested'; cls: Function; fields: FieldSpec[] }
  | { kind: 'array'; min?: number; max?: number; of: Spec }
  | { kind: 'any' };

export interface FieldSpec {
  name: string;
  optional: boolean;
  spec: Spec;
}

interface Meta {
  propertyName: string;
  type: string;
  name?: string;
  constraints?: unknown[];
  each?: boolean;
}

function scalarSpec(metas: Meta[], coerced: boolean): Spec {
  const by = (n: string) => metas.find((m) => m.name === n);
  const num = (n: string) => (by(n) ? Number(by(n)!.constraints![0]) : undefined);
  if (by('isIn')) return { kind: 'enum', values: by('isIn')!.constraints![0] as unknown[] };
  if (by('matches')) return { kind: 'pattern', regex: by('matches')!.constraints![0] as RegExp };
  if (by('isIso8601')) return { kind: 'iso' };
  if (by('isUuid')) return { kind: 'uuid' };
  if (by('isEmail')) return { kind: 'email' };
  if (by('isInt')) return { kind: 'int', min: num('min'), max: num('max'), coerced };
  if (by('isNumber')) return { kind: 'number', min: num('min'), max: num('max'), coerced };
  if (by('isBoolean')) return { kind: 'boolean' };
  if (by('isString')) return { kind: 'string', maxLength: num('maxLength'), notEmpty: Boolean(by('isNotEmpty')) };
  if (by('isObject')) return { kind: 'object' };
  return { kind: 'any' };
}

/** The fields of a DTO class and what each accepts, read from its class-validator and class-transformer decorators. */
export function fieldsOf(cls: Function, seen: Function[] = []): FieldSpec[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as unknown as Meta[];
  const names = [...new Set(metas.map((m) => m.propertyName))];
  return names.map((name) => {
    const own = metas.filter((m) => m.propertyName === name);
    const optional = own.some((m) => m.name === 'isOptional');
    const typeMeta = (defaultMetadataStorage as unknown as { findTypeMetadata(t: Function, p: string): { typeFunction(): Function } | undefined }).findTypeMetadata(cls, name);
    const declared = typeMeta?.typeFunction();
    const coerced = declared === Number;
    const nestedClass = own.some((m) => m.type === 'nestedValidation') && declared && declared !== Number && declared !== String && declared !== Boolean ? declared : undefined;
    const nested = (c: Function): Spec => (seen.includes(c) ? { kind: 'object' } : { kind: 'nested', cls: c, fields: fieldsOf(c, [...seen, c]) });
    const num = (n: string, each: boolean) => {
      const m = own.find((x) => x.name === n && Boolean(x.each) === each);
      return m ? Number(m.constraints![0]) : undefined;
    };
    let spec: Spec;
    if (own.some((m) => m.name === 'isArray')) {
      const elements = own.filter((m) => m.each);
      spec = { kind: 'array', min: num('arrayMinSize', false), max: num('arrayMaxSize', false), of: nestedClass ? nested(nestedClass) : scalarSpec(elements, coerced) };
    } else if (nestedClass) {
      spec = nested(nestedClass);
    } else {
      spec = scalarSpec(own.filter((m) => !m.each), coerced);
    }
    return { name, optional, spec };
  });
}

// ───────────────────────────── values ─────────────────────────────

/** Strings an attacker or a careless client sends: SQL, LIKE wildcards, JSON in strings, Unicode edge cases, control characters. */
export const NASTY_STRINGS = [
  "' OR '1'='1",
  "'; DROP TABLE intake.petition; --",
  '"; SELECT pg_sleep(10); --',
  "1' UNION SELECT name_enc FROM intake.petitioner --",
  '$$; DELETE FROM casework."case"; $$',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  "%' --",
  '{"$ne": null}',
  '{"a":',
  '[1,2,{"b":null}]',
  'null',
  'undefined',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '__proto__',
  '../../../../etc/passwd',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '\uFEFF',
  '\u202E\u0645\u0631\u062D\u0628\u0627',
  'e\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦',
  '𠮷野家',
  '\r\n\tline\u2028break',
  '　',
  ' ',
  'ｆｕｌｌｗｉｄｔｈ',
  '\u001b[31mred',
  'NaN',
  '-1',
  '1e309',
];

const NICE_STRINGS = ['反映征地补偿款未足额发放', '已约见信访人，正在核对补偿名册。', '石桥村三组', '测试', 'ok'];

/** Field names whose plausible values the county knows: random 12-digit codes rarely hit a township. */
const HINTS: Record<string, unknown[]> = {
  townshipCode: [QINGSHUI, SHIMEN, ...TOWNSHIP_CODES],
  villageCode: VILLAGE_CODES,
  category: CATEGORY_CODES,
  categoryCode: CATEGORY_CODES,
  unitCode: UNIT_CODES,
  accusedUnit: UNIT_CODES,
  handlingUnitCode: UNIT_CODES,
  month: ['2026-03', '2026-11', '2027-01'],
};

function conforms(spec: Spec, v: unknown): boolean {
  switch (spec.kind) {
    case 'pattern':
      return typeof v === 'string' && spec.regex.test(v);
    case 'string':
      return typeof v === 'string' && (spec.maxLength === undefined || v.length <= spec.maxLength) && (!spec.notEmpty || v !== '');
    case 'enum':
      return spec.values.includes(v);
    default:
      return false;
  }
}

/** Any single UTF-16 unit: NUL, controls, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export function textArb(maxLength = 60, notEmpty = false): fc.Arbitrary<string> {
  const cap = Math.min(maxLength, 60);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NICE_STRINGS) },
      { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
      { weight: 2, arbitrary: fc.string({ maxLength: cap, unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.string({ maxLength: cap, unit: anyUnit }) },
    )
    .map((s) => s.slice(0, maxLength))
    .filter((s) => !notEmpty || s !== '');
}

const isoArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** Values the spec accepts (by its rules, not necessarily by the domain). */
export function validArb(spec: Spec, name = ''): fc.Arbitrary<unknown> {
  const hints = (HINTS[name] ?? []).filter((v) => conforms(spec, v));
  const base = schemaValidArb(spec);
  return hints.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hints) }, { weight: 1, arbitrary: base }) : base;
}

function schemaValidArb(spec: Spec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'string':
      return textArb(spec.maxLength ?? 200, spec.notEmpty);
    case 'pattern':
      return fc.stringMatching(spec.regex);
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'int':
      return fc.integer({ min: spec.min ?? -1_000_000, max: spec.max ?? 1_000_000 });
    case 'number':
      return fc.double({ min: spec.min ?? -1e6, max: spec.max ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'iso':
      return isoArb;
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'object':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()), { maxKeys: 3 });
    case 'nested':
      return objectArb(spec.fields);
    case 'array':
      return fc.array(validArb(spec.of), { minLength: spec.min ?? 0, maxLength: Math.min(spec.max ?? 3, Math.max(spec.min ?? 0, 3)) });
    case 'any':
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

/** An object valid by the fields' rules: required fields always, optional ones sometimes. */
export function objectArb(fields: FieldSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of fields) model[f.name] = validArb(f.spec, f.name);
  return fc.record(model, { requiredKeys: fields.filter((f) => !f.optional).map((f) => f.name) }) as fc.Arbitrary<Record<string, unknown>>;
}

const MISSING = Symbol('missing');
export interface Mutation {
  body: Record<string, unknown>;
  /** The field the 400 must name. */
  field: string;
  how: string;
}

const long = (n: number, unit: string) => unit.repeat(n);

/** Values that break the spec, each with a word for how. */
function invalidValueArb(spec: Spec, optional: boolean, path: string, unknownFields = true): fc.Arbitrary<{ value: unknown; field: string; how: string }> {
  const at = (how: string) => (value: unknown) => ({ value, field: path, how });
  const options: fc.Arbitrary<{ value: unknown; field: string; how: string }>[] = [];
  if (!optional) options.push(fc.constant({ value: MISSING, field: path, how: 'missing' }));
  if (!optional && spec.kind !== 'nested') options.push(fc.constant({ value: null, field: path, how: 'null' }));
  const notString = fc.constantFrom<unknown>(42, -1.5, true, {}, { a: 1 }, [], ['x']);
  const nonNumeric = fc.constantFrom<unknown>('abc', 'NaN', '1,5', '', '１２', {}, ['1'], { n: 1 });
  switch (spec.kind) {
    case 'string':
      options.push(notString.map(at('wrong type')));
      if (spec.maxLength !== undefined) {
        const max = spec.maxLength;
        options.push(fc.integer({ min: max + 1, max: max + 40 }).map((n) => at('just too long')(long(n, '字'))));
        options.push(fc.constantFrom(max * 20 + 1, 300_000).map((n) => at('far too long')(long(n, 'a'))));
      }
      if (spec.notEmpty) options.push(fc.constant(at('empty')('')));
      break;
    case 'pattern':
      options.push(fc.constantFrom<unknown>('abc', '', '12345', '4305991010000', ' 430599101000', '430599101000\n', "430599101000' OR '1'='1", '２０２６-０３', 12, true, {}, []).filter((v) => typeof v !== 'string' || !spec.regex.test(v)).map(at('does not match')));
      options.push(fc.constant(at('far too long')(long(100_000, '9'))));
      break;
    case 'enum':
      options.push(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom<unknown>('SATISFIED', ' visit', 'visit\u0000', 1, true, {}, [])).filter((v) => !spec.values.includes(v)).map(at('not one of the allowed values')));
      break;
    case 'int':
    case 'number':
      options.push((spec.coerced ? nonNumeric : fc.constantFrom<unknown>('1', 'abc', true, {}, [], [1])).map(at('wrong type')));
      if (spec.kind === 'int') options.push(fc.constantFrom(1.5, -0.25, 2.000001).map(at('not an integer')));
      if (spec.min !== undefined) options.push(fc.integer({ min: -1_000_000_000, max: spec.min - 1 }).map(at('below minimum')));
      if (spec.max !== undefined) options.push(fc.integer({ min: spec.max + 1, max: Math.max(spec.max + 1, 2_000_000_000) }).map(at('above maximum')));
      break;
    case 'boolean':
      options.push(fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes', {}, []).map(at('wrong type')));
      break;
    case 'iso':
      options.push(fc.constantFrom<unknown>('yesterday', '2026-02-30T10:00:00Z', '2026/03/01', '2026-03-01 25:61', '2026-13-01', '', 1767225600000, true, {}).map(at('not an ISO time')));
      break;
    case 'uuid':
      options.push(fc.constantFrom<unknown>('not-a-uuid', '123', '00000000-0000-0000-0000-00000000000g', "' OR 1=1 --", '', 42, {}).map(at('not a UUID')));
      break;
    case 'email':
      options.push(fc.constantFrom<unknown>('not-an-email', '@x', 'a@', 42).map(at('not an email')));
      break;
    case 'object':
      options.push(fc.constantFrom<unknown>('str', 42, true, []).map(at('not an object')));
      break;
    case 'nested':
      options.push(fc.constantFrom<unknown>('str', 42, true, [], [{}]).map(at('not an object')));
      options.push(mutationArb(spec.fields, path, unknownFields).map((m) => ({ value: m.body, field: m.field, how: m.how })));
      break;
    case 'array': {
      options.push(fc.constantFrom<unknown>('str', 42, { 0: 'a' }, true).map(at('not an array')));
      const min = spec.min;
      const max = spec.max;
      if (min !== undefined && min > 0) options.push(fc.constant(at('too few elements')([])));
      if (max !== undefined) options.push(fc.array(validArb(spec.of), { minLength: 1, maxLength: 1 }).map((one) => at('too many elements')(Array.from({ length: max + 1 }, () => one[0]))));
      // class-validator names a nested element's field (`petitioners[0].name`), but a scalar element (`each: true`) at the array itself
      const elementPath = spec.of.kind === 'nested' ? `${path}[0]` : path;
      options.push(
        fc.tuple(invalidValueArb(spec.of, true, elementPath, unknownFields), fc.array(validArb(spec.of), { maxLength: 2 })).map(([bad, rest]) => ({ value: [bad.value === MISSING ? null : bad.value, ...rest], field: bad.field, how: `element ${bad.how}` })),
      );
      break;
    }
    case 'any':
      break;
  }
  return fc.oneof(...options);
}

/** A body valid by its rules but for one field (or one unknown field added), and the field a 400 must name. */
export function mutationArb(fields: FieldSpec[], prefix = '', unknownFields = true): fc.Arbitrary<Mutation> {
  const path = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const perField = fields
    .filter((f) => f.spec.kind !== 'any')
    .map((f) =>
      fc.tuple(objectArb(fields), invalidValueArb(f.spec, f.optional, path(f.name), unknownFields)).map(([body, bad]) => {
        const copy = { ...body };
        if (bad.value === MISSING) delete copy[f.name];
        else copy[f.name] = bad.value;
        return { body: copy, field: bad.field, how: `${bad.field}: ${bad.how}` };
      }),
    );
  const extra = fc
    .tuple(objectArb(fields), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.constant({ $ne: null })))
    .filter(([, key]) => !fields.some((f) => f.name === key))
    .map(([body, key, value]) => ({ body: { ...body, [key]: value }, field: path(key), how: `${path(key)}: unknown field` }));
  return unknownFields ? fc.oneof(...perField, extra) : fc.oneof(...perField);
}

// ───────────────────────────── running properties ─────────────────────────────

/** Runs per property: FUZZ_RUNS scales them (e.g. FUZZ_RUNS=5 for a long night run). */
export const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS ?? 1)));
const SHRINK = process.env.FUZZ_SHRINK === '1';

/** Checks a property and returns a readable failure (or null), so one test can report every route that fails. */
export async function check<T>(label: string, arb: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<string | null> {
  const result = await fc.check(
    fc.asyncProperty(arb, async (v) => {
      await predicate(v);
    }),
    { numRuns, endOnFailure: !SHRINK },
  );
  if (!result.failed) return null;
  const example = JSON.stringify(result.counterexample?.[0], (_, v) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 60)}…(${v.length} chars)` : v))?.slice(0, 1500);
  const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  return `${label}\n    counterexample: ${example}\n    ${error.split('\n').slice(0, 6).join('\n    ')}\n    (seed ${result.seed}, path ${result.counterexamplePath})`;
}

export interface RequestSpec {
  route: Route;
  path: string;
  query?: string;
  token?: string;
  /** JSON-encoded; or a raw string/buffer with a content type. */
  json?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sends one request and checks the platform's promises about it: no 5xx; a JSON error body;
 * every 400 names its fields with a rule; and a refused request stored nothing — every table of
 * the service's schema, the outbox included, is as it was.
 */
export async function send(rig: Rig, req: RequestSpec): Promise<HttpResult> {
  const url = rig.url(req.route.service);
  const schema = req.route.service;
  // reads are watched in intake too: reading personal data is logged, and a refused read must log nothing
  const watch = WRITES.has(req.route.method) || req.route.service === 'intake';
  const before = watch ? await rig.db.snapshot(schema) : undefined;
  const target = `${req.path}${req.query ? `?${req.query}` : ''}`;
  const headers = req.route.isPublic ? freshClient() : {};
  const res =
    req.rawBody !== undefined || req.contentType !== undefined
      ? await raw(url, req.route.method, target, { token: req.token, body: req.rawBody, contentType: req.contentType, headers })
      : await http(url, req.route.method, target, { token: req.token, body: req.json, headers });
  const problems = errorProblems(res);
  if (watch && res.status >= 400) {
    const changed = changedTables(before!, await rig.db.snapshot(schema));
    if (changed.length) problems.push(`refused with ${res.status} but changed ${schema}.${changed.join(`, ${schema}.`)}`);
  }
  if (problems.length) throw new Error(`${req.route.method} ${target} → ${res.status} ${JSON.stringify(res.body).slice(0, 600)}\n${problems.join('\n')}`);
  // what an applied request set off (events, and what other services answer with) settles before the next request is judged
  if (WRITES.has(req.route.method) && res.status < 400) await rig.quiesce();
  return res;
}

/** For messages: what a 400 named. */
export const named = (res: HttpResult) => JSON.stringify(((res.body as { errors?: unknown[] })?.errors ?? []).slice(0, 5));

export { namesField };

// ───────────────────────────── the generic properties, for any route ─────────────────────────────

export interface FuzzContext {
  rig: Rig;
  /** A real value for a path parameter of a route (an existing case, a template key …). */
  pathValue: (route: Route, param: string) => string;
}

const BAD_IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123',
  '-1',
  '1.5',
  '99999999999999999999999',
  "1' OR '1'='1",
  '%',
  '_',
  '%00',
  '\u0000',
  '..',
  '\uD800',
  '{"id":1}',
  '𠮷',
  'a'.repeat(90),
];

/** Path parameters: non-UUIDs, unknown UUIDs, injection strings, odd Unicode → a 4xx (404 or a 400 naming it), never a 5xx. */
export function badPathParams(ctx: FuzzContext, route: Route, token: string | undefined, numRuns: number): Promise<string | null> {
  const arb = fc.record({ param: fc.constantFrom(...route.pathParams), value: fc.oneof(fc.constantFrom(...BAD_IDS), fc.uuid(), fc.string({ maxLength: 40, unit: anyUnit })) });
  return check(`${routeName(route)}: bad path parameters`, arb, async ({ param, value }) => {
    const values = Object.fromEntries(route.pathParams.map((p) => [p, p === param ? value : ctx.pathValue(route, p)]));
    const res = await send(ctx.rig, { route, path: fillPath(route, values), token, json: route.hasBody && !route.multipart ? {} : undefined });
    if (res.status < 400) throw new Error(`accepted a bad ${param}: ${res.status}`);
  }, numRuns);
}

const MALFORMED_JSON = ['{', '{"a":', "{'title': 'x'}", '{"a":1,}', 'nul', '[1,2', '{"a":"\\x00"}', '{"a":"\\ud800"}', '\u0000', '{"__proto__":{"isAdmin":true}}x', '{"a":1}{"b":2}', '\uFEFF{}', '"unterminated'];
const NOT_OBJECTS = ['[]', '[{}]', '1', '-0', '"text"', 'null', 'true', '1e999', '""'];

/** Malformed JSON, JSON that is not an object, no body, other content types → a 4xx with a JSON body; 400s name `(body)` or the fields. */
export function malformedBodies(ctx: FuzzContext, route: Route, token: string | undefined, numRuns: number): Promise<string | null> {
  const values = Object.fromEntries(route.pathParams.map((p) => [p, ctx.pathValue(route, p)]));
  const path = fillPath(route, values);
  const arb = fc.oneof(
    fc.record({ body: fc.constantFrom(...MALFORMED_JSON, ...NOT_OBJECTS), contentType: fc.constant('application/json') }),
    fc.record({ body: fc.string({ maxLength: 30, unit: anyUnit }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }), contentType: fc.constant('application/json') }),
    fc.record({ body: fc.constantFrom('', 'title=x', '<a/>', '{"title":"x"}'), contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data; boundary=x') }),
  );
  return check(`${routeName(route)}: malformed bodies`, arb, async ({ body, contentType }) => {
    const res = await send(ctx.rig, { route, path, token, rawBody: body, contentType });
    // what parses to an object — a JSON object, or a form (Nest's Fastify adapter parses forms too) — is a
    // body like any other, and may be accepted by a route whose DTO has no required field
    const parsesToObject = (/json/.test(contentType) && body.trim().startsWith('{')) || contentType === 'application/x-www-form-urlencoded';
    if (res.status < 400 && !(parsesToObject && route.bodyClass)) throw new Error(`accepted ${JSON.stringify(body)} as ${contentType}: ${res.status}`);
  }, numRuns);
}

/** A body over the 1 MB limit → 413, with a JSON body; nothing stored. */
export async function oversizedBody(ctx: FuzzContext, route: Route, token: string | undefined): Promise<string | null> {
  const values = Object.fromEntries(route.pathParams.map((p) => [p, ctx.pathValue(route, p)]));
  const big = JSON.stringify({ title: 'x'.repeat(1024 * 1024 + 10), petitioners: [] });
  try {
    const res = await send(ctx.rig, { route, path: fillPath(route, values), token, rawBody: big, contentType: route.multipart ? 'multipart/form-data; boundary=x' : 'application/json' });
    if (res.status !== 413 && !(route.multipart && res.status >= 400 && res.status < 500)) return `${routeName(route)}: a 1 MB body answered ${res.status}, not 413`;
    return null;
  } catch (err) {
    return `${routeName(route)}: oversized body\n    ${(err as Error).message}`;
  }
}

/** One field broken (wrong type, missing, too long, out of range, unknown field …) → 400 naming that field; nothing stored. */
export function brokenBodies(ctx: FuzzContext, route: Route, token: string | undefined, numRuns: number): Promise<string | null> {
  const fields = fieldsOf(route.bodyClass!);
  const values = Object.fromEntries(route.pathParams.map((p) => [p, ctx.pathValue(route, p)]));
  return check(`${routeName(route)}: one field broken`, mutationArb(fields), async (m) => {
    const res = await send(ctx.rig, { route, path: fillPath(route, values), token, json: m.body });
    // a body grown past the 1 MB limit (thousands of elements) is refused as a whole before its fields are looked at
    if (Buffer.byteLength(JSON.stringify(m.body)) > 1024 * 1024) {
      if (res.status !== 413) throw new Error(`${m.how}: a body over 1 MB answered ${res.status}, not 413`);
      return;
    }
    if (res.status !== 400 || !namesField(res, m.field)) throw new Error(`${m.how}: answered ${res.status}, errors ${named(res)} — expected a 400 naming ${m.field}`);
  }, numRuns);
}

/** Bodies valid by their rules, with hostile strings in them → whatever the domain says, but never a 5xx, and nothing stored when refused. */
export function randomValidBodies(ctx: FuzzContext, route: Route, token: string | undefined, numRuns: number): Promise<string | null> {
  const fields = fieldsOf(route.bodyClass!);
  const values = Object.fromEntries(route.pathParams.map((p) => [p, ctx.pathValue(route, p)]));
  return check(`${routeName(route)}: bodies valid by the schema`, objectArb(fields), async (body) => {
    await send(ctx.rig, { route, path: fillPath(route, values), token, json: body });
  }, numRuns);
}

function queryString(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, typeof one === 'string' ? one : JSON.stringify(one));
  }
  return q.toString();
}

/** Query parameters: one broken → 400 naming it; an unknown one → 400 naming it; hostile but valid strings → never a 5xx. */
export function queries(ctx: FuzzContext, route: Route, token: string | undefined, numRuns: number): Promise<string | null> {
  const fields = fieldsOf(route.queryClass!);
  const values = Object.fromEntries(route.pathParams.map((p) => [p, ctx.pathValue(route, p)]));
  const path = fillPath(route, values);
  // a list parameter is sent as the console sends it (comma-separated); anything else as a string
  const stringly = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : JSON.stringify(v)]));
  const validQuery = objectArb(fields).map(stringly);
  const broken = fc.oneof(
    ...fields
      .filter((f) => ['pattern', 'enum', 'int', 'number', 'iso', 'uuid', 'boolean'].includes(f.spec.kind) || (f.spec.kind === 'string' && f.spec.maxLength !== undefined))
      .map((f) =>
        fc.tuple(validQuery, queryBreak(f)).map(([q, value]) => ({ query: { ...q, [f.name]: value }, field: f.name })),
      ),
    fc.tuple(validQuery, fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/)).filter(([, k]) => !fields.some((f) => f.name === k)).map(([q, k]) => ({ query: { ...q, [k]: '1' }, field: k })),
  );
  return (async () => {
    const a = await check(`${routeName(route)}: a query parameter broken`, broken, async ({ query, field }) => {
      const res = await send(ctx.rig, { route, path, query: queryString(query), token });
      if (res.status !== 400 || !namesField(res, field)) throw new Error(`answered ${res.status}, errors ${named(res)} — expected a 400 naming ${field}`);
    }, numRuns);
    const b = await check(`${routeName(route)}: queries valid by the schema`, validQuery, async (query) => {
      await send(ctx.rig, { route, path, query: queryString(query), token });
    }, Math.ceil(numRuns / 2));
    return [a, b].filter(Boolean).join('\n') || null;
  })();
}

function queryBreak(f: FieldSpec): fc.Arbitrary<unknown> {
  const s = f.spec;
  switch (s.kind) {
    case 'enum':
      return fc.oneof(fc.constantFrom('zzz', '%', "' OR '1'='1", 'true ', ''), fc.constant(s.values.slice(0, 2).map(String).concat('x'))).filter((v) => !s.values.includes(v));
    case 'pattern':
      return fc.constantFrom('abc', '12', "430599101000' OR '1'='1", '%', '4305991010000', '');
    case 'int':
    case 'number':
      return fc.constantFrom('abc', '1.5e', '', ...(s.min !== undefined ? [String(s.min - 1)] : []), ...(s.max !== undefined ? [String(s.max + 1)] : []), '99999999999999999999');
    case 'iso':
      return fc.constantFrom('yesterday', '2026-02-30', '2026/01/01', "2026-01-01' OR 1=1", '');
    case 'uuid':
      return fc.constantFrom('abc', "' OR 1=1 --", '%', '');
    case 'boolean':
      return fc.constantFrom('yes', '2');
    case 'string':
      return fc.constant('字'.repeat((s.maxLength ?? 100) + 1));
    default:
      return fc.constant('x');
  }
}

/** All the generic properties for one route. */
export async function fuzzRoute(ctx: FuzzContext, route: Route, scale = 1): Promise<string[]> {
  const token = await tokenFor(ctx.rig, route);
  const failures: (string | null)[] = [];
  if (route.pathParams.length) failures.push(await badPathParams(ctx, route, token, runs(6 * scale)));
  if (route.hasBody) {
    failures.push(await malformedBodies(ctx, route, token, runs(6 * scale)));
    failures.push(await oversizedBody(ctx, route, token));
  }
  if (route.bodyClass && fieldsOf(route.bodyClass).length) {
    failures.push(await brokenBodies(ctx, route, token, runs(25 * scale)));
    failures.push(await randomValidBodies(ctx, route, token, runs(10 * scale)));
  }
  if (route.queryClass && fieldsOf(route.queryClass).length) failures.push(await queries(ctx, route, token, runs(20 * scale)));
  return failures.filter((f): f is string => Boolean(f));
}

/** Every generic property for each of `routes`, in turn: the failures, one paragraph each ('' when none). */
export async function fuzzRoutes(ctx: FuzzContext, routes: Route[], scale = 1): Promise<string> {
  const failures: string[] = [];
  for (const route of routes) failures.push(...(await fuzzRoute(ctx, route, scale)));
  return failures.join('\n\n');
}
