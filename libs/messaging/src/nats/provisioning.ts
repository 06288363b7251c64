import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  ReplayPolicy,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { StreamDefinition } from '#contracts';

/** How long JetStream remembers a msgID to drop a relay's repeated publish of the same event. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * Creates the stream, or brings an existing one to this configuration. Safe when replicas of
 * several services run it at the same moment: an identical add is accepted by the server, and a
 * losing racer falls back to update.
 */
export async function ensureStream(jsm: JetStreamManager, definition: StreamDefinition, replicas: number): Promise<void> {
  const config: Partial<StreamConfig> & { name: string } = {
    name: definition.name,
    subjects: definition.subjects,
    description: definition.description,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // kept for ever: projections are rebuilt by replaying every stream from the start
    max_age: 0,
    max_msgs: -1,
    max_bytes: -1,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    num_replicas: replicas,
  };
  try {
    await jsm.streams.add(config);
  } catch (err) {
    if (!(err instanceof JetStreamApiError)) throw err;
    // exists with another configuration (or created by a racer between our calls): converge on ours
    const { name, ...update } = config;
    await jsm.streams.update(name, update);
  }
}

export interface DurableOptions {
  stream: string;
  durable: string;
  ackWaitMs: number;
  /** Subject filter inside the stream; the whole stream when absent. */
  filterSubject?: string;
}

/**
 * Creates or updates a durable pull consumer. Redelivery is unlimited on the server: the
 * consumer itself dead-letters an event after its last allowed delivery, so nothing is dropped
 * silently by a server-side limit.
 */
export async function ensureDurableConsumer(jsm: JetStreamManager, options: DurableOptions): Promise<void> {
  const config = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    ack_wait: nanos(options.ackWaitMs),
    max_deliver: -1,
    max_ack_pending: 1000,
    ...(options.filterSubject ? { filter_subject: options.filterSubject } : {}),
  };
  try {
    await jsm.consumers.add(options.stream, config);
  } catch (err) {
    if (!(err instanceof JetStreamApiError)) throw err;
    const { durable_name, deliver_policy, ...update } = config;
    void deliver_policy;
    await jsm.consumers.update(options.stream, durable_name, update);
  }
}
