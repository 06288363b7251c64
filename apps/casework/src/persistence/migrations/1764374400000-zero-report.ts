import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 零报告: sensitive periods the county opens, each township's daily report (one per township and
 * day, every filing kept as a revision), and the mark that a missing report was raised — once per
 * (period, township, day), which is what makes the missing-report event fire exactly once.
 * Township codes are not foreign keys: casework's township table is replaced whole whenever the
 * directory is republished.
 */
export class ZeroReport1764374400000 implements MigrationInterface {
  name = 'ZeroReport1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE casework.sensitive_period (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        report_days text NOT NULL CHECK (report_days IN ('every-day', 'working-days')),
        opened_at timestamptz NOT NULL,
        opened_by text NOT NULL,
        closed_at timestamptz,
        closed_by text,
        -- set once every deadline has passed and every missing report has been raised: the sweeper stops looking
        settled_at timestamptz,
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX sensitive_period_unsettled ON casework.sensitive_period (starts_on) WHERE settled_at IS NULL`);

    await q.query(`
      CREATE TABLE casework.zero_report (
        township_code char(12) NOT NULL,
        day date NOT NULL,
        period_id uuid NOT NULL REFERENCES casework.sensitive_period(id),
        has_incidents boolean NOT NULL,
        summary text,
        late boolean NOT NULL,
        revision int NOT NULL,
        first_filed_at timestamptz NOT NULL,
        filed_at timestamptz NOT NULL,
        filed_by text NOT NULL,
        filed_by_role text NOT NULL,
        PRIMARY KEY (township_code, day)
      )`);
    await q.query(`CREATE INDEX zero_report_period_day ON casework.zero_report (period_id, day)`);
    await q.query(`
      CREATE TABLE casework.zero_report_revision (
        township_code char(12) NOT NULL,
        day date NOT NULL,
        revision int NOT NULL,
        has_incidents boolean NOT NULL,
        summary text,
        filed_at timestamptz NOT NULL,
        filed_by text NOT NULL,
        filed_by_role text NOT NULL,
        PRIMARY KEY (township_code, day, revision),
        FOREIGN KEY (township_code, day) REFERENCES casework.zero_report (township_code, day)
      )`);

    await q.query(`
      CREATE TABLE casework.zero_report_missing (
        period_id uuid NOT NULL REFERENCES casework.sensitive_period(id),
        township_code char(12) NOT NULL,
        day date NOT NULL,
        raised_at timestamptz NOT NULL,
        PRIMARY KEY (period_id, township_code, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE casework.zero_report_missing, casework.zero_report_revision, casework.zero_report, casework.sensitive_period`);
  }
}
