import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';
import { CHANNELS, type Channel } from '../intake/petition-registered.v1.js';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** A registered petition became a case that must be routed within 15 days (Art. 22). */
export class CaseOpenedV1 {
  static readonly subject = 'casework.case.opened.v1';
  static readonly description = '登记的信访件已立案，须在 15 日内转送、交办或告知（第二十二条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(CHANNELS) readonly channel!: Channel;
  @IsString() @MaxLength(40) readonly categoryCode!: string;
  @IsOptional() @Matches(DIVISION_CODE) readonly villageCode?: string | null;
  @IsISO8601({ strict: true }) readonly receivedAt!: string;
  @IsISO8601({ strict: true }) readonly routeBy!: string;
  /** Leader ownership (包案) is required before acceptance: collective, skip-level, repeat or long-standing petitioner. */
  @IsBoolean() readonly ownershipRequired!: boolean;

  static readonly sample: CaseOpenedV1 = {
    ...CASE_SAMPLE_IDS,
    channel: 'letter',
    categoryCode: 'land-acquisition',
    villageCode: '430599101203',
    receivedAt: '2026-03-02T01:30:00.000Z',
    routeBy: '2026-03-17T01:30:00.000Z',
    ownershipRequired: false,
  };
}
