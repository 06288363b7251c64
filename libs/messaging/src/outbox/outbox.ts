import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { assertValidPayload, parseSubject, type EventContract, type EventEnvelope, type Producer } from '#contracts';
import { contextOrSystem, now } from '#platform';

export interface EmitOptions {
  /** The township the event concerns; null for county-wide facts. */
  townshipCode: string | null;
}

/**
 * Records events in the service's outbox, inside the caller's transaction, so the state change
 * and its events commit together or not at all. The relay publishes them after the commit.
 */
export class Outbox {
  constructor(
    readonly producer: Producer,
    private readonly schema: string,
  ) {}

  async emit<P extends object>(tx: EntityManager, contract: EventContract<P>, payload: P, options: EmitOptions): Promise<EventEnvelope<P>> {
    const { owner, type, version } = parseSubject(contract.subject);
    if (owner !== this.producer) throw new Error(`${this.producer} cannot emit ${contract.subject}: a service emits only its own subjects`);
    if (!tx.queryRunner?.isTransactionActive) throw new Error(`emit ${contract.subject} inside a transaction: the outbox row must commit with the state change`);
    assertValidPayload(contract, payload);
    const context = contextOrSystem();
    const envelope: EventEnvelope<P> = {
      id: randomUUID(),
      type,
      version,
      // the time of the unit of work: now, except in a demo-clock run (libs/platform clock)
      occurredAt: now().toISOString(),
      producer: this.producer,
      townshipCode: options.townshipCode,
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: context.actor,
      payload,
    };
    await tx.query(`INSERT INTO "${this.schema}".outbox (event_id, subject, envelope) VALUES ($1, $2, $3)`, [envelope.id, contract.subject, JSON.stringify(envelope)]);
    return envelope;
  }
}
