import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { NatsClientOptions } from '#platform';

/**
 * A connection that reconnects for as long as the process lives; the first connect fails fast.
 * `auth` is the process's bus user and TLS (`natsClientOptions(config)`); a refused user or
 * password fails the start with one line naming the setting.
 */
export async function connectNats(url: string, name: string, auth: NatsClientOptions = {}): Promise<NatsConnection> {
  try {
    return await connect({
      servers: url.split(',').map((s) => s.trim()),
      name,
      timeout: 5000,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      pingInterval: 10_000,
      ...auth,
    });
  } catch (err) {
    const message = (err as Error).message;
    if (/authorization/i.test(message)) throw new Error(`NATS_USER: ${auth.user ? `the bus refused user ${auth.user} (wrong password?)` : 'the bus requires a user: set NATS_USER and NATS_PASSWORD'} at ${url}: ${message}`);
    throw new Error(`NATS_URL: cannot reach ${url}: ${message}`);
  }
}
