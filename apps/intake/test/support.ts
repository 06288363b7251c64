import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import {
  CaseAcceptedV1,
  CaseClosedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseRepliedV1,
  CaseTransferredV1,
  decodeEvent,
  DeadlineExtendedV1,
  EVENT_STREAMS,
  PetitionLinkedV1,
  ReviewDecidedV1,
  type Channel,
  type ClosureKind,
  type EventContract,
  type EventEnvelope,
  type UnitKind,
} from '#contracts';
import { MessagingRuntime } from '#messaging';
import type { Role } from '#platform';
import { eventually, http, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { DirectoryService } from '../src/directory/directory.service.js';
import { INTAKE_SERVICE } from '../src/intake.module.js';
import { DEMO_COUNTY } from '../src/seed/demo-county.js';

/** The demo county (apps/intake/src/seed/demo-county.ts): two townships and some of their villages. */
export const QINGSHUI = '430599101000'; // 清水镇
export const QINGSHUI_SHIQIAO = '430599101201'; // 清水镇石桥村
export const QINGSHUI_YANGLIU = '430599101202'; // 清水镇杨柳村
export const SHIMEN = '430599102000'; // 石门镇
export const SHIMEN_HONGYAN = '430599102202'; // 石门镇红岩村

const DAY = 24 * 3600 * 1000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

// ───────────────────────────── people ─────────────────────────────

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

/** A valid resident ID (GB 11643): area code, birth date `YYYYMMDD`, sequence, computed check character. */
export function residentId(birth: string, sequence: number, area = '430524'): string {
  const body = `${area}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return body + checkCharacter(body);
}

let personCounter = 0;
/** A different person each call: name, valid ID number, mobile, address. */
export function person(name?: string) {
  const n = ++personCounter;
  const birth = `19${50 + (n % 45)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
  return {
    name: name ?? `测试${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${n}`,
    idNumber: residentId(birth, 100 + n),
    phone: `139${String(10_000_000 + n * 7919).slice(-8)}`,
    address: `清水镇石桥村${n}组`,
  };
}

/** A staff registration body with sensible defaults (a visit to 清水镇石桥村 about land compensation). */
export function petition(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'visit' as Channel,
    townshipCode: QINGSHUI,
    villageCode: QINGSHUI_SHIQIAO,
    category: 'land-acquisition',
    title: '反映公路改扩建征地补偿款未足额发放',
    content: '2023年县城至清水镇公路改扩建工程征收石桥村三组水田1.8亩（土名“大塘坵”），按标准应补偿约8.6万元，目前只领到4万元，余款至今未发放。要求尽快兑现剩余征地补偿款。',
    headcount: 1,
    petitioners: [person()],
    ...overrides,
  };
}

/** Matters that are plainly different from the default one and from each other. */
export const OTHER_MATTERS = [
  { category: 'labour-wages', title: '反映砖厂拖欠工资', content: '在清水镇红星砖厂做工八个月，老板以砖卖不出去为由拖欠工资2.3万元，多次讨要未果，要求督促砖厂结清欠薪。' },
  { category: 'environment', title: '反映养猪场粪污直排河沟', content: '杨柳村五组某养猪场把猪粪污水直接排进村前河沟，夏天臭气熏天，河里的鱼都死了，要求环保部门查处。' },
  { category: 'social-security', title: '咨询城乡居民养老保险待遇领取', content: '本人今年满六十周岁，已缴纳城乡居民养老保险十五年，至今未开始领取养老金，要求核查待遇发放。' },
  { category: 'urban-housing', title: '反映小区电梯长期停运', content: '西街社区幸福家园小区3栋电梯停运已两个月，物业以维修资金不足为由不修，老人上下楼困难，要求督促物业维修。' },
  { category: 'rural-affairs', title: '反映灌溉水渠被填埋', content: '公路施工时把三组的灌溉水渠填埋了一段，一直没有恢复，今年春耕时剩下的几亩田放不进水，要求恢复水渠。' },
] as const;

// ───────────────────────────── the rig ─────────────────────────────

/**
 * One intake of a test file's own, in process, on its own database and nats-server, with the
 * demo directory loaded; plus the test's own database pool and NATS connection to look at what
 * intake stored and published, and to publish casework's events as casework would.
 */
export class IntakeRig implements CaseworkTarget {
  private readonly tokens = new Map<string, string>();
  readonly casework: CaseworkSimulator;

  private constructor(
    readonly platform: TestPlatform,
    readonly intake: InProcessService,
    readonly db: pg.Pool,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {
    this.casework = new CaseworkSimulator(this);
  }

  static async start(env: Record<string, string> = {}): Promise<IntakeRig> {
    const platform = await TestPlatform.start();
    const intake = await startInProcess(INTAKE_SERVICE, platform, env);
    await intake.app.get(DirectoryService).importDirectory(DEMO_COUNTY);
    const db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    const nc = await connect({ servers: platform.nats.url });
    return new IntakeRig(platform, intake, db, nc, jetstream(nc, { timeout: 5000 }), await jetstreamManager(nc));
  }

  get url(): string {
    return this.intake.url;
  }

  async token(role: Role, scope?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}`;
    if (!this.tokens.has(key)) this.tokens.set(key, await this.platform.token(role, scope));
    return this.tokens.get(key)!;
  }

  http<T = any>(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult<T>> {
    return http<T>(this.url, method, path, options);
  }

  /** POST /api/petitions as the given staff member (a 清水镇 officer by default). */
  async register(body: object, token?: string): Promise<HttpResult> {
    return this.http('POST', '/api/petitions', { token: token ?? (await this.token('township-officer', QINGSHUI)), body });
  }

  /** Registers and insists on 201. */
  async registered(body: object, token?: string): Promise<{ id: string; trackingCode: string; flags: { collective: boolean; repeat: boolean; skipLevel: boolean }; linkedPetitionId?: string | null; status: string; refusalReason?: string }> {
    const res = await this.register(body, token);
    if (res.status !== 201) throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async query<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await this.query(sql, params);
    return Number(Object.values(row ?? {})[0] ?? 0);
  }

  /** Waits until the outbox relay has published everything committed so far. */
  async outboxDrained(): Promise<void> {
    await this.intake.app.get(MessagingRuntime).flushOutbox();
    await eventually(async () => {
      if ((await this.count(`SELECT count(*) FROM intake.outbox WHERE published_at IS NULL`)) > 0) throw new Error('outbox not drained');
    });
  }

  /** Every event in the INTAKE stream, oldest first, once the outbox is drained. */
  async intakeEvents(): Promise<Array<{ subject: string; data: string; envelope: EventEnvelope<any> }>> {
    await this.outboxDrained();
    return readStream(this.jsm, EVENT_STREAMS.intake.name);
  }

  async eventsOf(petitionId: string, subject?: string): Promise<EventEnvelope<any>[]> {
    return (await this.intakeEvents()).filter((e) => e.envelope.payload.petitionId === petitionId && (!subject || e.subject === subject)).map((e) => e.envelope);
  }

  async close(): Promise<void> {
    await this.intake?.close().catch(() => undefined);
    await this.nc?.close().catch(() => undefined);
    await this.db?.end().catch(() => undefined);
    await this.platform?.close();
  }
}

/** Every message of a stream, read by sequence. */
export async function readStream(jsm: JetStreamManager, stream: string): Promise<Array<{ subject: string; data: string; envelope: EventEnvelope<any> }>> {
  const info = await jsm.streams.info(stream);
  const out: Array<{ subject: string; data: string; envelope: EventEnvelope<any> }> = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!msg) continue;
    const data = new TextDecoder().decode(msg.data);
    out.push({ subject: msg.subject, data, envelope: JSON.parse(data) });
  }
  return out;
}

/** What the simulator needs: a JetStream client on the platform's NATS, and a look at intake's tables. */
export interface CaseworkTarget {
  js: JetStreamClient;
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  count(sql: string, params?: unknown[]): Promise<number>;
}

export interface CaseRef {
  caseId: string;
  petitionId: string;
  townshipCode: string;
}

/**
 * Publishes casework's events straight onto JetStream, as casework would, each checked against
 * its contract first (so a test cannot silently feed intake a dead letter), and waits until
 * intake has applied it (its inbox row is committed).
 */
export class CaseworkSimulator {
  constructor(private readonly rig: CaseworkTarget) {}

  async publish<P extends object>(contract: EventContract<P>, payload: P, townshipCode: string): Promise<string> {
    const subject = contract.subject;
    const type = subject.replace(/\.v\d+$/, '');
    const envelope = {
      id: randomUUID(),
      type,
      version: Number(/\.v(\d+)$/.exec(subject)![1]),
      occurredAt: new Date().toISOString(),
      producer: 'casework',
      townshipCode,
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'system' },
      payload,
    };
    const checked = decodeEvent(contract, JSON.stringify(envelope));
    if (!checked.ok) throw new Error(`test bug: ${checked.reason}`);
    await this.rig.js.publish(subject, JSON.stringify(envelope), { msgID: envelope.id });
    await eventually(async () => {
      if ((await this.rig.count(`SELECT count(*) FROM intake.inbox WHERE event_id = $1`, [envelope.id])) !== 1) throw new Error(`intake has not applied ${subject} ${envelope.id}`);
    });
    return envelope.id;
  }

  /** casework.case.opened.v1: intake learns the case id. */
  async opened(petitionId: string, options: { townshipCode?: string; channel?: Channel; routeBy?: string } = {}): Promise<CaseRef> {
    const [p] = await this.rig.query(`SELECT channel, category_code, village_code, received_at, township_code FROM intake.petition WHERE id = $1`, [petitionId]);
    if (!p) throw new Error(`no petition ${petitionId}`);
    const caseId = randomUUID();
    await this.publish(
      CaseOpenedV1,
      {
        caseId,
        petitionId,
        channel: options.channel ?? p.channel,
        categoryCode: p.category_code,
        villageCode: p.village_code,
        receivedAt: new Date(p.received_at).toISOString(),
        routeBy: options.routeBy ?? daysFromNow(15),
        ownershipRequired: false,
      },
      p.township_code,
    );
    return { caseId, petitionId, townshipCode: p.township_code };
  }

  /** casework.case.petition-linked.v1: casework attached a repeat or skip-level petition to the open case instead of opening one. */
  linked(c: CaseRef, linkedPetitionId: string, linkedAs: 'repeat' | 'skip-level' | 'refused-final') {
    return this.publish(PetitionLinkedV1, { caseId: c.caseId, petitionId: c.petitionId, linkedPetitionId, linkedAs }, c.townshipCode);
  }

  transferred(c: CaseRef, unit: { code: string; kind: UnitKind; name: string }, reason = '属地管理，转有权处理单位办理') {
    return this.publish(
      CaseTransferredV1,
      { caseId: c.caseId, petitionId: c.petitionId, unitCode: unit.code, unitKind: unit.kind, unitName: unit.name, reason, routedAt: new Date().toISOString(), acceptanceNoticeBy: daysFromNow(15), objectionBy: daysFromNow(7), unitsSoFar: 1 },
      c.townshipCode,
    );
  }

  accepted(c: CaseRef, replyBy = daysFromNow(60), unitCode = 'dept-natural-resources') {
    return this.publish(CaseAcceptedV1, { caseId: c.caseId, petitionId: c.petitionId, unitCode, acceptedAt: new Date().toISOString(), replyBy, timely: true }, c.townshipCode);
  }

  extended(c: CaseRef, days: number, reason: string, replyBy: string) {
    return this.publish(DeadlineExtendedV1, { caseId: c.caseId, petitionId: c.petitionId, days, reason, replyBy, approvedBy: 'leader-qingshui-01' }, c.townshipCode);
  }

  replied(c: CaseRef, outcome: 'support' | 'explain' | 'not-support' = 'explain', unitCode = 'dept-natural-resources') {
    return this.publish(
      CaseRepliedV1,
      { caseId: c.caseId, petitionId: c.petitionId, unitCode, outcome, repliedAt: new Date().toISOString(), replyBy: daysFromNow(30), onTime: true, reviewRequestBy: daysFromNow(30) },
      c.townshipCode,
    );
  }

  overdue(c: CaseRef, clock: 'route' | 'acceptance-notice' | 'reply' = 'route') {
    return this.publish(CaseOverdueV1, { caseId: c.caseId, petitionId: c.petitionId, clock, dueAt: daysFromNow(-1), handlingUnitCode: null, ownerId: null }, c.townshipCode);
  }

  reviewDecided(c: CaseRef, final: boolean) {
    return this.publish(ReviewDecidedV1, { caseId: c.caseId, petitionId: c.petitionId, stage: final ? 're-review' : 'review', outcome: 'upheld', decidedAt: new Date().toISOString(), final }, c.townshipCode);
  }

  closed(c: CaseRef, closure: ClosureKind = 'replied') {
    return this.publish(CaseClosedV1, { caseId: c.caseId, petitionId: c.petitionId, closure, closedAt: new Date().toISOString() }, c.townshipCode);
  }
}
