import type { QueryRunner } from 'typeorm';

/** Channel the outbox trigger notifies on commit, so the relay wakes at once instead of polling. */
export const outboxChannel = (schema: string) => `xinfang_outbox_${schema}`;

/**
 * The outbox and inbox tables of one service's schema, created by that service's first migration.
 * outbox: events committed with the state change, published by the relay.
 * inbox: one row per (consumer, event) applied, committed with the handler's effects.
 */
export async function createOutboxAndInbox(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`
    CREATE TABLE "${schema}".outbox (
      seq bigserial PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      subject text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`);
  await upgradeOutboxAndInbox(runner, schema);
  await runner.query(`CREATE INDEX outbox_pending ON "${schema}".outbox (seq) WHERE published_at IS NULL`);
  await runner.query(`CREATE INDEX outbox_published_at ON "${schema}".outbox (published_at) WHERE published_at IS NOT NULL`);
  await runner.query(`
    CREATE FUNCTION "${schema}".notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('${outboxChannel(schema)}', '');
      RETURN NULL;
    END $$`);
  await runner.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON "${schema}".outbox FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".notify_outbox()`);
  await runner.query(`
    CREATE TABLE "${schema}".inbox (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      subject text NOT NULL,
      stream_seq bigint,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

/**
 * What the backbone added to its tables after services were first deployed. Run by the messaging
 * runtime at every start (after the service's migrations), and idempotent: the backbone owns these
 * tables in every service's schema, so its own additions travel with the library instead of a
 * migration copied into each service.
 * - outbox.parked_at / park_reason / own_failures: a row that failed for a reason of its own (not
 *   an absent bus) this many times is parked, listed with the dead letters, and published on replay.
 * - inbox_attempts: redeliveries of an event that reached its handler with the database there, so
 *   an outage never uses up an event's retry budget (a row lives only while the event is retried).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function upgradeOutboxAndInbox(runner: { query: (sql: string, params?: unknown[]) => Promise<any> }, schema: string): Promise<void> {
  const columns: Array<{ column_name: string }> = await runner.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'outbox'`,
    [schema],
  );
  if (!columns.some((c) => c.column_name === 'parked_at')) {
    await runner.query(`
      ALTER TABLE "${schema}".outbox
        ADD COLUMN IF NOT EXISTS own_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN IF NOT EXISTS parked_at timestamptz,
        ADD COLUMN IF NOT EXISTS park_reason text`);
  }
  const [attempts]: Array<{ t: string | null }> = await runner.query(`SELECT to_regclass($1) AS t`, [`"${schema}".inbox_attempts`]);
  if (!attempts?.t) {
    // two replicas starting together: the loser of the race finds the table made
    await runner.query(`
      CREATE TABLE IF NOT EXISTS "${schema}".inbox_attempts (
        consumer text NOT NULL,
        stream text NOT NULL,
        stream_seq bigint NOT NULL,
        attempts integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, stream, stream_seq)
      )`).catch((err: { code?: string }) => {
      if (err.code !== '23505' && err.code !== '42P07') throw err;
    });
  }
}

export async function dropOutboxAndInbox(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE IF EXISTS "${schema}".inbox_attempts`);
  await runner.query(`DROP TABLE "${schema}".inbox`);
  await runner.query(`DROP TABLE "${schema}".outbox`);
  await runner.query(`DROP FUNCTION "${schema}".notify_outbox()`);
}
