import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SensitivePeriodClosedV1, SensitivePeriodOpenedV1, type ReportDayRule } from '#contracts';
import { Outbox } from '#messaging';
import { InputValidationException, SERVICE_CONFIG, type Principal } from '#platform';
import type { CaseworkConfig } from '../config.js';
import { checkClose, checkNoOverlap, lastReportDay, periodProblems, periodStatus, reportDeadline, type PeriodStatus, type SensitivePeriod } from './domain/zero-report-rules.js';

export interface PeriodRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  report_days: ReportDayRule;
  opened_at: Date;
  opened_by: string;
  closed_at: Date | null;
  closed_by: string | null;
}

export const PERIOD_COLUMNS = `id, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, report_days, opened_at, opened_by, closed_at, closed_by`;

export function toPeriod(row: PeriodRow): SensitivePeriod {
  return { id: row.id, name: row.name, from: row.starts_on, to: row.ends_on, reportDays: row.report_days, openedAt: new Date(row.opened_at), closedAt: row.closed_at ? new Date(row.closed_at) : null };
}

export interface PeriodView {
  id: string;
  name: string;
  from: string;
  to: string;
  /** The last day reports are filed for: `to`, or the day the period was closed. */
  lastReportDay: string;
  reportDays: ReportDayRule;
  /** Local time (China) each day's report is due by. */
  deadline: string;
  status: PeriodStatus;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
}

/** Lock key of the table of periods while one is opened: two at once must not both pass the overlap check. */
const OPEN_LOCK = `pg_advisory_xact_lock(hashtext('casework.sensitive-period'))`;

/** 敏感时期: opened and closed by the county; each day of one asks every township for a report. */
@Injectable()
export class SensitivePeriods {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: CaseworkConfig,
  ) {}

  get deadline(): string {
    return this.config.ZERO_REPORT_DEADLINE;
  }

  view(row: PeriodRow, now = new Date()): PeriodView {
    const p = toPeriod(row);
    return {
      id: p.id,
      name: p.name,
      from: p.from,
      to: p.to,
      lastReportDay: lastReportDay(p),
      reportDays: p.reportDays,
      deadline: this.deadline,
      status: periodStatus(p, now),
      openedAt: p.openedAt.toISOString(),
      openedBy: row.opened_by,
      closedAt: p.closedAt?.toISOString() ?? null,
      closedBy: row.closed_by,
    };
  }

  async open(input: { name: string; from: string; to: string; reportDays: ReportDayRule }, principal: Principal): Promise<PeriodView> {
    const now = new Date();
    const problems = periodProblems(input, now);
    if (problems.length) throw new InputValidationException(problems);
    const row = await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${OPEN_LOCK}`);
      const existing: PeriodRow[] = await tx.query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE starts_on <= $2 AND ends_on >= $1`, [input.from, input.to]);
      checkNoOverlap(input, existing.map(toPeriod));
      const id = randomUUID();
      const [created]: PeriodRow[] = await tx.query(
        `INSERT INTO casework.sensitive_period (id, name, starts_on, ends_on, report_days, opened_at, opened_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${PERIOD_COLUMNS}`,
        [id, input.name, input.from, input.to, input.reportDays, now, principal.id],
      );
      await this.outbox.emit(
        tx,
        SensitivePeriodOpenedV1,
        { periodId: id, name: input.name, from: input.from, to: input.to, reportDays: input.reportDays, deadline: this.deadline, openedAt: now.toISOString() },
        { townshipCode: null },
      );
      return created!;
    });
    return this.view(row, now);
  }

  async close(id: string, principal: Principal): Promise<PeriodView> {
    const now = new Date();
    const row = await this.dataSource.transaction(async (tx) => {
      const [locked]: PeriodRow[] = await tx.query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked) throw new NotFoundException('没有这个敏感时期');
      checkClose(toPeriod(locked), now);
      const [closed]: PeriodRow[] = (await tx.query(`UPDATE casework.sensitive_period SET closed_at = $2, closed_by = $3 WHERE id = $1 RETURNING ${PERIOD_COLUMNS}`, [id, now, principal.id]))[0];
      await this.outbox.emit(tx, SensitivePeriodClosedV1, { periodId: id, name: locked.name, plannedTo: locked.ends_on, closedAt: now.toISOString() }, { townshipCode: null });
      return closed!;
    });
    return this.view(row, now);
  }

  async list(status?: PeriodStatus): Promise<PeriodView[]> {
    const rows: PeriodRow[] = await this.dataSource.query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period ORDER BY starts_on DESC, opened_at DESC`);
    const now = new Date();
    return rows.map((r) => this.view(r, now)).filter((v) => !status || v.status === status);
  }

  async row(id: string, tx?: EntityManager): Promise<PeriodRow | undefined> {
    const [row]: PeriodRow[] = await (tx ?? this.dataSource).query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE id = $1`, [id]);
    return row;
  }

  /**
   * The period a township files a day's report under: the one whose dates include the day and
   * that had not been closed before it (a period closed early may share later dates with the
   * next one). Locked for share inside a transaction, so a concurrent close waits.
   */
  async covering(day: string, tx?: EntityManager): Promise<PeriodRow | undefined> {
    const rows: PeriodRow[] = await (tx ?? this.dataSource).query(
      `SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE starts_on <= $1 AND ends_on >= $1 ORDER BY opened_at DESC${tx ? ' FOR SHARE' : ''}`,
      [day],
    );
    return rows.find((r) => lastReportDay(toPeriod(r)) >= day) ?? rows[0];
  }

  deadlineOf(day: string): Date {
    return reportDeadline(day, this.deadline);
  }
}
