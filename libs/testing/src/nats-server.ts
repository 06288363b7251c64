import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * A nats-server with JetStream of the test's own, on a free port with its own store, so tests
 * cannot steal each other's messages — and can stop, kill and restart it.
 */
export class TestNatsServer {
  private process?: ChildProcess;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'xf-nats-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<TestNatsServer> {
    const server = new TestNatsServer(await freePort());
    await server.launch();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  private async launch(): Promise<void> {
    const child = spawn(natsServerBinary(), ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: 'ignore' });
    this.process = child;
    const failed = new Promise<never>((_, reject) => child.once('error', (err) => reject(new Error(`cannot start nats-server (${err.message}); install it (apt-get install nats-server) or set NATS_SERVER_BIN`))));
    await Promise.race([waitForPort(this.port), failed]);
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
