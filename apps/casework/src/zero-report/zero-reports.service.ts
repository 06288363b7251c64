import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ZeroReportFiledV1 } from '#contracts';
import { Outbox } from '#messaging';
import { InputValidationException, townshipScope, type Principal } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import { localDate } from '../cases/domain/calendar.js';
import { forbidden, unprocessable } from '../cases/domain/case-rules.js';
import { checkFiling, daysDue, isLocalDate, isOwed, isReportDay, lastReportDay, reportProblems, reportStatus, type ReportStatus } from './domain/zero-report-rules.js';
import { SensitivePeriods, toPeriod, type PeriodRow, type PeriodView } from './sensitive-periods.service.js';

export interface ReportInput {
  townshipCode: string;
  date: string;
  hasIncidents: boolean;
  summary?: string;
}

export interface ReportView {
  periodId: string;
  townshipCode: string;
  date: string;
  hasIncidents: boolean;
  /** Omitted for analysts, who see figures only. */
  summary?: string | null;
  late: boolean;
  revision: number;
  firstFiledAt: string;
  filedAt: string;
  filedBy: string;
}

interface ReportRow {
  period_id: string;
  township_code: string;
  day: string;
  has_incidents: boolean;
  summary: string | null;
  late: boolean;
  revision: number;
  first_filed_at: Date;
  filed_at: Date;
  filed_by: string;
}

const reportColumns = (t = '') =>
  `${t}period_id, ${t}township_code, to_char(${t}day, 'YYYY-MM-DD') AS day, ${t}has_incidents, ${t}summary, ${t}late, ${t}revision, ${t}first_filed_at, ${t}filed_at, ${t}filed_by`;
const REPORT_COLUMNS = reportColumns();

/**
 * The lock one (township, day) is filed and swept under: a filing and the sweeper raising that
 * day as missing never interleave, so a report is either on time and never raised, or raised and
 * then filed late.
 */
export const reportLock = (fn: 'pg_advisory_xact_lock' | 'pg_try_advisory_xact_lock') => `${fn}(hashtext('casework.zero-report'), hashtext($1))`;
export const reportLockKey = (townshipCode: string, day: string) => `${townshipCode}:${day}`;

/** Sees whole rows (with summaries) or figures only. */
const FIGURES_ONLY = new Set(['analyst']);

