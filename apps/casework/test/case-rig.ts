import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { decodeEvent, DirectoryPublishedV1, EVENT_STREAMS, PetitionRegisteredV1, type EventContract, type EventEnvelope } from '#contracts';
import type { Role } from '#platform';
import { eventually, http, SpawnedService, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { CASEWORK_SERVICE } from '../src/casework.module.js';
import { DEMO_ROUTING_RULES } from '../src/seed/demo-settings.js';

/** The demo county's townships this file uses (apps/intake/src/seed/demo-county.ts). */
export const CHENGGUAN = '430599100000'; // 城关镇
export const QINGSHUI = '430599101000'; // 清水镇
export const QINGSHUI_SHIQIAO = '430599101201'; // 清水镇石桥村
export const SHIMEN = '430599102000'; // 石门镇

const TOWNSHIPS: [string, string][] = [
  [CHENGGUAN, '城关镇'],
  [QINGSHUI, '清水镇'],
  [SHIMEN, '石门镇'],
];

/**
 * The county directory as intake publishes it. Casework's tests may not import intake's code
 * (the dependency rule): the event is the contract, so the test publishes it as intake would.
 */
export const DIRECTORY: DirectoryPublishedV1 = {
  countyName: '清溪县',
  townships: TOWNSHIPS.map(([code, name]) => ({ code, name, villages: [{ code: `${code.slice(0, 9)}201`, name: '石桥村' }] })),
  units: [
    ...TOWNSHIPS.map(([code, name]) => ({ code: `twp-${code}`, name: `${name}人民政府`, kind: 'township' as const, townshipCode: code })),
    { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department', townshipCode: null },
    { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department', townshipCode: null },
    { code: 'dept-housing', name: '县住房和城乡建设局', kind: 'department', townshipCode: null },
    { code: 'dept-ecology', name: '市生态环境局清溪分局', kind: 'department', townshipCode: null },
    { code: 'dept-transport', name: '县交通运输局', kind: 'department', townshipCode: null },
    { code: 'political-legal', name: '县委政法委（涉法涉诉）', kind: 'political-legal', townshipCode: null },
    { code: 'discipline', name: '县纪委监委', kind: 'discipline', townshipCode: null },
  ],
  categories: ['land-acquisition', 'labour-wages', 'social-security', 'urban-housing', 'environment', 'rural-affairs', 'law-litigation', 'discipline', 'other'].map((code) => ({ code, name: code })),
};

export type Registration = Partial<Omit<PetitionRegisteredV1, 'flags'>> & { flags?: Partial<PetitionRegisteredV1['flags']> };

/** A registration event as intake publishes it: a new petition in 清水镇石桥村 about land, received now. */
export function registration(overrides: Registration = {}): PetitionRegisteredV1 {
  const { flags, ...rest } = overrides;
  return {
    petitionId: randomUUID(),
    channel: 'letter',
    receivedAt: new Date().toISOString(),
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_SHIQIAO,
    categoryCode: 'land-acquisition',
    registeredAtLevel: 'township',
    headcount: 1,
    linkedPetitionId: null,
    isAccusation: false,
    accusedUnitCode: null,
    petitionerRefs: [`pr_${randomUUID().replaceAll('-', '').slice(0, 16)}`],
    longStandingPetitioner: false,
    ...rest,
    flags: { collective: false, repeat: false, skipLevel: false, ...flags },
  };
}

export interface StreamMessage {
  seq: number;
  subject: string;
  envelope: EventEnvelope<any>;
}

/** Every message of a stream, by sequence. */
export async function readStream(jsm: JetStreamManager, stream: string): Promise<StreamMessage[]> {
  const info = await jsm.streams.info(stream);
  const out: StreamMessage[] = [];
  for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
    const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (msg) out.push({ seq, subject: msg.subject, envelope: JSON.parse(new TextDecoder().decode(msg.data)) });
  }
  return out;
}

/**
 * A test file's own PostgreSQL database and nats-server, with the test's own view of both:
 * it publishes intake's events (checked against their contracts first) and reads what
 * casework stored and published.
 */
export class Backbone {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly platform: TestPlatform,
    readonly db: pg.Pool,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async start(): Promise<Backbone> {
    const platform = await TestPlatform.start();
    const db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    const nc = await connect({ servers: platform.nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    return new Backbone(platform, db, nc, jetstream(nc, { timeout: 5000 }), await jetstreamManager(nc));
  }

  async token(role: Role, scope?: string, name?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}:${name ?? ''}`;
    if (!this.tokens.has(key)) this.tokens.set(key, await this.platform.token(role, scope, name));
    return this.tokens.get(key)!;
  }

  async query<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query(sql, params);
    return Number(Object.values(row ?? {})[0] ?? 0);
  }

  /** Publishes an event as intake would, once its envelope and payload pass the contract. */
  async publishAsIntake<P extends object>(contract: EventContract<P>, payload: P, townshipCode: string | null): Promise<string> {
    const id = randomUUID();
    const [, type, version] = /^(.*)\.v(\d+)$/.exec(contract.subject)!;
    const envelope = { id, type, version: Number(version), occurredAt: new Date().toISOString(), producer: 'intake', townshipCode, correlationId: randomUUID(), causationId: null, actor: { kind: 'system' }, payload };
    const checked = decodeEvent(contract, JSON.stringify(envelope));
    if (!checked.ok) throw new Error(`test bug: ${checked.reason}`);
    await this.js.publish(contract.subject, JSON.stringify(envelope), { msgID: id });
    return id;
  }

  /** intake.petition.registered.v1; returns the payload sent. */
  async register(overrides: Registration = {}): Promise<PetitionRegisteredV1> {
    const payload = registration(overrides);
    await this.publishAsIntake(PetitionRegisteredV1, payload, payload.townshipCode);
    return payload;
  }

  /** Waits until casework has applied every event published to it so far and published its own. */
  async settled(): Promise<void> {
    await eventually(async () => {
      const consumer = await this.jsm.consumers.info(EVENT_STREAMS.intake.name, 'casework');
      if (consumer.num_pending + consumer.num_ack_pending > 0) throw new Error(`casework has ${consumer.num_pending + consumer.num_ack_pending} intake events to apply`);
      if ((await this.count(`SELECT count(*) FROM casework.outbox WHERE published_at IS NULL`)) > 0) throw new Error('casework outbox not drained');
    }, 20_000);
  }

  /** Every event casework published, once its outbox is drained. */
  async caseworkEvents(subject?: string): Promise<EventEnvelope<any>[]> {
    await this.settled();
    return (await readStream(this.jsm, EVENT_STREAMS.casework.name)).filter((m) => !subject || m.subject === subject).map((m) => m.envelope);
  }

  async close(): Promise<void> {
    await this.nc?.close().catch(() => undefined);
    await this.db?.end().catch(() => undefined);
    await this.platform?.close();
  }
}

/** One casework in process on a backbone, with the demo directory and routing table loaded. */
export class CaseworkRig {
  private constructor(
    readonly backbone: Backbone,
    readonly casework: InProcessService,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<CaseworkRig> {
    const backbone = await Backbone.start();
    const casework = await startInProcess(CASEWORK_SERVICE, backbone.platform, env);
    const rig = new CaseworkRig(backbone, casework);
    await backbone.publishAsIntake(DirectoryPublishedV1, DIRECTORY, null);
    await eventually(async () => {
      if ((await backbone.count(`SELECT count(*) FROM casework.unit`)) !== DIRECTORY.units.length) throw new Error('directory not applied yet');
    });
    const rules = await rig.as('county-admin').put('/api/routing-rules', { rules: DEMO_ROUTING_RULES.map((r) => ({ categoryCode: r.categoryCode, unitCode: r.unitCode, ...(r.townshipCode ? { townshipCode: r.townshipCode } : {}) })) });
    if (rules.status !== 200) throw new Error(`routing rules: ${rules.status} ${JSON.stringify(rules.body)}`);
    return rig;
  }

  get url(): string {
    return this.casework.url;
  }

  /** HTTP calls as a staff member (role and township or unit), or with no token at all. */
  as(role: Role | null, scope?: string, name?: string) {
    const call = async <T = any>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> =>
      http<T>(this.url, method, path, { token: role ? await this.backbone.token(role, scope, name) : undefined, body });
    return {
      get: <T = any>(path: string) => call<T>('GET', path),
      post: <T = any>(path: string, body: unknown = {}) => call<T>('POST', path, body),
      put: <T = any>(path: string, body: unknown) => call<T>('PUT', path, body),
      /** POST /api/cases/:id/<action>. */
      act: <T = any>(caseId: string, action: string, body: unknown = {}) => call<T>('POST', `/api/cases/${caseId}/${action}`, body),
    };
  }

  /** Publishes a registration and waits for its case (or the case it was attached to); returns the case as the county sees it. */
  async registered(overrides: Registration = {}): Promise<{ petition: PetitionRegisteredV1; case: any }> {
    const petition = await this.backbone.register(overrides);
    const found = await eventually(async () => {
      const res = await this.as('county-admin').get(`/api/cases?petitionId=${petition.petitionId}`);
      if (res.body.items?.length !== 1) throw new Error(`no case yet for ${petition.petitionId}`);
      return res.body.items[0];
    });
    const detail = await this.as('county-admin').get(`/api/cases/${found.id}`);
    return { petition, case: detail.body };
  }

  async detail(caseId: string): Promise<any> {
    const res = await this.as('county-admin').get(`/api/cases/${caseId}`);
    if (res.status !== 200) throw new Error(`GET case ${caseId}: ${res.status}`);
    return res.body;
  }

  async close(): Promise<void> {
    await this.casework?.close().catch(() => undefined);
    await this.backbone?.close();
  }
}

export { SpawnedService };
