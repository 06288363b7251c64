import type { Principal } from '#platform';
import { caseScope } from '../case-scope.js';
import { OPEN_STATUSES } from '../domain/case-state.js';

/** A case in a bucket, for the 工作台 to list (no personal data: casework has none). */
export interface BucketItem {
  caseId: string;
  petitionId: string;
  status: string;
  townshipCode: string;
  categoryCode: string;
  /** The bucket's clock for this case (its first obligation for the buckets of several clocks). */
  dueAt: string | null;
}

/**
 * One to-do bucket of the 工作台: how many cases, how many of them past the bucket's clock, the
 * earliest due time, and the first few cases — and the same counted in 信访件 (petitions: a case
 * and the repeat and skip-level petitions joined to it), as the case list counts its rows.
 */
export interface Bucket {
  count: number;
  overdue: number;
  petitions: number;
  overduePetitions: number;
  nextDueAt: string | null;
  /** At most ITEMS_PER_BUCKET, the nearest due first. */
  items: BucketItem[];
}

export const ITEMS_PER_BUCKET = 5;

export interface WorkQueue {
  asOf: string;
  /** The units whose acceptance and reply the caller owes (a department, or its township's government); null for the county, which watches every unit. */
  unitCodes: string[] | null;
  buckets: {
    /** Registered, not yet transferred or assigned (15 days from registration, Art. 22). */
    toRoute: Bucket;
    /** Routed to the caller's unit, not yet accepted or rejected: the 15-day acceptance notice (Art. 23) and the 5-working-day objection window. */
    toAccept: Bucket & { objectionOpen: number; nextObjectionBy: string | null };
    /** Accepted by the caller's unit, not yet answered (60 days, extendable once, Art. 34). */
    toReply: Bucket;
    /** Collective, repeat, skip-level or long-standing cases no leader owns yet: they cannot be accepted until one does. */
    toOwn: Bucket;
    /** Open cases the caller (a leader) owns (领导包案). */
    owned: Bucket;
    /** Cases whose step clock (route, acceptance notice, reply, review decision) falls due in the next 7 days. */
    dueThisWeek: Bucket;
    /** Cases with an obligation past due. */
    overdue: Bucket;
    /** Cases under supervision (督办) whose supervision date is still running. */
    supervised: Bucket;
  };
  /** Leader reception duty today (Beijing date) in the caller's township, or every township for the county. */
  dutyToday: { date: string; leaders: { townshipCode: string; leaderId: string; leaderName: string }[]; mine: boolean };
}

export const OPEN = `ARRAY[${OPEN_STATUSES.map((st) => `'${st}'`).join(',')}]::text[]`;
/** Cases a leader must own before acceptance: collective, repeat, skip-level, long-standing (shared with the case list's awaitingOwner filter). */
export const NEEDS_OWNER = `((c.state -> 'flags' ->> 'collective')::boolean OR (c.state -> 'flags' ->> 'repeat')::boolean OR (c.state -> 'flags' ->> 'skipLevel')::boolean OR (c.state -> 'flags' ->> 'longStanding')::boolean)`;
/** Not yet accepted, no leader owns it, and it must have one first. */
export const AWAITING_OWNER = `c.status IN ('registered', 'transferred', 'assigned') AND c.owner_id IS NULL AND ${NEEDS_OWNER}`;
const CASE_COLUMNS = `c.id, c.petition_id, c.status, c.township_code, c.category_code, c.received_at, 1 + jsonb_array_length(coalesce(c.state -> 'linkedPetitionIds', '[]'::jsonb)) AS petitions`;

/**
 * The whole 工作台 in one statement: each bucket the caller's cases of one kind (the same scope
 * as the case list: township, unit, never an accusation against the caller's own unit), one row
 * a case with the bucket's clock from casework.deadline; then each bucket's count, overdue
 * count, earliest due time and first few cases; and today's reception duty.
 */
