import { Counter, Histogram } from 'prom-client';
import { metric, metricsRegistry } from '#platform';

export const relayMetrics = () => ({
  published: metric('xinfang_outbox_published_total', () => new Counter({ name: 'xinfang_outbox_published_total', help: 'Outbox events published to JetStream', labelNames: ['schema'], registers: [metricsRegistry] })),
  parked: metric('xinfang_outbox_parked_total', () => new Counter({ name: 'xinfang_outbox_parked_total', help: 'Outbox rows parked because they can never be published as they are', labelNames: ['schema'], registers: [metricsRegistry] })),
});

export const consumerMetrics = () => ({
  handled: metric('xinfang_events_handled_total', () => new Counter({ name: 'xinfang_events_handled_total', help: 'Events taken from JetStream, by outcome (applied, duplicate, skipped, retried, dead-lettered)', labelNames: ['consumer', 'subject', 'outcome'], registers: [metricsRegistry] })),
  duration: metric('xinfang_event_handling_seconds', () => new Histogram({ name: 'xinfang_event_handling_seconds', help: 'Time to apply one event, transaction included', labelNames: ['consumer', 'subject'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [metricsRegistry] })),
  deadLettered: metric('xinfang_dead_letters_total', () => new Counter({ name: 'xinfang_dead_letters_total', help: 'Events parked in the dead-letter stream', labelNames: ['consumer', 'subject'], registers: [metricsRegistry] })),
});
