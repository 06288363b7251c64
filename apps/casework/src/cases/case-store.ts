import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { remindAt } from './domain/clocks.js';
import type { CaseEvent } from './domain/case-events.js';
import { runningClocks } from './domain/case-deadlines.js';
import { evolve, type CaseState } from './domain/case-state.js';
import { CaseEventPublisher } from './case-event-publisher.js';

export interface StoredCase {
  state: CaseState;
  version: number;
}

/**
 * Loads a case for change (row-locked) and saves what happened to it: the new state, its
 * history, its running clocks, and the integration events — all in the caller's transaction.
 */
@Injectable()
export class CaseStore {
  constructor(
    private readonly calendar: CalendarService,
    private readonly settings: SettingsService,
    private readonly publisher: CaseEventPublisher,
    private readonly dataSource: DataSource,
  ) {}

  async lock(tx: EntityManager, caseId: string): Promise<StoredCase | null> {
    const [row] = await tx.query(`SELECT state, version FROM casework."case" WHERE id = $1 FOR UPDATE`, [caseId]);
    return row ? { state: row.state, version: row.version } : null;
  }

  /** The open case a petition belongs to, as its own petition or a linked one. */
  async caseOfPetition(tx: EntityManager, petitionId: string, lock = true): Promise<{ id: string; status: string } | null> {
    const [row] = await tx.query(
      `SELECT id, status FROM casework."case" WHERE petition_id = $1 OR state -> 'linkedPetitionIds' ? $1::text ORDER BY opened_at LIMIT 1 ${lock ? 'FOR UPDATE' : ''}`,
      [petitionId],
    );
    return row ?? null;
  }

  /** Records new events on a case (a new one when `stored` is null) and publishes them. */
  async append(tx: EntityManager, caseId: string, stored: StoredCase | null, events: CaseEvent[]): Promise<CaseState> {
    if (events.length === 0 && stored) return stored.state;
    let state = stored?.state ?? null;
    let version = stored?.version ?? 0;
    const before = state;
    for (const event of events) {
      state = evolve(state, event, caseId);
      version++;
      const actor = 'actor' in event ? event.actor : null;
      if (version === 1) await this.insertCase(tx, caseId, state);
      await tx.query(
        `INSERT INTO casework.case_history (case_id, version, occurred_at, type, actor_id, actor_role, public, event) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [caseId, version, event.at, event.type, actor?.id ?? null, actor?.role ?? null, event.type !== 'note-added' || event.public, JSON.stringify(event)],
      );
    }
    const next = state!;
    await tx.query(
      `UPDATE casework."case" SET status = $2, handling_unit_code = $3, owner_id = $4, version = $5, state = $6, updated_at = now() WHERE id = $1`,
      [caseId, next.status, next.handlingUnit?.code ?? null, next.ownerId, version, JSON.stringify(next)],
    );
    await this.saveClocks(tx, next);
    await this.publisher.publish(tx, before, next, events);
    return next;
  }

  private async insertCase(tx: EntityManager, caseId: string, state: CaseState): Promise<void> {
    await tx.query(
      `INSERT INTO casework."case" (id, petition_id, township_code, village_code, channel, category_code, status, is_accusation, accused_unit_code, received_at, version, state)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,0,$11)`,
      [caseId, state.petitionId, state.townshipCode, state.villageCode, state.channel, state.categoryCode, state.status, state.isAccusation, state.accusedUnitCode, state.registeredAt, JSON.stringify(state)],
    );
  }

  /** Recomputes the running clocks of every open case (after the calendar or the reminder setting changed). */
  async recomputeOpenClocks(): Promise<number> {
    const ids: { id: string }[] = await this.dataSource.query(`SELECT id FROM casework."case" WHERE status NOT IN ('closed', 'rejected', 'refused')`);
    for (const { id } of ids) {
      await this.dataSource.transaction(async (tx) => {
        const stored = await this.lock(tx, id);
        if (stored) await this.saveClocks(tx, stored.state);
      });
    }
    return ids.length;
  }

  /** Replaces the case's running clocks; a clock that keeps its due date keeps its reminder and overdue marks. */
  private async saveClocks(tx: EntityManager, state: CaseState): Promise<void> {
    const calendar = await this.calendar.current();
    const daysBefore = await this.settings.reminderDaysBefore();
    const clocks = runningClocks(state, calendar);
    await tx.query(`UPDATE casework.deadline SET active = false WHERE case_id = $1 AND active`, [state.id]);
    for (const c of clocks) {
      await tx.query(
        `INSERT INTO casework.deadline (case_id, clock, due_at, obligation, active, remind_at) VALUES ($1,$2,$3,$4,true,$5)
         ON CONFLICT (case_id, clock, due_at) DO UPDATE SET active = true, obligation = EXCLUDED.obligation, remind_at = EXCLUDED.remind_at`,
        [state.id, c.clock, c.dueAt, c.obligation, remindAt(c.dueAt, daysBefore)],
      );
    }
  }
}
