import { existsSync, readFileSync } from 'node:fs';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, Validate, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface } from 'class-validator';

@ValidatorConstraint({ name: 'postgresUrl' })
class PostgresUrl implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'must be a URL like postgres://user@host:5432/database';
  }
}

@ValidatorConstraint({ name: 'natsUrl' })
class NatsUrl implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    return value.split(',').every((server) => {
      try {
        const url = new URL(server.trim());
        return ['nats:', 'tls:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '';
      } catch {
        return false;
      }
    });
  }
  defaultMessage(): string {
    return 'must be one or more comma-separated URLs like nats://host:4222';
  }
}

@ValidatorConstraint({ name: 'natsCredentials' })
class NatsCredentials implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const config = args.object as ServiceConfig;
    const hasPassword = Boolean(config.NATS_PASSWORD || config.NATS_PASSWORD_FILE);
    // production never runs on an open bus: there any client could publish a service's events
    if (!value) return !hasPassword && !(config.NODE_ENV === 'production' && (config.constructor as typeof ServiceConfig).connectsToBus);
    return typeof value === 'string' && /^[a-z][a-z0-9-]{0,62}$/.test(value) && hasPassword && (!config.NATS_PASSWORD_FILE || existsSync(config.NATS_PASSWORD_FILE));
  }
  defaultMessage(args: ValidationArguments): string {
    const config = args.object as ServiceConfig;
    if (!args.value && !config.NATS_PASSWORD && !config.NATS_PASSWORD_FILE) return 'must be set in production, with NATS_PASSWORD or NATS_PASSWORD_FILE: the service connects to the bus as its own user';
    if (!args.value) return 'must be set when NATS_PASSWORD or NATS_PASSWORD_FILE is';
    if (!/^[a-z][a-z0-9-]{0,62}$/.test(String(args.value))) return 'must be a NATS user name (lower-case letters, digits, -)';
    if (config.NATS_PASSWORD_FILE) return `needs its password file, and NATS_PASSWORD_FILE ${config.NATS_PASSWORD_FILE} does not exist`;
    return 'needs NATS_PASSWORD or NATS_PASSWORD_FILE';
  }
}

@ValidatorConstraint({ name: 'readableFile' })
class ReadableFile implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value === undefined || (typeof value === 'string' && existsSync(value));
  }
  defaultMessage(): string {
    return 'must name a file that exists';
  }
}

@ValidatorConstraint({ name: 'tlsPair' })
class TlsPair implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const config = args.object as ServiceConfig;
    return !value === (config.NATS_TLS_KEY_FILE === undefined) && (!value || existsSync(String(value)));
  }
  defaultMessage(args: ValidationArguments): string {
    return !args.value ? 'must be set with NATS_TLS_KEY_FILE (a client certificate and its key)' : 'must name a file that exists, with NATS_TLS_KEY_FILE beside it';
  }
}

@ValidatorConstraint({ name: 'demoClockOutsideProduction' })
class DemoClockOutsideProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (value !== 'on' && value !== 'off') return false;
    return value === 'off' || (args.object as ServiceConfig).NODE_ENV !== 'production';
  }
  defaultMessage(args: ValidationArguments): string {
    return args.value === 'on' ? 'must be off in production (a demo clock lets a request act in the past)' : 'must be on or off';
  }
}

export const ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/**
 * Settings every service shares. Each service extends it with its own (its port first).
 * Property names are the environment variable names.
 */
export class ServiceConfig {
  /** Whether the process connects to the bus (production then requires its NATS_USER); the gateway does not. */
  static readonly connectsToBus: boolean = true;

  @IsIn(ENVIRONMENTS)
  NODE_ENV: Environment = 'development';

  @Validate(PostgresUrl)
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/xinfang';

  @Validate(NatsUrl)
  NATS_URL = 'nats://127.0.0.1:4222';

  /**
   * The bus user this process connects as (each service its own, with permissions limited to its
   * subjects: libs/messaging/src/nats/permissions.ts). Unset: no credentials are sent, which only
   * a server without authorization accepts.
   */
  @Validate(NatsCredentials)
  NATS_USER = '';

  /** The user's password; or NATS_PASSWORD_FILE, a file holding it (a mounted secret). Never logged. */
  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string = undefined;

