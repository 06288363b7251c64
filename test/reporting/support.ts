import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import {
  CaseAcceptedV1,
  CaseAssignedV1,
  CaseClosedV1,
  CaseMediatedV1,
  CaseOpenedV1,
  CaseOverdueV1,
  CaseRejectedV1,
  CaseRepliedV1,
  CaseSupervisedV1,
  CaseTransferredV1,
  decodeEvent,
  DirectoryPublishedV1,
  DisputeScreenedV1,
  DisputeUpdatedV1,
  LeaderTookOwnershipV1,
  parseSubject,
  PetitionEvaluatedV1,
  PetitionLinkedV1,
  PetitionRegisteredV1,
  ReviewDecidedV1,
  ReviewRequestedV1,
  RoutingObjectedV1,
  type Channel,
  type EventContract,
} from '#contracts';
import type { Role } from '#platform';
import { eventually, http, startInProcess, TestPlatform, type HttpResult, type InProcessService } from '#testing';
import { DEMO_COUNTY } from '../../apps/intake/src/seed/demo-county.js';
import { REPORTING_SERVICE } from '../../apps/reporting/src/reporting.module.js';

export const QINGSHUI = '430599101000'; // 清水镇
export const SHIQIAO = '430599101201'; // 清水镇石桥村
export const YANGLIU = '430599101202'; // 清水镇杨柳村
export const QINGSHUI_COMMUNITY = '430599101001'; // 清水社区
export const SHIMEN = '430599102000'; // 石门镇
export const SHIMEN_HONGYAN = '430599102202'; // 石门镇红岩村

/** One event as intake or casework would publish it: the subject and a contract-valid envelope. */
export interface Published {
  subject: string;
  envelope: Record<string, unknown>;
}

export function envelope<P extends object>(contract: EventContract<P>, payload: P, options: { townshipCode?: string | null; occurredAt?: string } = {}): Published {
  const { owner, type, version } = parseSubject(contract.subject);
  const env = {
    id: randomUUID(),
    type,
    version,
    occurredAt: options.occurredAt ?? new Date().toISOString(),
    producer: owner,
    townshipCode: options.townshipCode ?? null,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'system' },
    payload,
  };
  const checked = decodeEvent(contract, JSON.stringify(env));
  if (!checked.ok) throw new Error(`test bug: ${contract.subject}: ${checked.reason}`);
  return { subject: contract.subject, envelope: env };
}

/** Deterministic shuffle (mulberry32), so that a failing order can be replayed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Reporting in process (one or more replicas) on a test platform of its own, and a NATS
 * connection to publish intake's and casework's events straight onto JetStream.
 */
export class ReportingRig {
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly platform: TestPlatform,
    readonly replicas: InProcessService[],
    readonly db: pg.Pool,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async start(options: { replicas?: number; env?: Record<string, string> } = {}): Promise<ReportingRig> {
    const platform = await TestPlatform.start();
    const replicas: InProcessService[] = [];
    for (let i = 0; i < (options.replicas ?? 1); i++) replicas.push(await startInProcess(REPORTING_SERVICE, platform, { ROLLUP_REFRESH_MS: '200', ...options.env }));
    const db = new pg.Pool({ connectionString: platform.db.url, max: 3 });
    db.on('error', () => undefined);
    const nc = await connect({ servers: platform.nats.url });
    return new ReportingRig(platform, replicas, db, nc, jetstream(nc, { timeout: 10_000 }), await jetstreamManager(nc));
  }

  get url(): string {
    return this.replicas[0]!.url;
  }

  async token(role: Role, scope?: string): Promise<string> {
    const key = `${role}:${scope ?? ''}`;
    if (!this.tokens.has(key)) this.tokens.set(key, await this.platform.token(role, scope));
    return this.tokens.get(key)!;
  }

  async get<T = any>(path: string, role: Role = 'county-admin', scope?: string): Promise<HttpResult<T>> {
    return http<T>(this.url, 'GET', path, { token: await this.token(role, scope) });
  }

