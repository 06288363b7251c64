import { IsInt, IsISO8601, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_SAMPLE_IDS } from './vocabulary.js';

/** The reply deadline was extended once, by at most 30 days, approved by a leader; the petitioner is told why (Art. 34). */
export class DeadlineExtendedV1 {
  static readonly subject = 'casework.case.deadline-extended.v1';
  static readonly description = '办理期限经领导批准延长（至多 30 日，仅一次），并告知信访人延期理由（第三十四条）。';

  @IsUUID() readonly caseId!: string;
  @IsUUID() readonly petitionId!: string;
  @IsInt() @Min(1) @Max(30) readonly days!: number;
  /** Told to the petitioner. */
  @IsString() @MaxLength(2000) readonly reason!: string;
  @IsISO8601({ strict: true }) readonly replyBy!: string;
  @IsString() @MaxLength(100) readonly approvedBy!: string;

  static readonly sample: DeadlineExtendedV1 = {
    ...CASE_SAMPLE_IDS,
    days: 30,
    reason: '涉及地块权属需重新测绘，测绘报告预计四月底完成。',
    replyBy: '2026-06-08T02:00:00.000Z',
    approvedBy: 'leader-qingshui-01',
  };
}
