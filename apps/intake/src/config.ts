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
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 bytes in base64 (openssl rand -base64 32)' })
  PERSONAL_DATA_KEY?: string = undefined;
}