  @IsOptional()
  @IsString()
  NATS_PASSWORD_FILE?: string = undefined;

  /** TLS to the bus: the CA that signed the server's certificate (a `tls://` URL or a server requiring TLS). */
  @Validate(ReadableFile)
  NATS_TLS_CA_FILE?: string = undefined;

  /** A client certificate and its key, for a server that verifies clients (mutual TLS). */
  @Validate(TlsPair)
  NATS_TLS_CERT_FILE = '';

  @Validate(ReadableFile)
  NATS_TLS_KEY_FILE?: string = undefined;

  /**
   * Longest wait for a database lock before the statement fails: an event is then redelivered
   * (not counted against it), a request answers 503, instead of waiting behind a frozen replica.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_LOCK_TIMEOUT_MS = 5000;

  /** A session idle inside an open transaction this long is ended by PostgreSQL, releasing its locks. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  /** Replicas per JetStream stream: 1 on a single server, 3 on a county cluster. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  STREAM_REPLICAS = 1;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** PEM of the public key that verifies staff tokens; or a file holding it. In development a local key pair is made. */
  @IsOptional()
  @IsString()
  AUTH_PUBLIC_KEY?: string = undefined;

  @IsOptional()
  @IsString()
  AUTH_PUBLIC_KEY_FILE?: string = undefined;

  /**
   * Which proxies' X-Forwarded-For to believe for the client address (rate limits): \`false\`
   * (none: the address is the socket's), or comma-separated addresses/CIDRs of the county's
   * ingress (`loopback` for one on the same host). Trusting every proxy would let a client pick its address.
   */
  @Matches(/^(false|((loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)\s*,?\s*)+)$/, { message: 'must be false, or addresses/CIDRs (loopback, 10.0.0.0/8, …)' })
  TRUST_PROXY = 'false';

  /** Publish the outbox from this process. A deployment may run relays only in worker replicas. */
  @IsIn(['on', 'off'])
  OUTBOX_RELAY: 'on' | 'off' = 'on';

  /** Consume events in this process. */
  @IsIn(['on', 'off'])
  EVENT_CONSUMERS: 'on' | 'off' = 'on';

  /**
   * Failures of an outbox row's own (the stream refused it, no stream takes its subject, too
   * large) before the relay parks it with the dead letters; an absent bus never counts.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_MAX_ATTEMPTS = 10;

  /** Deliveries of one event before it is dead-lettered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  CONSUMER_MAX_DELIVERIES = 6;

  /** Delay before the first redelivery after a transient failure; doubles each time, up to 5 minutes. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  CONSUMER_RETRY_BASE_MS = 2000;

  /** How long a delivered event may be in work before JetStream redelivers it elsewhere. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  CONSUMER_ACK_WAIT_MS = 30000;

  /**
   * Development and tests only, refused in production: a request may say when it happened
   * (header `x-demo-now`), and a consumed event's effects happen at the event's time. The demo
   * county's year is lived through the services this way (scripts/demo-year.ts).
   */
  @Validate(DemoClockOutsideProduction)
  DEMO_CLOCK: 'on' | 'off' = 'off';
}

/** What a NATS client of this process is given besides its servers: its user and TLS (the same for nats.js and Nest's transport). */
export interface NatsClientOptions {
  user?: string;
  pass?: string;
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

export function natsClientOptions(config: ServiceConfig): NatsClientOptions {
  const options: NatsClientOptions = {};
  if (config.NATS_USER) {
    options.user = config.NATS_USER;
    // a mounted secret file usually ends with a newline that is not part of the password
    options.pass = config.NATS_PASSWORD ?? readFileSync(config.NATS_PASSWORD_FILE!, 'utf8').trim();
  }
  const tlsUrl = config.NATS_URL.split(',').some((s) => s.trim().startsWith('tls:'));
  if (config.NATS_TLS_CA_FILE || config.NATS_TLS_CERT_FILE || tlsUrl) {
    options.tls = {
      ...(config.NATS_TLS_CA_FILE ? { caFile: config.NATS_TLS_CA_FILE } : {}),
      ...(config.NATS_TLS_CERT_FILE ? { certFile: config.NATS_TLS_CERT_FILE, keyFile: config.NATS_TLS_KEY_FILE } : {}),
    };
  }
  return options;
}
