import { DeliverPolicy, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS, type StreamDefinition } from '#contracts';
import type { NatsClientOptions } from '#platform';
import { ProjectionBatch, PROJECTED_SUBJECTS } from '../projections/domain/fold.js';
import { PROJECTION_TABLES } from '../projections/domain/tables.js';
import { createGenerationSql, deferredIndexSql, dropGenerationSql, generationNames, genTable, rollupInsertSql, ROLLUP_DETAIL, ROLLUP_DIRTY, ROLLUP_TOWNSHIP, SCHEMA, viewsSql } from '../projections/generation-sql.js';
import { writeBatch, type Sql } from '../projections/projection-writer.js';
import { rollupLockKey } from '../projections/rollup-refresher.js';
import { fastDecoder } from './fast-decode.js';
import { ProgressBar } from './progress.js';

/** Session advisory lock: one rebuild at a time, however many replicas and operators. */
export const REBUILD_LOCK_KEY = 0x5852_ffff;

/** The streams the projections are built from. */
export const SOURCE_STREAMS: readonly StreamDefinition[] = [EVENT_STREAMS.intake, EVENT_STREAMS.casework];

export interface RebuildOptions {
  databaseUrl: string;
  natsUrl: string;
  /** The bus user and TLS of the reporting service (`natsClientOptions`). */
  natsAuth?: NatsClientOptions;
  /** Events folded and written per transaction. */
  batchSize?: number;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
  log?: (line: string) => void;
  /** Called between phases (tests use it to publish events while a rebuild runs). */
  onPhase?: (phase: 'created' | 'replayed' | 'rolled-up' | 'switched', generation: number) => Promise<void> | void;
}

export interface RebuildResult {
  from: number;
  to: number;
  events: number;
  applied: number;
  invalid: number;
  replaySeconds: number;
  eventsPerSecond: number;
  totalSeconds: number;
  validation: 'json-schema' | 'class-validator';
}

const RETRYABLE = new Set(['40P01', '40001']); // deadlock with a live writer, serialization failure

