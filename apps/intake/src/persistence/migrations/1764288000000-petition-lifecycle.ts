import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createRateLimitTable } from '#platform';

/**
 * Issue 3: channel details, repeat/skip-level links, refusal, intake's own view of the case,
 * the public timeline, attachments, the personal-data access log, evaluation, rate limits.
 */
export class PetitionLifecycle1764288000000 implements MigrationInterface {
  name = 'PetitionLifecycle1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE intake.petition
        ADD COLUMN letter_date date,
        ADD COLUMN caller_number_enc text,
        ADD COLUMN submitted_online_by_citizen boolean NOT NULL DEFAULT false,
        ADD COLUMN repeat boolean NOT NULL DEFAULT false,
        ADD COLUMN skip_level boolean NOT NULL DEFAULT false,
        ADD COLUMN long_standing boolean NOT NULL DEFAULT false,
        ADD COLUMN linked_petition_id uuid REFERENCES intake.petition(id),
        ADD COLUMN refusal_reason text,
        ADD COLUMN case_id uuid,
        ADD COLUMN case_status text NOT NULL DEFAULT 'registered',
        ADD COLUMN handling_unit_code text,
        ADD COLUMN handling_unit_kind text,
        ADD COLUMN case_deadline timestamptz,
        ADD COLUMN case_overdue boolean NOT NULL DEFAULT false,
        ADD COLUMN case_updated_at timestamptz,
        ADD COLUMN replied_at timestamptz,
        ADD COLUMN evaluation text,
        ADD COLUMN evaluation_comment text,
        ADD COLUMN evaluated_at timestamptz`);
    await q.query(`CREATE INDEX petition_linked ON intake.petition (linked_petition_id) WHERE linked_petition_id IS NOT NULL`);
    await q.query(`CREATE INDEX petition_case ON intake.petition (case_id) WHERE case_id IS NOT NULL`);
    await q.query(`ALTER TABLE intake.petitioner ADD COLUMN name_phone_hash text`);
    await q.query(`CREATE INDEX petitioner_name_phone_hash ON intake.petitioner (name_phone_hash) WHERE name_phone_hash IS NOT NULL`);

    // what the citizen sees with the tracking code: dated public steps, never internal notes
    await q.query(`
      CREATE TABLE intake.public_step (
        id bigserial PRIMARY KEY,
        petition_id uuid NOT NULL REFERENCES intake.petition(id),
        occurred_at timestamptz NOT NULL,
        kind text NOT NULL,
        description text NOT NULL,
        source_event_id uuid UNIQUE
      )`);
    await q.query(`CREATE INDEX public_step_petition ON intake.public_step (petition_id, occurred_at)`);

    // scanned letters and photos, encrypted like the rest of the petitioner's data
    await q.query(`
      CREATE TABLE intake.attachment (
        id uuid PRIMARY KEY,
        petition_id uuid NOT NULL REFERENCES intake.petition(id),
        file_name_enc text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
        size_bytes int NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL,
        content_enc bytea NOT NULL,
        uploaded_by text,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachment_petition ON intake.attachment (petition_id)`);

    // who read whose personal data, when, for which petition and why
    await q.query(`
      CREATE TABLE intake.personal_data_access (
        id bigserial PRIMARY KEY,
        accessed_at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL,
        actor_id text NOT NULL,
        actor_role text,
        petition_id uuid,
        petitioner_ref text,
        purpose text NOT NULL,
        correlation_id uuid
      )`);
    await q.query(`CREATE INDEX personal_data_access_petition ON intake.personal_data_access (petition_id, accessed_at)`);
    await q.query(`CREATE INDEX personal_data_access_actor ON intake.personal_data_access (actor_id, accessed_at)`);

    // fixed-window counters for the public endpoints, shared by every replica
    await createRateLimitTable(q, 'intake');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE intake.rate_limit, intake.personal_data_access, intake.attachment, intake.public_step`);
    await q.query(`DROP INDEX intake.petitioner_name_phone_hash`);
    await q.query(`ALTER TABLE intake.petitioner DROP COLUMN name_phone_hash`);
    await q.query(`
      ALTER TABLE intake.petition
        DROP COLUMN letter_date, DROP COLUMN caller_number_enc, DROP COLUMN submitted_online_by_citizen,
        DROP COLUMN repeat, DROP COLUMN skip_level, DROP COLUMN long_standing, DROP COLUMN linked_petition_id,
        DROP COLUMN refusal_reason, DROP COLUMN case_id, DROP COLUMN case_status, DROP COLUMN handling_unit_code,
        DROP COLUMN handling_unit_kind, DROP COLUMN case_deadline, DROP COLUMN case_overdue, DROP COLUMN case_updated_at, DROP COLUMN replied_at,
        DROP COLUMN evaluation, DROP COLUMN evaluation_comment, DROP COLUMN evaluated_at`);
  }
}
