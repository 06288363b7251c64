/**
 * The projection tables, described once: the DDL of a generation, the batch upserts and the
 * in-memory fold are all generated from these specs, so that the live consumer and the replay
 * of a rebuild apply exactly the same rules.
 *
 * Order independence. Two replicas and redeliveries apply events in any order, and during a
 * rebuild the same event may be written twice into the new generation (by the replay and by the
 * live consumer). So every write is idempotent and commutative:
 * - fact tables keyed by the event id (`insert-only`): a second write of the same event is a no-op;
 * - entity tables (one row per petition, case, dispute …) whose columns are split into *groups*,
 *   each owned by the event(s) that set it. A group carries a stamp (`<domain time>|<event id>`,
 *   or a version) and a write replaces the group only when its stamp is greater: last writer
 *   by the event's own time wins, not by arrival. No column is ever incremented in place, and no
 *   "current status" is overwritten by whichever event happens to arrive last.
 */

export type PgType = 'uuid' | 'text' | 'char12' | 'timestamptz' | 'date' | 'int' | 'boolean' | 'jsonb';

export interface Column {
  name: string;
  type: PgType;
}

export interface Group {
  /** The stamp column is `<name>_stamp`. */
  name: string;
  columns: Column[];
}

export interface EntityTable {
  kind: 'entity';
  /** Indexes the live writers need from the start (the others are built after a rebuild's replay). */
  liveIndexes?: number[];
  /** Base name; a generation's table is `<name>__g<N>`, and the view `<name>` shows the current one. */
  name: string;
  key: Column[];
  groups: Group[];
  indexes: string[][];
}

export interface FactTable {
  kind: 'fact';
  liveIndexes?: number[];
  name: string;
  key: Column[];
  columns: Column[];
  indexes: string[][];
}

export type TableSpec = EntityTable | FactTable;

const c = (name: string, type: PgType): Column => ({ name, type });

export const PETITION: EntityTable = {
  kind: 'entity',
  name: 'petition_fact',
  key: [c('petition_id', 'uuid')],
  groups: [
    {
      // intake.petition.registered.v1
      name: 'reg',
      columns: [
        c('township_code', 'char12'),
        c('village_code', 'char12'),
        c('channel', 'text'),
        c('category_code', 'text'),
        c('received_at', 'timestamptz'),
        c('received_month', 'date'),
        c('registered_at_level', 'text'),
        c('headcount', 'int'),
        c('collective', 'boolean'),
        c('repeat', 'boolean'),
        c('skip_level', 'boolean'),
        c('linked_petition_id', 'uuid'),
        c('is_accusation', 'boolean'),
        c('accused_unit_code', 'text'),
        c('long_standing', 'boolean'),
      ],
    },
    // intake.petition.refused.v1 (不再受理 at registration)
    { name: 'refusal', columns: [c('refused_at', 'timestamptz')] },
    // intake.petition.evaluated.v1
    { name: 'eval', columns: [c('rating', 'text'), c('evaluated_at', 'timestamptz')] },
    // casework.case.petition-linked.v1, keyed by the attached petition
    { name: 'link', columns: [c('linked_case_id', 'uuid'), c('linked_as', 'text')] },
  ],
  indexes: [['township_code', 'received_month'], ['received_at'], ['linked_case_id'], ['village_code', 'received_at']],
  // a case event looks up the petitions attached to its case
  liveIndexes: [2],
};

export const CASE: EntityTable = {
  kind: 'entity',
  name: 'case_fact',
  key: [c('case_id', 'uuid')],
  groups: [
    // every casework case event names the case's own petition
    { name: 'ident', columns: [c('petition_id', 'uuid')] },
    { name: 'opened', columns: [c('opened_at', 'timestamptz'), c('ownership_required', 'boolean')] },
    // transferred / assigned: the latest routing
    { name: 'routed', columns: [c('last_routed_at', 'timestamptz'), c('last_routed_unit_code', 'text'), c('last_routed_by', 'text')] },
    // accepted / rejected: one acceptance decision per case
    { name: 'decision', columns: [c('decision', 'text'), c('decided_at', 'timestamptz'), c('acceptance_timely', 'boolean'), c('decision_unit_code', 'text'), c('rejection_ground', 'text')] },
    { name: 'refused', columns: [c('refused_as_repeat_at', 'timestamptz')] },
    { name: 'owned', columns: [c('owned_at', 'timestamptz')] },
    { name: 'extended', columns: [c('extended_days', 'int')] },
    { name: 'replied', columns: [c('replied_at', 'timestamptz'), c('reply_on_time', 'boolean'), c('reply_outcome', 'text'), c('reply_unit_code', 'text')] },
    { name: 'review_req', columns: [c('last_review_requested_at', 'timestamptz'), c('last_review_stage', 'text')] },
    { name: 'review_dec', columns: [c('last_review_decided_at', 'timestamptz'), c('last_review_outcome', 'text'), c('final', 'boolean')] },
    { name: 'closed', columns: [c('last_closed_at', 'timestamptz'), c('last_closure', 'text')] },
  ],
  indexes: [['petition_id']],
  liveIndexes: [0],
};

