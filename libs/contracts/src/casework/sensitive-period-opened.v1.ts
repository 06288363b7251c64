import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Which days of a sensitive period need a daily report: every calendar day (the default), or working days only. */
export const REPORT_DAY_RULES = ['every-day', 'working-days'] as const;
export type ReportDayRule = (typeof REPORT_DAY_RULES)[number];

/** A local date in China, YYYY-MM-DD. */
export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A local time of day in China, HH:MM (24:00 is the end of the day). */
export const LOCAL_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export const SENSITIVE_PERIOD_SAMPLE_ID = '3f6c2a8e-9b1d-4e7a-a5c3-2d8f1b6e0c94';

/**
 * The county opened a sensitive period (敏感时期): every township files a daily report (零报告),
 * even when there is nothing to report, by the deadline each day.
 */
export class SensitivePeriodOpenedV1 {
  static readonly subject = 'casework.sensitive-period.opened.v1';
  static readonly description = '县信访局开启敏感时期：期间各乡镇每日按时报送信访情况（无事也报“零报告”）。';

  @IsUUID() readonly periodId!: string;
  @IsString() @MaxLength(100) readonly name!: string;
  /** First day, local date. */
  @Matches(LOCAL_DATE) readonly from!: string;
  /** Last day, local date. */
  @Matches(LOCAL_DATE) readonly to!: string;
  @IsIn(REPORT_DAY_RULES) readonly reportDays!: ReportDayRule;
  /** Local time (China) each day's report is due by. */
  @Matches(LOCAL_TIME) readonly deadline!: string;
  @IsISO8601({ strict: true }) readonly openedAt!: string;

  static readonly sample: SensitivePeriodOpenedV1 = {
    periodId: SENSITIVE_PERIOD_SAMPLE_ID,
    name: '2026年春节期间',
    from: '2026-02-14',
    to: '2026-02-24',
    reportDays: 'every-day',
    deadline: '17:00',
    openedAt: '2026-02-10T01:30:00.000Z',
  };
}
