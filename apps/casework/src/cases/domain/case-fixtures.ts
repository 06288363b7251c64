import { CHINA_HOLIDAYS_2025_2026, WorkingCalendar } from './calendar.js';
import { decide, type CaseCommand, type CommandContext, type StaffMember } from './case-commands.js';
import type { CaseEvent, Unit } from './case-events.js';
import { replay, type CaseState } from './case-state.js';

/**
 * Fixtures for the domain's specs (clocks, state machine, replay property): a small county, its
 * staff, and case histories built by running commands through `decide` and folding them with
 * `replay`. Pure, like the rest of the domain.
 */
export const QINGSHUI = '430599101000';
export const SHIMEN = '430599102000';

export const UNITS: Unit[] = [
  { code: `twp-${QINGSHUI}`, name: '清水镇人民政府', kind: 'township', townshipCode: QINGSHUI },
  { code: `twp-${SHIMEN}`, name: '石门镇人民政府', kind: 'township', townshipCode: SHIMEN },
  { code: 'dept-natural-resources', name: '县自然资源局', kind: 'department', townshipCode: null },
  { code: 'dept-hrss', name: '县人力资源和社会保障局', kind: 'department', townshipCode: null },
  { code: 'dept-housing', name: '县住房和城乡建设局', kind: 'department', townshipCode: null },
  { code: 'dept-transport', name: '县交通运输局', kind: 'department', townshipCode: null },
  { code: 'political-legal', name: '县委政法委（涉法涉诉）', kind: 'political-legal', townshipCode: null },
  { code: 'discipline', name: '县纪委监委', kind: 'discipline', townshipCode: null },
];

export const CALENDAR = new WorkingCalendar(CHINA_HOLIDAYS_2025_2026);

export const staff = {
  admin: { id: 'admin-county', role: 'county-admin' } as StaffMember,
  officer: (townshipCode = QINGSHUI): StaffMember => ({ id: `officer-${townshipCode}`, role: 'township-officer', townshipCode }),
  leader: (townshipCode = QINGSHUI): StaffMember => ({ id: `leader-${townshipCode}`, role: 'leader', townshipCode }),
  countyLeader: { id: 'leader-county', role: 'leader' } as StaffMember,
  dept: (unitCode = 'dept-natural-resources'): StaffMember => ({ id: `officer-${unitCode}`, role: 'department-officer', unitCode }),
  analyst: { id: 'analyst-1', role: 'analyst' } as StaffMember,
  liaison: (townshipCode = QINGSHUI): StaffMember => ({ id: `liaison-${townshipCode}`, role: 'liaison', townshipCode }),
};

export function context(actor: StaffMember, now: Date): CommandContext {
  return {
    now,
    actor,
    calendar: CALENDAR,
    unit: (code) => UNITS.find((u) => u.code === code),
    townshipUnit: (townshipCode) => UNITS.find((u) => u.kind === 'township' && u.townshipCode === townshipCode),
  };
}

export const CASE_ID = '6a1d3c9e-2b7f-4e0a-8c5d-1f9e7b3a2c41';
export const PETITION_ID = '0b8f5a1e-3c2d-4f6a-9e1b-7d4c2a9f8e10';

/** Monday 2026-03-02, 10:00 in China: an ordinary working day with no holiday within two months. */
export const T0 = new Date('2026-03-02T10:00:00+08:00');
export const DAY_MS = 24 * 3600 * 1000;
/** `days` (fractions allowed) after T0. */
export const day = (days: number) => new Date(T0.getTime() + days * DAY_MS);

export type OpenedEvent = Extract<CaseEvent, { type: 'opened' }>;

