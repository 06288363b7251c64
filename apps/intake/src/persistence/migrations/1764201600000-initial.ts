import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'intake');
    await q.query(`CREATE TABLE intake.township (code char(12) PRIMARY KEY, name text NOT NULL)`);
    await q.query(`CREATE TABLE intake.village (code char(12) PRIMARY KEY, township_code char(12) NOT NULL REFERENCES intake.township(code), name text NOT NULL)`);
    await q.query(`CREATE TABLE intake.handling_unit (code text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, township_code char(12) REFERENCES intake.township(code))`);
    await q.query(`CREATE TABLE intake.category (code text PRIMARY KEY, name text NOT NULL, position int NOT NULL)`);
    await q.query(`
      CREATE TABLE intake.petition (
        id uuid PRIMARY KEY,
        tracking_code text NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('visit', 'letter', 'online', 'phone')),
        received_at timestamptz NOT NULL,
        township_code char(12) NOT NULL REFERENCES intake.township(code),
        village_code char(12) REFERENCES intake.village(code),
        category_code text NOT NULL REFERENCES intake.category(code),
        title text NOT NULL,
        content text NOT NULL,
        registered_at_level text NOT NULL CHECK (registered_at_level IN ('township', 'county')),
        headcount int NOT NULL CHECK (headcount >= 1),
        collective boolean NOT NULL,
        is_accusation boolean NOT NULL,
        accused_unit_code text,
        status text NOT NULL,
        registered_by text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX petition_township_received ON intake.petition (township_code, received_at)`);
    await q.query(`
      CREATE TABLE intake.petitioner (
        id uuid PRIMARY KEY,
        petition_id uuid NOT NULL REFERENCES intake.petition(id),
        position int NOT NULL,
        petitioner_ref text NOT NULL,
        name_enc text NOT NULL,
        id_number_enc text,
        id_number_hash text,
        phone_enc text,
        phone_hash text,
        address_enc text,
        is_representative boolean NOT NULL DEFAULT false,
        UNIQUE (petition_id, position)
      )`);
    await q.query(`CREATE INDEX petitioner_id_number_hash ON intake.petitioner (id_number_hash)`);
    await q.query(`CREATE INDEX petitioner_ref ON intake.petitioner (petitioner_ref)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.petitioner, intake.petition, intake.category, intake.handling_unit, intake.village, intake.township`);
    await dropOutboxAndInbox(q, 'intake');
  }
}
