import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_RULES } from '../../rules/default-rules.js';
import { insertRule } from '../../rules/rule-rows.js';
import { DEFAULT_TEMPLATES } from '../../templates/default-templates.js';

/** The starting rules and version 1 of each template; the county changes them through the API. */
export class DefaultRules1764288000000 implements MigrationInterface {
  name = 'DefaultRules1764288000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of DEFAULT_TEMPLATES) {
      await q.query(`INSERT INTO notification.template (key, version, channel, subject, body, created_by) VALUES ($1, 1, $2, $3, $4, 'system')`, [t.key, t.channel, t.subject, t.body]);
    }
    for (const r of DEFAULT_RULES) await insertRule(q, r);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification.rule`);
    await q.query(`DELETE FROM notification.template`);
  }
}
