import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './load-config.js';
import { natsClientOptions, ServiceConfig } from './service-config.js';

const dir = mkdtempSync(join(tmpdir(), 'xf-nats-settings-'));
const passwordFile = join(dir, 'intake.password');
writeFileSync(passwordFile, 's3cret-from-file\n');

function failure(env: Record<string, string>): string {
  try {
    loadConfig(ServiceConfig, env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('NATS settings', () => {
  it('sends no credentials when none are set', () => {
    expect(natsClientOptions(loadConfig(ServiceConfig, {}))).toEqual({});
  });

  it('passes the user with its password, or the password file without its trailing newline', () => {
    expect(natsClientOptions(loadConfig(ServiceConfig, { NATS_USER: 'intake', NATS_PASSWORD: 'pw' }))).toEqual({ user: 'intake', pass: 'pw' });
    expect(natsClientOptions(loadConfig(ServiceConfig, { NATS_USER: 'intake', NATS_PASSWORD_FILE: passwordFile }))).toEqual({ user: 'intake', pass: 's3cret-from-file' });
  });

  it('turns TLS on for a CA file, a client certificate or a tls:// URL', () => {
    expect(natsClientOptions(loadConfig(ServiceConfig, { NATS_TLS_CA_FILE: passwordFile })).tls).toEqual({ caFile: passwordFile });
    expect(natsClientOptions(loadConfig(ServiceConfig, { NATS_TLS_CERT_FILE: passwordFile, NATS_TLS_KEY_FILE: passwordFile })).tls).toEqual({ certFile: passwordFile, keyFile: passwordFile });
    expect(natsClientOptions(loadConfig(ServiceConfig, { NATS_URL: 'tls://nats:4222' })).tls).toEqual({});
  });

  it.each([
    [{ NATS_USER: 'intake' }, /^NATS_USER: needs NATS_PASSWORD or NATS_PASSWORD_FILE/],
    [{ NATS_PASSWORD: 'pw' }, /^NATS_USER: must be set when NATS_PASSWORD/],
    [{ NATS_USER: 'Intake!', NATS_PASSWORD: 'pw' }, /^NATS_USER: must be a NATS user name/],
    [{ NATS_USER: 'intake', NATS_PASSWORD_FILE: join(dir, 'missing') }, /^NATS_USER: needs its password file/],
    [{ NATS_TLS_CA_FILE: join(dir, 'missing.pem') }, /^NATS_TLS_CA_FILE: must name a file that exists/],
    [{ NATS_TLS_CERT_FILE: passwordFile }, /^NATS_TLS_CERT_FILE: must .*NATS_TLS_KEY_FILE/],
    [{ NATS_TLS_KEY_FILE: passwordFile }, /^NATS_TLS_CERT_FILE: must be set with NATS_TLS_KEY_FILE/],
  ])('refuses %j in one line', (env, message) => {
    const line = failure(env);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });

  it('refuses an open bus in production, except for a process without a bus user', () => {
    expect(failure({ NODE_ENV: 'production' })).toMatch(/^NATS_USER: must be set in production/);
    expect(loadConfig(ServiceConfig, { NODE_ENV: 'production', NATS_USER: 'intake', NATS_PASSWORD: 'pw' }).NATS_USER).toBe('intake');
    class HttpOnlyConfig extends ServiceConfig {
      static override readonly connectsToBus = false;
    }
    expect(loadConfig(HttpOnlyConfig, { NODE_ENV: 'production' }).NATS_USER).toBe('');
  });

  it('never shows the password in an error', () => {
    expect(failure({ NATS_USER: 'Bad Name', NATS_PASSWORD: 'do-not-print-me' })).not.toContain('do-not-print-me');
  });
});
