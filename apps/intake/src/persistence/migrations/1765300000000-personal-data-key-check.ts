import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A value sealed with the personal-data key the schema was first written with, so a start with another key is refused. */
export class PersonalDataKeyCheck1765300000000 implements MigrationInterface {
  name = 'PersonalDataKeyCheck1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE intake.personal_data_key_check (id boolean PRIMARY KEY DEFAULT true CHECK (id), sealed text NOT NULL, sealed_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.personal_data_key_check`);
  }
}
