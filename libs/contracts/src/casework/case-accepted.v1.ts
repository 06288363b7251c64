import { IsBoolean, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The handling unit accepted the case (受理); the 60-day reply clock starts (Art. 34). */
export class CaseAcceptedV1 {
  static readonly subject = 'casework.case.accepted.v1';
  static readonly description = '承办单位已受理，60 日办理期限开始（第三十四条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(40) readonly unitCode!: string;
  @IsISO8601({ strict: true }) readonly acceptedAt!: string;
  @IsISO8601({ strict: true }) readonly replyBy!: string;
  /** Decided within 15 days of the unit's receipt (及时受理). */
  @IsBoolean() readonly timely!: boolean;

  static readonly sample: CaseAcceptedV1 = { ...CASE_SAMPLE_IDS, unitCode: 'dept-natural-resources', acceptedAt: '2026-03-10T02:00:00.000Z', replyBy: '2026-05-09T02:00:00.000Z', timely: true };
}