/**
 * Rebuilds every projection without downtime:
 * 1. creates generation N+1 beside the current N and registers it as `building` — from that
 *    commit on, the live consumers write every event to both;
 * 2. replays INTAKE and CASEWORK from the start (ordered consumers, deliver all) up to their last
 *    sequence at that moment, folding batches of events into multi-row upserts, one transaction
 *    each, the next batch decoded while the last one is written; events that break their contract
 *    are skipped, as the live consumer dead-letters them;
 * 3. computes N+1's rollups from its facts;
 * 4. points the views at N+1 and clears `building`, in one transaction; then drops N.
 * Writes are idempotent per event, so an event both replayed and written live counts once.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = Date.now();
  const db = new pg.Client({ connectionString: options.databaseUrl, application_name: 'reporting-rebuild' });
  await db.connect();
  // a rebuild that crashes starts again from scratch, and its generation is not used before the switch
  await db.query(`SET synchronous_commit = off`);
  const sql: Sql = async (text, params) => (await db.query(text, params as unknown[])).rows;
  let nc: NatsConnection | undefined;
  try {
    const [locked] = await sql(`SELECT pg_try_advisory_lock($1) AS ok`, [REBUILD_LOCK_KEY]);
    if (!locked?.ok) throw new Error('另一个重建正在进行（another rebuild holds the lock）');
    const [exists] = await sql(`SELECT to_regclass('${SCHEMA}.projection_generation') AS t`);
    if (!exists?.t) throw new Error('reporting 的数据库结构不存在：请先启动一次 reporting 服务（它会执行迁移）');

    // 1. the new generation, written to by the live consumers from this commit on
    const { from, to } = await transaction(sql, async () => {
      const [row] = await sql(`SELECT current, building FROM ${SCHEMA}.projection_generation WHERE id = 1 FOR UPDATE`);
      const current = Number(row!.current);
      if (row!.building !== null) {
        log(`上次未完成的重建（第 ${row!.building} 代）已放弃，重新开始`);
        for (const s of dropGenerationSql(Number(row!.building))) await sql(s);
      }
      const next = Math.max(current, Number(row!.building ?? 0)) + 1;
      for (const s of dropGenerationSql(next)) await sql(s);
      for (const s of createGenerationSql(next, { deferIndexes: true })) await sql(s);
      await sql(`UPDATE ${SCHEMA}.projection_generation SET building = $1, building_since = now() WHERE id = 1`, [next]);
      return { from: current, to: next };
    });
    log(`重建统计投影：第 ${from} 代 → 第 ${to} 代`);
    await options.onPhase?.('created', to);

    // 2. replay
    nc = await connect({ servers: options.natsUrl.split(',').map((s) => s.trim()), name: 'reporting-rebuild', ...options.natsAuth });
    const js = jetstream(nc, { timeout: 10_000 });
    const jsm = await jetstreamManager(nc);
    const { decode, mode } = fastDecoder(PROJECTED_SUBJECTS);
    const targets = await Promise.all(SOURCE_STREAMS.map((s) => streamTarget(jsm, s.name)));
    const total = targets.reduce((n, t) => n + t.count, 0);
    const bar = options.progress ? new ProgressBar('重放事件', total) : undefined;
    const counts = { events: 0, applied: 0, invalid: 0 };
    const replayStarted = Date.now();
    // the streams side by side, each written through a connection of its own: the database works
    // on one stream's batch while this process decodes the other's
    const writers: pg.Client[] = [];
    try {
      await Promise.all(
        targets
          .filter((t) => t.count > 0)
          .map(async (target) => {
            const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'reporting-rebuild' });
            writers.push(client);
            await client.connect();
            await client.query(`SET synchronous_commit = off`);
            const writer = new BatchWriter(async (text, params) => (await client.query(text, params as unknown[])).rows, to);
            await replayStream(js, target, options.batchSize ?? 4000, decode, writer, counts, () => bar?.update(counts.events));
            await writer.drain();
          }),
      );
    } finally {
      await Promise.all(writers.map((w) => w.end().catch(() => undefined)));
    }
    bar?.finish(counts.events);
    const replaySeconds = (Date.now() - replayStarted) / 1000;
    log(`重放 ${counts.events} 个事件（应用 ${counts.applied}，不合契约而跳过 ${counts.invalid}），${replaySeconds.toFixed(1)} 秒，${Math.round(counts.events / Math.max(replaySeconds, 0.001))} 事件/秒（契约校验：${mode}）`);
    await options.onPhase?.('replayed', to);

    // 3. the indexes left out for the bulk load, then the new generation's rollups from all its facts
    for (const s of deferredIndexSql(to)) await sql(s);
    for (const table of [...PROJECTION_TABLES.map((t) => t.name)]) await sql(`ANALYZE ${genTable(table, to)}`);
    await transaction(sql, async () => {
      await sql(`SELECT pg_advisory_xact_lock($1)`, [rollupLockKey(to)]);
      const marks = await sql(`SELECT seq FROM ${genTable(ROLLUP_DIRTY, to)}`);
      await sql(`DELETE FROM ${genTable(ROLLUP_DETAIL, to)}`);
      await sql(`DELETE FROM ${genTable(ROLLUP_TOWNSHIP, to)}`);
      for (const s of rollupInsertSql(generationNames(to), 'true', 'true')) await sql(s);
      await sql(`DELETE FROM ${genTable(ROLLUP_DIRTY, to)} WHERE seq = ANY($1::bigint[])`, [marks.map((m) => m.seq)]);
    });
    await sql(`ANALYZE ${genTable(ROLLUP_DETAIL, to)}`);
    await sql(`ANALYZE ${genTable(ROLLUP_TOWNSHIP, to)}`);
    await options.onPhase?.('rolled-up', to);

    // 4. switch over atomically, then drop the old generation
    await transaction(sql, async () => {
      await sql(`SELECT 1 FROM ${SCHEMA}.projection_generation WHERE id = 1 FOR UPDATE`);
      for (const s of viewsSql(to)) await sql(s);
      await sql(`UPDATE ${SCHEMA}.projection_generation SET current = $1, building = NULL, building_since = NULL, switched_at = now() WHERE id = 1`, [to]);
    });
    log(`已切换到第 ${to} 代`);
    await options.onPhase?.('switched', to);
    for (const s of dropGenerationSql(from)) await sql(s);

    const totalSeconds = (Date.now() - started) / 1000;
    return { from, to, ...counts, replaySeconds, eventsPerSecond: counts.events / Math.max(replaySeconds, 0.001), totalSeconds, validation: mode };
  } finally {
    await nc?.close().catch(() => undefined);
    await db.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
    await db.end().catch(() => undefined);
  }
}

async function transaction<T>(sql: Sql, fn: () => Promise<T>): Promise<T> {
  await sql('BEGIN');
  try {
    const result = await fn();
    await sql('COMMIT');
    return result;
  } catch (err) {
    await sql('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

interface StreamTarget {
  stream: string;
  firstSeq: number;
  lastSeq: number;
  count: number;
}

/** What to replay: everything up to the stream's last sequence now (later events reach the new generation live). */
async function streamTarget(jsm: JetStreamManager, stream: string): Promise<StreamTarget> {
  try {
    const info = await jsm.streams.info(stream);
    return { stream, firstSeq: info.state.first_seq, lastSeq: info.state.last_seq, count: info.state.messages };
  } catch {
    return { stream, firstSeq: 0, lastSeq: 0, count: 0 }; // no stream yet: nothing was ever published
  }
}

async function replayStream(
  js: JetStreamClient,
  target: StreamTarget,
  batchSize: number,
  decode: ReturnType<typeof fastDecoder>['decode'],
  writer: BatchWriter,
  counts: { events: number; applied: number; invalid: number },
  tick: () => void,
): Promise<void> {
  const consumer = await js.consumers.get(target.stream, { deliver_policy: DeliverPolicy.All });
  const messages = await consumer.consume({ max_messages: Math.max(1000, batchSize * 2) });
  const projected = new Set(PROJECTED_SUBJECTS);
  let batch = new ProjectionBatch();
  try {
    for await (const m of messages) {
      counts.events++;
      if (projected.has(m.subject)) {
        const event = decode(m.subject, m.data);
        if ('invalid' in event) counts.invalid++;
        else {
          batch.add(event);
          counts.applied++;
        }
      }
      if (batch.events >= batchSize) {
        await writer.write(batch);
        batch = new ProjectionBatch();
        tick();
      }
      if (m.seq >= target.lastSeq) break;
    }
  } finally {
    await messages.close();
  }
  if (batch.events) await writer.write(batch);
}

/** Writes batches one transaction each, one at a time, while the caller decodes the next. */
class BatchWriter {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: Sql,
    private readonly gen: number,
  ) {}

  /** Waits for the previous batch, then starts this one without waiting for it. */
  async write(batch: ProjectionBatch): Promise<void> {
    await this.pending;
    this.pending = this.writeWithRetry(batch);
    this.pending.catch(() => undefined); // surfaced by the next write or drain
  }

  async drain(): Promise<void> {
    await this.pending;
  }

  private async writeWithRetry(batch: ProjectionBatch): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await transaction(this.sql, () => writeBatch(this.sql, batch, this.gen, { markDirty: false }));
        return;
      } catch (err) {
        if (!RETRYABLE.has((err as { code?: string }).code ?? '') || attempt >= 5) throw err;
      }
    }
  }
}

