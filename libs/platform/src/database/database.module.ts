import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type MixedList } from 'typeorm';
import { HealthRegistry } from '../health/health.js';

export interface DatabaseOptions {
  url: string;
  /** The one schema the service owns (architecture.md). */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
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

/**
 * Creates the service's schema if missing and runs its migrations before anything else starts
 * (never `synchronize`). TypeORM keeps its migrations table inside the schema, so the schema
 * must exist first.
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
class SchemaMigrator implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthRegistry,
    @Inject(OPTIONS) private readonly options: DatabaseOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    await migrateSchema(this.dataSource, this.options.schema);
    this.health.register('database', async () => {
      await this.dataSource.query('SELECT 1');
    });
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          schema: options.schema,
          entities: options.entities,
          migrations: options.migrations,
          migrationsTableName: 'migrations',
          synchronize: false,
          migrationsRun: false,
          retryAttempts: 3,
          retryDelay: 1000,
          extra: { max: options.poolSize ?? 10, application_name: options.applicationName, connectionTimeoutMillis: 5000 },
        }),
      ],
      providers: [{ provide: OPTIONS, useValue: options }, SchemaMigrator],
      exports: [TypeOrmModule],
    };
  }
}
