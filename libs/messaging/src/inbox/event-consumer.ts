import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { decodeEvent, EVENT_CONTRACTS, parseSubject, type EventEnvelope, type StreamDefinition } from '#contracts';
import { isUnavailable, runInContext } from '#platform';
import type { DeadLetters } from '../dead-letters/dead-letters.js';
import { consumerMetrics } from '../metrics.js';
import { PermanentEventError, type EventHandler } from './event-handler.js';

export interface EventConsumerOptions {
  js: JetStreamClient;
  dataSource: DataSource;
  /** Schema holding the inbox table. */
  schema: string;
  /** Durable consumer name; also the inbox's consumer key. */
  durable: string;
  stream: StreamDefinition;
  handlers: EventHandler[];
  deadLetters: DeadLetters;
  logger: Logger;
  /** Deliveries before an event that keeps failing is dead-lettered. */
  maxDeliveries: number;
  /** First redelivery delay; doubles per delivery, capped at 5 minutes. */
  retryBaseMs: number;
  /**
   * DEMO_CLOCK=on (never in production): what an event causes happens at the event's own time,
   * so a demonstration's backdated history stays in order in every service.
   */
  demoClock?: boolean;
}

const MAX_RETRY_DELAY_MS = 5 * 60 * 1000;
/** Deliveries after which an event is parked without trying again: one that crashes the process each time. */
const CRASH_LOOP_FACTOR = 10;

export type ApplyOutcome = 'applied' | 'duplicate' | 'skipped';

/** The event broke its contract: it can never be applied. */
export class ContractViolation extends Error {}

/**
 * A subject this build has no contract for, or a version of an event it handles that it does not
 * know yet (a producer upgraded first): parked, so it is applied by replay after the upgrade.
 */
export class UnknownEvent extends Error {}

/** Every subject of the platform's catalogue: an event here that a service has no handler for is simply not its business. */
const CATALOGUE = new Set(EVENT_CONTRACTS.map((c) => c.subject));


