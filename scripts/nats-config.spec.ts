/**
 * The configuration `npm start` runs its bus with, tried on the real nats-server: a service's
 * user gets in with the password made for it, anonymous and wrong-password clients are refused,
 * passwords are made once with mode 0600; the compose file's copy is the generated one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { BUS_USERS } from '#messaging';
import { composeNatsConfig, passwordVariable, renderNatsConfig, writeDevNatsConfig } from './nats-config.js';

const BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
const dir = mkdtempSync(join(tmpdir(), 'xf-nats-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the development bus configuration', () => {
  it('locks the bus: the service users get in with their own passwords, nobody else', async () => {
    const port = await freePort();
    const config = writeDevNatsConfig(dir, `127.0.0.1:${port}`, false);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    for (const user of BUS_USERS) expect(statSync(join(dir, `${user}.password`)).mode & 0o777).toBe(0o600);
    const server = spawn(BIN, ['-c', config], { stdio: 'ignore' });
    try {
      const url = `nats://127.0.0.1:${port}`;
      const password = (user: string) => readFileSync(join(dir, `${user}.password`), 'utf8');
      let nc;
      for (let i = 0; ; i++) {
        nc = await connect({ servers: url, user: 'intake', pass: password('intake'), reconnect: false }).catch((err: Error) => err);
        if (!(nc instanceof Error) || i > 50) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      if (nc instanceof Error) throw nc;
      await nc.close();
      await expect(connect({ servers: url, reconnect: false })).rejects.toThrow(/authorization/i);
      await expect(connect({ servers: url, user: 'intake', pass: password('casework'), reconnect: false })).rejects.toThrow(/authorization/i);
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('makes the passwords once and keeps them across runs', () => {
    const before = readFileSync(join(dir, 'notification.password'), 'utf8');
    writeDevNatsConfig(dir, '127.0.0.1:4299', true);
    expect(readFileSync(join(dir, 'notification.password'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'nats.conf'), 'utf8')).toContain('sync_interval: always');
  });
});

describe('the compose and cluster configuration', () => {
  it('takes every password from the server environment, unquoted, and none is in the file', () => {
    const text = composeNatsConfig();
    for (const user of BUS_USERS) expect(text).toContain(`password: $${passwordVariable(user)},`);
    expect(text).toContain('sync_interval: always');
  });

  it('is what deploy/nats/nats.conf holds (regenerate: node dist/scripts/nats-config.js compose > deploy/nats/nats.conf)', () => {
    expect(readFileSync(join(process.cwd(), 'deploy/nats/nats.conf'), 'utf8')).toBe(composeNatsConfig());
  });

  it('is accepted by nats-server with the passwords in its environment', () => {
    // Debian's nats-server 2.9 predates sync_interval; the image compose runs (2.12) has it
    const version = /v2\.(\d+)/.exec(spawnSync(BIN, ['--version'], { encoding: 'utf8' }).stdout)?.[1];
    const text = Number(version) >= 10 ? composeNatsConfig() : renderNatsConfig({ storeDir: '/data', syncAlways: false, monitorPort: 8222, passwords: Object.fromEntries(BUS_USERS.map((u) => [u, `$${passwordVariable(u)}`])) });
    const file = join(dir, 'compose.conf');
    writeFileSync(file, text);
    const env = { ...process.env, ...Object.fromEntries(BUS_USERS.map((u) => [passwordVariable(u), `pw-${u}`])) };
    const r = spawnSync(BIN, ['-t', '-c', file], { env, encoding: 'utf8' });
    expect(r.stderr + r.stdout).not.toMatch(/error|unknown/i);
    expect(r.status).toBe(0);
    // without them nats-server refuses to start rather than run with empty passwords
    expect(spawnSync(BIN, ['-t', '-c', file], { env: { PATH: process.env.PATH }, encoding: 'utf8' }).status).not.toBe(0);
  });
});
