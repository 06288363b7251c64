import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The county's own name, published with the directory and printed on its reports. */
export class CountyName1764374400000 implements MigrationInterface {
  name = 'CountyName1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE intake.county (id boolean PRIMARY KEY DEFAULT true CHECK (id), name text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.county`);
  }
}
