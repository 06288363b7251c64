import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { ServiceConfig } from '#platform';

export class NotificationConfig extends ServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  NOTIFICATION_PORT = 3003;

  /** The SMS gateway: POST {messageId, to, text} as JSON; 2xx accepted, 4xx refused for good, anything else retried. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  SMS_GATEWAY_URL = 'http://127.0.0.1:3005/sms';

  @IsOptional()
  @IsString()
  SMS_GATEWAY_TOKEN?: string = undefined;

  /** How long the gateway may take to answer before the text is retried later. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  SMS_GATEWAY_TIMEOUT_MS = 10_000;

  /** SMTP server, e.g. smtp://user:pass@mail.example.gov.cn:587. */
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'] })
  SMTP_URL = 'smtp://127.0.0.1:2525';

  @IsString()
  MAIL_FROM = '信访工作平台 <xinfang@localhost>';

  /** Base address of the staff web client, for links in messages. */
  @IsUrl({ require_tld: false })
  STAFF_APP_URL = 'http://127.0.0.1:3002';

  /** Quiet hours for text messages to citizens, China time: none from START to END. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  QUIET_HOURS_START = 21;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  QUIET_HOURS_END = 8;

  /**
   * A petition registered this many days or more after it was received (records entered late or
   * imported) gets no registration text, and no event older than this gets a text at all: the
   * petitioner would be told of something long past.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  PETITIONER_NOTICE_MAX_AGE_DAYS = 7;

  /** Per replica. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SMS_PER_MINUTE = 120;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  EMAIL_PER_MINUTE = 120;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  DELIVERY_MAX_ATTEMPTS = 8;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  DELIVERY_RETRY_BASE_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  DISPATCH_INTERVAL_MS = 1000;

  /** Hour (China time) each leader's daily digest is sent. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR = 8;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  CONTACT_TIMEOUT_MS = 3000;
}
