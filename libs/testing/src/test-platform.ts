import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createRuntime,
  createServiceApp,
  generateKeyPair,
  loadConfig,
  signStaffToken,
  type KeyPair,
  type Role,
  type ServiceConfig,
  type ServiceDefinition,
} from '#platform';
import { eventually } from './eventually.js';
import { freePort, TestNatsServer, type TestNatsOptions } from './nats-server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * Real infrastructure of a test file's own: a fresh PostgreSQL database, a nats-server on a
 * free port, and a key pair for staff tokens. Nothing is shared with other test files or with
 * a running `npm start`.
 */
export class TestPlatform {
  readonly personalDataKey = randomBytes(32).toString('base64');

  private constructor(
    readonly db: TestDatabase,
    readonly nats: TestNatsServer,
    readonly keys: KeyPair,
  ) {}

  static async start(options: { nats?: TestNatsOptions } = {}): Promise<TestPlatform> {
    const [db, nats] = await Promise.all([createTestDatabase(), TestNatsServer.start(options.nats)]);
    return new TestPlatform(db, nats, generateKeyPair());
  }

  /**
   * The environment a service of this platform runs with; retries are fast so tests stay short.
   * No bus user: startInProcess and SpawnedService add the service's own (by its name).
   */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      NODE_ENV: 'test',
      DATABASE_URL: this.db.url,
      NATS_URL: this.nats.url,
      AUTH_PUBLIC_KEY: this.keys.publicKeyPem,
      PERSONAL_DATA_KEY: this.personalDataKey,
      LOG_LEVEL: 'warn',
      // tests stand in for several clients through X-Forwarded-For from loopback
      TRUST_PROXY: 'loopback',
      CONSUMER_RETRY_BASE_MS: '100',
      CONSUMER_MAX_DELIVERIES: '4',
      ...extra,
    };
  }

  /** A staff token as the gateway signs it; `name` is the display name a signed-in account carries. */
  token(role: Role, scope?: string, name?: string): Promise<string> {
    const unit = role === 'department-officer';
    return signStaffToken(this.keys.privateKeyPem, {
      sub: `test-${role}-${scope ?? 'county'}`,
      role,
      ...(scope ? (unit ? { unitCode: scope } : { townshipCode: scope }) : {}),
      ...(name ? { name } : {}),
    });
  }

  async close(): Promise<void> {
    await this.nats.stop();
    await this.db.drop();
  }
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
}

/** Calls a service with an optional staff token and JSON body. */
export async function http<T = any>(baseUrl: string, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T };
}

export interface InProcessService {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

/** Starts a service inside the test process, listening on a free port. */
export async function startInProcess<C extends ServiceConfig>(definition: ServiceDefinition<C>, platform: TestPlatform, env: Record<string, string> = {}): Promise<InProcessService> {
  const config = loadConfig(definition.configClass, platform.env({ ...platform.nats.serviceEnv(definition.name), ...env }));
  const app = await createServiceApp(definition, createRuntime(definition.name, config, platform.keys.publicKeyPem));
  await app.startAllMicroservices();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

const ROOT = process.cwd();

export interface SpawnOptions {
  /** How long the service may take to answer /health with 200 (default 30 s). */
  healthyWithinMs?: number;
}

/**
 * Starts a service as its own process from the build (`npm run build`), as `npm start` does,
 * so a test can kill it with SIGKILL.
 */
export class SpawnedService {
  private child?: ChildProcess;
  private output = '';

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    /** How long a (re)start may take to answer /health with 200: longer on a busy machine. */
    private readonly healthyWithinMs: number,
  ) {}

  static async start(name: string, platform: TestPlatform, env: Record<string, string> = {}, options: SpawnOptions = {}): Promise<SpawnedService> {
    return SpawnedService.startWithEnv(name, platform.env(env), options);
  }

  /** With an environment of the caller's own (e.g. infrastructure it started itself). */
  static async startWithEnv(name: string, env: Record<string, string>, options: SpawnOptions = {}): Promise<SpawnedService> {
    const port = await freePort();
    // the service connects to a test's bus as its own user, unless the caller chose one
    const bus = env.NATS_USER === undefined ? (TestNatsServer.at(env.NATS_URL)?.serviceEnv(name) ?? {}) : {};
    const service = new SpawnedService(name, port, { ...bus, ...env, [`${name.toUpperCase()}_PORT`]: String(port) }, options.healthyWithinMs ?? 30_000);
    await service.launch();
    return service;
  }

  /** SIGSTOP: the process hangs — its consumers stop acking without closing anything. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the process printed (stdout and stderr), for failing assertions. */
  get log(): string {
    return this.output;
  }

  async launch(waitHealthy = true): Promise<void> {
    const main = join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`);
    const child = spawn(process.execPath, [main], { env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // keep the last megabyte of output: enough to explain a failure, bounded for long runs
    const keep = (d: Buffer) => (this.output = (this.output + d.toString()).slice(-1_000_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    if (waitHealthy) {
      try {
        await eventually(async () => {
          if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}: ${this.output.slice(-2000)}`);
          const res = await fetch(`${this.url}/health`).catch(() => undefined);
          if (res?.status !== 200) throw new Error(`${this.name} not healthy yet`);
        }, this.healthyWithinMs, 100);
      } catch (err) {
        const exited = child.exitCode !== null;
        // the caller gets no handle on a service that never came up: do not leave its process behind
        await this.kill();
        throw exited ? err : new Error(`${this.name} not healthy after ${this.healthyWithinMs / 1000} s: ${this.output.slice(-2000)}`);
      }
    }
  }

  /** SIGKILL: no shutdown hooks, no drain — a crash. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM: the orderly shutdown a deployment does. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  async restart(env: Record<string, string> = {}): Promise<void> {
    await this.stop();
    Object.assign(this.env, env);
    await this.launch();
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
