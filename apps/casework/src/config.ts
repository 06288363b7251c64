import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
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
}
