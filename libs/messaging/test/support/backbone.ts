import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type MsgHdrs, type NatsConnection } from '@nats-io/transport-node';
import { pino, type Logger } from 'pino';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { DEAD_LETTER_STREAM, EVENT_STREAMS, type EventEnvelope, type StreamDefinition } from '#contracts';
import {
  createOutboxAndInbox,
  DeadLetters,
  ensureDurableConsumer,
  ensureStream,
  EventConsumer,
  Outbox,
  OutboxRelay,
  type EventHandler,
  type OutboxRelayOptions,
} from '#messaging';
import { createDataSource, migrateSchema } from '#platform';
import { TestPlatform } from '#testing';
import { TestThingHappenedV1, TestThingNotedV1 } from './test-contracts.js';

/** Quiet unless XF_TEST_LOGS=1: the consumer and relay warn on purpose in these tests. */
export const testLogger: Logger = pino({ level: process.env.XF_TEST_LOGS ? 'debug' : 'silent' });

export interface Nats {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

/** One applied event as the consumer-side table records it. */
export interface AppliedRow {
  event_id: string;
  label: string;
  instance: string;
}

/** What a test handler does before it records an event; throw to fail this delivery. */
export type Behave = (event: EventEnvelope<TestThingHappenedV1>, attempt: number) => Promise<void> | void;

/**
 * The consumer-side effect of a test event: one row in `applied`, with no unique key, so a
 * double apply would show as two rows instead of being hidden by a constraint.
 */
export class RecordingHandler implements EventHandler<TestThingHappenedV1> {
  readonly contract = TestThingHappenedV1;

  constructor(
    private readonly schema: string,
    /** Which consumer instance applied the event. */
    readonly instance: string,
    /** Attempts per event id, shared by handlers of the same durable. */
    readonly attempts: Map<string, number> = new Map(),
    private readonly behave?: Behave,
    /** Emits TestThingNotedV1 for events whose behaviour is `emit`. */
    private readonly outbox?: Outbox,
  ) {}

  async handle(event: EventEnvelope<TestThingHappenedV1>, tx: EntityManager): Promise<void> {
    const attempt = (this.attempts.get(event.id) ?? 0) + 1;
    this.attempts.set(event.id, attempt);
    await this.behave?.(event, attempt);
    await tx.query(`INSERT INTO "${this.schema}".applied (event_id, label, instance) VALUES ($1, $2, $3)`, [event.id, event.payload.label, this.instance]);
    if (event.payload.behaviour === 'emit') {
      if (!this.outbox) throw new Error('no outbox to emit with');
      await this.outbox.emit(tx, TestThingNotedV1, { thingEventId: event.id }, { townshipCode: null });
    }
  }
}

/** An envelope as intake's outbox would write it, for publishing straight onto the stream. */
export function testEnvelope(payload: Record<string, unknown>, overrides: Partial<Omit<EventEnvelope, 'payload'>> = {}): EventEnvelope<Record<string, unknown>> {
  return {
    id: randomUUID(),
    type: 'intake.test-thing.happened',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'intake',
    townshipCode: null,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'system' },
    payload,
    ...overrides,
  };
}

export interface StoredMessage {
  seq: number;
  subject: string;
  data: string;
  headers?: MsgHdrs;
}

/** Every message of a stream (optionally one subject filter), read with an ordered consumer. */
export async function readStream(js: JetStreamClient, stream: string, filter?: string): Promise<StoredMessage[]> {
  const consumer = await js.consumers.get(stream, filter ? { filter_subjects: filter } : {});
  const out: StoredMessage[] = [];
  for (;;) {
    const batch = await consumer.fetch({ max_messages: 500, expires: 1000 });
    let got = 0;
    for await (const m of batch) {
      got++;
      out.push({ seq: m.seq, subject: m.subject, data: m.string(), headers: m.headers });
      if (m.info.pending === 0) {
        await consumer.delete().catch(() => undefined);
        return out;
      }
    }
    if (got === 0) {
      await consumer.delete().catch(() => undefined);
      return out;
    }
  }
}

let schemaCounter = 0;

/**
 * Library-level test rig: a TestPlatform (own database, own nats-server) and the pieces of
 * the backbone wired by hand, each tracked so `cleanUp()` stops and closes them all.
 */
export class Backbone {
  private readonly stoppables: Array<() => Promise<unknown>> = [];

  private constructor(readonly platform: TestPlatform) {}

  static async start(): Promise<Backbone> {
    const platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    return new Backbone(platform);
  }

