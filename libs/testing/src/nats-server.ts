import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUS_USERS, renderAuthorization, type BusUser } from '#messaging';

/** nats-server binary: NATS_SERVER_BIN, else Debian's path, else whatever is on PATH. */
function natsServerBinary(): string {
  if (process.env.NATS_SERVER_BIN) return process.env.NATS_SERVER_BIN;
  return existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The user a test's own inspection clients are (publish and read anything): never a service's. */
export const TEST_HARNESS_USER = 'test-harness';

export interface TestNatsOptions {
  /**
   * `harness` (default): a client without credentials is the test harness, so a test's own
   * clients need none — the services still connect as their own users, under their permissions.
   * `refused`: as in production, a client without credentials is refused.
   */
  anonymous?: 'harness' | 'refused';
}

/** Servers by URL, so that a service started against one gets its own user's credentials. */
const running = new Map<string, TestNatsServer>();

/**
 * A nats-server with JetStream of the test's own, on a free port with its own store, so tests
 * cannot steal each other's messages — and can stop, kill and restart it. It runs with
 * authorization as the platform does: one user per service with the permissions of
 * libs/messaging/src/nats/permissions.ts and passwords made for this server.
 */
export class TestNatsServer {
  private process?: ChildProcess;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'xf-nats-'));
  private readonly passwords = new Map<string, string>();
  private readonly configFile: string;

  private constructor(
    readonly port: number,
    readonly options: TestNatsOptions,
  ) {
    for (const user of [...BUS_USERS, TEST_HARNESS_USER]) this.passwords.set(user, randomBytes(18).toString('base64url'));
    this.configFile = join(this.storeDir, 'auth.conf');
    const harness = { publish: { allow: ['>'], deny: [] }, subscribe: { allow: ['>'] }, allowResponses: false };
    const accounts = [...this.passwords].map(([user, password]) => ({ user, password, ...(user === TEST_HARNESS_USER ? { permissions: harness } : {}) }));
    writeFileSync(this.configFile, renderAuthorization(accounts, options.anonymous === 'refused' ? {} : { anonymousAs: TEST_HARNESS_USER }), { mode: 0o600 });
  }

  static async start(options: TestNatsOptions = {}): Promise<TestNatsServer> {
    const server = new TestNatsServer(await freePort(), options);
    await server.launch();
    running.set(server.url, server);
    return server;
  }

  /** The server a NATS_URL points at, if a test started it. */
  static at(url: string | undefined): TestNatsServer | undefined {
    return url ? running.get(url) : undefined;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** A bus user's user name and password, as nats.js connect options. */
  credentials(user: BusUser | typeof TEST_HARNESS_USER): { user: string; pass: string } {
    const pass = this.passwords.get(user);
    if (!pass) throw new Error(`no bus user ${user}`);
    return { user, pass };
  }

  /** The settings a service connects with: its own user; none for a process that has no bus user (the gateway). */
  serviceEnv(service: string): Record<string, string> {
    const pass = this.passwords.get(service);
    return pass && service !== TEST_HARNESS_USER ? { NATS_USER: service, NATS_PASSWORD: pass } : {};
  }

  private async launch(): Promise<void> {
    const child = spawn(natsServerBinary(), ['-c', this.configFile, '-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: 'ignore' });
    this.process = child;
    const failed = new Promise<never>((_, reject) => child.once('error', (err) => reject(new Error(`cannot start nats-server (${err.message}); install it (apt-get install nats-server) or set NATS_SERVER_BIN`))));
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`nats-server exited with ${code} (its configuration ${this.configFile}?)`))));
    await Promise.race([waitForPort(this.port), failed, exited]);
  }

  /** SIGKILL: what a crash looks like. The store directory survives for a restart. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async restart(): Promise<void> {
    await this.signal('SIGTERM');
    await this.launch();
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
    running.delete(this.url);
    rmSync(this.storeDir, { recursive: true, force: true });
  }

  async startAgain(): Promise<void> {
    await this.launch();
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    this.process = undefined;
  }
}