/**
 * Pulls from a durable consumer and applies each event exactly once in effect: the handler's
 * writes and the inbox row commit in one transaction, and the message is acked only after the
 * commit. A transient failure is nak'ed with backoff; an event that breaks its contract, or
 * fails its last allowed delivery for a reason of its own (not an unavailable database), goes to
 * the dead-letter stream with the reason and is terminated, and the consumer moves on.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler>();
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private stopping = false;

  get stream(): StreamDefinition {
    return this.options.stream;
  }

  constructor(private readonly options: EventConsumerOptions) {
    for (const handler of options.handlers) this.handlers.set(handler.contract.subject, handler);
  }

  async start(): Promise<void> {
    const consumer = await this.options.js.consumers.get(this.options.stream.name, this.options.durable);
    // short pulls: on nats-server 2.9 a stopped consumer's open pull still takes messages until it expires
    this.messages = await consumer.consume({ max_messages: 64, expires: 10_000 });
    this.loop = this.run(this.messages).catch((err: Error) => {
      // the connection closed under the consumer (or the pull failed for good): it cannot take
      // more events, but must not crash the process with an unhandled rejection, nor make
      // stop() throw and cut the rest of a graceful shutdown short. /health reports NATS down.
      this.options.logger.error({ durable: this.options.durable, stream: this.options.stream.name, err: { message: err.message } }, 'event consumer stopped');
    });
  }

  /** Stops pulling, finishes the event in hand, and hands buffered ones back for redelivery at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.loop;
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const msg of messages) {
      if (this.stopping) {
        msg.nak();
        continue;
      }
      await this.process(msg);
    }
    // the pull ended without stop(): the connection closed while the loop was idle
    if (!this.stopping) throw new Error('the message stream ended (NATS connection closed)');
  }

  /**
   * Decodes one event and applies it: the handler's writes and the inbox row in one transaction.
   * Throws ContractViolation for an event that breaks its contract, and the handler's error otherwise.
   * Also used to replay a dead letter once its cause is fixed.
   */
  async apply(subject: string, data: Uint8Array, streamSeq: number | null): Promise<{ outcome: ApplyOutcome; eventId?: string }> {
    const { durable, dataSource, schema } = this.options;
    const handler = this.handlers.get(subject);
    if (!handler) {
      // an event of the catalogue this service does not use: nothing to apply
      if (CATALOGUE.has(subject)) return { outcome: 'skipped' };
      throw new UnknownEvent(this.unknownReason(subject));
    }
    const decoded = decodeEvent(handler.contract, data);
    if (!decoded.ok) throw new ContractViolation(decoded.reason);
    const event = decoded.event as EventEnvelope<object>;
    const context = { correlationId: event.correlationId, causationId: event.id, actor: { kind: 'system' as const }, ...(this.options.demoClock ? { at: event.occurredAt } : {}) };
    const applied = await runInContext(context, () =>
      dataSource.transaction(async (tx) => {
        const claimed: unknown[] = await tx.query(
          `INSERT INTO "${schema}".inbox (consumer, event_id, subject, stream_seq) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [durable, event.id, subject, streamSeq],
        );
        if (claimed.length === 0) return false; // applied before: a redelivery or a duplicate publish
        await handler.handle(event, tx);
        return true;
      }),
    );
    return { outcome: applied ? 'applied' : 'duplicate', eventId: event.id };
  }

  private unknownReason(subject: string): string {
    let type: string | undefined;
    try {
      type = parseSubject(subject).type;
    } catch {
      return `unknown subject: ${subject} is not an event subject`;
    }
    const known = [...this.handlers.keys(), ...CATALOGUE]
      .map((s) => parseSubject(s))
      .filter((p) => p.type === type)
      .map((p) => p.version);
    if (known.length === 0) return `unknown subject: ${subject} is not an event this build knows`;
    return `unknown version: ${subject} (this build handles ${type} v${[...new Set(known)].sort((a, b) => a - b).join(', v')})`;
  }

  /**
   * How many deliveries of this message reached its handler with the database there, this one
   * included. The first delivery costs nothing; a redelivery counts itself in inbox_attempts
   * before the handler runs, so a delivery that crashed the process is counted too. Null when the
   * database is away: the delivery is an outage's, and counts for nothing.
   */
  private async ownAttempts(msg: JsMsg): Promise<number | null> {
    if (msg.info.deliveryCount === 1) return 1;
    const { dataSource, schema, durable } = this.options;
    try {
      // a first row counts the first delivery too (its outcome is not known)
      const [row]: Array<{ attempts: number }> = await dataSource.query(
        `INSERT INTO "${schema}".inbox_attempts AS a (consumer, stream, stream_seq, attempts) VALUES ($1, $2, $3, 2)
         ON CONFLICT (consumer, stream, stream_seq) DO UPDATE SET attempts = a.attempts + 1, updated_at = now() RETURNING attempts`,
        [durable, msg.info.stream, msg.seq],
      );
      return row!.attempts;
    } catch (err) {
      if (isUnavailable(err)) return null;
      throw err;
    }
  }

  /** The delivery failed for a dependency, not the event: take back the attempt counted for it. */
  private async uncount(msg: JsMsg): Promise<void> {
    if (msg.info.deliveryCount === 1) return;
    const { dataSource, schema, durable } = this.options;
    await dataSource
      .query(`UPDATE "${schema}".inbox_attempts SET attempts = attempts - 1 WHERE consumer = $1 AND stream = $2 AND stream_seq = $3`, [durable, msg.info.stream, msg.seq])
      .catch(() => undefined); // the database is away again: the attempt stays counted, one too many
  }

  /** The event is settled (applied, parked): its retry count is done with. */
  private async forget(msg: JsMsg): Promise<void> {
    if (msg.info.deliveryCount === 1) return;
    const { dataSource, schema, durable } = this.options;
    await dataSource.query(`DELETE FROM "${schema}".inbox_attempts WHERE consumer = $1 AND stream = $2 AND stream_seq = $3`, [durable, msg.info.stream, msg.seq]).catch(() => undefined);
  }

  private retryDelay(n: number): number {
    return Math.min(MAX_RETRY_DELAY_MS, this.options.retryBaseMs * 2 ** Math.min(n - 1, 20));
  }

  /** Applies one message and settles it: ack, nak with backoff, or dead-letter. Public for tests that drive a consumer message by message. */
  async process(msg: JsMsg): Promise<void> {
    const { durable, logger, maxDeliveries } = this.options;
    const metrics = consumerMetrics();
    const deliveries = msg.info.deliveryCount;
    let attempts: number | null;
    try {
      attempts = await this.ownAttempts(msg);
    } catch (err) {
      attempts = null;
      logger.warn({ subject: msg.subject, streamSeq: msg.seq, err: { message: (err as Error).message } }, 'cannot count the attempt, will retry');
    }
    if (attempts === null) {
      // the database is away: not this event's attempt; back off by deliveries, as long as it takes
      const delay = this.retryDelay(deliveries);
      logger.warn({ subject: msg.subject, streamSeq: msg.seq, deliveries, retryInMs: delay }, 'dependency unavailable, will retry');
      msg.nak(delay);
      metrics.handled.inc({ consumer: durable, subject: msg.subject, outcome: 'retried' });
      return;
    }
    // an event that crashed the process on each of many attempts: parked without trying again
    if (attempts > maxDeliveries * CRASH_LOOP_FACTOR) {
      await this.deadLetter(msg, `gave up after ${attempts} deliveries`);
      return;
    }
    const timer = metrics.duration.startTimer({ consumer: durable, subject: msg.subject });
    try {
      const { outcome } = await this.apply(msg.subject, msg.data, msg.seq);
      msg.ack();
      await this.forget(msg);
      metrics.handled.inc({ consumer: durable, subject: msg.subject, outcome });
    } catch (err) {
      const reason = (err as Error).message;
      const unavailable = isUnavailable(err);
      if (err instanceof ContractViolation) {
        await this.deadLetter(msg, `contract: ${reason}`);
      } else if (err instanceof UnknownEvent) {
        await this.deadLetter(msg, reason);
      } else if (err instanceof PermanentEventError || (attempts >= maxDeliveries && !unavailable)) {
        await this.deadLetter(msg, err instanceof PermanentEventError ? `rejected: ${reason}` : `failed ${attempts} deliveries, last: ${reason}`);
      } else {
        if (unavailable) await this.uncount(msg);
        const delay = this.retryDelay(unavailable ? deliveries : attempts);
        logger.warn({ subject: msg.subject, streamSeq: msg.seq, deliveries, attempts, retryInMs: delay, err: { message: reason } }, unavailable ? 'dependency unavailable, will retry' : 'event failed, will retry');
        msg.nak(delay);
        metrics.handled.inc({ consumer: durable, subject: msg.subject, outcome: 'retried' });
      }
    } finally {
      timer();
    }
  }

  private async deadLetter(msg: JsMsg, reason: string): Promise<void> {
    const { durable, logger, deadLetters } = this.options;
    try {
      await deadLetters.park(durable, msg, reason);
      // no reason on the TERM: nats-server before 2.10.4 ignores `+TERM <reason>` entirely, which
      // would leave the event pending, redelivered every ack wait and holding a max_ack_pending
      // slot for ever. The reason travels in the dead letter's headers and the log instead.
      msg.term();
      await this.forget(msg);
      consumerMetrics().deadLettered.inc({ consumer: durable, subject: msg.subject });
      consumerMetrics().handled.inc({ consumer: durable, subject: msg.subject, outcome: 'dead-lettered' });
      logger.error({ subject: msg.subject, streamSeq: msg.seq, reason }, 'event dead-lettered');
    } catch (err) {
      // could not park it (NATS away): keep it in the stream and try again later
      logger.warn({ subject: msg.subject, err: { message: (err as Error).message } }, 'dead-lettering failed, will retry');
      msg.nak(this.options.retryBaseMs);
    }
  }
}
