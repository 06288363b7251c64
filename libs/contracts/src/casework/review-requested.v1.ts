import { IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS, REVIEW_STAGES, type ReviewStage } from './vocabulary.js';

/** The petitioner asked for review (复查) or re-review (复核); the body above must decide within 30 days (Arts. 35, 36). */
export class ReviewRequestedV1 {
  static readonly subject = 'casework.case.review-requested.v1';
  static readonly description = '信访人申请复查或复核，上一级须在 30 日内作出意见（第三十五、三十六条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(REVIEW_STAGES) readonly stage!: ReviewStage;
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly requestedAt!: string;
  @IsISO8601({ strict: true }) readonly decideBy!: string;

  static readonly sample: ReviewRequestedV1 = {
    ...CASE_SAMPLE_IDS,
    stage: 'review',
    reason: '对补偿标准有异议，申请复查。',
    requestedAt: '2026-05-06T02:00:00.000Z',
    decideBy: '2026-06-05T02:00:00.000Z',
  };
}
