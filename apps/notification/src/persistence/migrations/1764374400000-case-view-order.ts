import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The time of the last event applied to a case's view, so an older event redelivered late cannot set it back. */
export class CaseViewOrder1764374400000 implements MigrationInterface {
  name = 'CaseViewOrder1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification.case_view ADD COLUMN event_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification.case_view DROP COLUMN event_at`);
  }
}
