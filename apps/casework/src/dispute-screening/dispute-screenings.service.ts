import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { DisputeScreenedV1, DisputeUpdatedV1, type DisputeCategory, type DisputeOutcome } from '#contracts';
import { Outbox } from '#messaging';
import { InputValidationException, now as clockNow, townshipScope, type Principal } from '#platform';
import { unprocessable } from '../cases/domain/case-rules.js';
import { checkMonth, checkRecorder, checkUpdater, entryProblems } from './domain/dispute-rules.js';

export interface ScreeningInput {
  month: string;
  townshipCode: string;
  villageCode?: string;
  category?: DisputeCategory;
  parties: string;
  matter: string;
  peopleInvolved?: number;
  easilyEscalating: boolean;
  outcome: DisputeOutcome;
  measures?: string;
}

export interface ScreeningChange {
  outcome?: DisputeOutcome;
  easilyEscalating?: boolean;
  measures?: string;
}

export interface ScreeningFilter {
  townshipCode?: string;
  villageCode?: string;
  month?: string;
  from?: string;
  to?: string;
  easilyEscalating?: boolean;
  outcome?: DisputeOutcome;
  /** Resolved (true) or still open in any other outcome (false). */
  resolved?: boolean;
  category?: DisputeCategory;
}

interface ScreeningRow {
  id: string;
  month: string;
  township_code: string;
  village_code: string | null;
  category: DisputeCategory | null;
  parties: string;
  matter: string;
  people_involved: number | null;
  easily_escalating: boolean;
  outcome: DisputeOutcome;
  measures: string | null;
  version: number;
  recorded_at: Date;
  recorded_by: string;
  recorded_by_role: string;
  updated_at: Date;
  resolved_at: Date | null;
}

const COLUMNS = `id, month, township_code, village_code, category, parties, matter, people_involved, easily_escalating, outcome, measures, version, recorded_at, recorded_by, recorded_by_role, updated_at, resolved_at`;

/** Roles casework lets update an entry at all (update-screening.controller.ts); checkUpdater narrows them. */
const UPDATERS = new Set(['county-admin', 'township-officer', 'liaison']);

/** Whether the caller may follow an entry up, so the console offers 跟进 only where the API would take it. */
function mayUpdate(principal: Principal, r: ScreeningRow): boolean {
  if (!UPDATERS.has(principal.role)) return false;
  try {
    checkUpdater(principal, { id: r.id, month: r.month, townshipCode: r.township_code, villageCode: r.village_code, outcome: r.outcome, recordedBy: r.recorded_by });
    return true;
  } catch {
    return false;
  }
}

function view(r: ScreeningRow, principal: Principal) {
  return {
    id: r.id,
    month: r.month,
    townshipCode: r.township_code,
    villageCode: r.village_code,
    category: r.category,
    parties: r.parties,
    matter: r.matter,
    peopleInvolved: r.people_involved,
    easilyEscalating: r.easily_escalating,
    outcome: r.outcome,
    measures: r.measures,
    version: r.version,
    recordedAt: new Date(r.recorded_at).toISOString(),
    recordedBy: r.recorded_by,
    recordedByRole: r.recorded_by_role,
    updatedAt: new Date(r.updated_at).toISOString(),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
    mayUpdate: mayUpdate(principal, r),
  };
}
export type ScreeningView = ReturnType<typeof view>;

/** What leaves casework about an entry: codes, month, category, flags, outcome — never the parties, matter or measures. */
function facts(r: ScreeningRow) {
  return {
    disputeId: r.id,
    month: r.month,
    townshipCode: r.township_code,
    villageCode: r.village_code,
    category: r.category,
    easilyEscalating: r.easily_escalating,
    peopleInvolved: r.people_involved,
    outcome: r.outcome,
  };
}

