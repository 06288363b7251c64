import type { JetStreamClient } from '@nats-io/jetstream';
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
}

interface PendingRow {
  seq: string;
  event_id: string;
  subject: string;
  envelope: string;
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

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 256;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.retentionMs = options.retentionMs ?? 7 * 24 * 3600 * 1000;
  }

  private get table(): string {
    return `"${this.options.schema}".outbox`;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.cleanupTimer = setInterval(() => void this.deletePublished(), 3600_000);
    this.wake();
  }

  /** Stops taking new batches and waits for the one in flight to be published and marked. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearInterval(this.cleanupTimer);
    await this.draining;
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
      const [{ n }] = await this.options.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE published_at IS NULL`);
      if (n === 0) return;
      this.wake();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      let claimed: number;
      let failed: number;
      try {
        ({ claimed, failed } = await this.publishBatch());
      } catch (err) {
        claimed = 0;
        failed = 1;
        this.options.logger.warn({ err: { message: (err as Error).message } }, 'outbox relay: batch failed');
      }
      if (failed > 0) {
        // NATS or the database is away: back off instead of spinning; the poll resumes us
        this.failures++;
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** Math.min(this.failures, 6))));
        return;
      }
      this.failures = 0;
      if (claimed < this.batchSize) return;
    }
  }

  private async publishBatch(): Promise<{ claimed: number; failed: number }> {
    const { dataSource, js, logger } = this.options;
    return dataSource.transaction(async (tx) => {
      const rows: PendingRow[] = await tx.query(
        `SELECT seq, event_id, subject, envelope::text AS envelope FROM ${this.table}
         WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return { claimed: 0, failed: 0 };
      // all publishes of the batch are in flight together; JetStream stores them in send order
      const results = await Promise.allSettled(rows.map((row) => js.publish(row.subject, row.envelope, { msgID: row.event_id, timeout: 5000 })));
      const published: string[] = [];
      const failedSeqs: string[] = [];
      let lastError = '';
      results.forEach((result, i) => {
        if (result.status === 'fulfilled') published.push(rows[i]!.seq);
        else {
          failedSeqs.push(rows[i]!.seq);
          lastError = (result.reason as Error).message;
        }
      });
      if (published.length) await tx.query(`UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1 WHERE seq = ANY($1::bigint[])`, [published]);
      if (failedSeqs.length) {
        await tx.query(`UPDATE ${this.table} SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [failedSeqs, lastError.slice(0, 500)]);
        logger.warn({ failed: failedSeqs.length, error: lastError }, 'outbox relay: publish failed, will retry');
      }
      relayMetrics().published.inc({ schema: this.options.schema }, published.length);
      return { claimed: rows.length, failed: failedSeqs.length };
    });
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
