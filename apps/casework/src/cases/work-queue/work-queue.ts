import type { Principal } from '#platform';
import { caseScope } from '../case-scope.js';
import { OPEN_STATUSES } from '../domain/case-state.js';

/** One to-do bucket of the 工作台: how many cases, how many of them past the bucket's clock, and the earliest due time. */
export interface Bucket {
  count: number;
  overdue: number;
  nextDueAt: string | null;
}

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
    /** Cases with an obligation falling due in the next 7 days. */
    dueThisWeek: Bucket;
    /** Cases with an obligation past due. */
    overdue: Bucket;
    /** Cases under supervision (督办) whose supervision date is still running. */
    supervised: Bucket;
  };
  /** Leader reception duty today (Beijing date) in the caller's township, or every township for the county. */
  dutyToday: { date: string; leaders: { townshipCode: string; leaderId: string; leaderName: string }[]; mine: boolean };
}

const OPEN = `ARRAY[${OPEN_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`;
const NEEDS_OWNER = `((c.state -> 'flags' ->> 'collective')::boolean OR (c.state -> 'flags' ->> 'repeat')::boolean OR (c.state -> 'flags' ->> 'skipLevel')::boolean OR (c.state -> 'flags' ->> 'longStanding')::boolean)`;

/**
 * The whole 工作台 in one statement: each bucket a sub-select over the caller's cases (the same
 * scope as the case list: township, unit, never an accusation against the caller's own unit),
 * with the clocks from casework.deadline, and today's reception duty.
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

  /** Cases of a stage, with the clock that runs in it. */
  const stage = (where: string, clock: string, extra = '') => `(
    SELECT json_build_object('count', count(*), 'overdue', count(*) FILTER (WHERE d.due_at < now()), 'nextDueAt', min(d.due_at)${extra})
    FROM casework."case" c
    LEFT JOIN casework.deadline d ON d.case_id = c.id AND d.active AND d.clock = '${clock}'
    ${extra ? `LEFT JOIN casework.deadline o ON o.case_id = c.id AND o.active AND o.clock = 'objection'` : ''}
    WHERE ${scope} AND ${where})`;
  /** Cases, with whichever obligation of theirs comes first. */
  const cases = (where: string) => `(
    SELECT json_build_object('count', count(DISTINCT c.id), 'overdue', count(DISTINCT c.id) FILTER (WHERE d.due_at < now()), 'nextDueAt', min(d.due_at))
    FROM casework."case" c
    LEFT JOIN casework.deadline d ON d.case_id = c.id AND d.active AND d.obligation
    WHERE ${scope} AND ${where})`;
  /** Cases by their running clocks. */
  const clocks = (where: string) => `(
    SELECT json_build_object('count', count(DISTINCT c.id), 'overdue', count(DISTINCT c.id) FILTER (WHERE d.due_at < now()), 'nextDueAt', min(d.due_at))
    FROM casework.deadline d JOIN casework."case" c ON c.id = d.case_id
    WHERE d.active AND ${where} AND ${scope})`;

  const dutyWhere = principal.role === 'department-officer' || (principal.unitCode && !township) ? 'false' : township ? `r.township_code = ${param(township)}` : 'true';
  const day = param(today);
  const sql = `SELECT
    ${stage(`c.status = 'registered'`, 'route')} AS "toRoute",
    ${stage(`c.status IN ('transferred', 'assigned') AND ${mine}`, 'acceptance-notice', `, 'objectionOpen', count(*) FILTER (WHERE o.due_at >= now()), 'nextObjectionBy', min(o.due_at) FILTER (WHERE o.due_at >= now())`)} AS "toAccept",
    ${stage(`c.status = 'accepted' AND ${mine}`, 'reply')} AS "toReply",
    ${cases(`c.status IN ('registered', 'transferred', 'assigned') AND c.owner_id IS NULL AND ${NEEDS_OWNER}`)} AS "toOwn",
    ${cases(`c.owner_id = ${me} AND c.status = ANY(${OPEN})`)} AS "owned",
    ${clocks(`d.obligation AND d.due_at >= now() AND d.due_at < now() + interval '7 days'`)} AS "dueThisWeek",
    ${clocks(`d.obligation AND d.due_at < now()`)} AS "overdue",
    ${clocks(`d.clock = 'supervision'`)} AS "supervised",
    (SELECT coalesce(json_agg(json_build_object('townshipCode', r.township_code, 'leaderId', r.leader_id, 'leaderName', r.leader_name) ORDER BY r.township_code), '[]'::json)
       FROM casework.duty_roster r WHERE r.day = ${day}::date AND ${dutyWhere}) AS "dutyToday",
    ${units ? `to_json(${units})` : 'NULL::json'} AS "unitCodes",
    now() AS "asOf"`;
  return { sql, params };
}

type RawBucket = { count: number; overdue: number; nextDueAt: string | null; objectionOpen?: number; nextObjectionBy?: string | null };
const iso = (at: string | null | undefined) => (at ? new Date(at).toISOString() : null);
const bucket = (b: RawBucket): Bucket => ({ count: Number(b.count), overdue: Number(b.overdue), nextDueAt: iso(b.nextDueAt) });

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