  /** A binary response (docx, xlsx, csv). */
  async download(path: string, role: Role = 'county-admin', scope?: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
    const res = await fetch(`${this.url}${path}`, { headers: { authorization: `Bearer ${await this.token(role, scope)}` } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
  }

  async query<T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  async publish(events: Published[]): Promise<void> {
    // a few at a time: JetStream acks each publish
    for (let i = 0; i < events.length; i += 50) {
      await Promise.all(events.slice(i, i + 50).map((e) => this.js.publish(e.subject, JSON.stringify(e.envelope), { msgID: String(e.envelope.id) })));
    }
  }

  /** Waits until reporting has applied every one of these events (its inbox holds them). */
  async applied(events: Published[], timeoutMs = 30_000): Promise<void> {
    const ids = events.map((e) => e.envelope.id);
    await eventually(async () => {
      const [row] = await this.query(`SELECT count(*)::int AS n FROM reporting.inbox WHERE consumer = 'reporting' AND event_id = ANY($1::uuid[])`, [ids]);
      if (row!.n !== ids.length) throw new Error(`reporting applied ${row!.n} of ${ids.length} events`);
    }, timeoutMs);
  }

  /** Waits until the rollups are up to date (no dirty bucket left), so that a test also reads the rollup path. */
  async rollupsFresh(): Promise<void> {
    await eventually(async () => {
      const [row] = await this.query(`SELECT count(*)::int AS n FROM reporting.rollup_dirty`);
      if (row!.n !== 0) throw new Error(`${row!.n} dirty rollup marks`);
    }, 20_000);
  }

  async close(): Promise<void> {
    for (const r of this.replicas) await r.close().catch(() => undefined);
    await this.nc?.close().catch(() => undefined);
    await this.db?.end().catch(() => undefined);
    await this.platform?.close();
  }
}

export const directoryEvent = () => envelope(DirectoryPublishedV1, DEMO_COUNTY as unknown as DirectoryPublishedV1, { occurredAt: '2020-01-01T00:00:00.000Z' });

const CST = 8 * 3600 * 1000;
/** An instant on a local (China) date and hour of a year. */
export const at = (year: number, month: number, day: number, hour = 10) => new Date(Date.UTC(year, month - 1, day, hour) - CST).toISOString();
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

interface PetitionSpec {
  township?: string;
  village?: string | null;
  channel: Channel;
  category: string;
  receivedAt: string;
  collective?: boolean;
  repeat?: boolean;
  skipLevel?: boolean;
  linkedPetitionId?: string | null;
  registeredAtLevel?: 'township' | 'county';
  isAccusation?: boolean;
  accusedUnitCode?: string | null;
}

/** Builds the events of petitions and their cases, as intake and casework publish them. */
export class Scenario {
  readonly events: Published[] = [];

  register(spec: PetitionSpec): { petitionId: string; township: string; receivedAt: string } {
    const petitionId = randomUUID();
    const township = spec.township ?? QINGSHUI;
    this.events.push(
      envelope(
        PetitionRegisteredV1,
        {
          petitionId,
          channel: spec.channel,
          receivedAt: spec.receivedAt,
          townshipCode: township,
          villageCode: spec.village ?? null,
          categoryCode: spec.category,
          registeredAtLevel: spec.registeredAtLevel ?? 'township',
          headcount: spec.collective ? 6 : 1,
          flags: { collective: spec.collective ?? false, repeat: spec.repeat ?? false, skipLevel: spec.skipLevel ?? false },
          linkedPetitionId: spec.linkedPetitionId ?? null,
          isAccusation: spec.isAccusation ?? false,
          accusedUnitCode: spec.accusedUnitCode ?? null,
          petitionerRefs: [`pr_${petitionId.slice(0, 16).replace(/-/g, '')}`],
          longStandingPetitioner: false,
        },
        { townshipCode: township, occurredAt: spec.receivedAt },
      ),
    );
    return { petitionId, township, receivedAt: spec.receivedAt };
  }

  /** A case for the petition, and the handle to drive it. */
  open(p: { petitionId: string; township: string; receivedAt: string }, channel: Channel = 'visit', category = 'land-acquisition') {
    const caseId = randomUUID();
    const ids = { caseId, petitionId: p.petitionId };
    const t = { townshipCode: p.township };
    const push = <P extends object>(contract: EventContract<P>, payload: P, occurredAt: string) => this.events.push(envelope(contract, payload, { ...t, occurredAt }));
    const opened = addDays(p.receivedAt, 0);
    push(CaseOpenedV1, { ...ids, channel, categoryCode: category, villageCode: null, receivedAt: p.receivedAt, routeBy: addDays(p.receivedAt, 15), ownershipRequired: false }, opened);
    let clock = p.receivedAt;
    const next = (days = 1) => (clock = addDays(clock, days));
    const routed = (unitCode: string, unitKind: 'township' | 'department', unitName: string, unitsSoFar: number) => ({
      ...ids,
      unitCode,
      unitKind,
      unitName,
      reason: '属地管理，转有权处理单位办理',
      routedAt: next(),
      acceptanceNoticeBy: addDays(clock, 15),
      objectionBy: addDays(clock, 7),
      unitsSoFar,
    });
    const handle = {
      caseId,
      transfer: (unitCode = 'dept-natural-resources', unitsSoFar = 1) => (push(CaseTransferredV1, routed(unitCode, 'department', '县自然资源局', unitsSoFar), clock), handle),
      assign: (unitCode = `twp-${p.township}`) => (push(CaseAssignedV1, { ...routed(unitCode, 'township', '乡镇人民政府', 1), dueAt: addDays(clock, 30) }, clock), handle),
      object: (unitCode = 'dept-natural-resources') => (push(RoutingObjectedV1, { ...ids, unitCode, reason: '不属本单位职责', objectedAt: next() }, clock), handle),
      own: () => (push(LeaderTookOwnershipV1, { ...ids, leaderId: 'leader-qingshui-01', takenAt: next() }, clock), handle),
      accept: (timely = true, unitCode = 'dept-natural-resources') => (push(CaseAcceptedV1, { ...ids, unitCode, acceptedAt: next(), replyBy: addDays(clock, 60), timely }, clock), handle),
      reject: (timely = true, unitCode = 'political-legal') => (push(CaseRejectedV1, { ...ids, unitCode, ground: 'legal-procedure', reason: '应通过诉讼解决', decidedAt: next(), timely }, clock), handle),
      supervise: () => (push(CaseSupervisedV1, { ...ids, reason: '督促办理', supervisedAt: next(), dueAt: addDays(clock, 10), handlingUnitCode: null }, clock), handle),
      overdue: () => (push(CaseOverdueV1, { ...ids, clock: 'reply', dueAt: next(), handlingUnitCode: null, ownerId: null }, clock), handle),
      mediate: (outcome: 'resolved' | 'unresolved' = 'resolved') => (push(CaseMediatedV1, { ...ids, outcome, mediatedAt: next() }, clock), handle),
      reply: (onTime = true, unitCode = 'dept-natural-resources') =>
        (push(CaseRepliedV1, { ...ids, unitCode, outcome: 'explain', repliedAt: next(), replyBy: addDays(clock, 30), onTime, reviewRequestBy: addDays(clock, 30) }, clock), handle),
      requestReview: () => (push(ReviewRequestedV1, { ...ids, stage: 'review', reason: '不服，申请复查', requestedAt: next(), decideBy: addDays(clock, 30) }, clock), handle),
      decideReview: () => (push(ReviewDecidedV1, { ...ids, stage: 'review', outcome: 'upheld', decidedAt: next(), final: false }, clock), handle),
      close: (closure: 'replied' | 'rejected' | 'review-decided' = 'replied') => (push(CaseClosedV1, { ...ids, closure, closedAt: next() }, clock), handle),
      link: (linkedPetitionId: string, linkedAs: 'repeat' | 'skip-level') => (push(PetitionLinkedV1, { ...ids, linkedPetitionId, linkedAs }, next()), handle),
    };
    return handle;
  }

  evaluate(petitionId: string, rating: 'satisfied' | 'basically-satisfied' | 'unsatisfied', evaluatedAt: string, township = QINGSHUI): void {
    this.events.push(envelope(PetitionEvaluatedV1, { petitionId, rating, evaluatedAt }, { townshipCode: township, occurredAt: evaluatedAt }));
  }

  screen(options: { township?: string; village?: string | null; month: string; easilyEscalating: boolean; resolvedLater?: boolean }): void {
    const disputeId = randomUUID();
    const township = options.township ?? QINGSHUI;
    const screenedAt = `${options.month}-05T02:00:00.000Z`;
    const base = { disputeId, month: options.month, townshipCode: township, villageCode: options.village ?? null, category: 'land-forest-water' as const, peopleInvolved: 4 };
    this.events.push(envelope(DisputeScreenedV1, { ...base, easilyEscalating: options.easilyEscalating, outcome: 'in-progress', screenedAt }, { townshipCode: township, occurredAt: screenedAt }));
    if (options.resolvedLater) {
      const updatedAt = `${options.month}-20T02:00:00.000Z`;
      this.events.push(envelope(DisputeUpdatedV1, { ...base, easilyEscalating: false, outcome: 'resolved', previousOutcome: 'in-progress', version: 2, updatedAt }, { townshipCode: township, occurredAt: updatedAt }));
    }
  }
}

