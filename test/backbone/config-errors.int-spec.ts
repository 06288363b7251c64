import { jest } from '@jest/globals';
import { freePort } from '#testing';
import { runBuilt } from './support.js';

jest.setTimeout(60_000);

/** A misconfigured service stops at once with one line naming the setting, instead of retrying or hanging. */
describe('a service started with a bad setting', () => {
  const base = { NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', NATS_URL: 'nats://127.0.0.1:4222' };

  it('exits non-zero at once with one stderr line naming DATABASE_URL, INTAKE_PORT or NATS_URL', async () => {
    const closed = await freePort(); // nothing listens there
    const cases: Array<{ service: string; env: Record<string, string>; names: string; says?: RegExp }> = [
      { service: 'intake', env: { DATABASE_URL: 'postgres//nope' }, names: 'DATABASE_URL', says: /postgres\/\/nope/ },
      { service: 'intake', env: { INTAKE_PORT: 'abc' }, names: 'INTAKE_PORT', says: /"abc"/ },
      { service: 'intake', env: { NATS_URL: 'nats//nope' }, names: 'NATS_URL', says: /nats\/\/nope/ },
      // well-formed but unreachable: the first connect fails fast too
      { service: 'casework', env: { NATS_URL: `nats://127.0.0.1:${closed}` }, names: 'NATS_URL' },
    ];
    const exits = await Promise.all(cases.map((c) => runBuilt(`apps/${c.service}/src/main.js`, { ...base, INTAKE_PORT: String(closed), CASEWORK_PORT: String(closed), ...c.env }, 50_000)));

    exits.forEach((exit, i) => {
      const { service, names, says } = cases[i]!;
      const lines = exit.stderr.trim().split('\n');
      const label = `${service} with ${JSON.stringify(cases[i]!.env)}`;
      expect({ label, code: exit.code, lines: lines.length }).toEqual({ label, code: 1, lines: 1 });
      expect(lines[0]).toMatch(new RegExp(`^${service}: .*\\b${names}\\b`));
      if (says) expect(lines[0]).toMatch(says);
      // at once: module loading (~2 s each, four at a time on 2 cores) and at most one refused
      // connection — no retry loop, which would take 30 s and more
      expect(exit.ms).toBeLessThan(25_000);
    });
  });
});
