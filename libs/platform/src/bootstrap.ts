import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DynamicModule } from '@nestjs/common';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ensureDevKeyPair } from './auth/tokens.js';
import { ConfigError, loadConfigOrExit } from './config/load-config.js';
import { natsClientOptions, type ServiceConfig } from './config/service-config.js';
import { runInContext } from './context/request-context.js';
import { setupApiDocs } from './http/api-docs.js';
import { ErrorFilter, frameworkError } from './http/error.filter.js';
import { createValidationPipe } from './http/validation.pipe.js';
import { createLogger, PinoNestLogger } from './logging/logger.js';
import { httpDuration, httpRequests, initMetrics } from './metrics/metrics.js';
import type { ServiceRuntime } from './platform.module.js';

export interface ServiceDefinition<C extends ServiceConfig> {
  /** intake | casework | notification | reporting */
  name: string;
  /** OpenAPI title and description, shown at /docs. */
  title: string;
  description: string;
  /** The gateway: its own API takes the session cookie of this name (documented beside Bearer). */
  sessionCookie?: string;
  configClass: new () => C;
  port: (config: C) => number;
  /** The root module, built from the runtime (config, logger, key). */
  module: (runtime: ServiceRuntime<C>) => DynamicModule;
  /** Answers core-NATS request/reply (Nest's NATS transport, one queue group per service). */
  requestReply?: boolean;
  /** Fastify plugins the service needs (e.g. multipart uploads), registered before Nest's routes. */
  httpPlugins?: (fastify: FastifyInstance, runtime: ServiceRuntime<C>) => Promise<void>;
  /** The PEM that verifies staff tokens, when the service derives it itself (the gateway, from its signing key). */
  publicKeyPem?: (config: C) => string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 1024 * 1024;

/** The PEM that verifies staff tokens: from the environment, a file, or in development the local pair. */
export function resolvePublicKeyPem(config: ServiceConfig): string {
  if (config.AUTH_PUBLIC_KEY) return config.AUTH_PUBLIC_KEY.replace(/\\n/g, '\n');
  if (config.AUTH_PUBLIC_KEY_FILE) {
    try {
      return readFileSync(config.AUTH_PUBLIC_KEY_FILE, 'utf8');
    } catch {
      throw new ConfigError(`AUTH_PUBLIC_KEY_FILE: cannot read ${config.AUTH_PUBLIC_KEY_FILE}`);
    }
  }
  if (config.NODE_ENV === 'production') throw new ConfigError('AUTH_PUBLIC_KEY: required in production (or AUTH_PUBLIC_KEY_FILE)');
  return ensureDevKeyPair().publicKeyPem;
}

export function createRuntime<C extends ServiceConfig>(name: string, config: C, publicKeyPem = resolvePublicKeyPem(config)): ServiceRuntime<C> {
  return { service: name, config, logger: createLogger(name, config.LOG_LEVEL), publicKeyPem };
}

function trustProxySetting(value: string): boolean | string[] {
  return value === 'false' ? false : value.split(',').map((v) => v.trim());
}

/** Builds a service's Nest application on Fastify, with the platform's HTTP conventions. Does not listen. */
export async function createServiceApp<C extends ServiceConfig>(definition: ServiceDefinition<C>, runtime: ServiceRuntime<C>): Promise<NestFastifyApplication> {
  const { logger } = runtime;
  initMetrics(definition.name);
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: trustProxySetting(runtime.config.TRUST_PROXY),
    logger: false,
    // a URL Fastify cannot decode (a broken %-escape) never reaches Nest: answer it as every other 400 is answered
    frameworkErrors: (error: { code?: string }, _request: unknown, reply: FastifyReply) => {
      void reply.code(400).send(frameworkError(400, error.code ?? 'FST_ERR_BAD_URL'));
    },
    genReqId: (req: IncomingMessage) => {
      const header = req.headers['x-correlation-id'];
      return typeof header === 'string' && UUID.test(header) ? header.toLowerCase() : randomUUID();
    },
  });
  const fastify = adapter.getInstance() as unknown as FastifyInstance;
  await definition.httpPlugins?.(fastify, runtime);
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('x-correlation-id', req.id);
    runInContext({ correlationId: req.id, causationId: null, actor: { kind: 'citizen' } }, done);
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    httpRequests().inc({ method: req.method, route, status: reply.statusCode });
    httpDuration().observe({ method: req.method, route }, seconds);
    // the route pattern, never the URL: query strings may carry search text
    logger.debug({ method: req.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    done();
  });
  // JSON only: Fastify's own JSON parser stays; a text/plain or form body gets 415 instead of
  // reaching validation as a string or a flat object (Nest would add a form parser of its own)
  fastify.removeContentTypeParser('text/plain');

  const app = await NestFactory.create<NestFastifyApplication>(definition.module(runtime), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    bodyParser: false,
  });
  app.useGlobalFilters(new ErrorFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (definition.requestReply) {
    app.connectMicroservice<MicroserviceOptions>({ transport: Transport.NATS, options: { servers: runtime.config.NATS_URL.split(','), queue: definition.name, name: `${definition.name}-rpc`, ...natsClientOptions(runtime.config) } });
  }

  setupApiDocs(app, definition);
  return app;
}

/**
 * Starts a service as its own process: configuration first (one line and exit on a bad
 * setting), then the app, then the port. A failure to start is one line too.
 */
export async function runService<C extends ServiceConfig>(definition: ServiceDefinition<C>): Promise<NestFastifyApplication> {
  const config = loadConfigOrExit(definition.name, definition.configClass);
  let runtime: ServiceRuntime<C>;
  try {
    runtime = createRuntime(definition.name, config, definition.publicKeyPem?.(config));
  } catch (err) {
    process.stderr.write(`${definition.name}: configuration error: ${(err as Error).message}\n`);
    process.exit(1);
  }
  try {
    const app = await createServiceApp(definition, runtime);
    await app.startAllMicroservices();
    const port = definition.port(config);
    await app.listen(port, '0.0.0.0');
    runtime.logger.info({ port }, `${definition.name} listening on http://127.0.0.1:${port}`);
    return app;
  } catch (err) {
    process.stderr.write(`${definition.name}: cannot start: ${(err as Error).message.split('\n')[0]}\n`);
    process.exit(1);
  }
}
