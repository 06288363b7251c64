import { JetStreamApiCodes, JetStreamApiError, type ConsumerInfo, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { decodeEvent, EVENT_CONTRACTS, parseSubject, type EventEnvelope, type StreamDefinition } from '#contracts';
import { isUnavailable, runInContext } from '#platform';
import type { DeadLetters } from '../dead-letters/dead-letters.js';
import { consumerMetrics, reportBacklog } from '../metrics.js';
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
  /**
   * Creates the durable again (with the configuration it was provisioned with) when the server
   * no longer has it: deleted by hand, lost with a server's storage. Without it the consumer
   * waits for someone else to recreate it.
   */
  recreateDurable?: () => Promise<void>;
  /** First wait before the loop is opened again after it ended; doubles up to maxRestartDelayMs. */
  restartBaseMs?: number;
  maxRestartDelayMs?: number;
}

/** running: pulling; restarting: the loop ended and is being opened again (with backoff); stopped: stop() was called. */
export type ConsumerState = 'starting' | 'running' | 'restarting' | 'stopped';

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

/** The server has no such durable (its stream is there): recreating it helps; a missing stream does not. */
function isMissingDurable(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound;
}

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
  private current: ConsumerState = 'starting';
  private lastError?: string;
  private restarts = 0;
  private wakeSleep?: () => void;
  private unreport?: () => void;

  get stream(): StreamDefinition {
    return this.options.stream;
  }

  get durable(): string {
    return this.options.durable;
  }

  /** What the consumer is doing, and why it is not pulling when it is not. */
  get state(): { state: ConsumerState; error?: string; restarts: number } {
    return { state: this.current, ...(this.lastError && this.current !== 'running' ? { error: this.lastError } : {}), restarts: this.restarts };
  }

  constructor(private readonly options: EventConsumerOptions) {
    for (const handler of options.handlers) this.handlers.set(handler.contract.subject, handler);
  }

  /** Opens the first pull (a failure here fails the start), then keeps the loop alive until stop(). */
  async start(): Promise<void> {
    const first = await this.open();
    this.unreport = reportBacklog({ stream: this.options.stream.name, durable: this.options.durable, info: () => this.info() });
    this.loop = this.supervise(first);
  }

  /** Stops pulling, finishes the event in hand, and hands buffered ones back for redelivery at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.setState('stopped');
    this.wakeSleep?.();
    this.unreport?.();
    await this.messages?.close();
    await this.loop;
  }

  /** Passes while the consumer pulls; throws naming what is wrong otherwise (for /health). */
  async healthCheck(): Promise<void> {
    if (this.current === 'running') return;
    throw new Error(`${this.current}${this.lastError ? `: ${this.lastError}` : ''}`);
  }

  /** The durable's view on the server: what is still to deliver and what awaits an ack. */
  async info(): Promise<ConsumerInfo> {
    return (await this.options.js.jetstreamManager()).consumers.info(this.options.stream.name, this.options.durable);
  }

  private async open(): Promise<ConsumerMessages> {
    const consumer = await this.options.js.consumers.get(this.options.stream.name, this.options.durable);
    // short pulls: on nats-server 2.9 a stopped consumer's open pull still takes messages until it expires;
    // abort on a missing durable or stream: the loop ends, and supervise() recreates the durable
    const messages = await consumer.consume({ max_messages: 64, expires: 10_000, abort_on_missing_resource: true });
    this.messages = messages;
    if (!this.stopping) this.setState('running');
    return messages;
  }

  private setState(state: ConsumerState, error?: string): void {
    if (this.current === 'stopped' && state !== 'stopped') return;
    this.current = state;
    if (error !== undefined) this.lastError = error;
    consumerMetrics().up.set({ stream: this.options.stream.name, durable: this.options.durable }, state === 'running' ? 1 : 0);
  }

  /**
   * Runs the pull loop and opens it again whenever it ends without stop() — the connection
   * closed, the durable or its stream was deleted, a pull failed for good — with backoff, and
   * recreates a durable the server no longer has. Never rejects: an unhandled rejection would
   * crash the process, and stop() must not throw in the middle of a graceful shutdown.
   */
  private async supervise(first: ConsumerMessages): Promise<void> {
    const { logger, durable, stream } = this.options;
    let messages: ConsumerMessages | undefined = first;
    let failures = 0;
    while (!this.stopping) {
      if (messages) {
        const openedAt = Date.now();
        try {
          await this.run(messages);
          // the pull ended by itself (the connection closed under it): as much a stop as a failure
          if (!this.stopping) throw new Error('the pull ended (connection closed)');
        } catch (err) {
          if (this.stopping) break;
          this.setState('restarting', (err as Error).message);
          logger.error({ durable, stream: stream.name, err: { message: (err as Error).message } }, 'event consumer stopped, restarting');
        }
        messages = undefined;
        // a loop that ran a while starts its backoff over; one that ends at once keeps backing off
        failures = Date.now() - openedAt > 60_000 ? 0 : failures + 1;
      }
      if (this.stopping) break;
      await this.sleep(Math.min(this.options.maxRestartDelayMs ?? 30_000, (this.options.restartBaseMs ?? 500) * 2 ** Math.min(Math.max(0, failures - 1), 10)));
      if (this.stopping) break;
      try {
        messages = await this.reopen();
        this.restarts++;
        consumerMetrics().restarts.inc({ stream: stream.name, durable });
        logger.warn({ durable, stream: stream.name, restarts: this.restarts }, 'event consumer restarted');
      } catch (err) {
        failures++;
        this.setState('restarting', (err as Error).message);
        logger.error({ durable, stream: stream.name, failures, err: { message: (err as Error).message } }, 'event consumer cannot restart yet');
      }
    }
  }

  /** Opens the pull again; a durable the server lost is created again first. */
  private async reopen(): Promise<ConsumerMessages> {
    try {
      return await this.open();
    } catch (err) {
      if (!this.options.recreateDurable || !isMissingDurable(err)) throw err;
      this.options.logger.warn({ durable: this.options.durable, stream: this.options.stream.name }, 'durable consumer missing on the server, creating it again');
      await this.options.recreateDurable();
      return this.open();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeSleep = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const msg of messages) {
      if (this.stopping) {
        msg.nak();
        continue;
      }
      await this.process(msg);
    }
    // the pull ended without stop(): the connection closed, or the durable or stream went away
    if (!this.stopping) throw new Error('the message stream ended (NATS connection closed, or the durable was deleted)');
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
    if (deliveries > 1) metrics.redelivered.inc({ stream: msg.info.stream, durable });
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