export function workQueueQuery(principal: Principal, today: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const scope = caseScope(principal, params);
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const township = principal.townshipCode ?? null;
  // the acting units: a department is its unit; township staff act for their township's government
  const units = principal.unitCode
    ? `ARRAY[${param(principal.unitCode)}]::text[]`
    : township
      ? `ARRAY(SELECT u.code FROM casework.unit u WHERE u.kind = 'township' AND u.township_code = ${param(township)})`
      : null;
  const mine = units ? `c.handling_unit_code = ANY(${units})` : 'true';
  const me = param(principal.id);

  /** Cases of a stage, each with the clock that runs in it. */
  const stage = (where: string, clock: string, objection = false) => `
    SELECT ${CASE_COLUMNS}, d.due_at${objection ? ', o.due_at AS objection_by' : ''}
    FROM casework."case" c
    LEFT JOIN casework.deadline d ON d.case_id = c.id AND d.active AND d.clock = '${clock}'
    ${objection ? `LEFT JOIN casework.deadline o ON o.case_id = c.id AND o.active AND o.clock = 'objection'` : ''}
    WHERE ${scope} AND ${where}`;
  /** Cases, each with whichever of its obligations comes first. */
  const cases = (where: string) => `
    SELECT ${CASE_COLUMNS}, min(d.due_at) AS due_at
    FROM casework."case" c
    LEFT JOIN casework.deadline d ON d.case_id = c.id AND d.active AND d.obligation
    WHERE ${scope} AND ${where} GROUP BY c.id`;
  /** Cases by their running clocks, each with the first of those that match. */
  const clocks = (where: string) => `
    SELECT ${CASE_COLUMNS}, min(d.due_at) AS due_at
    FROM casework.deadline d JOIN casework."case" c ON c.id = d.case_id
    WHERE d.active AND ${where} AND ${scope} GROUP BY c.id`;

  const buckets: [string, string][] = [
    ['toRoute', stage(`c.status = 'registered'`, 'route')],
    ['toAccept', stage(`c.status IN ('transferred', 'assigned') AND ${mine}`, 'acceptance-notice', true)],
    ['toReply', stage(`c.status = 'accepted' AND ${mine}`, 'reply')],
    ['toOwn', cases(AWAITING_OWNER)],
    ['owned', cases(`c.owner_id = ${me} AND c.status = ANY(${OPEN})`)],
    // the step's own clock (what the case list shows as a petition's deadline), due within the week
    ['dueThisWeek', clocks(`d.clock IN ('route', 'acceptance-notice', 'reply', 'review-decision') AND d.due_at >= now() AND d.due_at < now() + interval '7 days'`)],
    ['overdue', clocks(`d.obligation AND d.due_at < now()`)],
    ['supervised', clocks(`d.clock = 'supervision'`)],
  ];
  const summary = (name: string) => `(SELECT json_build_object(
      'count', count(*), 'overdue', count(*) FILTER (WHERE b.due_at < now()), 'nextDueAt', min(b.due_at),
      'petitions', coalesce(sum(b.petitions), 0), 'overduePetitions', coalesce(sum(b.petitions) FILTER (WHERE b.due_at < now()), 0),
      ${name === 'toAccept' ? `'objectionOpen', count(*) FILTER (WHERE b.objection_by >= now()), 'nextObjectionBy', min(b.objection_by) FILTER (WHERE b.objection_by >= now()),` : ''}
      'items', (SELECT coalesce(json_agg(json_build_object('caseId', i.id, 'petitionId', i.petition_id, 'status', i.status, 'townshipCode', i.township_code, 'categoryCode', i.category_code, 'dueAt', i.due_at) ORDER BY i.due_at NULLS LAST, i.received_at), '[]'::json)
                FROM (SELECT * FROM "${name}" ORDER BY due_at NULLS LAST, received_at LIMIT ${ITEMS_PER_BUCKET}) i))
    FROM "${name}" b) AS "${name}"`;

  const dutyWhere = principal.role === 'department-officer' || (principal.unitCode && !township) ? 'false' : township ? `r.township_code = ${param(township)}` : 'true';
  const day = param(today);
  const sql = `WITH ${buckets.map(([name, query]) => `"${name}" AS (${query})`).join(',\n')}
    SELECT ${buckets.map(([name]) => summary(name)).join(',\n')},
    (SELECT coalesce(json_agg(json_build_object('townshipCode', r.township_code, 'leaderId', r.leader_id, 'leaderName', r.leader_name) ORDER BY r.township_code), '[]'::json)
       FROM casework.duty_roster r WHERE r.day = ${day}::date AND ${dutyWhere}) AS "dutyToday",
    ${units ? `to_json(${units})` : 'NULL::json'} AS "unitCodes",
    now() AS "asOf"`;
  return { sql, params };
}

type RawBucket = { count: number; overdue: number; petitions: number; overduePetitions: number; nextDueAt: string | null; objectionOpen?: number; nextObjectionBy?: string | null; items: BucketItem[] };
const iso = (at: string | null | undefined) => (at ? new Date(at).toISOString() : null);
const bucket = (b: RawBucket): Bucket => ({
  count: Number(b.count),
  overdue: Number(b.overdue),
  petitions: Number(b.petitions),
  overduePetitions: Number(b.overduePetitions),
  nextDueAt: iso(b.nextDueAt),
  items: b.items.map((i) => ({ ...i, townshipCode: i.townshipCode.trim(), dueAt: iso(i.dueAt) })),
});

/** The statement's one row as the API answers it. */
export function workQueueOf(row: Record<string, any>, principal: Principal, today: string): WorkQueue {
  const leaders = row.dutyToday as WorkQueue['dutyToday']['leaders'];
  return {
    asOf: new Date(row.asOf).toISOString(),
    unitCodes: row.unitCodes,
    buckets: {
      toRoute: bucket(row.toRoute),
      toAccept: { ...bucket(row.toAccept), objectionOpen: Number(row.toAccept.objectionOpen), nextObjectionBy: iso(row.toAccept.nextObjectionBy) },
      toReply: bucket(row.toReply),
      toOwn: bucket(row.toOwn),
      owned: bucket(row.owned),
      dueThisWeek: bucket(row.dueThisWeek),
      overdue: bucket(row.overdue),
      supervised: bucket(row.supervised),
    },
    dutyToday: { date: today, leaders, mine: leaders.some((l) => l.leaderId === principal.id) },
  };
}
