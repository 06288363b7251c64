import { IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';
import { LOCAL_DATE, SENSITIVE_PERIOD_SAMPLE_ID } from './sensitive-period-opened.v1.js';

/**
 * A township's daily report for a day of a sensitive period was not filed by the deadline.
 * Raised once per period, township and day, however many casework replicas run.
 */
export class ZeroReportMissingV1 {
  static readonly subject = 'casework.zero-report.missing.v1';
  static readonly description = '敏感时期某日截止时间已过，乡镇仍未报送每日报告（漏报）；每个时期、乡镇、日期只触发一次。';
  static readonly sampleActor = { kind: 'system' } as const;

  @IsUUID() readonly periodId!: string;
  @IsString() @MaxLength(100) readonly periodName!: string;
  @Matches(DIVISION_CODE) readonly townshipCode!: string;
  /** The day whose report is missing, local date. */
  @Matches(LOCAL_DATE) readonly date!: string;
  /** When that day's report fell due. */
  @IsISO8601({ strict: true }) readonly deadlineAt!: string;

  static readonly sample: ZeroReportMissingV1 = {
    periodId: SENSITIVE_PERIOD_SAMPLE_ID,
    periodName: '2026年春节期间',
    townshipCode: '430599202000',
    date: '2026-02-16',
    deadlineAt: '2026-02-16T09:00:00.000Z',
  };
}
