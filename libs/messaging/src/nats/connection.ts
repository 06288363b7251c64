import { connect, type NatsConnection } from '@nats-io/transport-node';

/** A connection that reconnects for as long as the process lives; the first connect fails fast. */
export async function connectNats(url: string, name: string): Promise<NatsConnection> {
  try {
    return await connect({
      servers: url.split(',').map((s) => s.trim()),
      name,
      timeout: 5000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      pingInterval: 10_000,
    });
  } catch (err) {
    throw new Error(`NATS_URL: cannot reach ${url}: ${(err as Error).message}`);
  }
}
