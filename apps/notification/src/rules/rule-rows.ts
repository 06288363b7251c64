import type { NotificationRule } from './domain/rules.js';

/** Writes one rule row; used by the rules API and by the migrations that bring the defaults. */
export async function insertRule(runner: { query(sql: string, params?: unknown[]): Promise<unknown> }, r: NotificationRule, ifMissing = false): Promise<void> {
  await runner.query(
    `INSERT INTO notification.rule (id, event_subject, recipients, channel, template_key, condition, enabled, description)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ${ifMissing ? 'ON CONFLICT (id) DO NOTHING' : ''}`,
    [r.id, r.eventSubject, r.recipients, r.channel, r.templateKey, r.condition && JSON.stringify(r.condition), r.enabled, r.description],
  );
}
