import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '#platform';

export class CaseworkConfig extends ServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  CASEWORK_PORT = 3002;

  /** Fire deadline reminders, overdue events and escalations from this process (safe on every replica). */
  @IsIn(['on', 'off'])
  DEADLINE_SWEEPER: 'on' | 'off' = 'on';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  DEADLINE_SWEEP_INTERVAL_MS = 30_000;

  /**
   * Raise casework.zero-report.missing.v1 for daily reports of a sensitive period not filed by the
   * deadline, from this process. Safe on every replica: each (period, township, day) fires once.
   */
  @IsIn(['on', 'off'])
  ZERO_REPORT_SWEEPER: 'on' | 'off' = 'on';

  /** How often the zero-report sweeper looks for missing reports (a missing report is raised at most this long after its deadline). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  ZERO_REPORT_SWEEP_INTERVAL_MS = 60_000;

  /**
   * Local time in China (HH:MM, 00:00–24:00) by which each day's report of a sensitive period is
   * due; from then on a township without that day's report counts as missing. 24:00 means the
   * end of the day.
   */
  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'must be a local time HH:MM, e.g. 17:00' })
  ZERO_REPORT_DEADLINE = '17:00';

  /**
   * How long a repeat or skip-level petition whose original's case casework does not have yet
   * waits for it (counted from its arrival) before it opens a case of its own. The wait is held
   * in the database, not in redeliveries, so a backlog of any length does not shorten it.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000, { message: 'must be at least 1000 (ms)' })
  @Max(86_400_000, { message: 'must be at most 86400000 (ms, a day)' })
  REPEAT_LINK_WAIT_MS = 600_000;
}
