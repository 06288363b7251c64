import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'notification');
    // an in-app message goes to one account, or to every account of a role in a township
    await q.query(`
      CREATE TABLE notification.inbox_message (
        id uuid PRIMARY KEY,
        recipient_id text,
        audience_role text,
        audience_township char(12),
        title text NOT NULL,
        body text NOT NULL,
        link text,
        source_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (recipient_id IS NOT NULL OR audience_role IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX inbox_message_recipient ON notification.inbox_message (recipient_id, created_at DESC)`);
    await q.query(`CREATE INDEX inbox_message_audience ON notification.inbox_message (audience_role, audience_township, created_at DESC)`);
    await q.query(`
      CREATE TABLE notification.inbox_read (
        message_id uuid NOT NULL REFERENCES notification.inbox_message(id),
        account_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, account_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification.inbox_read, notification.inbox_message`);
    await dropOutboxAndInbox(q, 'notification');
  }
}
