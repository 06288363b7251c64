import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Module,
  NotFoundException,
  Optional,
  Param,
  ParseIntPipe,
  Post,
  Query,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { DEAD_LETTER_STREAM, EVENT_STREAMS, type Producer } from '#contracts';
import { APP_LOGGER, HealthRegistry, InputValidationException, natsClientOptions, Roles, SERVICE_CONFIG, type ServiceConfig, ApiErrors } from '#platform';
import { DeadLetters } from './dead-letters/dead-letters.js';
import { EventConsumer } from './inbox/event-consumer.js';
import type { ConsumerDefinition, EventHandler } from './inbox/event-handler.js';
import { connectNats } from './nats/connection.js';
import { ensureDurableConsumer, ensureStream } from './nats/provisioning.js';
import { Outbox } from './outbox/outbox.js';
import { OutboxRelay } from './outbox/outbox-relay.js';
import { upgradeOutboxAndInbox } from './outbox/outbox-tables.js';
import { ParkedOutbox } from './outbox/parked-outbox.js';
import type { DeadLetter } from './dead-letters/dead-letters.js';
import { DeadLetterListResponse, DeadLetterReplayResponse } from './dead-letters/dead-letters.responses.js';

export interface MessagingOptions {
  /** The producing service: its stream is created, and it may emit only its own subjects. */
  service: Producer;
  /** The schema holding its outbox and inbox. */
  schema: string;
  /** One durable consumer per stream the service listens to. */
  consumers: ConsumerDefinition[];
}

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');
const OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * Starts and stops the event backbone of one service: provisions its streams and durable
 * consumers, runs the outbox relay and the consumers, and drains them on shutdown.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private relay?: OutboxRelay;
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(OPTIONS) private readonly options: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetters,
    private readonly health: HealthRegistry,
    private readonly moduleRef: ModuleRef,
    @Optional() private readonly adapterHost?: HttpAdapterHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { service, schema, consumers } = this.options;
    this.health.register('nats', async () => {
      if (this.nc.isClosed()) throw new Error('connection closed');
      await this.nc.flush();
    });

    // the backbone's own additions to its tables, after the service's migrations (idempotent)
    await upgradeOutboxAndInbox(this.dataSource, schema);

    const jsm = await jetstreamManager(this.nc);
    const replicas = this.config.STREAM_REPLICAS;
    await ensureStream(jsm, EVENT_STREAMS[service], replicas);
    await ensureStream(jsm, DEAD_LETTER_STREAM, replicas);
    const durableOf = (definition: ConsumerDefinition) => ({ stream: definition.stream.name, durable: service, ackWaitMs: this.config.CONSUMER_ACK_WAIT_MS });
    for (const consumer of consumers) {
      await ensureStream(jsm, consumer.stream, replicas);
      await ensureDurableConsumer(jsm, durableOf(consumer));
    }

    if (this.config.OUTBOX_RELAY === 'on') {
      this.relay = new OutboxRelay({ dataSource: this.dataSource, js: this.js, nc: this.nc, schema, databaseUrl: this.config.DATABASE_URL, logger: this.logger, maxAttempts: this.config.OUTBOX_MAX_ATTEMPTS });
      await this.relay.start();
    }
    if (this.config.EVENT_CONSUMERS === 'on') {
      for (const definition of consumers) {
        const handlers = definition.handlers.map((cls) => this.moduleRef.get<EventHandler>(cls, { strict: false }));
        const consumer = new EventConsumer({
          js: this.js,
          dataSource: this.dataSource,
          schema,
          durable: service,
          stream: definition.stream,
          handlers,
          deadLetters: this.deadLetters,
          logger: this.logger,
          maxDeliveries: this.config.CONSUMER_MAX_DELIVERIES,
          retryBaseMs: this.config.CONSUMER_RETRY_BASE_MS,
          demoClock: this.config.DEMO_CLOCK === 'on' && this.config.NODE_ENV !== 'production',
          // a durable deleted on the server (by hand, or lost with its storage) is made again as provisioned
          recreateDurable: () => ensureDurableConsumer(jsm, durableOf(definition)),
        });
        await consumer.start();
        this.consumers.push(consumer);
        // /health is 503 while a consumer is not pulling, naming it
        this.health.register(`consumer:${definition.stream.name}`, () => consumer.healthCheck());
      }
    }
  }

  /**
   * The shutdown order, in one hook because Nest orders hooks across modules only by import
   * distance: Nest calls every module's beforeApplicationShutdown, then closes the HTTP server
   * (dispose), then calls onApplicationShutdown (where the database pool closes). Left to that
   * order, the relay would stop while requests still commit outbox rows. So: consumers stop
   * (finishing the event in hand), the HTTP server stops accepting and finishes the requests in
   * hand (Fastify's close; Nest's own close later finds it closed), and only then the relay
   * publishes once more and stops — all before the pool closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
    await this.closeHttp();
    await this.relay?.stop();
  }

  private async closeHttp(): Promise<void> {
    const adapter = this.adapterHost?.httpAdapter;
    if (!adapter) return; // a standalone context (scripts): no HTTP server
    // a keep-alive connection whose request finishes during the close would hold it open until
    // its keep-alive timeout: close connections as they fall idle
    const server = adapter.getHttpServer() as { closeIdleConnections?: () => void } | undefined;
    const sweep = setInterval(() => server?.closeIdleConnections?.(), 50);
    try {
      await adapter.close();
    } catch (err) {
      this.logger.warn({ err: { message: (err as Error).message } }, 'closing the HTTP server before the relay failed');
    } finally {
      clearInterval(sweep);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
  }

  /**
   * Applies a dead letter again through its consumer (after its cause is fixed) and, once applied
   * or found applied before, removes it from the dead-letter stream.
   */
  async replayDeadLetter(seq: number): Promise<{ outcome: 'applied' | 'duplicate' | 'skipped' | 'published'; eventId?: string } | null> {
    if (seq < 0) {
      // an outbox row the relay parked: publish it now
      const published = await new ParkedOutbox(this.dataSource, this.options.schema).republish(this.js, -seq);
      if (published) this.logger.info({ outboxSeq: -seq, eventId: published.eventId }, 'parked outbox row published');
      return published && { outcome: 'published', eventId: published.eventId };
    }
    const letter = await this.deadLetters.get(this.options.service, seq);
    if (!letter) return null;
    const consumer = this.consumers.find((c) => c.stream.name === letter.originalStream);
    if (!consumer) throw new Error(`this process does not consume ${letter.originalStream} (EVENT_CONSUMERS=off?)`);
    const result = await consumer.apply(letter.originalSubject, letter.data, null);
    await this.deadLetters.remove(seq);
    this.logger.info({ seq, subject: letter.originalSubject, ...result }, 'dead letter replayed');
    return result;
  }

  /** Dead letters of this service's consumers, then the outbox rows its relay parked. */
  async listDeadLetters(limit: number): Promise<DeadLetter[]> {
    const letters = await this.deadLetters.list(this.options.service, limit);
    const parked = await new ParkedOutbox(this.dataSource, this.options.schema).list(Math.max(0, limit - letters.length));
    return [
      ...letters,
      ...parked.map((p) => ({ seq: -p.outboxSeq, source: 'outbox' as const, parkedAt: p.parkedAt, consumer: this.options.service, originalSubject: p.subject, originalStream: 'outbox', originalSeq: p.outboxSeq, deliveries: p.attempts, reason: p.reason, data: p.data })),
    ];
  }

  /** Publishes everything committed so far (tests and scripts that need to wait for the relay). */
  async flushOutbox(): Promise<void> {
    await this.relay?.flush();
  }
}

class DeadLetterQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/** Dead letters stay visible: what this service could not apply, and why. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/dead-letters')
class DeadLettersController {
  constructor(private readonly runtime: MessagingRuntime) {}

  @Get()
  @Roles('county-admin')
  @ApiOperation({ summary: '本服务无法处理的事件（死信）及原因，以及发件箱中无法发布的事件' })
  @ApiOkResponse({ type: DeadLetterListResponse })
  @ApiErrors(400, 403)
  async list(@Query() query: DeadLetterQuery) {
    return { items: await this.runtime.listDeadLetters(query.limit ?? 200) };
  }

  @Post(':seq/replay')
  @HttpCode(200)
  @Roles('county-admin')
  @ApiOperation({ summary: '原因排除后重新处理一条死信（成功后从死信中移除）；负序号为发件箱中无法发布的事件，重新发布' })
  @ApiOkResponse({ type: DeadLetterReplayResponse })
  @ApiErrors(400, 403, 404, 409)
  async replay(@Param('seq', new ParseIntPipe({ exceptionFactory: () => new InputValidationException([{ field: 'seq', rule: 'isInt', message: '必须是整数（死信序号）' }]) })) seq: number) {
    let result;
    try {
      result = await this.runtime.replayDeadLetter(seq);
    } catch (err) {
      throw new ConflictException({ message: `仍无法处理：${(err as Error).message}`, rule: 'replay-failed' });
    }
    if (!result) throw new NotFoundException('没有这条死信');
    return { seq, ...result };
  }
}

@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      controllers: [DeadLettersController],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => connectNats(config.NATS_URL, options.service, natsClientOptions(config)),
        },
        { provide: JETSTREAM, inject: [NATS_CONNECTION], useFactory: (nc: NatsConnection) => jetstream(nc, { timeout: 5000 }) },
        { provide: DeadLetters, inject: [JETSTREAM], useFactory: (js: JetStreamClient) => new DeadLetters(js) },
        { provide: Outbox, useValue: new Outbox(options.service, options.schema) },
        MessagingRuntime,
      ],
      exports: [Outbox, NATS_CONNECTION, JETSTREAM, MessagingRuntime, DeadLetters],
    };
  }
}