  /** A connection of its own, as another replica would have. */
  async nats(): Promise<Nats> {
    const nc = await connect({ servers: this.platform.nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    this.stoppables.push(() => (nc.isClosed() ? Promise.resolve() : nc.close()));
    return { nc, js: jetstream(nc, { timeout: 5000 }), jsm: await jetstreamManager(nc) };
  }

  /** Empty event streams: each test starts from nothing. */
  async resetStreams(jsm: JetStreamManager): Promise<void> {
    for (const definition of [EVENT_STREAMS.intake, EVENT_STREAMS.casework, DEAD_LETTER_STREAM] as StreamDefinition[]) {
      await jsm.streams.delete(definition.name).catch(() => undefined);
      await ensureStream(jsm, definition, 1);
    }
  }

  /** A fresh schema with an outbox, an inbox and the consumer-side `applied` table. */
  async schema(prefix = 't'): Promise<string> {
    const schema = `${prefix}_${++schemaCounter}`;
    const migration = class implements MigrationInterface {
      name = `TestBackbone${1700000000000 + schemaCounter}`;
      async up(q: QueryRunner): Promise<void> {
        await createOutboxAndInbox(q, schema);
        await q.query(`CREATE TABLE "${schema}".applied (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, label text NOT NULL, instance text NOT NULL)`);
      }
      async down(): Promise<void> {}
    };
    const ds = this.dataSourceFor(schema, [migration]);
    await ds.initialize();
    await migrateSchema(ds, schema);
    await ds.destroy();
    return schema;
  }

  /** A DataSource on the schema: one per simulated replica, like a service's pool. */
  async dataSource(schema: string, poolSize = 5, timeouts: { lockTimeoutMs?: number; idleInTransactionTimeoutMs?: number } = {}): Promise<DataSource> {
    const ds = this.dataSourceFor(schema, [], poolSize, timeouts);
    await ds.initialize();
    this.stoppables.push(() => (ds.isInitialized ? ds.destroy() : Promise.resolve()));
    return ds;
  }

  private dataSourceFor(schema: string, migrations: Array<new () => MigrationInterface>, poolSize = 5, timeouts: { lockTimeoutMs?: number; idleInTransactionTimeoutMs?: number } = {}): DataSource {
    return createDataSource({ url: this.platform.db.url, schema, migrations, applicationName: `test-${schema}`, poolSize, ...timeouts });
  }

  async relay(options: Omit<OutboxRelayOptions, 'databaseUrl' | 'logger'> & { logger?: Logger }): Promise<OutboxRelay> {
    const relay = new OutboxRelay({ logger: testLogger, databaseUrl: this.platform.db.url, ...options });
    await relay.start();
    this.stoppables.push(() => relay.stop());
    return relay;
  }

  async consumer(options: {
    nats: Nats;
    dataSource: DataSource;
    schema: string;
    durable: string;
    handlers: EventHandler[];
    maxDeliveries?: number;
    retryBaseMs?: number;
    ackWaitMs?: number;
    stream?: StreamDefinition;
  }): Promise<EventConsumer> {
    const stream = options.stream ?? EVENT_STREAMS.intake;
    const durable = { stream: stream.name, durable: options.durable, ackWaitMs: options.ackWaitMs ?? 30_000 };
    await ensureDurableConsumer(options.nats.jsm, durable);
    const consumer = new EventConsumer({
      js: options.nats.js,
      dataSource: options.dataSource,
      schema: options.schema,
      durable: options.durable,
      stream,
      handlers: options.handlers,
      deadLetters: new DeadLetters(options.nats.js),
      logger: testLogger,
      maxDeliveries: options.maxDeliveries ?? 4,
      retryBaseMs: options.retryBaseMs ?? 50,
      recreateDurable: () => ensureDurableConsumer(options.nats.jsm, durable),
      restartBaseMs: 100,
      maxRestartDelayMs: 1000,
    });
    await consumer.start();
    this.stoppables.push(() => consumer.stop());
    return consumer;
  }

  /** Stops consumers and relays first, then closes connections and pools (reverse order of creation). */
  async cleanUp(): Promise<void> {
    while (this.stoppables.length) {
      const stop = this.stoppables.pop()!;
      await stop().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await this.cleanUp();
    await this.platform.close();
  }
}

/** Rows of the consumer-side table, oldest first. */
export async function appliedRows(ds: DataSource, schema: string): Promise<AppliedRow[]> {
  return ds.query(`SELECT event_id, label, instance FROM "${schema}".applied ORDER BY seq`);
}

export async function inboxRows(ds: DataSource, schema: string): Promise<Array<{ consumer: string; event_id: string; stream_seq: string }>> {
  return ds.query(`SELECT consumer, event_id, stream_seq FROM "${schema}".inbox ORDER BY stream_seq`);
}

/**
 * Wraps a JetStream client so each replica's publishes can be counted; everything still goes
 * to the real server.
 */
export function countingJetStream(js: JetStreamClient, onPublish?: (subject: string) => Promise<void> | void): { js: JetStreamClient; published: () => number } {
  let published = 0;
  const wrapped = new Proxy(js, {
    get(target, prop, receiver) {
      if (prop === 'publish') {
        return async (...args: Parameters<JetStreamClient['publish']>) => {
          published++;
          const ack = await target.publish(...args);
          await onPublish?.(args[0]);
          return ack;
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  return { js: wrapped, published: () => published };
}

export const emitThings = async (ds: DataSource, outbox: Outbox, labels: string[], behaviour?: TestThingHappenedV1['behaviour']) =>
  ds.transaction(async (tx) => {
    const envelopes: EventEnvelope<TestThingHappenedV1>[] = [];
    for (const label of labels) envelopes.push(await outbox.emit(tx, TestThingHappenedV1, { label, ...(behaviour ? { behaviour } : {}) }, { townshipCode: null }));
    return envelopes;
  });
