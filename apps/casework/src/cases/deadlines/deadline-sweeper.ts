import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '#contracts';
import { APP_LOGGER, PeriodicWork, runInContext, SERVICE_CONFIG, systemContext } from '#platform';
import type { CaseworkConfig } from '../../config.js';
import { SettingsService } from '../../settings/settings.service.js';
import { CaseStore } from '../case-store.js';
import type { CaseEvent } from '../domain/case-events.js';

interface DueClock {
  case_id: string;
  clock: Clock;
  due_at: Date;
}

const BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Fires each clock's reminder (deadline approaching), its overdue event, and the county's
 * escalation steps — each exactly once per (case, clock, due date), with any number of
 * casework replicas sweeping at the same time. A candidate is re-checked under the case's row
 * lock (taken with SKIP LOCKED, so replicas never wait on each other), and the mark that it
 * fired commits with the event in the outbox.
 */
@Injectable()
export class DeadlineSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly work: PeriodicWork;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: CaseStore,
    private readonly settings: SettingsService,
    @Inject(SERVICE_CONFIG) private readonly config: CaseworkConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {
    this.work = new PeriodicWork('deadline sweep', config.DEADLINE_SWEEP_INTERVAL_MS, () => this.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    if (this.config.DEADLINE_SWEEPER === 'on') this.work.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.work.stop();
  }

  /** One pass: reminders, then overdue marks, then escalation steps. Returns how many of each fired here. */
  async sweep(now = new Date()): Promise<{ reminded: number; overdue: number; escalated: number }> {
    return runInContext(systemContext(), async () => {
      const reminded = await this.fire(
        `SELECT case_id, clock, due_at FROM casework.deadline WHERE active AND obligation AND reminded_at IS NULL AND remind_at <= $1 ORDER BY remind_at LIMIT ${BATCH}`,
        [now],
        (tx, d) => this.exists(tx, `SELECT 1 FROM casework.deadline WHERE case_id = $1 AND clock = $2 AND due_at = $3 AND active AND reminded_at IS NULL`, [d.case_id, d.clock, d.due_at]),
        async (tx, d) => {
          await tx.query(`UPDATE casework.deadline SET reminded_at = $4 WHERE case_id = $1 AND clock = $2 AND due_at = $3`, [d.case_id, d.clock, d.due_at, now]);
          // a clock that is already past due gets its overdue event instead of a late reminder
          return d.due_at > now ? [{ type: 'reminded', at: now.toISOString(), clock: d.clock, dueAt: d.due_at.toISOString() }] : [];
        },
      );
      const overdue = await this.fire(
        `SELECT case_id, clock, due_at FROM casework.deadline WHERE active AND obligation AND overdue_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT ${BATCH}`,
        [now],
        (tx, d) => this.exists(tx, `SELECT 1 FROM casework.deadline WHERE case_id = $1 AND clock = $2 AND due_at = $3 AND active AND overdue_at IS NULL`, [d.case_id, d.clock, d.due_at]),
        async (tx, d) => {
          await tx.query(`UPDATE casework.deadline SET overdue_at = $4 WHERE case_id = $1 AND clock = $2 AND due_at = $3`, [d.case_id, d.clock, d.due_at, now]);
          return [{ type: 'overdue', at: now.toISOString(), clock: d.clock, dueAt: d.due_at.toISOString() }];
        },
      );
      let escalated = 0;
      for (const { afterDays, step } of (await this.settings.all()).escalationSteps) {
        const cutoff = new Date(now.getTime() - afterDays * DAY_MS);
        escalated += await this.fire(
          `SELECT d.case_id, d.clock, d.due_at FROM casework.deadline d
           WHERE d.active AND d.obligation AND d.overdue_at IS NOT NULL AND d.due_at <= $1
             AND NOT EXISTS (SELECT 1 FROM casework.escalation e WHERE e.case_id = d.case_id AND e.clock = d.clock AND e.due_at = d.due_at AND e.step = $2)
           ORDER BY d.due_at LIMIT ${BATCH}`,
          [cutoff, step],
          (tx, d) =>
            this.exists(
              tx,
              `SELECT 1 FROM casework.deadline d WHERE d.case_id = $1 AND d.clock = $2 AND d.due_at = $3 AND d.active
                 AND NOT EXISTS (SELECT 1 FROM casework.escalation e WHERE e.case_id = d.case_id AND e.clock = d.clock AND e.due_at = d.due_at AND e.step = $4)`,
              [d.case_id, d.clock, d.due_at, step],
            ),
          async (tx, d) => {
            await tx.query(`INSERT INTO casework.escalation (case_id, clock, due_at, step) VALUES ($1, $2, $3, $4)`, [d.case_id, d.clock, d.due_at, step]);
            const days = Math.floor((now.getTime() - d.due_at.getTime()) / DAY_MS);
            return [{ type: 'escalated', at: now.toISOString(), step, reason: 'overdue', detail: `期限届满已 ${days} 日，按县里规定升级`, clock: d.clock, dueAt: d.due_at.toISOString() }];
          },
        );
      }
      if (reminded + overdue + escalated > 0) this.logger.info({ reminded, overdue, escalated }, 'deadline sweep');
      return { reminded, overdue, escalated };
    });
  }

  /** For each candidate: lock its case (skipping one another replica holds), re-check, mark and record — one transaction each. */
  private async exists(tx: EntityManager, sql: string, params: unknown[]): Promise<boolean> {
    return (await tx.query(sql, params)).length > 0;
  }

  private async fire(
    candidates: string,
    params: unknown[],
    stillDue: (tx: EntityManager, d: DueClock) => Promise<boolean>,
    apply: (tx: EntityManager, d: DueClock) => Promise<CaseEvent[]>,
  ): Promise<number> {
    const rows: DueClock[] = await this.dataSource.query(candidates, params);
    let fired = 0;
    for (const d of rows) {
      const done = await this.dataSource.transaction(async (tx) => {
        const [locked] = await tx.query(`SELECT state, version FROM casework."case" WHERE id = $1 FOR UPDATE SKIP LOCKED`, [d.case_id]);
        if (!locked) return false;
        if (!(await stillDue(tx, d))) return false;
        const events = await apply(tx, d);
        await this.store.append(tx, d.case_id, { state: locked.state, version: locked.version }, events);
        return true;
      });
      if (done) fired++;
    }
    return fired;
  }
}
