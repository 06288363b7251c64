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
    // one after another, so each one's time is its own, not a share of the machine
    const exits = [];
    for (const c of cases) exits.push(await runBuilt(`apps/${c.service}/src/main.js`, { ...base, INTAKE_PORT: String(closed), CASEWORK_PORT: String(closed), ...c.env }, 30_000));

    exits.forEach((exit, i) => {
      const { service, names, says } = cases[i]!;
      const label = `${service} with ${JSON.stringify(cases[i]!.env)}`;
      // exactly one line (no stack trace, no retry chatter), naming the setting
      const oneLine = new RegExp(`^${service}: [^\\n]*\\b${names}\\b[^\\n]*$`);
      expect({ label, code: exit.code, stderr: exit.stderr.trim() }).toEqual({ label, code: 1, stderr: expect.stringMatching(oneLine) });
      if (says) expect(exit.stderr).toMatch(says);
      // at once: loading its code (~2 s) and at most one refused connection — no retry loop,
      // which would take 30 s and more
      expect(exit.ms).toBeLessThan(15_000);
    });
  });
});
