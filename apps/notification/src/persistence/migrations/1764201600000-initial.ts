import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxAndInbox, dropOutboxAndInbox } from '#messaging';

export class Initial1764201600000 implements MigrationInterface {
  name = 'Initial1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxAndInbox(q, 'notification');

    // rules and templates are data the county changes without a release
    await q.query(`
      CREATE TABLE notification.rule (
        id text PRIMARY KEY,
        event_subject text NOT NULL,
        recipients text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('sms', 'email', 'inbox')),
        template_key text NOT NULL,
        condition jsonb,
        enabled boolean NOT NULL DEFAULT true,
        description text NOT NULL
      )`);
    await q.query(`CREATE INDEX rule_subject ON notification.rule (event_subject) WHERE enabled`);
    await q.query(`
      CREATE TABLE notification.template (
        key text NOT NULL,
        version int NOT NULL,
        channel text NOT NULL,
        subject text,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        PRIMARY KEY (key, version)
      )`);

    // staff who receive email (the organisation's own contacts; petitioners' contacts stay in intake)
    await q.query(`
      CREATE TABLE notification.staff_contact (
        account_id text PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL,
        township_code char(12),
        unit_code text,
        email text
      )`);

    // names for messages, from intake's directory
    await q.query(`CREATE TABLE notification.county (id boolean PRIMARY KEY DEFAULT true CHECK (id), name text NOT NULL)`);
    await q.query(`CREATE TABLE notification.township (code char(12) PRIMARY KEY, name text NOT NULL)`);
    await q.query(`CREATE TABLE notification.unit (code text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, township_code char(12))`);
    await q.query(`CREATE TABLE notification.category (code text PRIMARY KEY, name text NOT NULL)`);

    // one row per (event, recipient, template): the guarantee that nobody is told twice
    await q.query(`
      CREATE TABLE notification.delivery (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        event_subject text NOT NULL,
        rule_id text NOT NULL,
        template_key text NOT NULL,
        template_version int NOT NULL,
        channel text NOT NULL,
        recipient_key text NOT NULL,
        recipient_masked text,
        township_code char(12),
        case_id uuid,
        petition_id uuid,
        status text NOT NULL CHECK (status IN ('pending', 'deferred', 'retrying', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (event_id, recipient_key, template_key)
      )`);
    // the facts of each event that planned a delivery, for rendering at send time (contracts carry no personal data)
    await q.query(`CREATE TABLE notification.delivery_event (event_id uuid PRIMARY KEY, type text NOT NULL, payload jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX delivery_due ON notification.delivery (next_attempt_at) WHERE status IN ('pending', 'deferred', 'retrying')`);
    await q.query(`CREATE INDEX delivery_case ON notification.delivery (case_id)`);
    await q.query(`CREATE INDEX delivery_petition ON notification.delivery (petition_id)`);

    // the in-app inbox: a message to one account, to a role in a township, or to a unit
    await q.query(`
      CREATE TABLE notification.inbox_message (
        id uuid PRIMARY KEY,
        recipient_id text,
        audience_role text,
        audience_township char(12),
        audience_unit text,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        delivery_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (recipient_id IS NOT NULL OR audience_role IS NOT NULL OR audience_unit IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX inbox_message_recipient ON notification.inbox_message (recipient_id, created_at DESC)`);
    await q.query(`CREATE INDEX inbox_message_audience ON notification.inbox_message (audience_role, audience_township, created_at DESC)`);
    await q.query(`CREATE INDEX inbox_message_unit ON notification.inbox_message (audience_unit, created_at DESC)`);
    await q.query(`
      CREATE TABLE notification.inbox_read (
        message_id uuid NOT NULL REFERENCES notification.inbox_message(id),
        account_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, account_id)
      )`);

    // each case's unit, owner and next due date, for recipients and the leaders' daily digest
    await q.query(`
      CREATE TABLE notification.case_view (
        case_id uuid PRIMARY KEY,
        petition_id uuid NOT NULL,
        township_code char(12),
        owner_id text,
        handling_unit_code text,
        due_at timestamptz,
        open boolean NOT NULL DEFAULT true
      )`);
    await q.query(`CREATE TABLE notification.digest_sent (owner_id text NOT NULL, day date NOT NULL, sent_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (owner_id, day))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification.digest_sent, notification.case_view, notification.inbox_read, notification.inbox_message, notification.delivery, notification.delivery_event, notification.category, notification.unit, notification.township, notification.county, notification.staff_contact, notification.template, notification.rule`);
    await dropOutboxAndInbox(q, 'notification');
  }
}
