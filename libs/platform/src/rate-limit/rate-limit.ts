import { HttpException, Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { DataSource } from 'typeorm';

export interface RateLimitRule {
  /** Name of the counter, e.g. `public-submit`. */
  bucket: string;
  /** Requests allowed per client in one window. */
  limit: number;
  windowSeconds: number;
  /** What the citizen is told when over the limit. */
  message: string;
}

const RATE_LIMIT = 'xinfang:rate-limit';

/** Limits a public route per client address; counters live in PostgreSQL, so every replica shares them. */
export const RateLimit = (rule: RateLimitRule) => SetMetadata(RATE_LIMIT, rule);

/**
 * Fixed-window counters in a table of the service's schema (created by its migration with
 * `createRateLimitTable`). Client addresses are stored only as keyed hashes.
 */
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly hashClient: (address: string) => string,
  ) {}

  /** Counts one hit; returns the hits in the current window and when it ends. */
  async hit(bucket: string, address: string, windowSeconds: number): Promise<{ hits: number; resetAt: Date }> {
    const windowStart = new Date(Math.floor(Date.now() / 1000 / windowSeconds) * windowSeconds * 1000);
    const [row] = await this.dataSource.query(
      `INSERT INTO "${this.schema}".rate_limit (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit.hits + 1
       RETURNING hits`,
      [`${bucket}:${this.hashClient(address)}`, windowStart],
    );
    if (Math.random() < 0.01) {
      await this.dataSource.query(`DELETE FROM "${this.schema}".rate_limit WHERE window_start < now() - interval '2 days'`);
    }
    return { hits: row.hits, resetAt: new Date(windowStart.getTime() + windowSeconds * 1000) };
  }
}

export async function createRateLimitTable(runner: { query(sql: string): Promise<unknown> }, schema: string): Promise<void> {
  await runner.query(`
    CREATE UNLOGGED TABLE "${schema}".rate_limit (
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      hits int NOT NULL,
      PRIMARY KEY (key, window_start)
    )`);
}

export class TooManyRequestsException extends HttpException {
  constructor(message: string) {
    super(message, 429);
  }
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(RateLimiter) private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<{ ip: string }>();
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    const { hits, resetAt } = await this.limiter.hit(rule.bucket, request.ip, rule.windowSeconds);
    reply.header('x-ratelimit-limit', String(rule.limit));
    reply.header('x-ratelimit-remaining', String(Math.max(0, rule.limit - hits)));
    if (hits > rule.limit) {
      const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
      reply.header('retry-after', String(retryAfter));
      throw new TooManyRequestsException(`${rule.message}（请 ${Math.ceil(retryAfter / 60)} 分钟后再试）`);
    }
    return true;
  }
}
