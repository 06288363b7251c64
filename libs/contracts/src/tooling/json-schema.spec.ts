import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { decodeEvent } from '../codec.js';
import { eventJsonSchema, JSON_SCHEMA_DRAFT, type JsonSchema } from './json-schema.js';
import { sampleEnvelope } from './samples.js';
import { schemaValidator } from '../../test/schema-validator.js';

class Leaf {
  @IsString() readonly label!: string;
}

/** Exercises what the generator must get right beyond the library's defaults. */
class ThingHappenedV1 {
  static readonly subject = 'intake.thing.happened.v1';
  static readonly description = '测试用事件。';

  @ValidateNested() @Type(() => Leaf) readonly one!: Leaf;
  @IsOptional() @ValidateNested() @Type(() => Leaf) readonly maybe?: Leaf | null;
  @IsArray() @ValidateNested({ each: true }) @Type(() => Leaf) readonly many!: Leaf[];
  // no `each`: class-validator still validates the elements, so the schema must say array
  @ValidateNested() @Type(() => Leaf) readonly alsoMany!: Leaf[];
  // Min before IsInt: the library would let `type: number` win over `integer`
  @Min(0) @IsInt() readonly count!: number;
  @IsInt() @Min(0) readonly countToo!: number;
  @IsOptional() @IsIn(['a', 'b']) readonly choice?: 'a' | 'b' | null;
  @IsOptional() @IsString() readonly note?: string | null;

  static readonly sample: ThingHappenedV1 = {
    one: { label: 'x' },
    maybe: null,
    many: [{ label: 'y' }],
    alsoMany: [],
    count: 0,
    countToo: 2,
    choice: 'a',
    note: null,
  };
}

class Base {
  @IsString() readonly inherited!: string;
}
class DerivedHappenedV1 extends Base {
  static readonly subject = 'intake.derived.happened.v1';
  static readonly description = '继承字段的事件。';
  static readonly sample: DerivedHappenedV1 = { inherited: 'yes' };
}

const schema = eventJsonSchema(ThingHappenedV1);
const payload = (schema.properties!['payload'] as JsonSchema).properties!;

describe('eventJsonSchema', () => {
  it('is a draft-07 envelope schema identified by the subject, with type, version and producer pinned', () => {
    expect(schema).toMatchObject({ $schema: JSON_SCHEMA_DRAFT, $id: 'intake.thing.happened.v1', title: 'ThingHappenedV1', description: '测试用事件。' });
    expect(schema.properties!['type']).toMatchObject({ const: 'intake.thing.happened' });
    expect(schema.properties!['version']).toMatchObject({ type: 'integer', const: 1 });
    expect(schema.properties!['producer']).toMatchObject({ const: 'intake' });
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'type', 'version', 'occurredAt', 'producer', 'correlationId', 'actor', 'payload']));
    expect(schema.required).not.toContain('townshipCode');
  });

  it('puts nested classes under definitions, arrays of them as arrays, optional ones as nullable', () => {
    expect(Object.keys(schema.definitions!)).toEqual(['EventActor', 'Leaf']);
    expect(schema.definitions!['Leaf']).toEqual({ type: 'object', properties: { label: { type: 'string' } }, required: ['label'] });
    expect(payload['one']).toEqual({ $ref: '#/definitions/Leaf' });
    expect(payload['maybe']).toEqual({ anyOf: [{ $ref: '#/definitions/Leaf' }, { type: 'null' }] });
    expect(payload['many']).toEqual({ type: 'array', items: { $ref: '#/definitions/Leaf' } });
    expect(payload['alsoMany']).toEqual({ type: 'array', items: { $ref: '#/definitions/Leaf' } });
  });

  it('keeps integers integers whatever the decorator order, and lets optional fields be null', () => {
    expect(payload['count']).toEqual({ type: 'integer', minimum: 0 });
    expect(payload['countToo']).toEqual({ type: 'integer', minimum: 0 });
    expect(payload['choice']).toEqual({ anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] });
    expect(payload['note']).toEqual({ type: ['string', 'null'] });
    expect((schema.properties!['payload'] as JsonSchema).required).toEqual(['one', 'many', 'alsoMany', 'count', 'countToo']);
  });

  it('includes inherited fields', () => {
    const derived = eventJsonSchema(DerivedHappenedV1).properties!['payload'] as JsonSchema;
    expect(derived).toMatchObject({ properties: { inherited: { type: 'string' } }, required: ['inherited'] });
  });

  it('refuses two different nested classes of the same name', () => {
    const Other = (() => {
      class Leaf {
        @IsInt() readonly label!: number;
      }
      return Leaf;
    })();
    class ClashHappenedV1 {
      static readonly subject = 'intake.clash.happened.v1';
      static readonly description = '';
      static readonly sample = {};
      @ValidateNested() @Type(() => Leaf) readonly a!: Leaf;
      @ValidateNested() @Type(() => Other) readonly b!: InstanceType<typeof Other>;
    }
    expect(() => eventJsonSchema(ClashHappenedV1)).toThrow(/two nested classes are both named Leaf/);
  });

  it('accepts and refuses what the class accepts and refuses', () => {
    const validate = schemaValidator(schema);
    const good = sampleEnvelope(ThingHappenedV1);
    expect(decodeEvent(ThingHappenedV1, JSON.stringify(good)).ok).toBe(true);
    expect(validate(good)).toBeUndefined();

    const bad = [
      { ...good.payload, one: undefined },
      { ...good.payload, many: [{ label: 5 }] },
      { ...good.payload, alsoMany: [{}] },
      { ...good.payload, count: 1.5 },
      { ...good.payload, choice: 'c' },
    ];
    for (const payload of bad) {
      const event = { ...good, payload };
      expect(decodeEvent(ThingHappenedV1, JSON.stringify(event)).ok).toBe(false);
      expect(validate(JSON.parse(JSON.stringify(event)))).toBeDefined();
    }
  });
});
