import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER, SERVICE_CONFIG } from '#platform';
import type { ReportingConfig } from '../config.js';
import { genTable, refreshBucketsSql, ROLLUP_DIRTY, SCHEMA } from './generation-sql.js';
import type { Sql } from './projection-writer.js';

/** Advisory-lock key of one generation's rollup: one refresher (or the rebuild's full computation) at a time. */
export const rollupLockKey = (gen: number) => 0x5852_0000 + gen;

/**
 * Recomputes the rollup rows of the (township, month) buckets writers marked dirty, from the
 * facts, in one transaction per round: read the marks, recompute their buckets, delete exactly
 * the marks read. A mark committed meanwhile stays for the next round; until then the
 * statistics compute that bucket live, so a figure is never stale. Idempotent and
 * order-independent: a bucket's rows are always recomputed from all its facts.
 */
export async function refreshDirtyBuckets(sql: Sql, gen: number, limit = 20_000): Promise<number> {
  const [lock] = await sql(`SELECT pg_try_advisory_xact_lock($1) AS ok`, [rollupLockKey(gen)]);
  if (!lock?.ok) return 0;
  const marks = await sql(`SELECT seq, township_code, month::text AS month FROM ${genTable(ROLLUP_DIRTY, gen)} ORDER BY seq LIMIT $1`, [limit]);
  if (!marks.length) return 0;
  const buckets = new Map<string, [string, string]>();
  for (const m of marks) buckets.set(`${m.township_code}|${m.month}`, [String(m.township_code), String(m.month)]);
  const townships = [...buckets.values()].map((b) => b[0]);
  const months = [...buckets.values()].map((b) => b[1]);
  for (const statement of refreshBucketsSql(gen)) await sql(statement, [townships, months]);
  await sql(`DELETE FROM ${genTable(ROLLUP_DIRTY, gen)} WHERE seq = ANY($1::bigint[])`, [marks.map((m) => m.seq)]);
  return buckets.size;
}

@Injectable()
export class RollupRefresher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ReportingConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.ROLLUP_REFRESH_MS > 0) this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Rounds every ROLLUP_REFRESH_MS, or twice as far apart as the last round took, whichever is
   * longer: under a heavy write load the refresher takes at most a third of a database
   * connection's time, and the statistics stay exact meanwhile (dirty buckets are summed live).
   */
  private schedule(delay = this.config.ROLLUP_REFRESH_MS): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      const started = Date.now();
      this.running = this.refreshAll()
        .then(() => undefined)
        .catch((err: Error) => this.logger.warn({ err: { message: err.message } }, 'rollup refresh failed, will retry'))
        .finally(() => this.schedule(Math.max(this.config.ROLLUP_REFRESH_MS, 2 * (Date.now() - started))));
    }, delay);
  }

  /**
   * One round over the current generation. A generation being rebuilt is left alone: its
   * rollups are computed whole at the end of the replay, and the marks live writers leave in it
   * meanwhile are refreshed once it is current.
   */
  async refreshAll(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT current FROM ${SCHEMA}.projection_generation WHERE id = 1`);
    let refreshed = 0;
    for (const gen of [row.current]) {
      try {
        refreshed += await this.dataSource.transaction((tx) => refreshDirtyBuckets((text, params) => tx.query(text, params), Number(gen)));
      } catch (err) {
        // a generation dropped under us (a rebuild that switched or was abandoned) is not an error
        if ((err as { code?: string }).code !== '42P01') throw err;
      }
    }
    return refreshed;
  }
}
