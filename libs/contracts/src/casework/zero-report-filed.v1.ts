import { IsBoolean, IsInt, IsISO8601, IsUUID, Matches, Min } from 'class-validator';
import { DIVISION_CODE } from '../envelope.js';
import { LOCAL_DATE, SENSITIVE_PERIOD_SAMPLE_ID } from './sensitive-period-opened.v1.js';

/**
 * A township filed (or corrected) its daily report for a day of a sensitive period. Zero is a
 * report: `hasIncidents: false`. The report's text stays in casework.
 */
export class ZeroReportFiledV1 {
  static readonly subject = 'casework.zero-report.filed.v1';
  static readonly description = '乡镇报送（或更正）敏感时期某日的每日报告；无情况亦为有效报告（零报告）。报告正文只保存在办理服务。';

  @IsUUID() readonly periodId!: string;
  @Matches(DIVISION_CODE) readonly townshipCode!: string;
  /** The day reported on, local date. */
  @Matches(LOCAL_DATE) readonly date!: string;
  @IsBoolean() readonly hasIncidents!: boolean;
  /** First filed after the day's deadline (补报). */
  @IsBoolean() readonly late!: boolean;
  /** 1 for the first filing, then 2, 3 … for corrections. */
  @IsInt() @Min(1) readonly revision!: number;
  @IsISO8601({ strict: true }) readonly filedAt!: string;

  static readonly sample: ZeroReportFiledV1 = {
    periodId: SENSITIVE_PERIOD_SAMPLE_ID,
    townshipCode: '430599101000',
    date: '2026-02-16',
    hasIncidents: false,
    late: false,
    revision: 1,
    filedAt: '2026-02-16T07:12:00.000Z',
  };
}
