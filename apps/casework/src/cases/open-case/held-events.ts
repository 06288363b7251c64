import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '#contracts';
import { metric, metricsRegistry } from '#platform';

export interface HeldEvent {
  seq: number;
  eventId: string;
  subject: string;
  awaitedPetitionId: string;
  envelope: EventEnvelope<any>;
  heldAt: Date;
  releaseAfter: Date | null;
}

/** Data sources whose held events /metrics counts at each scrape (one per casework in the process). */
const sources = new Set<DataSource>();

const heldGauge = () =>
  metric(
    'xinfang_casework_held_events',
    () =>
      new Gauge({
        name: 'xinfang_casework_held_events',
        help: 'Intake events casework holds until the registration they need arrives (or a repeat until its wait ends), by subject',
        labelNames: ['subject'],
        registers: [metricsRegistry],
        async collect() {
          this.reset();
          for (const ds of sources) {
            const rows: Array<{ subject: string; n: string }> = await ds.query(`SELECT subject, count(*) AS n FROM casework.held_event GROUP BY subject`).catch(() => []);
            for (const r of rows) this.inc({ subject: r.subject }, Number(r.n));
          }
        },
      }),
  );

const toHeld = (r: any): HeldEvent => ({
  seq: Number(r.seq),
  eventId: r.event_id,
  subject: r.subject,
  awaitedPetitionId: r.awaited_petition_id,
  envelope: r.envelope,
  heldAt: r.held_at,
  releaseAfter: r.release_after,
});

/**
 * Intake events waiting for the registration whose case they need. Holding one commits with its
 * inbox row, so the inbox then means "held", not "done"; taking the events held for a petition
 * happens in the transaction that gives that petition a case, so none is left behind. Every
 * change for a petition is serialised by a transaction-level advisory lock on it: a refusal held
 * by one replica can never miss the case another replica is opening at the same moment.
 */
@Injectable()
export class HeldEvents implements OnModuleDestroy {
  constructor(private readonly dataSource: DataSource) {
    heldGauge();
    sources.add(dataSource);
  }

  onModuleDestroy(): void {
    sources.delete(this.dataSource);
  }

  /** Serialises everything this transaction does about a petition with every other transaction doing the same. */
  async lockPetition(tx: EntityManager, petitionId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('casework.petition:' || $1, 0))`, [petitionId]);
  }

  /** Keeps an event until the petition it waits for has a case; waitMs bounds the wait of a repeat for its original. */
  async hold(tx: EntityManager, event: EventEnvelope<any>, subject: string, awaitedPetitionId: string, waitMs?: number): Promise<void> {
    await tx.query(
      `INSERT INTO casework.held_event (event_id, subject, awaited_petition_id, envelope, release_after)
       VALUES ($1, $2, $3, $4, CASE WHEN $5::bigint IS NULL THEN NULL ELSE clock_timestamp() + $5::bigint * interval '1 millisecond' END)
       ON CONFLICT (event_id) DO NOTHING`,
      [event.id, subject, awaitedPetitionId, JSON.stringify(event), waitMs ?? null],
    );
  }

  /** Removes and returns, in the order they were held, the events waiting for this petition's case. */
  async takeFor(tx: EntityManager, petitionId: string): Promise<HeldEvent[]> {
    const rows = await tx.query(`SELECT * FROM casework.held_event WHERE awaited_petition_id = $1 ORDER BY seq FOR UPDATE`, [petitionId]);
    if (rows.length > 0) await tx.query(`DELETE FROM casework.held_event WHERE seq = ANY($1::bigint[])`, [rows.map((r: any) => r.seq)]);
    return rows.map(toHeld);
  }

  /**
   * Removes and returns one event whose wait has ended, skipping any another replica (or an
   * arriving original) has locked: with two replicas each due event is released once.
   */
  async takeOneDue(tx: EntityManager): Promise<HeldEvent | null> {
    const [row] = await tx.query(`SELECT * FROM casework.held_event WHERE release_after <= clock_timestamp() ORDER BY release_after, seq LIMIT 1 FOR UPDATE SKIP LOCKED`);
    if (!row) return null;
    await tx.query(`DELETE FROM casework.held_event WHERE seq = $1`, [row.seq]);
    return toHeld(row);
  }

  /** Everything held, oldest first (for the county's operators). */
  async list(limit: number): Promise<HeldEvent[]> {
    return (await this.dataSource.query(`SELECT * FROM casework.held_event ORDER BY seq LIMIT $1`, [limit])).map(toHeld);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM casework.held_event`);
    return Number(row.n);
  }
}
