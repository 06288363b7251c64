import type { JetStreamClient } from '@nats-io/jetstream';
import type { DataSource } from 'typeorm';

export interface ParkedOutboxRow {
  /** The row's sequence in the service's outbox. */
  outboxSeq: number;
  parkedAt: string;
  subject: string;
  eventId: string;
  attempts: number;
  reason: string;
  /** The envelope, cut at 4 KB (events carry no personal data). */
  data: string;
}

/**
 * Outbox rows the relay parked because they could never be published as they are: listed with
 * the dead letters, and published again on replay once the cause is fixed (a stream for the
 * subject, a larger max_payload), in whichever process is asked.
 */
export class ParkedOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".outbox`;
  }

  async list(limit = 200): Promise<ParkedOutboxRow[]> {
    const rows: Array<{ seq: string; parked_at: Date; subject: string; event_id: string; attempts: number; park_reason: string; data: string }> = await this.dataSource.query(
      `SELECT seq, parked_at, subject, event_id, attempts, park_reason, left(envelope::text, 4096) AS data
       FROM ${this.table} WHERE parked_at IS NOT NULL AND published_at IS NULL ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ outboxSeq: Number(r.seq), parkedAt: r.parked_at.toISOString(), subject: r.subject, eventId: r.event_id, attempts: r.attempts, reason: r.park_reason, data: r.data }));
  }

  /**
   * Publishes a parked row now and marks it published; null when no such parked row. Throws the
   * publish error (the row stays parked) when the cause is not fixed yet.
   */
  async republish(js: JetStreamClient, outboxSeq: number): Promise<{ eventId: string } | null> {
    return this.dataSource.transaction(async (tx) => {
      const [row]: Array<{ event_id: string; subject: string; envelope: string }> = await tx.query(
        `SELECT event_id, subject, envelope::text AS envelope FROM ${this.table} WHERE seq = $1 AND parked_at IS NOT NULL AND published_at IS NULL FOR UPDATE`,
        [outboxSeq],
      );
      if (!row) return null;
      await js.publish(row.subject, row.envelope, { msgID: row.event_id, timeout: 5000 });
      await tx.query(`UPDATE ${this.table} SET published_at = now(), attempts = attempts + 1, parked_at = NULL WHERE seq = $1`, [outboxSeq]);
      return { eventId: row.event_id };
    });
  }
}
