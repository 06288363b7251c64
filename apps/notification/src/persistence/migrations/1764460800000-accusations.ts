import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which petitions are accusations (检举控告) and the unit each accuses: nobody in that unit is told about them (Art. 30). */
export class Accusations1764460800000 implements MigrationInterface {
  name = 'Accusations1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification.accusation (petition_id uuid PRIMARY KEY, accused_unit_code text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification.accusation`);
  }
}
