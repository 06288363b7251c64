import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';
import { DISPUTE_CATEGORIES, DISPUTE_OUTCOMES, DISPUTE_SAMPLE_ID, YEAR_MONTH, type DisputeCategory, type DisputeOutcome } from './dispute-screened.v1.js';

/**
 * A screened dispute's outcome or flags changed (e.g. it was resolved). Carries the entry's whole
 * non-personal state and a version, so a projection can simply keep the highest version.
 */
export class DisputeUpdatedV1 {
  static readonly subject = 'casework.dispute.updated.v1';
  static readonly description = '排查登记的纠纷有进展（如已化解、上报、移交，或易激化标记变化）；携带该纠纷全部非个人信息和版本号。';

  @IsUUID() readonly disputeId!: string;
  @Matches(YEAR_MONTH) readonly month!: string;
  @Matches(DIVISION_CODE) readonly townshipCode!: string;
  @IsOptional() @Matches(DIVISION_CODE) readonly villageCode?: string | null;
  @IsOptional() @IsIn(DISPUTE_CATEGORIES) readonly category?: DisputeCategory | null;
  @IsBoolean() readonly easilyEscalating!: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(100000) readonly peopleInvolved?: number | null;
  @IsIn(DISPUTE_OUTCOMES) readonly outcome!: DisputeOutcome;
  @IsIn(DISPUTE_OUTCOMES) readonly previousOutcome!: DisputeOutcome;
  /** 2 for the first update, then 3, 4 … (the screening itself is version 1). */
  @IsInt() @Min(2) readonly version!: number;
  @IsISO8601({ strict: true }) readonly updatedAt!: string;

  static readonly sample: DisputeUpdatedV1 = {
    disputeId: DISPUTE_SAMPLE_ID,
    month: '2026-03',
    townshipCode: '430599101000',
    villageCode: '430599101201',
    category: 'land-forest-water',
    easilyEscalating: false,
    peopleInvolved: 6,
    outcome: 'resolved',
    previousOutcome: 'in-progress',
    version: 2,
    updatedAt: '2026-03-20T08:00:00.000Z',
  };
}