export function opened(overrides: Partial<Omit<OpenedEvent, 'flags'>> & { flags?: Partial<OpenedEvent['flags']> } = {}): OpenedEvent {
  const { flags, ...rest } = overrides;
  const receivedAt = rest.receivedAt ?? T0.toISOString();
  return {
    type: 'opened',
    at: receivedAt,
    petitionId: PETITION_ID,
    townshipCode: QINGSHUI,
    villageCode: '430599101201',
    channel: 'visit',
    categoryCode: 'land-acquisition',
    receivedAt,
    registeredAtLevel: 'township',
    isAccusation: false,
    accusedUnitCode: null,
    receptionLeaderId: null,
    ...rest,
    flags: { collective: false, repeat: false, skipLevel: false, longStanding: false, ...flags },
  };
}

/** A case's history, grown by commands that must succeed (or by events the system records). */
export class Story {
  readonly history: CaseEvent[];

  constructor(first: OpenedEvent = opened()) {
    this.history = [first];
  }

  get state(): CaseState {
    return replay(CASE_ID, this.history);
  }

  /** Runs a command that must be allowed and records its events. */
  run(command: CaseCommand, actor: StaffMember, at: Date): this {
    this.history.push(...decide(this.state, command, context(actor, at)));
    return this;
  }

  record(...events: CaseEvent[]): this {
    this.history.push(...events);
    return this;
  }

  clone(): Story {
    const copy = new Story(this.history[0] as OpenedEvent);
    copy.history.push(...this.history.slice(1));
    return copy;
  }
}

/** The named states of a case on its way through the procedure, each a history built from T0. */
export type StateName =
  | 'registered'
  | 'transferred'
  | 'assigned'
  | 'transferredToTownship'
  | 'accepted'
  | 'acceptedByTownship'
  | 'extended'
  | 'replied'
  | 'review'
  | 'reviewed'
  | 'reReview'
  | 'final'
  | 'closedAfterReply'
  | 'closedAfterReview'
  | 'rejected'
  | 'refused'
  | 'closedAfterRejection';

export const states: Record<StateName, () => Story> = {
  registered: () => new Story(),
  transferred: () => states.registered().run({ type: 'transfer', unitCode: 'dept-natural-resources', reason: '属征地补偿事项' }, staff.admin, day(1)),
  assigned: () => states.registered().run({ type: 'assign', unitCode: 'dept-hrss', dueAt: day(20).toISOString(), reason: '限期报结' }, staff.admin, day(1)),
  transferredToTownship: () => states.registered().run({ type: 'transfer', unitCode: `twp-${QINGSHUI}`, reason: '属地管理' }, staff.admin, day(1)),
  accepted: () => states.transferred().run({ type: 'accept' }, staff.dept(), day(2)),
  acceptedByTownship: () => states.registered().run({ type: 'accept' }, staff.officer(), day(1)),
  extended: () => states.accepted().run({ type: 'extend', days: 30, reason: '需补充测绘' }, staff.leader(), day(30)),
  replied: () => states.accepted().run({ type: 'reply', outcome: 'explain', text: '经核查，补偿已按标准发放。' }, staff.dept(), day(40)),
  review: () => states.replied().run({ type: 'request-review', reason: '信访人不服答复' }, staff.admin, day(45)),
  reviewed: () => states.review().run({ type: 'decide-review', outcome: 'upheld', text: '维持原处理意见' }, staff.admin, day(60)),
  reReview: () => states.reviewed().run({ type: 'request-review', reason: '信访人不服复查意见' }, staff.admin, day(65)),
  final: () => states.reReview().run({ type: 'decide-review', outcome: 'upheld', text: '维持复查意见' }, staff.admin, day(80)),
  closedAfterReply: () => states.replied().run({ type: 'close' }, staff.dept(), day(41)),
  closedAfterReview: () => states.reviewed().run({ type: 'close' }, staff.admin, day(61)),
  rejected: () => states.transferred().run({ type: 'reject', ground: 'legal-procedure', reason: '应通过诉讼途径解决' }, staff.dept(), day(2)),
  refused: () => states.transferred().run({ type: 'refuse', reason: '已办结的同一事项' }, staff.dept(), day(2)),
  closedAfterRejection: () => states.rejected().run({ type: 'close' }, staff.dept(), day(3)),
};