/** One row per casework event that is counted (transfers, assignments, supervisions, overdue, escalations, mediations, objections). */
export const CASE_EVENT: FactTable = {
  kind: 'fact',
  name: 'case_event_fact',
  key: [c('event_id', 'uuid')],
  columns: [c('case_id', 'uuid'), c('petition_id', 'uuid'), c('kind', 'text'), c('at', 'timestamptz'), c('unit_code', 'text'), c('detail', 'text')],
  indexes: [['case_id']],
};

/** The county directory as last published (names for reports): one row. */
export const DIRECTORY: EntityTable = {
  kind: 'entity',
  name: 'directory_fact',
  key: [c('id', 'int')],
  groups: [{ name: 'dir', columns: [c('county_name', 'text'), c('directory', 'jsonb')] }],
  indexes: [],
};

/** Monthly dispute screening (矛盾纠纷排查): each entry's latest non-personal state, by version. */
export const DISPUTE: EntityTable = {
  kind: 'entity',
  name: 'dispute_fact',
  key: [c('dispute_id', 'uuid')],
  groups: [
    {
      name: 'state',
      columns: [
        c('month', 'text'),
        c('township_code', 'char12'),
        c('village_code', 'char12'),
        c('category', 'text'),
        c('easily_escalating', 'boolean'),
        c('people_involved', 'int'),
        c('outcome', 'text'),
        c('version', 'int'),
      ],
    },
    // as screened (version 1): the 易激化 flag it was found with, kept apart from the latest one
    { name: 'screened', columns: [c('screened_easily_escalating', 'boolean'), c('screened_at', 'timestamptz')] },
  ],
  indexes: [['township_code', 'month']],
};

/** Daily reports in sensitive periods (零报告): one row per period, township and day. */
export const ZERO_REPORT: EntityTable = {
  kind: 'entity',
  name: 'zero_report_fact',
  key: [c('period_id', 'uuid'), c('township_code', 'char12'), c('date', 'date')],
  groups: [
    { name: 'filed', columns: [c('has_incidents', 'boolean'), c('late', 'boolean'), c('revision', 'int'), c('filed_at', 'timestamptz')] },
    { name: 'missing', columns: [c('missing_deadline_at', 'timestamptz')] },
  ],
  indexes: [['township_code', 'date']],
};

export const SENSITIVE_PERIOD: EntityTable = {
  kind: 'entity',
  name: 'sensitive_period_fact',
  key: [c('period_id', 'uuid')],
  groups: [
    { name: 'opened', columns: [c('name', 'text'), c('from_date', 'date'), c('to_date', 'date')] },
    { name: 'closed', columns: [c('closed_at', 'timestamptz')] },
  ],
  indexes: [],
};

/** Every table a generation has that events write to, in the order a batch writes them. */
/** Cases before petitions: a write locks a case row before its petitions' rows, never the other way round. */
export const PROJECTION_TABLES: readonly TableSpec[] = [CASE, PETITION, CASE_EVENT, DIRECTORY, DISPUTE, ZERO_REPORT, SENSITIVE_PERIOD];

export const stampColumn = (group: Group) => `${group.name}_stamp`;

/** Every column of an entity table in order: key, then each group's stamp and columns. */
export function entityColumns(table: EntityTable): Column[] {
  return [...table.key, ...table.groups.flatMap((g) => [c(stampColumn(g), 'text'), ...g.columns])];
}

export function tableColumns(table: TableSpec): Column[] {
  return table.kind === 'entity' ? entityColumns(table) : [...table.key, ...table.columns];
}

/**
 * Where each column sits in a row: rows travel as arrays in `tableColumns` order (cheaper to
 * build and to serialise than objects), with the positions of keys and of each group's stamp
 * and columns worked out once per table.
 */
export interface TableLayout {
  columns: Column[];
  index: Record<string, number>;
  keys: number[];
  groups: Record<string, { stamp: number; columns: number[]; names: string[] }>;
}

const layouts = new Map<string, TableLayout>();

export function layoutOf(table: TableSpec): TableLayout {
  let layout = layouts.get(table.name);
  if (!layout) {
    const columns = tableColumns(table);
    const index = Object.fromEntries(columns.map((col, i) => [col.name, i]));
    const groups: TableLayout['groups'] = {};
    if (table.kind === 'entity') {
      for (const g of table.groups) groups[g.name] = { stamp: index[stampColumn(g)]!, columns: g.columns.map((col) => index[col.name]!), names: g.columns.map((col) => col.name) };
    }
    layout = { columns, index, keys: table.key.map((k) => index[k.name]!), groups };
    layouts.set(table.name, layout);
  }
  return layout;
}
