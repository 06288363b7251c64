import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intake events that arrived before the event they need (the registration whose case they act
 * on): kept here, claimed in the inbox, until that case opens — or, for a repeat waiting for its
 * original's case, until release_after, when it opens its own.
 */
export class HeldEvent1764547200000 implements MigrationInterface {
  name = 'HeldEvent1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE casework.held_event (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        subject text NOT NULL,
        awaited_petition_id uuid NOT NULL,
        envelope jsonb NOT NULL,
        held_at timestamptz NOT NULL DEFAULT now(),
        release_after timestamptz
      )`);
    await q.query(`CREATE INDEX held_event_awaited ON casework.held_event (awaited_petition_id)`);
    await q.query(`CREATE INDEX held_event_release ON casework.held_event (release_after) WHERE release_after IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE casework.held_event`);
  }
}
