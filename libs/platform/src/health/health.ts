import { Controller, Get, Injectable, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/decorators.js';

export type HealthCheck = () => Promise<void>;

/** The parts a service depends on register a check here (database, NATS); /health runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(part: string, check: HealthCheck): void {
    this.checks.set(part, check);
  }

  async run(timeoutMs = 2000): Promise<Record<string, 'up' | string>> {
    const results: Record<string, string> = {};
    await Promise.all(
      [...this.checks].map(async ([part, check]) => {
        try {
          await withTimeout(check(), timeoutMs);
          results[part] = 'up';
        } catch (err) {
          results[part] = `down: ${(err as Error).message}`;
        }
      }),
    );
    return results;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const PART_NAMES: Record<string, string> = { database: '数据库', nats: '消息总线 NATS' };
/** A part's name as a person reads it; `consumer:<STREAM>` is the event consumer of that stream. */
const partName = (part: string) => PART_NAMES[part] ?? (part.startsWith('consumer:') ? `事件消费者（${part.slice('consumer:'.length)}）` : part);

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  /** 200 when every part answers; 503 naming the parts that do not. */
  @Public()
  @Get('health')
  async health(@Res({ passthrough: true }) reply: { status(code: number): unknown }) {
    const checks = await this.registry.run();
    const failing = Object.keys(checks).filter((part) => checks[part] !== 'up');
    if (failing.length === 0) return { status: 'ok', checks };
    reply.status(503);
    return {
      statusCode: 503,
      error: 'Service Unavailable',
      message: `不可用：${failing.map(partName).join('、')}`,
      status: 'down',
      failing,
      checks,
    };
  }
}