/** 零报告: townships file a report for each day of a sensitive period; the county sees who has and who has not. */
@Injectable()
export class ZeroReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly periods: SensitivePeriods,
    private readonly calendar: CalendarService,
  ) {}

  /** Files a township's report for a day, or corrects it (a new revision). `created` tells which. */
  async file(input: ReportInput, principal: Principal): Promise<{ created: boolean; report: ReportView }> {
    const problems = reportProblems(input);
    if (problems.length) throw new InputValidationException(problems);
    if (principal.townshipCode !== input.townshipCode) throw forbidden('own-township-only', '只能报送本乡镇的每日报告');
    const calendar = await this.calendar.current();
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT ${reportLock('pg_advisory_xact_lock')}`, [reportLockKey(input.townshipCode, input.date)]);
      const now = new Date();
      const [known] = await tx.query(`SELECT 1 FROM casework.township WHERE code = $1`, [input.townshipCode]);
      if (!known) throw unprocessable('unknown-township', `乡镇 ${input.townshipCode} 不在县级目录中`);
      const row = await this.periods.covering(input.date, tx);
      const period = row ? toPeriod(row) : undefined;
      const { late } = checkFiling(period, input.date, now, this.periods.deadline, calendar);
      const [existing]: ReportRow[] = await tx.query(`SELECT ${REPORT_COLUMNS} FROM casework.zero_report WHERE township_code = $1 AND day = $2 FOR UPDATE`, [input.townshipCode, input.date]);
      const by = [principal.id, principal.role];
      let saved: ReportRow;
      if (existing) {
        [[saved]] = await tx.query(
          `UPDATE casework.zero_report SET period_id = $3, has_incidents = $4, summary = $5, revision = revision + 1, filed_at = $6, filed_by = $7, filed_by_role = $8
           WHERE township_code = $1 AND day = $2 RETURNING ${REPORT_COLUMNS}`,
          [input.townshipCode, input.date, period!.id, input.hasIncidents, input.summary ?? null, now, ...by],
        );
      } else {
        [saved] = await tx.query(
          `INSERT INTO casework.zero_report (township_code, day, period_id, has_incidents, summary, late, revision, first_filed_at, filed_at, filed_by, filed_by_role)
           VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7, $8, $9) RETURNING ${REPORT_COLUMNS}`,
          [input.townshipCode, input.date, period!.id, input.hasIncidents, input.summary ?? null, late, now, ...by],
        );
      }
      await tx.query(
        `INSERT INTO casework.zero_report_revision (township_code, day, revision, has_incidents, summary, filed_at, filed_by, filed_by_role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [input.townshipCode, input.date, saved.revision, input.hasIncidents, input.summary ?? null, now, ...by],
      );
      await this.outbox.emit(
        tx,
        ZeroReportFiledV1,
        { periodId: period!.id, townshipCode: input.townshipCode, date: input.date, hasIncidents: input.hasIncidents, late: saved.late, revision: saved.revision, filedAt: now.toISOString() },
        { townshipCode: input.townshipCode },
      );
      return { created: !existing, report: this.reportView(saved, principal) };
    });
  }

  /**
   * One day of a period, township by township: filed (with the report), missing, pending or not
   * required. Without a period, the one covering the date; without a date, today (within the period).
   */
  async day(query: { periodId?: string; date?: string }, principal: Principal) {
    if (query.date && !isLocalDate(query.date)) throw new InputValidationException([{ field: 'date', rule: 'isDate', message: '不是有效日期' }]);
    const now = new Date();
    let row: PeriodRow | undefined;
    if (query.periodId) {
      row = await this.periods.row(query.periodId);
      if (!row) throw new NotFoundException('没有这个敏感时期');
    } else {
      row = await this.periods.covering(query.date ?? localDate(now));
      if (!row) throw new NotFoundException(`${query.date ?? '今天'}不在任何敏感时期内`);
    }
    const period = toPeriod(row);
    const today = localDate(now);
    const date = query.date ?? (today < period.from ? period.from : today > lastReportDay(period) ? lastReportDay(period) : today);
    if (date < period.from || date > period.to) throw new InputValidationException([{ field: 'date', rule: 'inPeriod', message: `不在敏感时期 ${period.from} 至 ${period.to} 内` }]);

    const calendar = await this.calendar.current();
    const deadline = this.periods.deadline;
    const scope = townshipScope(principal);
    const townships: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM casework.township WHERE $1::text IS NULL OR code = $1 ORDER BY code`, [scope]);
    const reports: ReportRow[] = await this.dataSource.query(`SELECT ${REPORT_COLUMNS} FROM casework.zero_report WHERE day = $1 AND ($2::text IS NULL OR township_code = $2)`, [date, scope]);
    const byTownship = new Map(reports.map((r) => [r.township_code, r]));
    const rows = townships.map((t) => {
      const report = byTownship.get(t.code);
      return { townshipCode: t.code, townshipName: t.name, status: reportStatus(period, date, now, deadline, calendar, !!report), report: report ? this.reportView(report, principal) : null };
    });
    const count = (s: ReportStatus) => rows.filter((r) => r.status === s).length;
    return {
      period: this.periods.view(row, now),
      date,
      reportDay: isReportDay(period, date, calendar),
      owed: isOwed(period, date, deadline, calendar),
      deadlineAt: this.periods.deadlineOf(date).toISOString(),
      counts: {
        townships: rows.length,
        filed: count('filed'),
        zero: rows.filter((r) => r.report && !r.report.hasIncidents).length,
        withIncidents: rows.filter((r) => r.report?.hasIncidents).length,
        late: rows.filter((r) => r.report?.late).length,
        missing: count('missing'),
        pending: count('pending'),
        notRequired: count('not-required'),
      },
      townships: rows,
    };
  }

  /** A period with, per township in scope, the reports owed so far and how many were filed, late or missing. */
  async progress(periodId: string, principal: Principal): Promise<PeriodView & { daysDue: number; townships: object[] }> {
    const row = await this.periods.row(periodId);
    if (!row) throw new NotFoundException('没有这个敏感时期');
    const now = new Date();
    const period = toPeriod(row);
    const due = daysDue(period, now, this.periods.deadline, await this.calendar.current());
    const scope = townshipScope(principal);
    const townships: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM casework.township WHERE $1::text IS NULL OR code = $1 ORDER BY code`, [scope]);
    const reports: { township_code: string; day: string; late: boolean; has_incidents: boolean }[] = await this.dataSource.query(
      `SELECT township_code, to_char(day, 'YYYY-MM-DD') AS day, late, has_incidents FROM casework.zero_report WHERE period_id = $1 AND ($2::text IS NULL OR township_code = $2)`,
      [periodId, scope],
    );
    return {
      ...this.periods.view(row, now),
      daysDue: due.length,
      townships: townships.map((t) => {
        const own = reports.filter((r) => r.township_code === t.code);
        const filed = new Set(own.map((r) => r.day));
        const missingDays = due.filter((d) => !filed.has(d));
        return {
          townshipCode: t.code,
          townshipName: t.name,
          filed: own.length,
          zero: own.filter((r) => !r.has_incidents).length,
          withIncidents: own.filter((r) => r.has_incidents).length,
          late: own.filter((r) => r.late).length,
          missing: missingDays.length,
          missingDays,
        };
      }),
    };
  }

  /** The reports filed in scope (a period's, a township's), newest day first: a township's own record of what it sent. */
  async filed(query: { periodId?: string; townshipCode?: string }, principal: Principal) {
    const scope = townshipScope(principal);
    const rows: (ReportRow & { township_name: string; period_name: string })[] = await this.dataSource.query(
      `SELECT ${reportColumns('r.')}, t.name AS township_name, p.name AS period_name
       FROM casework.zero_report r JOIN casework.township t ON t.code = r.township_code JOIN casework.sensitive_period p ON p.id = r.period_id
       WHERE ($1::uuid IS NULL OR r.period_id = $1) AND ($2::text IS NULL OR r.township_code = $2) AND ($3::text IS NULL OR r.township_code = $3)
       ORDER BY r.day DESC, t.code LIMIT 400`,
      [query.periodId ?? null, query.townshipCode ?? null, scope],
    );
    return { items: rows.map((r) => ({ ...this.reportView(r, principal), townshipName: r.township_name, periodName: r.period_name })) };
  }

  private reportView(r: ReportRow, principal: Principal): ReportView {
    return {
      periodId: r.period_id,
      townshipCode: r.township_code,
      date: r.day,
      hasIncidents: r.has_incidents,
      ...(FIGURES_ONLY.has(principal.role) ? {} : { summary: r.summary }),
      late: r.late,
      revision: r.revision,
      firstFiledAt: new Date(r.first_filed_at).toISOString(),
      filedAt: new Date(r.filed_at).toISOString(),
      filedBy: r.filed_by,
    };
  }
}
