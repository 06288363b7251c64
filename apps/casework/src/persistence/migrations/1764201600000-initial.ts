import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'casework');
    await q.query(`
      CREATE TABLE casework."case" (
        id uuid PRIMARY KEY,
        petition_id uuid NOT NULL UNIQUE,
        township_code char(12) NOT NULL,
        village_code char(12),
        channel text NOT NULL,
        category_code text NOT NULL,
        status text NOT NULL,
        is_accusation boolean NOT NULL,
        accused_unit_code text,
        received_at timestamptz NOT NULL,
        route_by timestamptz NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_township_status ON casework."case" (township_code, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE casework."case"`);
    await dropOutboxAndInbox(q, 'casework');
  }
}
