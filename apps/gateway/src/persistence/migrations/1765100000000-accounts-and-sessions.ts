import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff accounts, their sessions, failed sign-ins (counted here so every replica agrees on a
 * lock) and the sign-in audit log. Sessions are stored by the SHA-256 of their cookie value, so
 * a copy of the table cannot be replayed as cookies.
 */
export class AccountsAndSessions1765100000000 implements MigrationInterface {
  name = 'AccountsAndSessions1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gateway.account (
        id text PRIMARY KEY,
        username text NOT NULL UNIQUE CHECK (username = lower(username)),
        display_name text NOT NULL,
        role text NOT NULL,
        township_code text,
        unit_code text,
        mobile text,
        password_hash text NOT NULL,
        -- the last five hashes before the current one: a new password may not repeat them
        previous_password_hashes text[] NOT NULL DEFAULT '{}',
        must_change_password boolean NOT NULL DEFAULT false,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE gateway.session (
        token_hash bytea PRIMARY KEY,
        account_id text NOT NULL REFERENCES gateway.account(id),
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(`CREATE INDEX session_account ON gateway.session (account_id) WHERE ended_at IS NULL`);
    await q.query(`
      CREATE TABLE gateway.sign_in_failure (
        id bigserial PRIMARY KEY,
        username text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failure_username ON gateway.sign_in_failure (username, at DESC)`);
    await q.query(`
      CREATE TABLE gateway.sign_in_lock (
        username text PRIMARY KEY,
        locked_until timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE gateway.audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        username text NOT NULL,
        actor text,
        client_address text,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_at ON gateway.audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_username ON gateway.audit_log (username, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'sign_in_lock', 'sign_in_failure', 'session', 'account']) await q.query(`DROP TABLE gateway.${table}`);
  }
}
