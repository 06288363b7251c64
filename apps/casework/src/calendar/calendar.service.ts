import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingCalendar, type CalendarOverride } from '../cases/domain/calendar.js';

const CACHE_MS = 30_000;

/** The county's working-day calendar from its table, cached briefly. */
@Injectable()
export class CalendarService {
  private cached?: { at: number; calendar: WorkingCalendar };

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<WorkingCalendar> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.calendar;
    const calendar = new WorkingCalendar(await this.overrides());
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  async overrides(year?: number): Promise<CalendarOverride[]> {
    return this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date, kind, name FROM casework.calendar_day
       WHERE $1::int IS NULL OR extract(year FROM day) = $1 ORDER BY day`,
      [year ?? null],
    );
  }

  /** Replaces one year's holidays and adjusted working days. */
  async replaceYear(year: number, days: CalendarOverride[]): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM casework.calendar_day WHERE extract(year FROM day) = $1`, [year]);
      for (const d of days) await tx.query(`INSERT INTO casework.calendar_day (day, kind, name) VALUES ($1, $2, $3)`, [d.date, d.kind, d.name]);
    });
    this.cached = undefined;
  }
}
