import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS, PetitionRegisteredV1, type EventEnvelope } from '#contracts';
import { ensureStream } from '#messaging';
import { http, type TestPlatform } from '#testing';

export const TOWNSHIP = '430599101000';
export const VILLAGE = '430599101201';
export const REGISTERED = PetitionRegisteredV1.subject;

/** A valid 18-digit resident ID (GB 11643 check digit), different for each n. */
export function residentId(n: number): string {
  const body = `430524${19500101 + (n % 28) + Math.floor(n / 28) % 12 * 100}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** A registration at intake, a different petitioner and matter each time. */
export function registrationBody(n: number) {
  return {
    channel: 'visit',
    townshipCode: TOWNSHIP,
    villageCode: VILLAGE,
    category: 'land-acquisition',
    title: `反映征地补偿款未足额发放（第${n}组）`,
    content: `测试登记 ${n}：2025年修建县道占用第${n}组耕地，补偿款至今只发放一半。`,
    headcount: 1,
    petitioners: [{ name: `测试人${n}`, idNumber: residentId(n), phone: `138${String(10_000_000 + n).slice(-8)}` }],
  };
}

export async function register(intakeUrl: string, token: string, n: number, correlationId?: string) {
  return http(intakeUrl, 'POST', '/api/petitions', {
    token,
    body: registrationBody(n),
    headers: correlationId ? { 'x-correlation-id': correlationId } : {},
  });
}

/** A registration event as intake publishes it, for tests that feed casework straight from the stream. */
export function registrationEnvelope(petitionId = randomUUID()): EventEnvelope<PetitionRegisteredV1> {
  return {
    id: randomUUID(),
    type: 'intake.petition.registered',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'intake',
    townshipCode: TOWNSHIP,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'staff', id: 'test-officer', role: 'township-officer' },
    payload: { ...PetitionRegisteredV1.sample, petitionId, townshipCode: TOWNSHIP, villageCode: VILLAGE, receivedAt: new Date().toISOString() },
  };
}

/** The test's own view of the platform's database (any schema) and NATS server. */
export class Inspector {
  private constructor(
    readonly db: pg.Pool,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async connect(platform: TestPlatform): Promise<Inspector> {
    const db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    const nc = await connect({ servers: platform.nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    return new Inspector(db, nc, jetstream(nc, { timeout: 5000 }), await jetstreamManager(nc));
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  /** The first column of the first row, as a number (for `SELECT count(*) …`). */
  async scalar(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query(sql, params);
    return Number(Object.values(row ?? {})[0] ?? 0);
  }

  /** Message count of a stream; 0 when it does not exist yet. */
  async streamMessages(stream: string): Promise<number> {
    try {
      return (await this.jsm.streams.info(stream)).state.messages;
    } catch {
      return 0;
    }
  }

  /** The INTAKE stream exists before anything is published straight onto it. */
  async ensureIntakeStream(): Promise<void> {
    await ensureStream(this.jsm, EVENT_STREAMS.intake, 1);
  }

  async publishRaw(subject: string, data: string | object, msgID?: string) {
    return this.js.publish(subject, typeof data === 'string' ? data : JSON.stringify(data), msgID ? { msgID } : {});
  }

  /** Every message of a stream: subject, data and msgID. */
  async readStream(stream: string): Promise<Array<{ seq: number; subject: string; data: string; msgId?: string }>> {
    const consumer = await this.js.consumers.get(stream);
    const out: Array<{ seq: number; subject: string; data: string; msgId?: string }> = [];
    for (;;) {
      const batch = await consumer.fetch({ max_messages: 1000, expires: 1000 });
      let got = 0;
      for await (const m of batch) {
        got++;
        out.push({ seq: m.seq, subject: m.subject, data: m.string(), msgId: m.headers?.get('Nats-Msg-Id') });
        if (m.info.pending === 0) {
          await consumer.delete().catch(() => undefined);
          return out;
        }
      }
      if (got === 0) return out;
    }
  }

  /** num_ack_pending and num_pending of a durable: both 0 once everything delivered was acked. */
  async durableBacklog(stream: string, durable: string): Promise<{ ackPending: number; pending: number }> {
    const info = await this.jsm.consumers.info(stream, durable);
    return { ackPending: info.num_ack_pending, pending: info.num_pending };
  }

  async close(): Promise<void> {
    await this.nc.close().catch(() => undefined);
    await this.db.end().catch(() => undefined);
  }
}

/** One value of a Prometheus counter from a service's /metrics (0 when absent). */
export async function counter(serviceUrl: string, name: string, labels: Record<string, string>): Promise<number> {
  const res = await fetch(`${serviceUrl}/metrics`);
  const text = await res.text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const matches = Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`));
    if (matches) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a built script of the platform to its end, with the given environment on top of the test's. */
export function runBuilt(script: string, env: Record<string, string>, timeoutMs = 30_000): Promise<Exit> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'dist', script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} still running after ${timeoutMs} ms: ${stderr || stdout}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
