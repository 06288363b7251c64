import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '#platform';

export class IntakeConfig extends ServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  INTAKE_PORT = 3001;

  /**
   * Key that encrypts petitioners' personal data at rest: 32 random bytes, base64
   * (`openssl rand -base64 32`). Required in production; in development a local key is made.
   */
  /** 信访老户: this many petitions or more … */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  LONG_STANDING_MIN_PETITIONS = 3;

  /** … within this many months. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(240)
  LONG_STANDING_WINDOW_MONTHS = 24;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
  PERSONAL_DATA_KEY?: string = undefined;
}
