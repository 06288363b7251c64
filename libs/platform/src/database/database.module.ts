import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { HealthRegistry } from '../health/health.js';

export interface DatabaseOptions {
  url: string;
  /** The one schema the service owns (architecture.md). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  applicationName: string;
  poolSize?: number;
}

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
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName, connectionTimeoutMillis: 5000 },
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
          useFactory: async () => {
            const dataSource = createDataSource(options);
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
