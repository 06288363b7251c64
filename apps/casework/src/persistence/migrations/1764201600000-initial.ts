import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'casework');

    // casework's copy of the county directory, from intake.directory.published.v1
    await q.query(`CREATE TABLE casework.township (code char(12) PRIMARY KEY, name text NOT NULL)`);
    await q.query(`CREATE TABLE casework.unit (code text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, township_code char(12))`);

    // a case: its state (a fold of its history) and the columns queries filter on
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
        handling_unit_code text,
        owner_id text,
        received_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL,
        state jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX case_township_status ON casework."case" (township_code, status)`);
    await q.query(`CREATE INDEX case_handling_unit ON casework."case" (handling_unit_code, status)`);
    await q.query(`CREATE INDEX case_linked_petitions ON casework."case" USING gin ((state -> 'linkedPetitionIds'))`);

    // everything that happened to a case, in order: the record its state and deadlines are recomputed from
    await q.query(`
      CREATE TABLE casework.case_history (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES casework."case"(id),
        version int NOT NULL,
        occurred_at timestamptz NOT NULL,
        type text NOT NULL,
        actor_id text,
        actor_role text,
        public boolean NOT NULL,
        event jsonb NOT NULL,
        UNIQUE (case_id, version)
      )`);

    // running clocks; reminders and overdue events fire once per (case, clock, due date)
    await q.query(`
      CREATE TABLE casework.deadline (
        case_id uuid NOT NULL REFERENCES casework."case"(id),
        clock text NOT NULL,
        due_at timestamptz NOT NULL,
        obligation boolean NOT NULL,
        active boolean NOT NULL,
        remind_at timestamptz NOT NULL,
        reminded_at timestamptz,
        overdue_at timestamptz,
        PRIMARY KEY (case_id, clock, due_at)
      )`);
    await q.query(`CREATE INDEX deadline_to_remind ON casework.deadline (remind_at) WHERE active AND obligation AND reminded_at IS NULL`);
    await q.query(`CREATE INDEX deadline_to_mark_overdue ON casework.deadline (due_at) WHERE active AND obligation AND overdue_at IS NULL`);
    await q.query(`CREATE INDEX deadline_overdue ON casework.deadline (overdue_at) WHERE active AND overdue_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE casework.escalation (
        case_id uuid NOT NULL,
        clock text NOT NULL,
        due_at timestamptz NOT NULL,
        step text NOT NULL,
        escalated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, clock, due_at, step),
        FOREIGN KEY (case_id, clock, due_at) REFERENCES casework.deadline (case_id, clock, due_at)
      )`);

    // county-maintained data: the working-day calendar, routing table and settings
    await q.query(`CREATE TABLE casework.calendar_day (day date PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('holiday', 'workday')), name text NOT NULL)`);
    await q.query(`
      CREATE TABLE casework.routing_rule (
        id serial PRIMARY KEY,
        category_code text NOT NULL,
        township_code char(12),
        unit_code text NOT NULL,
        UNIQUE NULLS NOT DISTINCT (category_code, township_code)
      )`);
    await q.query(`CREATE TABLE casework.setting (key text PRIMARY KEY, value jsonb NOT NULL)`);

    // leader reception duty: one leader per working day and township
    await q.query(`
      CREATE TABLE casework.duty_roster (
        township_code char(12) NOT NULL,
        day date NOT NULL,
        leader_id text NOT NULL,
        leader_name text NOT NULL,
        PRIMARY KEY (township_code, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE casework.duty_roster, casework.setting, casework.routing_rule, casework.calendar_day, casework.escalation, casework.deadline, casework.case_history, casework."case", casework.unit, casework.township`);
    await dropOutboxAndInbox(q, 'casework');
  }
}
