import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from './nats-server.js';

/** PostgreSQL's server binaries: PG_BIN, else Debian's newest /usr/lib/postgresql/<version>/bin. */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL server binaries not found: install postgresql or set PG_BIN');
  return join(root, versions[0]!, 'bin');
}

/**
 * A PostgreSQL cluster of a test's own (initdb in a temporary directory, on a free port), which
 * the test may stop, restart or kill without disturbing anything else on the machine. Run as
 * the `postgres` user when the tests run as root (PostgreSQL refuses to run as root).
 * TEST_POSTGRES_OPTIONS adds server settings for a diagnosis, e.g.
 * `-c shared_preload_libraries=pg_stat_statements` to see what the statements of a benchmark cost.
 */
export class TestPostgresServer {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<TestPostgresServer> {
    const dir = mkdtempSync(join(tmpdir(), 'xf-pg-'));
    const server = new TestPostgresServer(join(dir, 'data'), await freePort());
    if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    server.run('initdb', ['-D', server.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await server.startAgain();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  databaseUrl(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async startAgain(): Promise<void> {
    this.run('pg_ctl', ['-D', this.dataDir, '-w', '-l', join(this.dataDir, '..', 'server.log'), '-o', `-p ${this.port} -k ${join(this.dataDir, '..')} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 ${process.env.TEST_POSTGRES_OPTIONS ?? ''}`, 'start']);
    await waitForPort(this.port);
  }

  /** A fast restart: connections are cut, the server is back within a second or two. */
  async restart(): Promise<void> {
    this.run('pg_ctl', ['-D', this.dataDir, '-w', '-m', 'fast', 'stop']);
    await this.startAgain();
  }

  async stop(): Promise<void> {
    this.run('pg_ctl', ['-D', this.dataDir, '-w', '-m', 'immediate', 'stop'], true);
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }

  private run(tool: string, args: string[], tolerateFailure = false): void {
    const bin = join(postgresBin(), tool);
    const asRoot = process.getuid?.() === 0;
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' }) : spawnSync(bin, args, { encoding: 'utf8' });
    if (result.status !== 0 && !tolerateFailure) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  }
}
