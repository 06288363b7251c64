import { IsBoolean, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';
import { CASE_SAMPLE_IDS, REPLY_OUTCOMES, type ReplyOutcome } from './vocabulary.js';

/** The handling unit replied in writing (信访处理意见书, Art. 32); the petitioner may evaluate and, within 30 days, request review. */
export class CaseRepliedV1 {
  static readonly subject = 'casework.case.replied.v1';
  static readonly description = '已出具书面答复（支持 / 解释说明 / 不予支持），信访人可评价，并可在 30 日内申请复查。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsString() @MaxLength(40) readonly unitCode!: string;
  @IsIn(REPLY_OUTCOMES) readonly outcome!: ReplyOutcome;
  @IsISO8601({ strict: true }) readonly repliedAt!: string;
  /** The (extended) deadline it was due by. */
  @IsISO8601({ strict: true }) readonly replyBy!: string;
  @IsBoolean() readonly onTime!: boolean;
  @IsISO8601({ strict: true }) readonly reviewRequestBy!: string;

  static readonly sample: CaseRepliedV1 = {
    ...CASE_SAMPLE_IDS,
    unitCode: 'dept-natural-resources',
    outcome: 'support',
    repliedAt: '2026-04-20T02:00:00.000Z',
    replyBy: '2026-05-09T02:00:00.000Z',
    onTime: true,
    reviewRequestBy: '2026-05-20T02:00:00.000Z',
  };
}
