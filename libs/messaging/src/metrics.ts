import { Counter, Gauge, Histogram } from 'prom-client';
import { metric, metricsRegistry } from '#platform';

export const relayMetrics = () => ({
  published: metric('xinfang_outbox_published_total', () => new Counter({ name: 'xinfang_outbox_published_total', help: 'Outbox events published to JetStream', labelNames: ['schema'], registers: [metricsRegistry] })),
  parked: metric('xinfang_outbox_parked_total', () => new Counter({ name: 'xinfang_outbox_parked_total', help: 'Outbox rows parked because they can never be published as they are', labelNames: ['schema'], registers: [metricsRegistry] })),
});

export const consumerMetrics = () => ({
  handled: metric('xinfang_events_handled_total', () => new Counter({ name: 'xinfang_events_handled_total', help: 'Events taken from JetStream, by outcome (applied, duplicate, skipped, retried, dead-lettered)', labelNames: ['consumer', 'subject', 'outcome'], registers: [metricsRegistry] })),
  duration: metric('xinfang_event_handling_seconds', () => new Histogram({ name: 'xinfang_event_handling_seconds', help: 'Time to apply one event, transaction included', labelNames: ['consumer', 'subject'], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [metricsRegistry] })),
  redelivered: metric('xinfang_consumer_redelivered_total', () => new Counter({ name: 'xinfang_consumer_redelivered_total', help: 'Deliveries of an event after its first (nak, ack wait passed, crash), by stream and durable', labelNames: ['stream', 'durable'], registers: [metricsRegistry] })),
  up: metric('xinfang_consumer_up', () => new Gauge({ name: 'xinfang_consumer_up', help: '1 while the durable consumer pulls, 0 while it is down or restarting', labelNames: ['stream', 'durable'], registers: [metricsRegistry] })),
  restarts: metric('xinfang_consumer_restarts_total', () => new Counter({ name: 'xinfang_consumer_restarts_total', help: 'Times a consumer loop that ended was opened again', labelNames: ['stream', 'durable'], registers: [metricsRegistry] })),
  deadLettered: metric('xinfang_dead_letters_total', () => new Counter({ name: 'xinfang_dead_letters_total', help: 'Events parked in the dead-letter stream', labelNames: ['consumer', 'subject'], registers: [metricsRegistry] })),
});

/** Consumers of this process whose backlog /metrics reports, asked from the server at each scrape. */
const backlogSources = new Set<{ stream: string; durable: string; info: () => Promise<{ num_pending: number; num_ack_pending: number }> }>();

export function reportBacklog(source: { stream: string; durable: string; info: () => Promise<{ num_pending: number; num_ack_pending: number }> }): () => void {
  backlogPending();
  backlogSources.add(source);
  return () => backlogSources.delete(source);
}

/** Events in the stream the durable has not acked yet: not delivered (num_pending) plus in work (num_ack_pending). */
const backlogPending = () =>
  metric(
    'xinfang_consumer_pending',
    () =>
      new Gauge({
        name: 'xinfang_consumer_pending',
        help: 'Events of the stream the durable consumer has not acked yet (undelivered plus awaiting ack), by stream and durable',
        labelNames: ['stream', 'durable'],
        registers: [metricsRegistry],
        async collect() {
          this.reset();
          await Promise.all(
            [...backlogSources].map(async (s) => {
              // a scrape must not hang on an absent bus: such a durable is left out (and its consumer_up is 0)
              const info = await Promise.race([s.info(), new Promise<null>((r) => setTimeout(() => r(null), 1000).unref())]).catch(() => null);
              if (info) this.set({ stream: s.stream, durable: s.durable }, info.num_pending + info.num_ack_pending);
            }),
          );
        },
      }),
  );
