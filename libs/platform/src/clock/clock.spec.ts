import type { ExecutionContext } from '@nestjs/common';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { ServiceConfig } from '../config/service-config.js';
import { currentContext, runInContext, systemContext } from '../context/request-context.js';
import { InputValidationException } from '../http/validation.pipe.js';
import { DEMO_CLOCK_HEADER, now, parseDemoTime } from './clock.js';
import { DemoClockGuard } from './demo-clock.guard.js';

const request = (headers: Record<string, string>) => ({ switchToHttp: () => ({ getRequest: () => ({ headers }) }) }) as unknown as ExecutionContext;

/** Runs the guard inside a fresh request context and returns the time that context then carries. */
function guarded(config: Pick<ServiceConfig, 'DEMO_CLOCK' | 'NODE_ENV'>, headers: Record<string, string>): string | undefined {
  return runInContext(systemContext(), () => {
    new DemoClockGuard(config).canActivate(request(headers));
    return currentContext()!.at;
  });
}

describe('the clock', () => {
  it('is the real time, except in a context that carries a demo time', () => {
    const before = Date.now();
    expect(now().getTime()).toBeGreaterThanOrEqual(before);
    expect(runInContext(systemContext(), () => now().getTime())).toBeGreaterThanOrEqual(before);
    expect(runInContext({ ...systemContext(), at: '2026-03-05T01:30:00.000Z' }, () => now().toISOString())).toBe('2026-03-05T01:30:00.000Z');
  });

  it('takes a demo time in the past, with a zone, never one in the future', () => {
    const realNow = Date.parse('2026-12-04T02:00:00Z');
    expect(parseDemoTime('2026-03-05T09:30:00+08:00', realNow)).toEqual({ at: '2026-03-05T01:30:00.000Z' });
    expect(parseDemoTime('2026-12-04T02:00:30.000Z', realNow)).toEqual({ at: '2026-12-04T02:00:30.000Z' }); // skew of seconds
    expect(parseDemoTime('2026-12-05T02:00:00Z', realNow)).toEqual({ problem: '不能晚于现在' });
    for (const bad of ['2026-03-05', '2026-03-05T09:30:00', 'yesterday', '2026-13-40T09:30:00Z', '']) expect(parseDemoTime(bad, realNow)).toHaveProperty('problem');
  });

  it('cannot be turned on in production: the service refuses to start, naming DEMO_CLOCK', () => {
    expect(loadConfig(ServiceConfig, {}).DEMO_CLOCK).toBe('off');
    expect(loadConfig(ServiceConfig, { DEMO_CLOCK: 'on' }).DEMO_CLOCK).toBe('on');
    expect(loadConfig(ServiceConfig, { NODE_ENV: 'production', NATS_USER: 'intake', NATS_PASSWORD: 'pw', DEMO_CLOCK: 'off' }).DEMO_CLOCK).toBe('off');
    expect(() => loadConfig(ServiceConfig, { NODE_ENV: 'production', NATS_USER: 'intake', NATS_PASSWORD: 'pw', DEMO_CLOCK: 'on' })).toThrow(ConfigError);
    expect(() => loadConfig(ServiceConfig, { NODE_ENV: 'production', NATS_USER: 'intake', NATS_PASSWORD: 'pw', DEMO_CLOCK: 'on' })).toThrow(/^DEMO_CLOCK: must be off in production/);
    expect(() => loadConfig(ServiceConfig, { DEMO_CLOCK: 'yes' })).toThrow(/^DEMO_CLOCK: must be on or off/);
  });

  it('honours the x-demo-now header only with DEMO_CLOCK=on outside production', () => {
    const header = { [DEMO_CLOCK_HEADER]: '2026-03-05T09:30:00+08:00' };
    expect(guarded({ DEMO_CLOCK: 'on', NODE_ENV: 'development' }, header)).toBe('2026-03-05T01:30:00.000Z');
    expect(guarded({ DEMO_CLOCK: 'on', NODE_ENV: 'test' }, {})).toBeUndefined();
    expect(guarded({ DEMO_CLOCK: 'off', NODE_ENV: 'development' }, header)).toBeUndefined();
    // even a configuration object that skipped validation cannot act in the past in production
    expect(guarded({ DEMO_CLOCK: 'on', NODE_ENV: 'production' }, header)).toBeUndefined();
    expect(guarded({ DEMO_CLOCK: 'off', NODE_ENV: 'development' }, { [DEMO_CLOCK_HEADER]: 'nonsense' })).toBeUndefined();
  });

  it('answers a bad demo time with 400 naming the header', () => {
    let error: unknown;
    try {
      guarded({ DEMO_CLOCK: 'on', NODE_ENV: 'development' }, { [DEMO_CLOCK_HEADER]: '2999-01-01T00:00:00Z' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputValidationException);
    expect((error as InputValidationException).errors).toEqual([{ field: DEMO_CLOCK_HEADER, rule: 'demoTime', message: '不能晚于现在' }]);
    expect((error as InputValidationException).getStatus()).toBe(400);
  });
});
