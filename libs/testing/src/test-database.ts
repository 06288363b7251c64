import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests create their databases on; the same one the platform uses unless overridden. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_DATABASE_PREFIX = 'xf_test_';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
  /**
   * Commits stop waiting for the WAL flush (`synchronous_commit = off` for this database): for
   * tests that kill services and NATS, never PostgreSQL, or write a lot, on a busy shared disk
   * the flush dominates the run time. Call before any service connects.
   */
  withoutCommitFlush(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one test file, so tests never see each other's rows nor those of
 * a running `npm start`. Named with its creation time so stale ones can be swept.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `${TEST_DATABASE_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(TEST_POSTGRES_URL, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    withoutCommitFlush: () => admin((c) => c.query(`ALTER DATABASE ${name} SET synchronous_commit = off`)).then(() => undefined),
  };
}

/** Drops test databases left by runs that crashed more than an hour ago; leaves concurrent runs alone. */
export async function sweepStaleTestDatabases(maxAgeSeconds = 3600): Promise<number> {
  return admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX}%'`);
    const cutoff = Date.now() / 1000 - maxAgeSeconds;
    let dropped = 0;
    for (const { datname } of rows) {
      const created = Number(datname.slice(TEST_DATABASE_PREFIX.length).split('_')[0]);
      if (created < cutoff) {
        await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
        dropped++;
      }
    }
    return dropped;
  });
}
