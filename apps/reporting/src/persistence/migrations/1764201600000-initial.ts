import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'reporting');
    // one row per registered petition: facts only, no personal data
    await q.query(`
      CREATE TABLE reporting.petition_fact (
        petition_id uuid PRIMARY KEY,
        township_code char(12) NOT NULL,
        village_code char(12),
        channel text NOT NULL,
        category_code text NOT NULL,
        received_at timestamptz NOT NULL,
        registered_at_level text NOT NULL,
        headcount int NOT NULL,
        collective boolean NOT NULL,
        repeat boolean NOT NULL,
        skip_level boolean NOT NULL,
        is_accusation boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX petition_fact_township_received ON reporting.petition_fact (township_code, received_at)`);
    await q.query(`CREATE INDEX petition_fact_received ON reporting.petition_fact (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reporting.petition_fact`);
    await dropOutboxAndInbox(q, 'reporting');
  }
}
