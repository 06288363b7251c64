import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 矛盾纠纷排查: monthly dispute-screening entries from villages and townships, and every change to
 * an entry's outcome or flags. Parties, matter and measures are personal and stay in this schema.
 */
export class DisputeScreening1764460800000 implements MigrationInterface {
  name = 'DisputeScreening1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE casework.dispute_screening (
        id uuid PRIMARY KEY,
        month char(7) NOT NULL CHECK (month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
        township_code char(12) NOT NULL,
        village_code char(12),
        category text,
        parties text NOT NULL,
        matter text NOT NULL,
        people_involved int CHECK (people_involved > 0),
        easily_escalating boolean NOT NULL,
        outcome text NOT NULL,
        measures text,
        version int NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_by_role text NOT NULL,
        updated_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await q.query(`CREATE INDEX dispute_screening_township_month ON casework.dispute_screening (township_code, month)`);
    await q.query(`CREATE INDEX dispute_screening_month ON casework.dispute_screening (month)`);
    await q.query(`
      CREATE TABLE casework.dispute_screening_change (
        dispute_id uuid NOT NULL REFERENCES casework.dispute_screening(id),
        version int NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by text NOT NULL,
        changed_by_role text NOT NULL,
        outcome text NOT NULL,
        easily_escalating boolean NOT NULL,
        measures text,
        PRIMARY KEY (dispute_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE casework.dispute_screening_change, casework.dispute_screening`);
  }
}
