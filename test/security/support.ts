import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { EVENT_STREAMS } from '#contracts';
import type { Role } from '#platform';
import { eventually, FakeSmsGateway, http, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../../apps/casework/src/casework.module.js';
import { DirectoryService } from '../../apps/intake/src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../../apps/intake/src/intake.module.js';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { NOTIFICATION_SERVICE } from '../../apps/notification/src/notification.module.js';
import { REPORTING_SERVICE } from '../../apps/reporting/src/reporting.module.js';

// ───────────────────────────── the demo county ─────────────────────────────

export const QINGSHUI = '430599101000'; // 清水镇
export const QINGSHUI_SHIQIAO = '430599101201'; // 清水镇石桥村
export const QINGSHUI_YANGLIU = '430599101202'; // 清水镇杨柳村
export const SHIMEN = '430599102000'; // 石门镇
export const SHIMEN_HONGYAN = '430599102202'; // 石门镇红岩村
export const CHENGGUAN = '430599100000'; // 城关镇
export const TOWNSHIP_CODES = DEMO_COUNTY.townships.map((t) => t.code);
export const VILLAGE_CODES = DEMO_COUNTY.townships.flatMap((t) => t.villages.map((v) => v.code));
export const UNIT_CODES = DEMO_COUNTY.units.map((u) => u.code);
export const CATEGORY_CODES = DEMO_COUNTY.categories.map((c) => c.code);
export const townshipGovernment = (townshipCode: string) => `twp-${townshipCode}`;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A valid resident ID (GB 11643): 17 digits and the computed check character. */
export function residentId(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

/** A valid ID number whose check character is X (its digits cannot turn up by chance in hex: hashes, UUIDs). */
export function idEndingInX(birth: string, from: number, area = '430524'): string {
  for (let seq = from; ; seq++) {
    const id = residentId(`${area}${birth}${String(seq % 1000).padStart(3, '0')}`);
    if (id.endsWith('X')) return id;
  }
}

// ───────────────────────────── the services ─────────────────────────────

export type ServiceName = 'intake' | 'casework' | 'notification' | 'reporting';
export const SERVICE_NAMES: ServiceName[] = ['intake', 'casework', 'notification', 'reporting'];
const DEFINITIONS = { intake: INTAKE_SERVICE, casework: CASEWORK_SERVICE, notification: NOTIFICATION_SERVICE, reporting: REPORTING_SERVICE } as const;
/** The durable consumers of each service, by stream (see each service's module). */
const CONSUMES: Record<ServiceName, string[]> = { intake: ['CASEWORK'], casework: ['INTAKE'], notification: ['INTAKE', 'CASEWORK'], reporting: ['INTAKE', 'CASEWORK'] };

/** Fast settings for the notification service: no quiet hours, a quick dispatcher. */
export const NOTIFICATION_TEST_ENV = { DISPATCH_INTERVAL_MS: '100', QUIET_HOURS_START: '0', QUIET_HOURS_END: '0' };

/**
 * Some of the four services in this process, on a platform (database, nats-server) of the test
 * file's own, with the demo county loaded through intake when intake runs.
 */
export class Rig {
  readonly tokens = new Map<string, string>();
  private constructor(
    readonly platform: TestPlatform,
    readonly services: Partial<Record<ServiceName, InProcessService>>,
    readonly db: Db,
    readonly bus: Bus,
    readonly sms?: FakeSmsGateway,
  ) {}

  static async start(names: ServiceName[], options: { env?: Partial<Record<ServiceName, Record<string, string>>>; sms?: boolean } = {}): Promise<Rig> {
    const platform = await TestPlatform.start();
    await platform.db.withoutCommitFlush();
    const sms = options.sms ? await FakeSmsGateway.start() : undefined;
    const started = await Promise.all(
      names.map(async (name) => {
        const env = { ...(name === 'notification' ? { ...NOTIFICATION_TEST_ENV, ...(sms ? { SMS_GATEWAY_URL: sms.url } : {}) } : {}), ...(options.env?.[name] ?? {}) };
        return [name, await startInProcess(DEFINITIONS[name] as never, platform, env)] as const;
      }),
    );
    const services = Object.fromEntries(started) as Partial<Record<ServiceName, InProcessService>>;
    const rig = new Rig(platform, services, await Db.connect(platform.db.url), await Bus.connect(platform.nats.url), sms);
    if (services.intake) {
      await services.intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
      await rig.quiesce();
    }
    return rig;
  }

  url(name: ServiceName): string {
    const service = this.services[name];
    if (!service) throw new Error(`${name} is not running in this rig`);
    return service.url;
  }

  /** A staff token, cached: role and township (or unit for a department officer). */
  async token(role: Role, scope?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}`;
    if (!this.tokens.has(key)) this.tokens.set(key, await this.platform.token(role, scope));
    return this.tokens.get(key)!;
  }

  /** Waits until every outbox of a running service is published and every running consumer has acked everything. */
  async quiesce(timeoutMs = 20_000): Promise<void> {
    await quiesce(this.db, this.bus, SERVICE_NAMES.filter((n) => this.services[n]), timeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.services).map((s) => s.close().catch(() => undefined)));
    await this.bus?.close();
    await this.db?.close();
    await this.sms?.stop();
    await this.platform?.close();
  }
}

/**
 * Waits until the given services' outboxes are all published and their durable consumers have
 * acked everything — twice in a row, 100 ms apart: an event consumed between two looks (and the
 * outbox row its handler wrote) is caught by the second.
 */
export async function quiesce(db: Db, bus: Bus, running: ServiceName[], timeoutMs = 20_000): Promise<void> {
  for (let quiet = 0; quiet < 2; quiet++) {
    if (quiet) await new Promise((r) => setTimeout(r, 100));
    await eventually(async () => {
      for (const name of running) {
        const pending = await db.scalar(`SELECT count(*) FROM "${name}".outbox WHERE published_at IS NULL`);
        if (pending) throw new Error(`${name} has ${pending} unpublished events`);
      }
      for (const name of running) {
        for (const stream of CONSUMES[name]) {
          const backlog = await bus.durableBacklog(stream, name);
          if (backlog.pending || backlog.ackPending) throw new Error(`${name} has ${JSON.stringify(backlog)} on ${stream}`);
        }
      }
    }, timeoutMs, 50);
  }
}

// ───────────────────────────── the database, as the test sees it ─────────────────────────────

/** Tables whose rows a request may not change but whose contents change in the background: compared by row count only. */
const COUNT_ONLY = new Set(['outbox', 'delivery', 'deadline']);
/** Not data: the per-client rate-limit counters (a refused request still counts as a hit). */
const NOT_DATA = new Set(['rate_limit']);

export type Snapshot = Record<string, string>;

export class Db {
  private readonly tableCache = new Map<string, string[]>();
  private constructor(readonly pool: pg.Pool) {}

  static async connect(url: string): Promise<Db> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    pool.on('error', () => undefined);
    return new Db(pool);
  }

  async query<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async scalar(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query(sql, params);
    return Number(Object.values(row ?? {})[0] ?? 0);
  }

  /** The base tables of a schema (views and the reporting service's generation tables included, as they are tables). */
  async tables(schema: string): Promise<string[]> {
    if (!this.tableCache.has(schema)) {
      const rows = await this.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`, [schema]);
      this.tableCache.set(schema, rows.map((r) => r.t));
    }
    return this.tableCache.get(schema)!;
  }

  /** Every table of the schema: its row count and (except for COUNT_ONLY tables) a digest of its contents. */
  async snapshot(schema: string): Promise<Snapshot> {
    const tables = (await this.tables(schema)).filter((t) => !NOT_DATA.has(t));
    const parts = tables.map((t) =>
      COUNT_ONLY.has(t)
        ? `SELECT '${t}' AS t, count(*)::text AS v FROM "${schema}"."${t}"`
        : `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS v FROM "${schema}"."${t}" x`,
    );
    const rows = await this.query<{ t: string; v: string }>(parts.join(' UNION ALL '));
    return Object.fromEntries(rows.map((r) => [r.t, r.v]));
  }

  /** Row counts of every table (for messages). */
  async counts(schema: string): Promise<Record<string, number>> {
    const tables = await this.tables(schema);
    const rows = await this.query<{ t: string; n: number }>(tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${schema}"."${t}"`).join(' UNION ALL '));
    return Object.fromEntries(rows.map((r) => [r.t, r.n]));
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

/** Tables whose snapshot differs. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}

// ───────────────────────────── the bus, as the test sees it ─────────────────────────────

export interface StreamMessage {
  seq: number;
  subject: string;
  data: string;
  headers: Record<string, string>;
}

export class Bus {
  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async connect(url: string): Promise<Bus> {
    const nc = await connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    return new Bus(nc, jetstream(nc, { timeout: 5000 }), await jetstreamManager(nc));
  }

  async durableBacklog(stream: string, durable: string): Promise<{ pending: number; ackPending: number }> {
    const info = await this.jsm.consumers.info(stream, durable);
    return { pending: info.num_pending, ackPending: info.num_ack_pending };
  }

  async streamNames(): Promise<string[]> {
    const names: string[] = [];
    for await (const s of this.jsm.streams.list()) names.push(s.config.name);
    return names.sort();
  }

  async publish(subject: string, data: string | Uint8Array | object, msgID?: string) {
    const payload = typeof data === 'string' || data instanceof Uint8Array ? data : JSON.stringify(data);
    return this.js.publish(subject, payload, msgID ? { msgID } : {});
  }

  /** Every message of a stream, with its headers, through an ordered consumer. */
  async readStream(stream: string): Promise<StreamMessage[]> {
    const info = await this.jsm.streams.info(stream);
    const out: StreamMessage[] = [];
    if (info.state.messages === 0) return out;
    const consumer = await this.js.consumers.get(stream);
    while (out.length < info.state.messages) {
      const batch = await consumer.fetch({ max_messages: 500, expires: 2000 });
      let got = 0;
      for await (const m of batch) {
        got++;
        const headers: Record<string, string> = {};
        for (const [k, v] of m.headers ?? []) headers[k] = v.join(',');
        out.push({ seq: m.seq, subject: m.subject, data: m.string(), headers });
        if (m.info.pending === 0) return out;
      }
      if (got === 0) break;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.nc.close().catch(() => undefined);
  }
}

export { EVENT_STREAMS };

// ───────────────────────────── HTTP ─────────────────────────────

let clientCounter = 0;
/** A different client address for each call (X-Forwarded-For is trusted from loopback in tests): rate limits stay out of the way. */
export function freshClient(): Record<string, string> {
  const n = ++clientCounter;
  return { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
}

/** A request with a raw body (malformed JSON, odd content types) or none. */
export async function raw(baseUrl: string, method: string, path: string, options: { token?: string; body?: string | Buffer; contentType?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
      ...options.headers,
    },
    body: options.body,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, body };
}

/**
 * What is wrong with an error answer, by api.md ("Errors"): never a 5xx; every 4xx a JSON body
 * `{statusCode, error, message}`; every 400 names each field and the rule it broke.
 */
export function errorProblems(res: HttpResult): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`server error ${res.status}`);
  if (res.status < 400) return problems;
  const b = res.body as { statusCode?: unknown; error?: unknown; message?: unknown; errors?: unknown };
  if (typeof b !== 'object' || b === null) return [...problems, `non-JSON error body: ${String(res.body).slice(0, 200)}`];
  if (b.statusCode !== res.status) problems.push(`statusCode ${String(b.statusCode)} in the body of a ${res.status}`);
  if (typeof b.error !== 'string' || typeof b.message !== 'string' || !b.message) problems.push('error or message missing');
  if (res.status === 400) {
    const errors = b.errors as { field?: unknown; rule?: unknown; message?: unknown }[] | undefined;
    if (!Array.isArray(errors) || errors.length === 0) problems.push('a 400 without errors[]');
    else for (const e of errors) if (typeof e.field !== 'string' || !e.field || typeof e.rule !== 'string' || !e.rule || typeof e.message !== 'string') problems.push(`an error entry without field, rule and message: ${JSON.stringify(e)}`);
  }
  return problems;
}

/** Whether a 400 names the field (or something inside it). */
export function namesField(res: HttpResult, field: string): boolean {
  const errors = ((res.body as { errors?: { field: string }[] })?.errors ?? []).map((e) => e.field);
  return errors.some((f) => f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`));
}

export { http };
