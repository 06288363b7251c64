import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { Public } from '../auth/decorators.js';

/** One Prometheus registry per process; every lib and app registers its metrics here. */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function initMetrics(service: string): void {
  metricsRegistry.setDefaultLabels({ service });
  if (!defaultsCollected) {
    collectDefaultMetrics({ register: metricsRegistry, prefix: 'xinfang_' });
    defaultsCollected = true;
  }
}

/** A metric registered once per process, even when several test apps share it. */
export function metric<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

export const httpRequests = () =>
  metric('xinfang_http_requests_total', () => new Counter({ name: 'xinfang_http_requests_total', help: 'HTTP requests served', labelNames: ['method', 'route', 'status'], registers: [metricsRegistry] }));

export const httpDuration = () =>
  metric('xinfang_http_request_duration_seconds', () => new Histogram({ name: 'xinfang_http_request_duration_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [metricsRegistry] }));

@ApiExcludeController()
@Controller()
export class MetricsController {
  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
