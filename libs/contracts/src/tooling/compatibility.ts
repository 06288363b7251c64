import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema } from './json-schema.js';

export type ChangeKind =
  | 'added-optional'
  | 'annotation'
  | 'removed'
  | 'added-required'
  | 'required-changed'
  | 'type-changed'
  | 'enum-changed'
  | 'constraint-changed';

export interface SchemaChange {
  /** Where, as a field path (`payload.flags.repeat`); `(root)` for the envelope itself. */
  path: string;
  kind: ChangeKind;
  breaking: boolean;
  detail: string;
}

export interface SchemaComparison {
  /** `identical`: same meaning (formatting aside); `compatible`: only optional fields added or wording changed. */
  verdict: 'identical' | 'compatible' | 'breaking';
  changes: SchemaChange[];
}

/** Wording only: changing these never changes which events are valid. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'deprecated']);
/** Reached through `$ref`, not compared on their own: an unused definition changes nothing. */
const DEFINITION_HOLDERS = new Set(['definitions', '$defs']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

/**
 * Compares a published schema with a freshly generated one under the platform's versioning rule
 * (architecture.md, "Versioning"): adding an optional field keeps the major version; anything
 * else — a field removed, a type or enum changed, a field becoming required or optional, any
 * other constraint changed — breaks consumers or the replay of events already in the stream.
 */
export function compareSchemas(published: JsonSchema, current: JsonSchema): SchemaComparison {
  const changes: SchemaChange[] = [];
  walk({ root: published, node: published }, { root: current, node: current }, [], changes, new Set());
  const verdict = changes.some((c) => c.breaking) ? 'breaking' : changes.length ? 'compatible' : 'identical';
  return { verdict, changes };
}

interface Located {
  root: JsonSchema;
  node: unknown;
}

function walk(before: Located, after: Located, path: string[], out: SchemaChange[], seen: Set<string>): void {
  const pairKey = `${refOf(before.node)}|${refOf(after.node)}`;
  if (pairKey !== 'undefined|undefined') {
    if (seen.has(pairKey)) return; // recursive definitions: compared once
    seen = new Set(seen).add(pairKey);
  }
  const a = deref(before);
  const b = deref(after);
  const at = (kind: ChangeKind, detail: string, breaking = true) => out.push({ path: show(path), kind, breaking, detail });

  if (!isObject(a.node) || !isObject(b.node)) {
    if (!isDeepStrictEqual(a.node, b.node)) at('constraint-changed', `${brief(a.node)} → ${brief(b.node)}`);
    return;
  }
  const x = a.node;
  const y = b.node;

  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const [u, v] = [x[key], y[key]];
    if (key === '$ref' || DEFINITION_HOLDERS.has(key) || key === 'required') continue;
    if (ANNOTATIONS.has(key)) {
      if (!isDeepStrictEqual(u, v)) at('annotation', `${key} changed`, false);
    } else if (key === 'properties') {
      compareProperties(a, b, path, out, seen);
    } else if (key === 'type') {
      if (!isDeepStrictEqual(typeSet(u), typeSet(v))) at('type-changed', `type ${brief(u)} → ${brief(v)}`);
    } else if (key === 'enum' || key === 'const') {
      if (!isDeepStrictEqual(valueSet(u), valueSet(v))) at('enum-changed', `${key} ${brief(u)} → ${brief(v)}`);
    } else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(u) && Array.isArray(v) && u.length === v.length) {
      u.forEach((s, i) => walk({ root: a.root, node: s }, { root: b.root, node: v[i] }, [...path, `(${key}[${i}])`], out, seen));
    } else if (SUBSCHEMAS.has(key) && isObject(u) && isObject(v)) {
      walk({ root: a.root, node: u }, { root: b.root, node: v }, [...path, key === 'items' ? '[]' : `(${key})`], out, seen);
    } else if (!isDeepStrictEqual(u, v)) {
      at('constraint-changed', `${key} ${brief(u)} → ${brief(v)}`);
    }
  }
  compareRequired(x, y, path, out);
}

function compareProperties(a: Located, b: Located, path: string[], out: SchemaChange[], seen: Set<string>): void {
  const x = a.node as JsonSchema;
  const y = b.node as JsonSchema;
  const before = x.properties ?? {};
  const after = y.properties ?? {};
  const requiredAfter = new Set(y.required ?? []);
  for (const [name, schema] of Object.entries(before)) {
    if (!(name in after)) out.push({ path: show([...path, name]), kind: 'removed', breaking: true, detail: 'field removed' });
    else walk({ root: a.root, node: schema }, { root: b.root, node: after[name] }, [...path, name], out, seen);
  }
  for (const name of Object.keys(after)) {
    if (name in before) continue;
    if (requiredAfter.has(name)) out.push({ path: show([...path, name]), kind: 'added-required', breaking: true, detail: 'new required field' });
    else out.push({ path: show([...path, name]), kind: 'added-optional', breaking: false, detail: 'new optional field' });
  }
}

/** A field turning required or optional; new and removed fields are reported by compareProperties. */
function compareRequired(x: JsonSchema, y: JsonSchema, path: string[], out: SchemaChange[]): void {
  const before = new Set(x.required ?? []);
  const after = new Set(y.required ?? []);
  const existedBefore = (name: string) => !x.properties || name in x.properties;
  const existsAfter = (name: string) => !y.properties || name in y.properties;
  for (const name of after) {
    if (!before.has(name) && existedBefore(name)) {
      out.push({ path: show([...path, name]), kind: 'required-changed', breaking: true, detail: 'optional field became required' });
    }
  }
  for (const name of before) {
    if (!after.has(name) && existsAfter(name)) {
      out.push({ path: show([...path, name]), kind: 'required-changed', breaking: true, detail: 'required field became optional' });
    }
  }
}

function deref(at: Located, hops = 0): Located {
  const ref = refOf(at.node);
  if (ref === undefined) return at;
  if (hops > 32) throw new Error(`$ref chain too long at ${ref}`);
  const m = /^#\/(definitions|\$defs)\/([^/]+)$/.exec(ref);
  const target = m ? (at.root[m[1]!] as Record<string, unknown> | undefined)?.[m[2]!] : undefined;
  if (target === undefined) throw new Error(`cannot resolve $ref ${ref}: only local #/definitions/<name> and #/$defs/<name> are supported`);
  return deref({ root: at.root, node: target }, hops + 1);
}

function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
}

function isObject(v: unknown): v is JsonSchema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeSet(t: unknown): unknown {
  return t === undefined ? undefined : [...new Set(Array.isArray(t) ? t : [t])].sort();
}

function valueSet(v: unknown): unknown {
  return v === undefined ? undefined : [...new Set((Array.isArray(v) ? v : [v]).map((e) => JSON.stringify(e)))].sort();
}

function brief(v: unknown): string {
  return v === undefined ? '(none)' : JSON.stringify(v);
}

function show(path: string[]): string {
  return path.length ? path.join('.').replace(/\.(\[\]|\()/g, '$1') : '(root)';
}
