import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { CASE_SAMPLE_IDS, REVIEW_OUTCOMES, REVIEW_STAGES, type ReviewOutcome, type ReviewStage } from './vocabulary.js';

/** The review or re-review was decided. After re-review the matter is final: the same facts and grounds are not accepted again (Art. 36). */
export class ReviewDecidedV1 {
  static readonly subject = 'casework.case.review-decided.v1';
  static readonly description = '复查或复核意见已作出；复核意见为终结意见（第三十六条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsIn(REVIEW_STAGES) readonly stage!: ReviewStage;
  @IsIn(REVIEW_OUTCOMES) readonly outcome!: ReviewOutcome;
  @IsISO8601({ strict: true }) readonly decidedAt!: string;
  @IsBoolean() readonly final!: boolean;
  /** After a review (not final): the petitioner may request re-review until then (Art. 36). */
  @IsOptional() @IsISO8601({ strict: true }) readonly reviewRequestBy?: string | null;

  static readonly sample: ReviewDecidedV1 = { ...CASE_SAMPLE_IDS, stage: 'review', outcome: 'upheld', decidedAt: '2026-06-01T02:00:00.000Z', final: false, reviewRequestBy: '2026-07-01T15:59:59.999Z' };
}
