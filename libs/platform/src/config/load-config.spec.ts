import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ConfigError, loadConfig } from './load-config.js';
import { ServiceConfig } from './service-config.js';

describe('service configuration', () => {
  it('takes defaults and converts numbers', () => {
    const config = loadConfig(ServiceConfig, { STREAM_REPLICAS: '3' });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/xinfang');
    expect(config.STREAM_REPLICAS).toBe(3);
  });

  it('says a port is not a number before saying it is out of range', () => {
    class PortConfig extends ServiceConfig {
      @Type(() => Number) @IsInt() @Min(1) @Max(65535) INTAKE_PORT = 3001;
    }
    expect(() => loadConfig(PortConfig, { INTAKE_PORT: 'abc' })).toThrow(/^INTAKE_PORT: INTAKE_PORT must be an integer number/);
  });

  it.each([
    ['DATABASE_URL', 'postgres//nope'],
    ['DATABASE_URL', 'mysql://db/x'],
    ['DATABASE_URL', 'postgres://host'],
    ['NATS_URL', 'http://127.0.0.1:4222'],
    ['STREAM_REPLICAS', 'three'],
    ['NODE_ENV', 'staging'],
  ])('names the bad setting %s=%s in one line', (key, value) => {
    let error: unknown;
    try {
      loadConfig(ServiceConfig, { [key]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^${key}: `));
    expect((error as Error).message).not.toContain('\n');
  });
});
