import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager, type PubAck } from '@nats-io/jetstream';
import { connect, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import pg from 'pg';
import {
  decodeEvent,
  DirectoryPublishedV1,
  EVENT_STREAMS,
  flattenValidationErrors,
  parseSubject,
  PETITIONER_CONTACT_SUBJECT,
  PetitionerContactReplyV1,
  PetitionerContactRequestV1,
  PetitionRegisteredV1,
  type EventContract,
  type EventEnvelope,
  type Producer,
} from '#contracts';
import { signStaffToken, type Role } from '#platform';
import { eventually, FakeSmsGateway, FULL_MOBILE, http, SmtpSink, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { NOTIFICATION_SERVICE } from '../src/notification.module.js';

export const QINGSHUI = '430599101000'; // 清水镇
export const SHIMEN = '430599102000'; // 石门镇
export const STAFF_APP_URL = 'https://xinfang.example.gov.cn';

/**
 * The county directory as intake publishes it (intake.directory.published.v1). Notification's
 * tests may not import intake's code (the dependency rule): the event is the contract, so the
 * test publishes it as intake would.
 */
export const DIRECTORY: DirectoryPublishedV1 = {
  countyName: '清溪县',
  townships: [
    { code: QINGSHUI, name: '清水镇', villages: [{ code: '430599101201', name: '石桥村' }] },
    { code: SHIMEN, name: '石门镇', villages: [{ code: '430599102202', name: '红岩村' }] },
  ],
  units: [
    { code: `twp-${QINGSHUI}`, name: '清水镇人民政府', kind: 'township', townshipCode: QINGSHUI },
    { code: `twp-${SHIMEN}`, name: '石门镇人民政府', kind: 'township', townshipCode: SHIMEN },
    { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department', townshipCode: null },
    { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department', townshipCode: null },
    { code: 'political-legal', name: '县委政法委（涉法涉诉）', kind: 'political-legal', townshipCode: null },
  ],
  categories: [
    { code: 'land-acquisition', name: '征地拆迁与补偿' },
    { code: 'labour-wages', name: '劳动工资' },
  ],
};

/**
 * The staff who receive email (PUT /api/staff-contacts). Some have no address; some are in
 * another unit or township and must never be told of 清水镇's cases.
 */
export interface StaffContact {
  accountId: string;
  name: string;
  role: Role;
  townshipCode?: string;
  unitCode?: string;
  email?: string;
}

export const STAFF: readonly StaffContact[] = [
  { accountId: 'zrj-li', name: '李国华', role: 'department-officer', unitCode: 'dept-natural-resources', email: 'li.guohua@zrj.qx.gov.cn' },
  { accountId: 'zrj-wang', name: '王丽', role: 'department-officer', unitCode: 'dept-natural-resources' },
  { accountId: 'rsj-zhao', name: '赵强', role: 'department-officer', unitCode: 'dept-hrss', email: 'zhao.qiang@rsj.qx.gov.cn' },
  { accountId: 'qs-chen', name: '陈敏', role: 'township-officer', townshipCode: QINGSHUI, email: 'chen.min@qs.qx.gov.cn' },
  { accountId: 'leader-qingshui-01', name: '刘建军', role: 'leader', townshipCode: QINGSHUI, email: 'liu.jianjun@qs.qx.gov.cn' },
  { accountId: 'leader-qingshui-02', name: '黄永红', role: 'leader', townshipCode: QINGSHUI, email: 'huang.yonghong@qs.qx.gov.cn' },
  { accountId: 'sm-zhou', name: '周芳', role: 'township-officer', townshipCode: SHIMEN, email: 'zhou.fang@sm.qx.gov.cn' },
  { accountId: 'admin-sun', name: '孙伟', role: 'county-admin', email: 'sun.wei@xfj.qx.gov.cn' },
];

export const emailOf = (accountId: string) => STAFF.find((s) => s.accountId === accountId)!.email!;

// ───────────────────────────── petitioners (intake's side) ─────────────────────────────

export interface Petitioner {
  name: string;
  idNumber: string;
  /** A mobile, a landline, or nothing. */
  phone: string | null;
  address: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentId(birth: string, sequence: number): string {
  const body = `430524${birth}${String(sequence % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const NAMES = ['欧阳明远', '司马秀英', '上官志强', '诸葛春兰', '东方建业', '皇甫玉梅', '慕容振华', '尉迟桂芳', '公孙德胜', '长孙淑珍', '令狐国庆', '宇文翠萍'];
let people = 0;

/** A different person each call: a distinctive name, a valid ID number, a mobile, an address. */
export function petitioner(overrides: Partial<Petitioner> = {}): Petitioner {
  const n = ++people;
  const suffix = String(process.pid % 1000).padStart(3, '0');
  return {
    name: `${NAMES[n % NAMES.length]}${'甲乙丙丁戊己庚辛壬癸'[n % 10]}`,
    idNumber: residentId(`19${50 + (n % 45)}0${1 + (n % 9)}1${n % 10}`, 100 + n),
    phone: `139${suffix}${String(n).padStart(5, '0')}`,
    address: `清水镇石桥村${n}组${100 + n}号`,
    ...overrides,
  };
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const trackingCode = () =>
  Array.from({ length: 3 }, () => Array.from({ length: 5 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('')).join('-');

interface Petition {
  petitionId: string;
  trackingCode: string;
  townshipCode: string;
  people: Petitioner[];
  /** Indices of the representatives of a collective petition. */
  representatives: number[];
}

/**
 * Intake's side of rpc.intake.petitioner-contact.v1, over the real NATS request/reply (Nest's
 * NATS wire format: `{ pattern, data, id }` in, `{ id, response, isDisposed }` out), answering
 * from the petitions the test registered. Every request is recorded; it can be told to stay
 * silent, as an intake that is down.
 */
export class IntakeContacts {
  readonly requests: PetitionerContactRequestV1[] = [];
  readonly petitions = new Map<string, Petition>();
  answering = true;
  private readonly subscription: Subscription;

  constructor(nc: NatsConnection) {
    this.subscription = nc.subscribe(PETITIONER_CONTACT_SUBJECT, {
      callback: (err, msg) => {
        if (!err) this.answer(msg);
      },
    });
  }

  add(petition: Petition): void {
    this.petitions.set(petition.petitionId, petition);
  }

  private answer(msg: Msg): void {
    const packet = msg.json<{ id: string; data: unknown }>();
    const request = plainToInstance(PetitionerContactRequestV1, packet.data);
    const requestErrors = flattenValidationErrors(validateSync(request));
    if (requestErrors.length) throw new Error(`notification sent a request that breaks the contract: ${JSON.stringify(requestErrors)}`);
    this.requests.push(request);
    if (!this.answering) return;
    const petition = this.petitions.get(request.petitionId);
    let response: PetitionerContactReplyV1 | { error: string } = { error: 'not-found' };
    if (petition) {
      const chosen = petition.representatives.length ? petition.representatives.map((i) => petition.people[i]!) : petition.people;
      response = {
        petitionId: petition.petitionId,
        trackingCode: petition.trackingCode,
        townshipCode: petition.townshipCode,
        recipients: chosen.map((p, i) => ({
          petitionerRef: `pr_${petition.petitionId.slice(0, 8)}${i}`,
          name: p.name,
          mobile: p.phone && /^1[3-9]\d{9}$/.test(p.phone) ? p.phone : null,
          isRepresentative: petition.representatives.length > 0,
        })),
      };
      const replyErrors = flattenValidationErrors(validateSync(plainToInstance(PetitionerContactReplyV1, response)));
      if (replyErrors.length) throw new Error(`test bug: the contact reply breaks its contract: ${JSON.stringify(replyErrors)}`);
    }
    msg.respond(JSON.stringify({ id: packet.id, response, isDisposed: true }));
  }

  stop(): void {
    this.subscription.unsubscribe();
  }
}

// ───────────────────────────── the rig ─────────────────────────────

export interface DeliveryRow {
  id: string;
  event_id: string;
  event_subject: string;
  rule_id: string;
  template_key: string;
  template_version: number;
  channel: 'sms' | 'email' | 'inbox';
  recipient_key: string;
  recipient_masked: string | null;
  case_id: string | null;
  petition_id: string | null;
  status: 'pending' | 'deferred' | 'retrying' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
}

export interface PublishOptions {
  /** The envelope's townshipCode; the payload's, else 清水镇, when absent. */
  townshipCode?: string | null;
  /** Wait until notification has applied the event (its inbox row is committed); default true. */
  wait?: boolean;
}

/** The environment notification runs with in these tests: fast dispatch and retries, no quiet hours. */
export const FAST = {
  DISPATCH_INTERVAL_MS: '50',
  DELIVERY_RETRY_BASE_MS: '10',
  QUIET_HOURS_START: '0',
  QUIET_HOURS_END: '0',
  STAFF_APP_URL,
};

/**
 * Notification of a test file's own — one replica or two — on its own database and nats-server,
 * with a fake SMS gateway and an SMTP sink; intake's contact responder played by the test; and
 * the test's own database pool and NATS connection, to publish events as intake and casework
 * would and look at what notification stored.
 */
export class NotificationRig {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly platform: TestPlatform,
    readonly sms: FakeSmsGateway,
    readonly mail: SmtpSink,
    readonly replicas: InProcessService[],
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly db: pg.Pool,
    readonly intake: IntakeContacts,
    private env: Record<string, string>,
  ) {}

  static async start(options: { replicas?: number; env?: Record<string, string> } = {}): Promise<NotificationRig> {
    const platform = await TestPlatform.start();
    const [sms, mail] = await Promise.all([FakeSmsGateway.start(), SmtpSink.start()]);
    const env = { ...FAST, SMS_GATEWAY_URL: sms.url, SMTP_URL: mail.url, ...options.env };
    const replicas: InProcessService[] = [];
    // one after the other: each runs the migrations at start
    for (let i = 0; i < (options.replicas ?? 1); i++) replicas.push(await startInProcess(NOTIFICATION_SERVICE, platform, env));
    const nc = await connect({ servers: platform.nats.url });
    const db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    const rig = new NotificationRig(platform, sms, mail, replicas, nc, jetstream(nc, { timeout: 5000 }), await jetstreamManager(nc), db, new IntakeContacts(nc), env);
    await rig.publish(DirectoryPublishedV1, DIRECTORY, { townshipCode: null });
    await eventually(async () => {
      if ((await rig.count(`SELECT count(*) FROM notification.unit`)) !== DIRECTORY.units.length) throw new Error('directory not projected yet');
    });
    return rig;
  }

  get url(): string {
    return this.replicas[0]!.url;
  }

  /** Stops every replica and starts as many again with these settings changed. */
  async restart(env: Record<string, string>): Promise<void> {
    const count = this.replicas.length;
    await Promise.all(this.replicas.map((r) => r.close()));
    this.replicas.length = 0;
    this.env = { ...this.env, ...env };
    for (let i = 0; i < count; i++) this.replicas.push(await startInProcess(NOTIFICATION_SERVICE, this.platform, this.env));
  }

  /** A staff token: `sub` given, or the test platform's `test-<role>-<scope>`. */
  async token(role: Role, scope?: string, sub?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}:${sub ?? ''}`;
    if (!this.tokens.has(key)) {
      const unit = role === 'department-officer';
      const token = sub
        ? await signStaffToken(this.platform.keys.privateKeyPem, { sub, role, ...(scope ? (unit ? { unitCode: scope } : { townshipCode: scope }) : {}) })
        : await this.platform.token(role, scope);
      this.tokens.set(key, token);
    }
    return this.tokens.get(key)!;
  }

  http<T = any>(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<HttpResult<T>> {
    return http<T>(this.url, method, path, options);
  }

  async admin<T = any>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> {
    return this.http<T>(method, path, { token: await this.token('county-admin'), body });
  }

  async query<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query(sql, params);
    return Number(Object.values(row ?? {})[0] ?? 0);
  }

  async putStaffContacts(contacts: readonly object[] = STAFF): Promise<void> {
    const res = await this.admin('PUT', '/api/staff-contacts', { contacts });
    if (res.status !== 200) throw new Error(`PUT /api/staff-contacts answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** A contract-checked envelope, as its producer would publish it. */
  envelope<P extends object>(contract: EventContract<P>, payload: P, options: PublishOptions = {}): EventEnvelope<P> {
    const { owner, type, version } = parseSubject(contract.subject);
    const p = payload as Record<string, unknown>;
    const envelope = {
      id: randomUUID(),
      type,
      version,
      occurredAt: new Date().toISOString(),
      producer: owner as Producer,
      townshipCode: options.townshipCode !== undefined ? options.townshipCode : ((p.townshipCode as string | undefined) ?? QINGSHUI),
      correlationId: randomUUID(),
      causationId: null,
      actor: contract.sampleActor ?? { kind: 'staff', id: 'admin-sun', role: 'county-admin' },
      payload,
    };
    const checked = decodeEvent(contract, JSON.stringify(envelope));
    if (!checked.ok) throw new Error(`test bug: ${checked.reason}`);
    return envelope as EventEnvelope<P>;
  }

  /** Publishes an envelope onto JetStream with this msgID (the event id by default), as an outbox relay does. */
  async publishEnvelope(envelope: EventEnvelope<object>, msgID: string = envelope.id): Promise<PubAck> {
    return this.js.publish(`${envelope.type}.v${envelope.version}`, JSON.stringify(envelope), { msgID });
  }

  /** Publishes an event and (by default) waits until notification has applied it. */
  async publish<P extends object>(contract: EventContract<P>, payload: P, options: PublishOptions = {}): Promise<EventEnvelope<P>> {
    const envelope = this.envelope(contract, payload, options);
    const ack = await this.publishEnvelope(envelope);
    if (options.wait !== false) await this.applied(envelope, ack);
    return envelope;
  }

  /** Until notification's inbox holds the event and its durable consumer has acked the stream up to `ack`. */
  async applied(envelope: EventEnvelope<object>, ack?: PubAck): Promise<void> {
    await eventually(async () => {
      if ((await this.count(`SELECT count(*) FROM notification.inbox WHERE event_id = $1`, [envelope.id])) !== 1) throw new Error(`notification has not applied ${envelope.type} ${envelope.id}`);
    });
    if (ack) await this.consumed(ack);
  }

  /** Until notification's durable consumer has acked everything up to this message. */
  async consumed(ack: PubAck): Promise<void> {
    await eventually(async () => {
      const info = await this.jsm.consumers.info(ack.stream, 'notification');
      if (info.ack_floor.stream_seq < ack.seq) throw new Error(`${ack.stream} seq ${ack.seq} not acked yet (floor ${info.ack_floor.stream_seq})`);
    });
  }

  /** Registers a petition at intake (as far as notification can tell): its people answer contact requests, and the event is published. */
  async register(options: { people?: Petitioner[]; representatives?: number[]; townshipCode?: string; payload?: Partial<PetitionRegisteredV1>; wait?: boolean } = {}) {
    const petition: Petition = {
      petitionId: randomUUID(),
      trackingCode: trackingCode(),
      townshipCode: options.townshipCode ?? QINGSHUI,
      people: options.people ?? [petitioner()],
      representatives: options.representatives ?? [],
    };
    this.intake.add(petition);
    const payload: PetitionRegisteredV1 = {
      petitionId: petition.petitionId,
      channel: 'letter',
      // recent: a registration long after receipt (an import of old records) is not texted about
      receivedAt: new Date(Date.now() - 3600_000).toISOString(),
      townshipCode: petition.townshipCode,
      villageCode: null,
      categoryCode: 'land-acquisition',
      registeredAtLevel: 'township',
      headcount: petition.people.length,
      flags: { collective: false, repeat: false, skipLevel: false },
      linkedPetitionId: null,
      isAccusation: false,
      accusedUnitCode: null,
      petitionerRefs: petition.people.map((_, i) => `pr_${petition.petitionId.slice(0, 8)}${i}`),
      longStandingPetitioner: false,
      ...options.payload,
    };
    const event = await this.publish(PetitionRegisteredV1, payload, { wait: options.wait });
    return { ...petition, event };
  }

  /** Only adds the petition to intake's side (for casework events about a petition registered earlier). */
  petition(options: { people?: Petitioner[]; representatives?: number[]; townshipCode?: string } = {}): Petition {
    const petition: Petition = {
      petitionId: randomUUID(),
      trackingCode: trackingCode(),
      townshipCode: options.townshipCode ?? QINGSHUI,
      people: options.people ?? [petitioner()],
      representatives: options.representatives ?? [],
    };
    this.intake.add(petition);
    return petition;
  }

  async deliveries(where: { eventId?: string; caseId?: string; petitionId?: string }): Promise<DeliveryRow[]> {
    const [column, value] = where.eventId ? ['event_id', where.eventId] : where.caseId ? ['case_id', where.caseId] : ['petition_id', where.petitionId];
    return this.query<DeliveryRow>(`SELECT * FROM notification.delivery WHERE ${column} = $1 ORDER BY rule_id, recipient_key`, [value]);
  }

  /** The deliveries of an event, once none is waiting to be sent any more (or in the given states). */
  async settled(eventId: string, done: DeliveryRow['status'][] = ['sent', 'failed'], timeoutMs = 10_000): Promise<DeliveryRow[]> {
    return eventually(async () => {
      const rows = await this.deliveries({ eventId });
      const open = rows.filter((r) => !done.includes(r.status));
      if (open.length) throw new Error(`deliveries of ${eventId} not settled: ${open.map((r) => `${r.rule_id} ${r.status} ${r.last_error ?? ''}`).join('; ')}`);
      return rows;
    }, timeoutMs);
  }

  /** The messages for this account, as GET /api/inbox shows them. */
  async inbox(token: string): Promise<{ id: string; title: string; body: string; link: string | null; readAt: string | null }[]> {
    const res = await this.http('GET', '/api/inbox', { token });
    if (res.status !== 200) throw new Error(`GET /api/inbox answered ${res.status}`);
    return res.body.items;
  }

  /** Every text, character and JSON value in every table of the notification schema, by table. */
  async dumpSchema(): Promise<Map<string, string>> {
    const columns = await this.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'notification' AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
       ORDER BY c.table_name, c.ordinal_position`,
    );
    const dump = new Map<string, string>();
    for (const { table_name, column_name } of columns) {
      const [row] = await this.query<{ all: string | null }>(`SELECT string_agg("${column_name}"::text, E'\\n') AS all FROM notification."${table_name}"`);
      dump.set(`${table_name}.${column_name}`, row?.all ?? '');
    }
    return dump;
  }

  async close(): Promise<void> {
    this.intake?.stop();
    await Promise.all((this.replicas ?? []).map((r) => r.close().catch(() => undefined)));
    await this.nc?.close().catch(() => undefined);
    await this.db?.end().catch(() => undefined);
    await Promise.all([this.sms?.stop(), this.mail?.stop()]);
    await this.platform?.close();
  }
}

/**
 * Asserts that nothing of these petitioners is stored anywhere in notification's schema — no
 * name, ID number, full phone number or address — and no full mobile number at all; masked
 * forms (139****0001) are fine. Returns the masked recipients found, for the caller to check.
 */
export async function expectNoPersonalData(rig: NotificationRig, people: Petitioner[]): Promise<string[]> {
  const dump = await rig.dumpSchema();
  const leaks: string[] = [];
  for (const [column, text] of dump) {
    for (const p of people) {
      for (const [what, value] of [['name', p.name], ['ID number', p.idNumber], ['phone', p.phone], ['address', p.address]] as const) {
        if (value && text.includes(value)) leaks.push(`${column} holds a petitioner's ${what}`);
      }
    }
    const mobile = FULL_MOBILE.exec(text);
    if (mobile) leaks.push(`${column} holds a full mobile number (${mobile[0].slice(0, 3)}…)`);
  }
  if (leaks.length) throw new Error(`personal data in notification's tables:\n${leaks.join('\n')}`);
  expect(dump.size).toBeGreaterThan(20);
  return (dump.get('delivery.recipient_masked') ?? '').split('\n').filter(Boolean);
}

/** An instant as China dates read: 2026年3月2日, and with the time, 2026年3月2日 09:30 (written out here, not with the code under test). */
export function chinaDate(at: string | Date, withTime = false): string {
  const local = new Date(new Date(at).getTime() + 8 * 3600_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日${withTime ? ` ${time}` : ''}`;
}

export const mask = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;

/** A value of /metrics, e.g. metricValue(text, 'xinfang_notifications_total', { channel: 'sms', outcome: 'sent' }). */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.indexOf('}'));
    const found = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) total += Number(line.slice(line.indexOf('}') + 1).trim());
  }
  return total;
}

/** Mails whose X-Xinfang-Delivery header names this delivery. */
export const mailsOf = (mail: SmtpSink, deliveryId: string) => mail.received.filter((m) => new RegExp(`^X-Xinfang-Delivery: ${deliveryId}\\s*$`, 'mi').test(m.raw));

export { EVENT_STREAMS };
