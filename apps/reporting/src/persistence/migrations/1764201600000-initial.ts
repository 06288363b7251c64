import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';
import { createGenerationSql, dropGenerationSql, SCHEMA, viewsSql } from '../../projections/generation-sql.js';

/**
 * The projections (facts only, no personal data) as generation 1 behind views, the generation
 * register a rebuild switches, and the county's village-assessment settings.
 */
export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, SCHEMA);
    await q.query(`
      CREATE TABLE ${SCHEMA}.projection_generation (
        id int PRIMARY KEY CHECK (id = 1),
        current int NOT NULL,
        building int,
        building_since timestamptz,
        switched_at timestamptz
      )`);
    await q.query(`INSERT INTO ${SCHEMA}.projection_generation (id, current) VALUES (1, 1)`);
    for (const sql of createGenerationSql(1)) await q.query(sql);
    for (const sql of viewsSql(1)) await q.query(sql);
    // the rule that scores each village's petition work (Art. 41 annual assessment), one row per year; 0 = the default for every year
    await q.query(`
      CREATE TABLE ${SCHEMA}.assessment_rule (
        year int PRIMARY KEY CHECK (year = 0 OR year BETWEEN 2000 AND 2100),
        rule jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [row] = await q.query(`SELECT current, building FROM ${SCHEMA}.projection_generation WHERE id = 1`);
    for (const gen of [row?.current, row?.building].filter((g) => g != null)) {
      for (const sql of viewsSql(gen).filter((s) => s.startsWith('DROP'))) await q.query(sql);
      for (const sql of dropGenerationSql(gen)) await q.query(sql);
    }
    await q.query(`DROP TABLE ${SCHEMA}.assessment_rule`);
    await q.query(`DROP TABLE ${SCHEMA}.projection_generation`);
    await dropOutboxAndInbox(q, SCHEMA);
  }
}
