import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';

export const CHANNELS = ['visit', 'letter', 'online', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export const REGISTRATION_LEVELS = ['township', 'county'] as const;
export type RegistrationLevel = (typeof REGISTRATION_LEVELS)[number];

export class PetitionFlagsV1 {
  /** Five or more people on one matter (集体访). */
  @IsBoolean() readonly collective!: boolean;
  /** Same petitioner, same matter, while the earlier petition is open (重复访). */
  @IsBoolean() readonly repeat!: boolean;
  /** Raised at county level while the township still handles it in time (越级访). */
  @IsBoolean() readonly skipLevel!: boolean;
}

/**
 * A petition was registered, from any channel. Carries ids and facts only: petitioners appear
 * as pseudonymous references, never by name, ID number, phone or address.
 */
export class PetitionRegisteredV1 {
  static readonly subject = 'intake.petition.registered.v1';
  static readonly description = '信访件已登记（访、信、网、电任一渠道）。只含编号与事实，信访人以化名引用出现。';

  @IsUUID() readonly petitionId!: string;
  @IsIn(CHANNELS) readonly channel!: Channel;
  @IsISO8601({ strict: true }) readonly receivedAt!: string;
  @Matches(DIVISION_CODE) readonly townshipCode!: string;
  @IsOptional() @Matches(DIVISION_CODE) readonly villageCode?: string | null;
  @IsString() @MaxLength(40) readonly categoryCode!: string;
  @IsIn(REGISTRATION_LEVELS) readonly registeredAtLevel!: RegistrationLevel;
  /** People present (visits) or petitioners named (other channels). */
  @IsInt() @Min(1) readonly headcount!: number;
  @ValidateNested() @Type(() => PetitionFlagsV1) readonly flags!: PetitionFlagsV1;
  /** The open petition this one repeats or skips over, when flagged. */
  @IsOptional() @IsUUID() readonly linkedPetitionId?: string | null;
  /** 检举控告: must never reach the accused unit. */
  @IsBoolean() readonly isAccusation!: boolean;
  @IsOptional() @IsString() @MaxLength(40) readonly accusedUnitCode?: string | null;
  /** Pseudonymous references to the petitioners (keyed hashes), stable across petitions. */
  @IsArray() @ArrayMinSize(1) @IsString({ each: true }) readonly petitionerRefs!: string[];
  /** A petitioner is long-standing (信访老户: by default 3 or more petitions in 24 months). */
  @IsOptional() @IsBoolean() readonly longStandingPetitioner?: boolean;

  static readonly sample: PetitionRegisteredV1 = {
    petitionId: '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10',
    channel: 'letter',
    receivedAt: '2026-03-02T01:30:00.000Z',
    townshipCode: '430599101000',
    villageCode: '430599101203',
    categoryCode: 'land-acquisition',
    registeredAtLevel: 'township',
    headcount: 1,
    flags: { collective: false, repeat: false, skipLevel: false },
    linkedPetitionId: null,
    isAccusation: false,
    accusedUnitCode: null,
    petitionerRefs: ['pr_5f2c9a0d41b7e3c8'],
    longStandingPetitioner: false,
  };
}
