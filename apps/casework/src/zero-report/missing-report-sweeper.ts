import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ZeroReportMissingV1 } from '#contracts';
import { Outbox } from '#messaging';
import { APP_LOGGER, PeriodicWork, runInContext, SERVICE_CONFIG, systemContext } from '#platform';
import { CalendarService } from '../calendar/calendar.service.js';
import type { WorkingCalendar } from '../cases/domain/calendar.js';
import { localDate } from '../cases/domain/calendar.js';
import type { CaseworkConfig } from '../config.js';
import { allDeadlinesPassed, daysDue, isOwed, reportDeadline } from './domain/zero-report-rules.js';
import { PERIOD_COLUMNS, toPeriod, type PeriodRow } from './sensitive-periods.service.js';
import { reportLock, reportLockKey } from './zero-reports.service.js';

const BATCH = 500;

const CANDIDATES = `
  SELECT t.code AS township_code, to_char(d.day, 'YYYY-MM-DD') AS day
  FROM casework.township t CROSS JOIN unnest($1::date[]) AS d(day)
  WHERE NOT EXISTS (SELECT 1 FROM casework.zero_report r WHERE r.township_code = t.code AND r.day = d.day)
    AND NOT EXISTS (SELECT 1 FROM casework.zero_report_missing m WHERE m.period_id = $2 AND m.township_code = t.code AND m.day = d.day)
  ORDER BY d.day, t.code`;

/**
 * Raises casework.zero-report.missing.v1 for every township that has not filed a day's report of
 * a sensitive period by the deadline — exactly once per (period, township, day), with any number
 * of casework replicas sweeping at once. Candidates are found without locks; each is then
 * re-checked in its own transaction under the (township, day) lock a filing also takes (tried,
 * not waited for: a replica skips what another holds), and the mark that it was raised — keyed by
 * (period, township, day) — commits with the event in the outbox.
 */
@Injectable()
export class MissingReportSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly work: PeriodicWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly calendar: CalendarService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseworkConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.work = new PeriodicWork('zero-report sweep', config.ZERO_REPORT_SWEEP_INTERVAL_MS, () => this.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.ZERO_REPORT_SWEEPER === 'on') this.work.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.work.stop();
  }

  /** One pass over the periods not yet settled. Returns how many missing reports were raised here, and how many periods were settled. */
  async sweep(now = new Date()): Promise<{ missing: number; settled: number }> {
    return runInContext(systemContext(), async () => {
      const deadline = this.config.ZERO_REPORT_DEADLINE;
      const calendar = await this.calendar.current();
      const rows: PeriodRow[] = await this.dataSource.query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE settled_at IS NULL AND starts_on <= $1 ORDER BY starts_on`, [localDate(now)]);
      let missing = 0;
      let settled = 0;
      for (const row of rows) {
        const period = toPeriod(row);
        const days = daysDue(period, now, deadline, calendar);
        if (days.length) {
          const candidates: { township_code: string; day: string }[] = await this.dataSource.query(`${CANDIDATES} LIMIT ${BATCH}`, [days, period.id]);
          for (const c of candidates) if (await this.raise(period.id, c.township_code, c.day, now, deadline, calendar)) missing++;
        }
        if (allDeadlinesPassed(period, now, deadline) && (await this.nothingLeft(period.id, days))) {
          await this.dataSource.query(`UPDATE casework.sensitive_period SET settled_at = $2 WHERE id = $1 AND settled_at IS NULL`, [period.id, now]);
          settled++;
        }
      }
      if (missing > 0) this.logger.info({ missing }, 'zero-report sweep: missing reports raised');
      return { missing, settled };
    });
  }

  /** Whether every owed (township, day) has a report or a raised mark — and the directory is there to ask. */
  private async nothingLeft(periodId: string, days: string[]): Promise<boolean> {
    const [{ townships }] = await this.dataSource.query(`SELECT count(*)::int AS townships FROM casework.township`);
    if (townships === 0) return false;
    if (!days.length) return true;
    return (await this.dataSource.query(`${CANDIDATES} LIMIT 1`, [days, periodId])).length === 0;
  }

  /** Raises one (period, township, day) as missing unless, under its lock, it turns out filed, raised, or no longer owed. */
  private async raise(periodId: string, townshipCode: string, day: string, now: Date, deadline: string, calendar: WorkingCalendar): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT ${reportLock('pg_try_advisory_xact_lock')} AS locked`, [reportLockKey(townshipCode, day)]);
      if (!locked) return false;
      const [row]: PeriodRow[] = await tx.query(`SELECT ${PERIOD_COLUMNS} FROM casework.sensitive_period WHERE id = $1 FOR SHARE`, [periodId]);
      const period = toPeriod(row!);
      const dueAt = reportDeadline(day, deadline);
      if (dueAt > now || !isOwed(period, day, deadline, calendar)) return false;
      const [filed] = await tx.query(`SELECT 1 FROM casework.zero_report WHERE township_code = $1 AND day = $2`, [townshipCode, day]);
      if (filed) return false;
      const marked = await tx.query(
        `INSERT INTO casework.zero_report_missing (period_id, township_code, day, raised_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
        [periodId, townshipCode, day, now],
      );
      if (!marked.length) return false;
      await this.outbox.emit(tx, ZeroReportMissingV1, { periodId, periodName: period.name, townshipCode, date: day, deadlineAt: dueAt.toISOString() }, { townshipCode });
      return true;
    });
  }
}
