import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ServiceConfig } from '#platform';

export class ReportingConfig extends ServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  REPORTING_PORT = 3004;

  /** How often the rollups of changed (township, month) buckets are recomputed; 0 turns it off (statistics stay exact, computed live). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  ROLLUP_REFRESH_MS = 1000;
}
