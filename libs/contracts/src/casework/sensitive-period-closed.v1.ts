import { IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LOCAL_DATE, SENSITIVE_PERIOD_SAMPLE_ID } from './sensitive-period-opened.v1.js';

/**
 * The county closed a sensitive period before its last day (or cancelled it before it began):
 * no report falls due after `closedAt`; days already past their deadline stay owed.
 */
export class SensitivePeriodClosedV1 {
  static readonly subject = 'casework.sensitive-period.closed.v1';
  static readonly description = '县信访局提前结束（或取消）敏感时期：此后不再需要每日零报告，已过截止时间的日子仍按应报统计。';

  @IsUUID() readonly periodId!: string;
  @IsString() @MaxLength(100) readonly name!: string;
  /** The last day as planned when it was opened. */
  @Matches(LOCAL_DATE) readonly plannedTo!: string;
  @IsISO8601({ strict: true }) readonly closedAt!: string;

  static readonly sample: SensitivePeriodClosedV1 = { periodId: SENSITIVE_PERIOD_SAMPLE_ID, name: '2026年春节期间', plannedTo: '2026-02-24', closedAt: '2026-02-22T10:00:00.000Z' };
}
