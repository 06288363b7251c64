import { compareSchemas, type ChangeKind } from './compatibility.js';
import type { JsonSchema } from './json-schema.js';

const published: JsonSchema = {
  $id: 'intake.thing.happened.v1',
  title: 'ThingHappenedV1',
  description: 'A thing happened.',
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: ['a', 'b'] },
    count: { type: 'integer', minimum: 1 },
    note: { type: ['string', 'null'] },
    tags: { type: 'array', items: { type: 'string' } },
    nested: { $ref: '#/definitions/Nested' },
  },
  required: ['id', 'kind', 'count', 'tags', 'nested'],
  definitions: {
    Nested: { type: 'object', properties: { x: { type: 'boolean' } }, required: ['x'] },
  },
};

type Props = Record<string, JsonSchema>;
const props = (s: JsonSchema) => s.properties as Props;
const nested = (s: JsonSchema) => (s.definitions as Props)['Nested']!;

/** [case, edit of a copy of the published schema, verdict, kinds of the changes found, their paths] */
const cases: [string, (s: JsonSchema) => void, 'identical' | 'compatible' | 'breaking', ChangeKind[], string[]][] = [
  ['nothing changed', () => {}, 'identical', [], []],
  ['keys and enum values reordered', (s) => {
    props(s)['kind'] = { enum: ['b', 'a'], type: 'string' };
    s.required = [...s.required!].reverse();
  }, 'identical', [], []],
  ['a $ref replaced by the same schema inline', (s) => {
    props(s)['nested'] = structuredClone(nested(s));
  }, 'identical', [], []],
  ['description reworded', (s) => {
    s.description = 'A thing took place.';
  }, 'compatible', ['annotation'], ['(root)']],
  ['optional field added', (s) => {
    props(s)['extra'] = { type: 'string' };
  }, 'compatible', ['added-optional'], ['extra']],
  ['optional field added to a nested class', (s) => {
    props(nested(s))['y'] = { type: ['integer', 'null'] };
  }, 'compatible', ['added-optional'], ['nested.y']],
  ['field removed', (s) => {
    delete props(s)['note'];
  }, 'breaking', ['removed'], ['note']],
  ['required field removed', (s) => {
    delete props(s)['count'];
    s.required = s.required!.filter((r) => r !== 'count');
  }, 'breaking', ['removed'], ['count']],
  ['field removed from a nested class', (s) => {
    delete props(nested(s))['x'];
    nested(s).required = [];
  }, 'breaking', ['removed'], ['nested.x']],
  ['type changed', (s) => {
    props(s)['count'] = { type: 'number', minimum: 1 };
  }, 'breaking', ['type-changed'], ['count']],
  ['field made nullable', (s) => {
    props(s)['id'] = { type: ['string', 'null'], format: 'uuid' };
  }, 'breaking', ['type-changed'], ['id']],
  ['array item type changed', (s) => {
    props(s)['tags'] = { type: 'array', items: { type: 'integer' } };
  }, 'breaking', ['type-changed'], ['tags[]']],
  ['new required field', (s) => {
    props(s)['extra'] = { type: 'string' };
    s.required = [...s.required!, 'extra'];
  }, 'breaking', ['added-required'], ['extra']],
  ['optional field became required', (s) => {
    s.required = [...s.required!, 'note'];
  }, 'breaking', ['required-changed'], ['note']],
  ['required field became optional', (s) => {
    s.required = s.required!.filter((r) => r !== 'kind');
  }, 'breaking', ['required-changed'], ['kind']],
  ['enum value added', (s) => {
    props(s)['kind'] = { type: 'string', enum: ['a', 'b', 'c'] };
  }, 'breaking', ['enum-changed'], ['kind']],
  ['enum value removed', (s) => {
    props(s)['kind'] = { type: 'string', enum: ['a'] };
  }, 'breaking', ['enum-changed'], ['kind']],
  ['format changed', (s) => {
    props(s)['id'] = { type: 'string', format: 'date-time' };
  }, 'breaking', ['constraint-changed'], ['id']],
  ['constraint added', (s) => {
    props(s)['note'] = { type: ['string', 'null'], maxLength: 40 };
  }, 'breaking', ['constraint-changed'], ['note']],
  ['optional field added and another removed', (s) => {
    props(s)['extra'] = { type: 'string' };
    delete props(s)['note'];
  }, 'breaking', ['removed', 'added-optional'], ['note', 'extra']],
];

describe('compareSchemas: a published schema may only gain optional fields', () => {
  it.each(cases)('%s → %s', (_name, edit, verdict, kinds, paths) => {
    const current = structuredClone(published);
    edit(current);
    const result = compareSchemas(published, current);
    expect(result.verdict).toBe(verdict);
    expect(result.changes.map((c) => c.kind)).toEqual(kinds);
    expect(result.changes.map((c) => c.path)).toEqual(paths);
    expect(result.changes.every((c) => c.breaking === !['added-optional', 'annotation'].includes(c.kind))).toBe(true);
  });

  it('follows recursive definitions without looping', () => {
    const tree: JsonSchema = {
      $ref: '#/definitions/Node',
      definitions: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } },
    };
    const grown = structuredClone(tree);
    ((grown.definitions as Props)['Node']!.properties as Props)['label'] = { type: 'string' };
    expect(compareSchemas(tree, structuredClone(tree)).verdict).toBe('identical');
    expect(compareSchemas(tree, grown)).toEqual({
      verdict: 'compatible',
      changes: [{ path: 'label', kind: 'added-optional', breaking: false, detail: 'new optional field' }],
    });
  });

  it('refuses a $ref it cannot resolve rather than call the schemas equal', () => {
    expect(() => compareSchemas({ $ref: 'other.json#/x' }, { $ref: 'other.json#/x' })).toThrow(/cannot resolve \$ref other\.json#\/x/);
  });
});
