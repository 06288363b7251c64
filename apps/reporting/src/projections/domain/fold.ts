/**
 * What each event writes into the projection tables, as plain rows; and how rows for the same
 * key merge inside a batch — by the same rule the database applies on conflict (the greater
 * stamp of each column group wins), so folding a batch first and upserting it gives the same
 * result as upserting its events one by one, in any order.
 */
import {
  CASE,
  CASE_EVENT,
  DIRECTORY,
  DISPUTE,
  PETITION,
  PROJECTION_TABLES,
  SENSITIVE_PERIOD,
  stampColumn,
  ZERO_REPORT,
  layoutOf,
  type EntityTable,
  type TableSpec,
} from './tables.js';

/** A row as an array of values in the table's column order (see `layoutOf`); a group not set has a null stamp. */
export type Row = unknown[];
export type RowValues = Record<string, unknown>;

/** The parts of an envelope the projections read (payloads carry ids and facts only). */
export interface ProjectedEvent {
  subject: string;
  id: string;
  occurredAt: string;
  townshipCode?: string | null;
  // a validated payload of the contract named by `subject`
  payload: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface EventWrites {
  rows: Array<{ table: TableSpec; row: Row }>;
  /** Petitions whose figures this event may change (their rollup buckets must be recomputed). */
  petitions: string[];
  /** Cases whose attached (linked) petitions' figures this event may change. */
  cases: string[];
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The China-local month (Asia/Shanghai, UTC+8, no daylight saving) of an instant, as its first day `YYYY-MM-01`. */
export function localMonth(at: string | Date): string {
  const local = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const iso = (at: string) => (CANONICAL.test(at) ? at : new Date(at).toISOString());
/** Stamp for last-writer-wins by the event's own time, ties broken by event id. */
export const timeStamp = (at: string, eventId: string) => `${iso(at)}|${eventId}`;
/** Stamp for a group versioned by its producer (e.g. a dispute's version). */
export const versionStamp = (version: number, eventId: string) => `v${String(version).padStart(10, '0')}|${eventId}`;

/** A row of an entity table setting one group. */
function entityRow(table: EntityTable, key: RowValues, groupName: string, stamp: string, values: RowValues): { table: TableSpec; row: Row } {
  const layout = layoutOf(table);
  const g = layout.groups[groupName];
  if (!g) throw new Error(`${table.name} has no group ${groupName}`);
  const row: Row = new Array(layout.columns.length).fill(null);
  for (const k of table.key) row[layout.index[k.name]!] = key[k.name];
  row[g.stamp] = stamp;
  for (let i = 0; i < g.columns.length; i++) row[g.columns[i]!] = values[g.names[i]!] ?? null;
  return { table, row };
}

const caseRows = (e: ProjectedEvent, at: string, groups: Array<[string, RowValues]>) => {
  const key = { case_id: e.payload.caseId };
  return [entityRow(CASE, key, 'ident', timeStamp(e.occurredAt, e.id), { petition_id: e.payload.petitionId }), ...groups.map(([g, values]) => entityRow(CASE, key, g, timeStamp(at, e.id), values))];
};

// in CASE_EVENT's column order: event_id, case_id, petition_id, kind, at, unit_code, detail
const caseEvent = (e: ProjectedEvent, kind: string, at: string, unitCode: string | null, detail: string | null) => ({
  table: CASE_EVENT as TableSpec,
  row: [e.id, e.payload.caseId, e.payload.petitionId, kind, iso(at), unitCode, detail] as Row,
});

const ofCase = (e: ProjectedEvent, rows: Array<{ table: TableSpec; row: Row }>): EventWrites => ({ rows, petitions: [e.payload.petitionId], cases: [e.payload.caseId] });

type Folder = (e: ProjectedEvent) => EventWrites;

/** Subjects the projections use, and what each writes. Others (attachments, public notes, reminders) are not counted. */
export const FOLDERS: Readonly<Record<string, Folder>> = {
  'intake.petition.registered.v1': (e) => {
    const p = e.payload;
    return {
      rows: [
        entityRow(PETITION, { petition_id: p.petitionId }, 'reg', timeStamp(e.occurredAt, e.id), {
          township_code: p.townshipCode,
          village_code: p.villageCode ?? null,
          channel: p.channel,
          category_code: p.categoryCode,
          received_at: iso(p.receivedAt),
          received_month: localMonth(p.receivedAt),
          registered_at_level: p.registeredAtLevel,
          headcount: p.headcount,
          collective: p.flags.collective,
          repeat: p.flags.repeat,
          skip_level: p.flags.skipLevel,
          linked_petition_id: p.linkedPetitionId ?? null,
          is_accusation: p.isAccusation,
          accused_unit_code: p.accusedUnitCode ?? null,
          long_standing: p.longStandingPetitioner ?? false,
        }),
      ],
      petitions: [p.petitionId],
      cases: [],
    };
  },
  'intake.petition.refused.v1': (e) => ({
    rows: [entityRow(PETITION, { petition_id: e.payload.petitionId }, 'refusal', timeStamp(e.occurredAt, e.id), { refused_at: iso(e.occurredAt) })],
    petitions: [e.payload.petitionId],
    cases: [],
  }),
  'intake.petition.evaluated.v1': (e) => ({
    rows: [entityRow(PETITION, { petition_id: e.payload.petitionId }, 'eval', timeStamp(e.payload.evaluatedAt, e.id), { rating: e.payload.rating, evaluated_at: iso(e.payload.evaluatedAt) })],
    petitions: [e.payload.petitionId],
    cases: [],
  }),
  'intake.directory.published.v1': (e) => ({
    rows: [
      entityRow(DIRECTORY, { id: 1 }, 'dir', timeStamp(e.occurredAt, e.id), {
        county_name: e.payload.countyName,
        directory: { townships: e.payload.townships, units: e.payload.units, categories: e.payload.categories },
      }),
    ],
    petitions: [],
    cases: [],
  }),
  'casework.case.opened.v1': (e) => ofCase(e, caseRows(e, e.occurredAt, [['opened', { opened_at: iso(e.occurredAt), ownership_required: e.payload.ownershipRequired }]])),
  'casework.case.petition-linked.v1': (e) => ({
    rows: [
      ...caseRows(e, e.occurredAt, []),
      entityRow(PETITION, { petition_id: e.payload.linkedPetitionId }, 'link', timeStamp(e.occurredAt, e.id), { linked_case_id: e.payload.caseId, linked_as: e.payload.linkedAs }),
    ],
    petitions: [e.payload.linkedPetitionId],
    cases: [],
  }),
  'casework.case.transferred.v1': (e) => routed(e, 'transferred', 'transfer'),
  'casework.case.assigned.v1': (e) => routed(e, 'assigned', 'assign'),
  'casework.case.routing-objected.v1': (e) => ofCase(e, [...caseRows(e, e.payload.objectedAt, []), caseEvent(e, 'routing-objected', e.payload.objectedAt, e.payload.unitCode, null)]),
  'casework.case.accepted.v1': (e) =>
    ofCase(
      e,
      caseRows(e, e.payload.acceptedAt, [['decision', { decision: 'accepted', decided_at: iso(e.payload.acceptedAt), acceptance_timely: e.payload.timely, decision_unit_code: e.payload.unitCode, rejection_ground: null }]]),
    ),
  'casework.case.rejected.v1': (e) =>
    ofCase(
      e,
      caseRows(e, e.payload.decidedAt, [['decision', { decision: 'rejected', decided_at: iso(e.payload.decidedAt), acceptance_timely: e.payload.timely, decision_unit_code: e.payload.unitCode, rejection_ground: e.payload.ground }]]),
    ),
  'casework.case.refused-as-repeat.v1': (e) => ofCase(e, caseRows(e, e.payload.decidedAt, [['refused', { refused_as_repeat_at: iso(e.payload.decidedAt) }]])),
  'casework.case.leader-took-ownership.v1': (e) => ofCase(e, caseRows(e, e.payload.takenAt, [['owned', { owned_at: iso(e.payload.takenAt) }]])),
  'casework.case.deadline-extended.v1': (e) => ofCase(e, [...caseRows(e, e.occurredAt, [['extended', { extended_days: e.payload.days }]]), caseEvent(e, 'deadline-extended', e.occurredAt, null, String(e.payload.days))]),
  'casework.case.replied.v1': (e) =>
    ofCase(
      e,
      caseRows(e, e.payload.repliedAt, [['replied', { replied_at: iso(e.payload.repliedAt), reply_on_time: e.payload.onTime, reply_outcome: e.payload.outcome, reply_unit_code: e.payload.unitCode }]]),
    ),
  'casework.case.review-requested.v1': (e) =>
    ofCase(e, [
      ...caseRows(e, e.payload.requestedAt, [['review_req', { last_review_requested_at: iso(e.payload.requestedAt), last_review_stage: e.payload.stage }]]),
      caseEvent(e, 'review-requested', e.payload.requestedAt, null, e.payload.stage),
    ]),
  'casework.case.review-decided.v1': (e) =>
    ofCase(e, [
      ...caseRows(e, e.payload.decidedAt, [['review_dec', { last_review_decided_at: iso(e.payload.decidedAt), last_review_outcome: e.payload.outcome, final: e.payload.final }]]),
      caseEvent(e, 'review-decided', e.payload.decidedAt, null, `${e.payload.stage}:${e.payload.outcome}`),
    ]),
  'casework.case.supervised.v1': (e) => ofCase(e, [...caseRows(e, e.payload.supervisedAt, []), caseEvent(e, 'supervised', e.payload.supervisedAt, e.payload.handlingUnitCode ?? null, null)]),
  'casework.case.overdue.v1': (e) => ofCase(e, [...caseRows(e, e.payload.dueAt, []), caseEvent(e, 'overdue', e.payload.dueAt, e.payload.handlingUnitCode ?? null, e.payload.clock)]),
  'casework.case.escalated.v1': (e) => ofCase(e, [...caseRows(e, e.payload.escalatedAt, []), caseEvent(e, 'escalated', e.payload.escalatedAt, null, `${e.payload.reason}:${e.payload.step}`)]),
  'casework.case.mediated.v1': (e) => ofCase(e, [...caseRows(e, e.payload.mediatedAt, []), caseEvent(e, 'mediated', e.payload.mediatedAt, null, e.payload.outcome)]),
  'casework.case.closed.v1': (e) => ofCase(e, caseRows(e, e.payload.closedAt, [['closed', { last_closed_at: iso(e.payload.closedAt), last_closure: e.payload.closure }]])),
  'casework.dispute.screened.v1': (e) => {
    const p = e.payload;
    const key = { dispute_id: p.disputeId };
    return {
      rows: [
        entityRow(DISPUTE, key, 'state', versionStamp(1, e.id), {
          month: p.month,
          township_code: p.townshipCode,
          village_code: p.villageCode ?? null,
          category: p.category ?? null,
          easily_escalating: p.easilyEscalating,
          people_involved: p.peopleInvolved ?? null,
          outcome: p.outcome,
          version: 1,
        }),
        entityRow(DISPUTE, key, 'screened', timeStamp(p.screenedAt, e.id), { screened_easily_escalating: p.easilyEscalating, screened_at: iso(p.screenedAt) }),
      ],
      petitions: [],
      cases: [],
    };
  },
  'casework.dispute.updated.v1': (e) => {
    const p = e.payload;
    return {
      rows: [
        entityRow(DISPUTE, { dispute_id: p.disputeId }, 'state', versionStamp(p.version, e.id), {
          month: p.month,
          township_code: p.townshipCode,
          village_code: p.villageCode ?? null,
          category: p.category ?? null,
          easily_escalating: p.easilyEscalating,
          people_involved: p.peopleInvolved ?? null,
          outcome: p.outcome,
          version: p.version,
        }),
      ],
      petitions: [],
      cases: [],
    };
  },
  'casework.sensitive-period.opened.v1': (e) => ({
    rows: [entityRow(SENSITIVE_PERIOD, { period_id: e.payload.periodId }, 'opened', timeStamp(e.payload.openedAt, e.id), { name: e.payload.name, from_date: e.payload.from, to_date: e.payload.to })],
    petitions: [],
    cases: [],
  }),
  'casework.sensitive-period.closed.v1': (e) => ({
    rows: [entityRow(SENSITIVE_PERIOD, { period_id: e.payload.periodId }, 'closed', timeStamp(e.payload.closedAt, e.id), { closed_at: iso(e.payload.closedAt) })],
    petitions: [],
    cases: [],
  }),
  'casework.zero-report.filed.v1': (e) => ({
    rows: [
      entityRow(ZERO_REPORT, { period_id: e.payload.periodId, township_code: e.payload.townshipCode, date: e.payload.date }, 'filed', versionStamp(e.payload.revision, e.id), {
        has_incidents: e.payload.hasIncidents,
        late: e.payload.late,
        revision: e.payload.revision,
        filed_at: iso(e.payload.filedAt),
      }),
    ],
    petitions: [],
    cases: [],
  }),
  'casework.zero-report.missing.v1': (e) => ({
    rows: [
      entityRow(ZERO_REPORT, { period_id: e.payload.periodId, township_code: e.payload.townshipCode, date: e.payload.date }, 'missing', timeStamp(e.payload.deadlineAt, e.id), {
        missing_deadline_at: iso(e.payload.deadlineAt),
      }),
    ],
    petitions: [],
    cases: [],
  }),
};

function routed(e: ProjectedEvent, kind: 'transferred' | 'assigned', by: 'transfer' | 'assign'): EventWrites {
  const p = e.payload;
  return ofCase(e, [
    ...caseRows(e, p.routedAt, [['routed', { last_routed_at: iso(p.routedAt), last_routed_unit_code: p.unitCode, last_routed_by: by }]]),
    caseEvent(e, kind, p.routedAt, p.unitCode, p.unitKind),
  ]);
}

/** Subjects this service projects; the consumer acks the rest without a handler. */
export const PROJECTED_SUBJECTS: readonly string[] = Object.keys(FOLDERS);

export function foldEvent(event: ProjectedEvent): EventWrites {
  const folder = FOLDERS[event.subject];
  if (!folder) return { rows: [], petitions: [], cases: [] };
  return folder(event);
}

const keyOf = (table: TableSpec, row: Row) => {
  const keys = layoutOf(table).keys;
  return keys.length === 1 ? String(row[keys[0]!]) : keys.map((k) => String(row[k])).join('\u0000');
};

/** Merges a row into another of the same key, group by group: the greater stamp wins. Pure. */
export function mergeRow(table: TableSpec, into: Row | undefined, row: Row): Row {
  if (!into) return row;
  if (table.kind === 'fact') return into; // the same event: the same row
  const out = [...into];
  for (const g of Object.values(layoutOf(table).groups)) {
    const incoming = row[g.stamp] as string | null;
    if (incoming === null || incoming === undefined) continue;
    const current = out[g.stamp] as string | null;
    if (current === null || current === undefined || incoming > current) {
      out[g.stamp] = incoming;
      for (const i of g.columns) out[i] = row[i];
    }
  }
  return out;
}

/** A row as an object by column name (for tests and logs). */
export function rowObject(table: TableSpec, row: Row): RowValues {
  return Object.fromEntries(layoutOf(table).columns.map((col, i) => [col.name, row[i] ?? null]));
}

/** The rows of many events, merged per table and key, and the petitions and cases they touch. */
export class ProjectionBatch {
  readonly rows = new Map<TableSpec, Map<string, Row>>(PROJECTION_TABLES.map((t) => [t, new Map()]));
  readonly petitions = new Set<string>();
  readonly cases = new Set<string>();
  events = 0;

  add(event: ProjectedEvent): void {
    const writes = foldEvent(event);
    this.events++;
    for (const { table, row } of writes.rows) {
      const rows = this.rows.get(table)!;
      const key = keyOf(table, row);
      rows.set(key, mergeRow(table, rows.get(key), row));
    }
    for (const p of writes.petitions) this.petitions.add(p);
    for (const c of writes.cases) this.cases.add(c);
  }

  /** Rows of one table, sorted by key so that concurrent writers lock rows in the same order. */
  rowsOf(table: TableSpec): Row[] {
    return [...this.rows.get(table)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
}
