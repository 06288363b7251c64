import httpProxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { Counter } from 'prom-client';
import { metric, metricsRegistry } from '#platform';
import type { GatewayConfig } from '../config.js';

export const SERVICES = ['intake', 'casework', 'notification', 'reporting'] as const;
export type ServiceName = (typeof SERVICES)[number];

const LABELS: Record<ServiceName, string> = {
  intake: '登记服务',
  casework: '办理服务',
  notification: '通知服务',
  reporting: '统计服务',
};

const upstreamErrors = () =>
  metric('xinfang_gateway_upstream_errors_total', () => new Counter({ name: 'xinfang_gateway_upstream_errors_total', help: 'Forwarded requests answered by the gateway because the service was down, slow or broken', labelNames: ['service', 'status'], registers: [metricsRegistry] }));

const UNAVAILABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'FST_REPLY_FROM_SERVICE_UNAVAILABLE']);
const TIMED_OUT = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'FST_REPLY_FROM_GATEWAY_TIMEOUT', 'FST_REPLY_FROM_TIMEOUT']);

/** 503 when nothing answers, 504 when it answers too slowly, 502 when what came back is not a response. */
export function upstreamFailure(service: ServiceName, error: { code?: string; statusCode?: number; cause?: { code?: string } }): { status: 502 | 503 | 504; message: string } {
  const codes = [error.code, error.cause?.code].filter(Boolean) as string[];
  const name = `${LABELS[service]}（${service}）`;
  if (codes.some((c) => UNAVAILABLE.has(c)) || error.statusCode === 503) return { status: 503, message: `${name}暂不可用，请稍后重试` };
  if (codes.some((c) => TIMED_OUT.has(c)) || error.statusCode === 504) return { status: 504, message: `${name}响应超时，请稍后重试` };
  return { status: 502, message: `${name}返回了无效的响应，请稍后重试` };
}

const REASONS = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' } as const;

/** What a service is told about the caller: the gateway is the trust boundary, so the client's own forwarding headers are replaced. */
function forwardedHeaders(request: Pick<FastifyRequest, 'id' | 'ip' | 'protocol' | 'host'>, headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = { ...headers };
  // the session cookie never leaves the gateway; services get the staff token the gate put in Authorization
  delete out.cookie;
  out['x-correlation-id'] = request.id;
  out['x-forwarded-for'] = request.ip;
  out['x-forwarded-proto'] = request.protocol;
  out['x-forwarded-host'] = request.host;
  return out;
}

/**
 * `/<service>/…` → that service with the prefix stripped, bodies streamed both ways untouched
 * (@fastify/http-proxy on undici). `admit` is the session gate: it may answer a request itself.
 */
export async function forwardToServices(fastify: FastifyInstance, config: GatewayConfig, admit: (request: FastifyRequest, reply: FastifyReply) => Promise<boolean>): Promise<void> {
  const urls: Record<ServiceName, string> = { intake: config.INTAKE_URL, casework: config.CASEWORK_URL, notification: config.NOTIFICATION_URL, reporting: config.REPORTING_URL };
  for (const service of SERVICES) {
    await fastify.register(httpProxy, {
      upstream: urls[service],
      prefix: `/${service}`,
      rewritePrefix: '',
      undici: { connections: 128, pipelining: 1, connectTimeout: 5_000, headersTimeout: config.UPSTREAM_TIMEOUT_MS, bodyTimeout: Math.max(60_000, config.UPSTREAM_TIMEOUT_MS), keepAliveTimeout: 4_000 },
      preHandler: async (request, reply) => {
        if (await admit(request, reply)) return reply;
      },
      replyOptions: {
        rewriteRequestHeaders: forwardedHeaders,
        onError: (reply, { error }) => {
          const { status, message } = upstreamFailure(service, error as never);
          upstreamErrors().inc({ service, status });
          reply.request.log.warn({ service, code: (error as { code?: string }).code }, 'upstream failed');
          if (!reply.sent) void reply.code(status).header('cache-control', 'no-store').send({ statusCode: status, error: REASONS[status], message, service });
        },
      },
    });
  }
}