/** SQL conditions for a filter within the caller's township scope, on `casework.dispute_screening s`. */
function where(filter: ScreeningFilter, principal: Principal, params: unknown[]): string {
  const clauses: string[] = ['true'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  const scope = townshipScope(principal);
  if (scope) add((n) => `s.township_code = ${n}`, scope);
  if (filter.townshipCode) add((n) => `s.township_code = ${n}`, filter.townshipCode);
  if (filter.villageCode) add((n) => `s.village_code = ${n}`, filter.villageCode);
  if (filter.month) add((n) => `s.month = ${n}`, filter.month);
  if (filter.from) add((n) => `s.month >= ${n}`, filter.from);
  if (filter.to) add((n) => `s.month <= ${n}`, filter.to);
  if (filter.easilyEscalating !== undefined) add((n) => `s.easily_escalating = ${n}`, filter.easilyEscalating);
  if (filter.outcome) add((n) => `s.outcome = ${n}`, filter.outcome);
  if (filter.resolved !== undefined) clauses.push(filter.resolved ? `s.outcome = 'resolved'` : `s.outcome <> 'resolved'`);
  if (filter.category) add((n) => `s.category = ${n}`, filter.category);
  return clauses.join(' AND ');
}

/** 矛盾纠纷排查: entries recorded by villages and townships each month, their follow-up, and the figures. */
@Injectable()
export class DisputeScreenings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async record(input: ScreeningInput, principal: Principal): Promise<ScreeningView> {
    const problems = entryProblems(input);
    if (problems.length) throw new InputValidationException(problems);
    checkRecorder(principal, input.townshipCode);
    const now = clockNow();
    checkMonth(input.month, now);
    const row = await this.dataSource.transaction(async (tx) => {
      const [known] = await tx.query(`SELECT 1 FROM casework.township WHERE code = $1`, [input.townshipCode]);
      if (!known) throw unprocessable('unknown-township', `乡镇 ${input.townshipCode} 不在县级目录中`);
      const [created]: ScreeningRow[] = await tx.query(
        `INSERT INTO casework.dispute_screening
           (id, month, township_code, village_code, category, parties, matter, people_involved, easily_escalating, outcome, measures, version, recorded_at, recorded_by, recorded_by_role, updated_at, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $14, $12, $15) RETURNING ${COLUMNS}`,
        [
          randomUUID(),
          input.month,
          input.townshipCode,
          input.villageCode ?? null,
          input.category ?? null,
          input.parties,
          input.matter,
          input.peopleInvolved ?? null,
          input.easilyEscalating,
          input.outcome,
          input.measures ?? null,
          now,
          principal.id,
          principal.role,
          input.outcome === 'resolved' ? now : null,
        ],
      );
      await this.outbox.emit(tx, DisputeScreenedV1, { ...facts(created!), screenedAt: now.toISOString() }, { townshipCode: input.townshipCode });
      return created!;
    });
    return view(row, principal);
  }

  /** Changes an entry's outcome, flag or measures: a new version, kept in its history, and an event when anything changed. */
  async update(id: string, change: ScreeningChange, principal: Principal): Promise<ScreeningView> {
    if (change.outcome === undefined && change.easilyEscalating === undefined && change.measures === undefined) {
      throw new InputValidationException([{ field: '(body)', rule: 'atLeastOne', message: '至少填写 outcome、easilyEscalating、measures 之一' }]);
    }
    const row = await this.dataSource.transaction(async (tx) => {
      const before = await this.visible(id, principal, tx, true);
      checkUpdater(principal, { id, month: before.month, townshipCode: before.township_code, villageCode: before.village_code, outcome: before.outcome, recordedBy: before.recorded_by });
      const next = {
        outcome: change.outcome ?? before.outcome,
        easilyEscalating: change.easilyEscalating ?? before.easily_escalating,
        measures: change.measures ?? before.measures,
      };
      if (next.outcome === before.outcome && next.easilyEscalating === before.easily_escalating && next.measures === before.measures) return before;
      const now = clockNow();
      const resolvedAt = next.outcome === 'resolved' ? (before.outcome === 'resolved' ? before.resolved_at : now) : null;
      const [[after]]: ScreeningRow[][] = await tx.query(
        `UPDATE casework.dispute_screening SET outcome = $2, easily_escalating = $3, measures = $4, version = version + 1, updated_at = $5, resolved_at = $6 WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, next.outcome, next.easilyEscalating, next.measures, now, resolvedAt],
      );
      await tx.query(
        `INSERT INTO casework.dispute_screening_change (dispute_id, version, changed_at, changed_by, changed_by_role, outcome, easily_escalating, measures) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, after!.version, now, principal.id, principal.role, next.outcome, next.easilyEscalating, next.measures],
      );
      await this.outbox.emit(
        tx,
        DisputeUpdatedV1,
        { ...facts(after!), previousOutcome: before.outcome, version: after!.version, updatedAt: now.toISOString() },
        { townshipCode: after!.township_code },
      );
      return after!;
    });
    return view(row, principal);
  }

  async list(filter: ScreeningFilter, page: number, pageSize: number, principal: Principal) {
    const params: unknown[] = [];
    const conditions = where(filter, principal, params);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM casework.dispute_screening s WHERE ${conditions}`, params);
    const rows: ScreeningRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM casework.dispute_screening s WHERE ${conditions} ORDER BY s.month DESC, s.recorded_at DESC, s.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { total, page, pageSize, items: rows.map((r) => view(r, principal)) };
  }

  async detail(id: string, principal: Principal) {
    const row = await this.visible(id, principal);
    const history: { version: number; changed_at: Date; changed_by: string; changed_by_role: string; outcome: DisputeOutcome; easily_escalating: boolean; measures: string | null }[] = await this.dataSource.query(
      `SELECT version, changed_at, changed_by, changed_by_role, outcome, easily_escalating, measures FROM casework.dispute_screening_change WHERE dispute_id = $1 ORDER BY version`,
      [id],
    );
    return {
      ...view(row, principal),
      history: history.map((h) => ({ version: h.version, at: new Date(h.changed_at).toISOString(), by: h.changed_by, role: h.changed_by_role, outcome: h.outcome, easilyEscalating: h.easily_escalating, measures: h.measures })),
    };
  }

  /** The figures only — no parties, no matter — for analysts and dashboards: screened, resolved, easily escalating, by outcome and category. */
  async summary(filter: ScreeningFilter, principal: Principal) {
    const params: unknown[] = [];
    const conditions = where(filter, principal, params);
    const [totals] = await this.dataSource.query(
      `SELECT count(*)::int AS screened,
              count(*) FILTER (WHERE outcome = 'resolved')::int AS resolved,
              count(*) FILTER (WHERE easily_escalating)::int AS "easilyEscalating",
              count(*) FILTER (WHERE easily_escalating AND outcome <> 'resolved')::int AS "easilyEscalatingUnresolved",
              coalesce(sum(people_involved), 0)::int AS "peopleInvolved"
       FROM casework.dispute_screening s WHERE ${conditions}`,
      params,
    );
    const group = async (column: string) =>
      Object.fromEntries(
        ((await this.dataSource.query(`SELECT coalesce(${column}, 'unspecified') AS key, count(*)::int AS n FROM casework.dispute_screening s WHERE ${conditions} GROUP BY 1 ORDER BY 1`, params)) as { key: string; n: number }[]).map((r) => [r.key.trim(), r.n]),
      );
    return {
      ...totals,
      resolutionRate: totals.screened ? totals.resolved / totals.screened : null,
      byOutcome: await group('s.outcome'),
      byCategory: await group('s.category'),
      byTownship: await group('s.township_code'),
    };
  }

  /** The entry if it is in the caller's township scope; 404 otherwise, so its existence is not revealed. */
  private async visible(id: string, principal: Principal, tx?: EntityManager, lock = false): Promise<ScreeningRow> {
    const scope = townshipScope(principal);
    const [row]: ScreeningRow[] = await (tx ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM casework.dispute_screening WHERE id = $1 AND ($2::text IS NULL OR township_code = $2)${lock ? ' FOR UPDATE' : ''}`,
      [id, scope],
    );
    if (!row) throw new NotFoundException('没有这条排查登记');
    return row;
  }
}
