import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CHINA_HOLIDAYS_2025_2026 } from '../../cases/domain/calendar.js';
import { DEFAULT_SETTINGS } from '../../settings/settings.js';

/** Starting reference data the county then maintains: the 2025–2026 holiday schedule and default settings. */
export class ReferenceData1764288000000 implements MigrationInterface {
  name = 'ReferenceData1764288000000';

  async up(q: QueryRunner): Promise<void> {
    for (const day of CHINA_HOLIDAYS_2025_2026) {
      await q.query(`INSERT INTO casework.calendar_day (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING`, [day.date, day.kind, day.name]);
    }
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      await q.query(`INSERT INTO casework.setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [key, JSON.stringify(value)]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM casework.setting`);
    await q.query(`DELETE FROM casework.calendar_day`);
  }
}
