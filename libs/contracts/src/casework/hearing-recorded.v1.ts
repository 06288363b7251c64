import { IsInt, IsISO8601, IsUUID, Max, Min } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** A hearing was held in a re-review; its days do not count, so the decision is now due later (Art. 36). */
export class HearingRecordedV1 {
  static readonly subject = 'casework.case.hearing-recorded.v1';
  static readonly description = '复核中组织听证，听证时间不计入期限，复核意见期限相应顺延（第三十六条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsInt() @Min(1) @Max(60) readonly days!: number;
  @IsISO8601({ strict: true }) readonly decideBy!: string;

  static readonly sample: HearingRecordedV1 = { ...CASE_SAMPLE_IDS, days: 7, decideBy: '2026-07-08T15:59:59.999Z' };
}
