import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '#platform';

const HTTP_URL = /^https?:\/\/[^\s/]+(\/[^\s]*)?$/;
const URL_RULE = { message: 'must be an http(s) URL like http://intake:3001' };

export class GatewayConfig extends ServiceConfig {
  /** The gateway proxies HTTP only: it has no bus user. */
  static override readonly connectsToBus = false;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  GATEWAY_PORT = 3000;

  @Matches(HTTP_URL, URL_RULE) INTAKE_URL = 'http://127.0.0.1:3001';
  @Matches(HTTP_URL, URL_RULE) CASEWORK_URL = 'http://127.0.0.1:3002';
  @Matches(HTTP_URL, URL_RULE) NOTIFICATION_URL = 'http://127.0.0.1:3003';
  @Matches(HTTP_URL, URL_RULE) REPORTING_URL = 'http://127.0.0.1:3004';

  /** How long an upstream may take to send its response headers before the caller gets 504. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS = 30_000;

  /** PEM of the Ed25519 key that signs the staff tokens the gateway forwards; or a file holding it. In development the local pair is used. */
  @IsOptional()
  @IsString()
  AUTH_PRIVATE_KEY?: string = undefined;

  @IsOptional()
  @IsString()
  AUTH_PRIVATE_KEY_FILE?: string = undefined;

  /** The built web front end (console and citizens' pages). */
  @IsString()
  WEB_DIST = 'dist/web';

  /**
   * Origins allowed to make cookie-authenticated writes besides the gateway's own (comma-separated,
   * e.g. https://xinfang.county.gov.cn). The gateway's own origin is always allowed.
   */
  @Matches(/^$|^(https?:\/\/[^\s,/]+)(,\s*https?:\/\/[^\s,/]+)*$/, { message: 'must be comma-separated origins like https://xinfang.example.gov.cn' })
  ALLOWED_ORIGINS = '';

  /** A session ends after this long without a request (等保: 30 minutes). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_IDLE_SECONDS = 30 * 60;

  /** … and this long after sign-in, whatever happens. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

  /** Failed passwords within LOGIN_LOCK_WINDOW_SECONDS that lock an account … */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_LOCK_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_WINDOW_SECONDS = 15 * 60;

  /** … for this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_SECONDS = 15 * 60;
}
