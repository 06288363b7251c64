import { JetStreamApiError, type JetStreamClient } from '@nats-io/jetstream';
import { PermissionViolationError, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { outboxChannel } from './outbox-tables.js';
import { relayMetrics } from '../metrics.js';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  js: JetStreamClient;
  schema: string;
  /** Connection string for the LISTEN connection (the relay's own, outside the pool). */
  databaseUrl: string;
  logger: Logger;
  /** Rows claimed per transaction, all published concurrently: the bound on in-flight publishes. */
  batchSize?: number;
  /** Safety net when a notification is missed (listener reconnecting, rows left by a crashed replica). */
  pollIntervalMs?: number;
  /** Published rows are deleted after this long: the stream is the record. */
  retentionMs?: number;
  /** Failures of a row's own (the bus answered, the row was refused) before it is parked. */
  maxAttempts?: number;
  /**
   * The connection, to hear the server refuse a publish (a permissions violation comes as a
   * connection error, and the publish itself only times out): such a row is refused for itself.
   */
  nc?: NatsConnection;
}

interface PendingRow {
  seq: string;
  event_id: string;
  subject: string;
  envelope: string;
  own_failures: number;
}

/**
 * A publish failure that is the row's own: the client refused its size, the stream refused it,
 * or no stream takes its subject while JetStream answers. Timeouts and lost connections are the
 * bus's, and never count against a row.
 */
function deniedError(subject: string): Error {
  const error = new Error(`the bus does not permit this service to publish ${subject}`);
  error.name = 'PublishDenied';
  return error;
}

function refusedForItself(error: Error, busAnswers: boolean): boolean {
  // by name: JetStreamNotEnabled is not exported, and InvalidArgumentError lives in nats-core
  if (error.name === 'InvalidArgumentError' || error.name === 'PublishDenied' || error instanceof JetStreamApiError) return true;
  return error.name === 'JetStreamNotEnabled' && busAnswers;
}

