import type { EntityManager } from 'typeorm';
import type { EventContract, EventEnvelope, StreamDefinition } from '#contracts';

/**
 * Applies one event version to the consuming service's own state. Runs inside the transaction
 * that also records the event in the inbox, so an event is applied once however often it is
 * delivered. Throw PermanentEventError for an event that can never be applied; anything else
 * is treated as transient and retried with backoff.
 */
export interface EventHandler<P extends object = object> {
  readonly contract: EventContract<P>;
  handle(event: EventEnvelope<P>, tx: EntityManager): Promise<void>;
}

/** An event that is valid by its contract but can never be applied (e.g. refers to a township that does not exist). */
export class PermanentEventError extends Error {}

/** A durable consumer of one producer's stream, and the handlers it routes events to by subject. */
export interface ConsumerDefinition {
  stream: StreamDefinition;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: Array<new (...args: any[]) => EventHandler<any>>;
}
