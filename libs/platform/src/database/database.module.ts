import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import type { ServiceConfig } from '../config/service-config.js';
import { HealthRegistry } from '../health/health.js';
import { SERVICE_CONFIG } from '../platform.module.js';

export interface DatabaseOptions {
  url: string;
  /** The one schema the service owns (architecture.md). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  applicationName: string;
  poolSize?: number;
  /**
   * Longest wait for a lock (a row another replica's open transaction holds) before the statement
   * fails with 55P03; a consumer naks and goes on instead of stalling behind a frozen replica.
   */
  lockTimeoutMs?: number;
  /** A session idle inside an open transaction this long is ended by the server, releasing its locks. */
  idleInTransactionTimeoutMs?: number;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 5000;
export const DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const OPTIONS = Symbol('DATABASE_OPTIONS');

/** A stable advisory-lock key per schema, so replicas starting together migrate one at a time. */
function lockKey(schema: string): number {
  let h = 0;
  for (const ch of `xinfang-migrations:${schema}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

// a SQL date is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a midnight-UTC Date
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    // no entity classes: the schema is the migrations', and queries are SQL
    entities: [],
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName,
      connectionTimeoutMillis: 5000,
      // node-postgres sets these per session at connect
      lock_timeout: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? DEFAULT_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  });
}

/**
 * Creates the service's schema if missing and runs its migrations (never `synchronize`).
 * TypeORM keeps its migrations table inside the schema, so the schema must exist first.
 */
export async function migrateSchema(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // another replica may migrate for longer than the lock timeout: wait for it as long as it takes
    await runner.query('SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [lockKey(schema)]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lockKey(schema)]).catch(() => undefined);
    await runner.release();
  }
}

@Injectable()
class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthRegistry,
    @Inject(OPTIONS) private readonly options: DatabaseOptions,
  ) {}

  /** Migrations run before any consumer, relay or route starts (those start on application bootstrap). */
  async onModuleInit(): Promise<void> {
    await migrateSchema(this.dataSource, this.options.schema);
    this.health.register('database', async () => {
      await this.dataSource.query('SELECT 1');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** The service's TypeORM DataSource on its own schema, injectable as `DataSource`. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: DataSource,
          inject: [{ token: SERVICE_CONFIG, optional: true }],
          useFactory: async (config?: ServiceConfig) => {
            const dataSource = createDataSource({
              lockTimeoutMs: config?.DATABASE_LOCK_TIMEOUT_MS,
              idleInTransactionTimeoutMs: config?.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
              ...options,
            });
            try {
              return await dataSource.initialize();
            } catch (err) {
              throw new Error(`DATABASE_URL: cannot connect: ${(err as Error).message}`);
            }
          },
        },
        DatabaseLifecycle,
      ],
      exports: [DataSource],
    };
  }
}
