import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** What a test asks the recording handler to do with an event. */
export const BEHAVIOURS = ['apply', 'fail-twice', 'always-fail', 'reject', 'emit'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/**
 * A test-only contract. Its subject falls inside the INTAKE stream (`intake.>`), so the real
 * stream definitions, relay and consumers carry it like any production event.
 */
export class TestThingHappenedV1 {
  static readonly subject = 'intake.test-thing.happened.v1';
  static readonly description = 'Test only: something happened to a test thing.';

  @IsString() @MaxLength(40) readonly label!: string;
  @IsOptional() @IsIn(BEHAVIOURS) readonly behaviour?: Behaviour;

  static readonly sample: TestThingHappenedV1 = { label: 'sample', behaviour: 'apply' };
}

/** Test only: emitted by a consumer's handler, to check causation (falls inside CASEWORK). */
export class TestThingNotedV1 {
  static readonly subject = 'casework.test-thing.noted.v1';
  static readonly description = 'Test only: a consumer noted a test thing.';

  @IsUUID() readonly thingEventId!: string;

  static readonly sample: TestThingNotedV1 = { thingEventId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10' };
}

/** Test only: the next major version of TestThingHappenedV1, as a producer might ship it before its consumers. */
export class TestThingHappenedV2 {
  static readonly subject = 'intake.test-thing.happened.v2';
  static readonly description = 'Test only: something happened to a test thing (v2).';

  @IsString() @MaxLength(40) readonly name!: string;

  static readonly sample: TestThingHappenedV2 = { name: 'sample' };
}