/**
 * Publishes committed outbox rows to JetStream. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so two replicas share the work without double-publishing or waiting on each other; each row
 * is published with msgID = event id, so a retry after a crash is dropped by the stream's
 * duplicate window; a row is marked published only after its PubAck. Wakes on the outbox
 * trigger's NOTIFY, with a slow poll as a safety net.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retentionMs: number;
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private cleanupTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private stopped = true;
  private failures = 0;
  private readonly maxAttempts: number;
  /** Rows that failed for a reason of their own, and when they may be tried again (per process). */
  private readonly notBefore = new Map<string, number>();

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 256;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retentionMs = options.retentionMs ?? 7 * 24 * 3600 * 1000;
    this.maxAttempts = options.maxAttempts ?? 10;
  }

  private get table(): string {
    return `"${this.options.schema}".outbox`;
  }

  /** Subjects the server refused this service to publish (permissions), and when it last said so. */
  private readonly denied = new Map<string, number>();

  private watchPermissions(nc: NatsConnection): void {
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'error' && status.error instanceof PermissionViolationError && status.error.operation === 'publish') {
          this.denied.set(status.error.subject, Date.now());
          this.options.logger.error({ subject: status.error.subject }, 'outbox relay: the bus refuses this service to publish the subject (permissions)');
        }
      }
    })().catch(() => undefined);
  }

  /** Whether the server refused this subject lately (a permission may be granted later: 10 minutes). */
  private isDenied(subject: string): boolean {
    const at = this.denied.get(subject);
    return at !== undefined && Date.now() - at < 10 * 60_000;
  }

  async start(): Promise<void> {
    if (this.options.nc) this.watchPermissions(this.options.nc);
    this.stopped = false;
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.cleanupTimer = setInterval(() => void this.deletePublished(), 3600_000);
    this.wake();
  }

  /**
   * Stops taking new batches, waits for the one in flight to be published and marked, then
   * publishes once more what committed meanwhile (one batch, at most): at shutdown the HTTP
   * server has stopped serving before this runs, so rows of its last requests are not left waiting.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.cleanupTimer);
    await this.draining;
    await this.publishBatch().catch((err: Error) => this.options.logger.warn({ err: { message: err.message } }, 'outbox relay: last pass at shutdown failed; the rows wait for the next start'));
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Drains the outbox now, or once more after the drain in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain && !this.stopped) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Resolves when nothing is left to publish (for tests and orderly shutdown). */
  async flush(): Promise<void> {
    for (;;) {
      await this.draining;
      const [{ n }] = await this.options.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE published_at IS NULL AND parked_at IS NULL`);
      if (n === 0) return;
      this.wake();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      let claimed: number;
      let busAway: boolean;
      try {
        ({ claimed, busAway } = await this.publishBatch());
      } catch (err) {
        claimed = 0;
        busAway = true;
        this.options.logger.warn({ err: { message: (err as Error).message } }, 'outbox relay: batch failed');
      }
      if (busAway) {
        // NATS or the database is away: back off instead of spinning; the poll resumes us
        this.failures++;
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** Math.min(this.failures, 6))));
        return;
      }
      // rows refused for a reason of their own do not slow the others: they wait out their own
      // backoff (excluded from the next claim) and are parked once they reach maxAttempts
      this.failures = 0;
      if (claimed < this.batchSize) return;
    }
  }

  /** Rows still waiting out their own backoff; forgets the ones whose wait is over. */
  private backingOff(): string[] {
    const now = Date.now();
    for (const [seq, at] of this.notBefore) if (at <= now) this.notBefore.delete(seq);
    return [...this.notBefore.keys()];
  }

  private async publishBatch(): Promise<{ claimed: number; busAway: boolean }> {
    const { dataSource, js, logger } = this.options;
    return dataSource.transaction(async (tx) => {
      const rows: PendingRow[] = await tx.query(
        `SELECT seq, event_id, subject, envelope::text AS envelope, own_failures FROM ${this.table}
         WHERE published_at IS NULL AND parked_at IS NULL AND NOT (seq = ANY($2::bigint[]))
         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize, this.backingOff()],
      );
      if (rows.length === 0) return { claimed: 0, busAway: false };
      // all publishes of the batch are in flight together; JetStream stores them in send order
      // a subject the bus refused lately is not sent again until its row's backoff or parking
      const results = await Promise.allSettled(
        rows.map((row) => (this.isDenied(row.subject) ? Promise.reject(deniedError(row.subject)) : js.publish(row.subject, row.envelope, { msgID: row.event_id, timeout: 5000 }))),
      );
      const published: string[] = [];
      const failed: Array<{ row: PendingRow; error: Error }> = [];
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') published.push(rows[i]!.seq);
        // a timeout on a subject the server has just refused is that refusal
        else failed.push({ row: rows[i]!, error: this.isDenied(rows[i]!.subject) ? deniedError(rows[i]!.subject) : (result.reason as Error) });
      });
      if (published.length) await tx.query(`UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])`, [published]);
      let busAway = false;
      if (failed.length) {
        // a "no responders" is the row's own (no stream takes its subject) only while the bus answers
        const busAnswers = published.length > 0 || (failed.some((f) => f.error.name === 'JetStreamNotEnabled') && (await this.busAnswers()));
        const own = failed.filter((f) => refusedForItself(f.error, busAnswers));
        const away = failed.filter((f) => !own.includes(f));
        busAway = away.length > 0 && published.length === 0 && own.length === 0;
        if (away.length) {
          await tx.query(`UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [away.map((f) => f.row.seq), away[0]!.error.message.slice(0, 500)]);
          logger.warn({ failed: away.length, error: away[0]!.error.message }, 'outbox relay: publish failed, will retry');
        }
        if (own.length) await this.recordOwnFailures(tx, own.map((f) => ({ row: f.row, reason: f.error.name === 'JetStreamNotEnabled' ? `no stream takes ${f.row.subject}` : f.error.message })));
      }
      relayMetrics().published.inc({ schema: this.options.schema }, published.length);
      return { claimed: rows.length, busAway };
    });
  }

  /** Counts a failure against each row; parks the rows that reached maxAttempts, with the reason. */
  private async recordOwnFailures(tx: { query: (sql: string, params: unknown[]) => Promise<unknown> }, own: Array<{ row: PendingRow; reason: string }>): Promise<void> {
    const parked = (await tx.query(
      `UPDATE ${this.table} o SET attempts = o.attempts + 1, own_failures = o.own_failures + 1, last_error = f.error,
         parked_at = CASE WHEN o.own_failures + 1 >= $3 THEN now() END,
         park_reason = CASE WHEN o.own_failures + 1 >= $3 THEN 'could not publish after ' || (o.own_failures + 1) || ' attempts: ' || f.error END
       FROM unnest($1::bigint[], $2::text[]) AS f(seq, error) WHERE o.seq = f.seq
       RETURNING o.seq, o.subject, o.own_failures, o.park_reason`,
      [own.map((f) => f.row.seq), own.map((f) => f.reason.slice(0, 500)), this.maxAttempts],
    )) as [Array<{ seq: string; subject: string; own_failures: number; park_reason: string | null }>, number] | Array<{ seq: string; subject: string; own_failures: number; park_reason: string | null }>;
    // TypeORM answers an UPDATE … RETURNING as [rows, count]
    const rows = Array.isArray(parked[0]) ? (parked[0] as Array<{ seq: string; subject: string; own_failures: number; park_reason: string | null }>) : (parked as Array<{ seq: string; subject: string; own_failures: number; park_reason: string | null }>);
    for (const row of rows) {
      if (row.park_reason) {
        this.notBefore.delete(row.seq);
        relayMetrics().parked.inc({ schema: this.options.schema });
        this.options.logger.error({ outboxSeq: row.seq, subject: row.subject, reason: row.park_reason }, 'outbox row parked: it can never be published as it is');
      } else {
        this.notBefore.set(row.seq, Date.now() + Math.min(30_000, 100 * 2 ** Math.min(row.own_failures, 10)));
        this.options.logger.warn({ outboxSeq: row.seq, subject: row.subject, failures: row.own_failures }, 'outbox relay: the stream refused a row, will retry it');
      }
    }
  }

  /** Whether JetStream answers at all: tells "no stream takes this subject" from "JetStream is away". */
  private async busAnswers(): Promise<boolean> {
    try {
      await (await this.options.js.jetstreamManager()).getAccountInfo();
      return true;
    } catch {
      return false;
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: `${this.options.schema}-outbox-listener` });
    const reconnect = () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 1000);
    };
    client.on('error', reconnect);
    client.on('end', reconnect);
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
      this.listener = client;
      this.wake(); // whatever committed while we were not listening
    } catch (err) {
      this.options.logger.warn({ err: { message: (err as Error).message } }, 'outbox relay: cannot listen, polling until it can');
      await client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000);
    }
  }

  private async deletePublished(): Promise<void> {
    try {
      await this.options.dataSource.query(`DELETE FROM ${this.table} WHERE published_at < now() - make_interval(secs => $1)`, [this.retentionMs / 1000]);
    } catch (err) {
      this.options.logger.warn({ err: { message: (err as Error).message } }, 'outbox relay: cleanup failed');
    }
  }
}
