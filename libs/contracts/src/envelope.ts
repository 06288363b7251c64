import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, Min, ValidateNested } from 'class-validator';

export const PRODUCERS = ['intake', 'casework', 'notification', 'reporting'] as const;
export type Producer = (typeof PRODUCERS)[number];

export const ACTOR_KINDS = ['staff', 'citizen', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who caused an event: a staff member (by account id and role), a citizen (anonymous), or the system itself. */
export class EventActor {
  @IsIn(ACTOR_KINDS)
  readonly kind!: ActorKind;

  /** Staff account id (the JWT `sub`); absent for citizens and the system. */
  @IsOptional()
  @IsString()
  readonly id?: string;

  @IsOptional()
  @IsString()
  readonly role?: string;
}

/** A 12-digit statistical division code (统计用区划代码) of a township or village. */
export const DIVISION_CODE = /^\d{12}$/;

/**
 * The envelope every integration event travels in (architecture.md, "Events").
 * `payload` is validated separately against the event's own contract class.
 */
export class EventEnvelope<P = unknown> {
  @IsUUID()
  readonly id!: string;

  /** `<owner>.<aggregate>.<event>`, e.g. `intake.petition.registered`. */
  @Matches(/^[a-z]+\.[a-z-]+\.[a-z-]+$/)
  readonly type!: string;

  /** Major version of the contract, the `vN` of the subject. */
  @IsInt()
  @Min(1)
  readonly version!: number;

  @IsISO8601({ strict: true })
  readonly occurredAt!: string;

  @IsIn(PRODUCERS)
  readonly producer!: Producer;

  /** The township the event concerns, or null for county-wide events. */
  @IsOptional()
  @Matches(DIVISION_CODE)
  readonly townshipCode!: string | null;

  @IsUUID()
  readonly correlationId!: string;

  /** The event or request id that caused this one; null for the first event of a flow. */
  @IsOptional()
  @IsString()
  readonly causationId!: string | null;

  @ValidateNested()
  @Type(() => EventActor)
  readonly actor!: EventActor;

  @IsObject()
  readonly payload!: P;
}
